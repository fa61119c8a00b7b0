/// A subcommand: its texts, positional arguments and options, in the order help lists them.
public struct CommandSpec: Sendable, Equatable {
    public let name: String
    /// One line, shown in the list of subcommands and at the top of the command's help.
    public let abstract: String
    /// Paragraphs after the abstract; lines starting with a space are kept as written.
    public let discussion: String
    public let positionals: [PositionalSpec]
    public let options: [OptionSpec]

    public init(name: String, abstract: String, discussion: String, positionals: [PositionalSpec] = [],
                options: [OptionSpec]) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
    }

    public func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}

/// The program: its name, texts, version and subcommands.
public struct ProgramSpec: Sendable, Equatable {
    public let name: String
    public let abstract: String
    public let discussion: String
    public let version: String
    public let commands: [CommandSpec]

    public init(name: String, abstract: String, discussion: String, version: String, commands: [CommandSpec]) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.version = version
        self.commands = commands
    }

    public func command(named name: String) -> CommandSpec? {
        commands.first { $0.name == name }
    }
}
