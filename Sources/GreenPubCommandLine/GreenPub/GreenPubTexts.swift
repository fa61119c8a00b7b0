/// The abstracts and discussions of `greenpub` and its subcommands.
extension GreenPubGrammar {
    static let programAbstract = "Build the energy-conservation publication site of a county's public institutions."
    static let programDiscussion = """
        GreenPub reads a project folder:
          content/    Markdown pages, data/statistics/<YEAR>.csv|.xlsx, data/factors.yaml,
                      data/registers/*.csv, plans/*.yaml
          templates/  Mustache templates and assets/ (stylesheet)
        and writes a static site to site/ that works from any web server folder or from disk.

        Typical use:
          greenpub check            list every problem in the input files
          greenpub build            check, then write the site to ./site
        """

    static let buildAbstract = "Check the input, then write the site."
    static let buildDiscussion = """
        Runs every check of 'greenpub check' first; on any error nothing is written and \
        the previous site stays exactly as it was. The new site is written beside the \
        output folder and swapped in only when complete; files whose bytes did not \
        change keep their modification time.
        """

    static let checkAbstract = "Check every input file and list every problem; write nothing."
    static let checkDiscussion = """
        Prints one line per problem as 'path:line:column: error: message' (or 'warning:'), \
        paths relative to the project folder. Exits with status 1 when any error was found.
        """

    static let newAbstract = "Start a new briefing (简报) or report (报告) from its template."
    static let newDiscussion = """
        Writes content/briefings/<date>-<slug>.md (or content/reports/...) from \
        templates/scaffolds/<kind>.md. Its shortcodes already quote the latest statistics \
        year's headline figures: edit the text, keep or move the figures, run 'greenpub build'.
        """

    static let synthAbstract = "Write the deterministic sample: year statistics and factors of a synthetic county."
    static let synthDiscussion = "With the default seed and 292 institutions this is the committed Pengshui sample, "
        + "whose 2020 year reproduces the county plan's baseline. Other sizes scale every total "
        + "and keep every intensity (for benchmarks). With --from, the project is complete: the template "
        + "project's site settings, campaigns, plans, pages, briefings, reports and templates are copied "
        + "and its registers are scaled to the institutions, each row repeated for every copy of its "
        + "institution (ids and titles numbered -2, （2）, ...)."
}
