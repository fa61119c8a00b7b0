/// Every subcommand and option of `greenpub`, with its help: the one table that parsing, the
/// typed options and the help text are all made from.
public struct GreenPubGrammar: Sendable {
    public static let root = OptionSpec("root", valueName: "dir",
        help: "The project folder, holding content/ and templates/.", defaultValue: ".")
    public static let today = OptionSpec("today", valueName: "date",
        help: "Build the site as of this day, YYYY-MM-DD (default: today in China); decides the campaign banner.")
    public static let projectOptions = [root, today]

    public static let buildOut = OptionSpec("out", valueName: "dir",
        help: "Where to write the site (default: <root>/site).")

    public static let kind = PositionalSpec("kind", help: "briefing or report.")
    public static let title = OptionSpec("title",
        help: "The title (default: a placeholder to replace).", defaultValue: "新的简报标题")
    public static let date = OptionSpec("date", valueName: "date",
        help: "Publication date YYYY-MM-DD (default: today).")
    public static let slug = OptionSpec("slug", valueName: "slug",
        help: "File name part after the date: ASCII letters, digits, '-'.", defaultValue: "draft")

    public let synthDefaults: SynthDefaults
    public let seed: OptionSpec
    public let institutions: OptionSpec
    public let years: OptionSpec
    public let synthOut: OptionSpec
    public let from: OptionSpec
    public let program: ProgramSpec

    public init(synthDefaults: SynthDefaults) {
        self.synthDefaults = synthDefaults
        let available = "\(synthDefaults.availableYears.lowerBound)-\(synthDefaults.availableYears.upperBound)"
        seed = OptionSpec("seed", help: "Seed of the generator; the same seed gives the same bytes.",
                          defaultValue: String(synthDefaults.seed))
        institutions = OptionSpec("institutions",
                                  help: "Number of institutions (at least \(synthDefaults.minimumInstitutions)).",
                                  defaultValue: String(synthDefaults.institutions))
        years = OptionSpec("years", help: "Years to write, such as 2020-2025 or 2023 (within \(available)).",
                           defaultValue: available)
        synthOut = OptionSpec("out",
            help: "Project folder to write content/data/statistics/<YEAR>.csv and content/data/factors.yaml into.",
            isRequired: true)
        from = OptionSpec("from", valueName: "dir",
            help: "A template project whose non-data content to copy and whose registers to scale (default: none).")
        program = ProgramSpec(
            name: "greenpub", abstract: Self.programAbstract, discussion: Self.programDiscussion, version: "0.1.0",
            commands: [
                CommandSpec(name: "build", abstract: Self.buildAbstract, discussion: Self.buildDiscussion,
                            options: Self.projectOptions + [Self.buildOut]),
                CommandSpec(name: "check", abstract: Self.checkAbstract, discussion: Self.checkDiscussion,
                            options: Self.projectOptions),
                CommandSpec(name: "new", abstract: Self.newAbstract, discussion: Self.newDiscussion,
                            positionals: [Self.kind],
                            options: Self.projectOptions + [Self.title, Self.date, Self.slug]),
                CommandSpec(name: "synth", abstract: Self.synthAbstract, discussion: Self.synthDiscussion,
                            options: [seed, institutions, years, synthOut, from]),
            ])
    }
}
