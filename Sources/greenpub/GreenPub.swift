import ArgumentParser

/// The `greenpub` command: builds the office's publication site from content/ and templates/.
@main
struct GreenPub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "greenpub",
        abstract: "Build the energy-conservation publication site of a county's public institutions.",
        discussion: """
            GreenPub reads a project folder:
              content/    Markdown pages, data/statistics/<YEAR>.csv|.xlsx, data/factors.yaml,
                          data/registers/*.csv, plans/*.yaml
              templates/  Mustache templates and assets/ (stylesheet)
            and writes a static site to site/ that works from any web server folder or from disk.

            Typical use:
              greenpub check            list every problem in the input files
              greenpub build            check, then write the site to ./site
            """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, New.self, Synth.self]
    )
}
