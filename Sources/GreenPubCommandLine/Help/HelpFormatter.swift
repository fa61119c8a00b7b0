/// Help and usage texts, made from the same specs the scanner parses with.
public struct HelpFormatter: Sendable {
    public let program: ProgramSpec
    /// The longest line, in columns: one less than a classic 80-column terminal, whose last
    /// column some terminals wrap on.
    public var width = 79
    /// Where the help of an option or subcommand starts.
    public var column = 26

    public init(program: ProgramSpec) {
        self.program = program
    }

    /// `greenpub <subcommand>`
    public var programUsage: String { "\(program.name) <subcommand>" }

    /// `greenpub new <kind> [--root <dir>] ... --out <out>`: required options bare, others in brackets.
    public func usage(_ command: CommandSpec) -> String {
        var parts = [program.name, command.name]
        parts += command.positionals.map(\.synopsis)
        parts += command.options.map { $0.isRequired ? $0.synopsis : "[\($0.synopsis)]" }
        return parts.joined(with: " ")
    }

    /// The program's help: what it does, its subcommands, and where to find more.
    public func programHelp() -> String {
        var lines = overview(program.abstract, program.discussion)
        lines += ["USAGE: \(programUsage)", "", "OPTIONS:"]
        lines += builtInRows()
        lines += ["", "SUBCOMMANDS:"]
        for command in program.commands {
            lines += TextLayout.row(label: command.name, text: command.abstract, indent: 2, column: column, width: width)
        }
        lines += ["", "  See '\(program.name) \(BuiltInFlags.helpCommand) <subcommand>' for detailed help."]
        return lines.joined(with: "\n") + "\n"
    }

    /// A subcommand's help: what it does, its usage, arguments and options with their defaults.
    public func commandHelp(_ command: CommandSpec) -> String {
        var lines = overview(command.abstract, command.discussion)
        lines += ["USAGE: \(usage(command))", ""]
        if !command.positionals.isEmpty {
            lines.append("ARGUMENTS:")
            for positional in command.positionals {
                lines += TextLayout.row(label: positional.synopsis, text: positional.help,
                                        indent: 2, column: column, width: width)
            }
            lines.append("")
        }
        lines.append("OPTIONS:")
        for option in command.options {
            lines += TextLayout.row(label: option.synopsis, text: Self.optionText(option),
                                    indent: 2, column: column, width: width)
        }
        lines += builtInRows()
        return lines.joined(with: "\n") + "\n"
    }

    /// An option's help followed by its default, if it has one.
    public static func optionText(_ option: OptionSpec) -> String {
        guard let defaultValue = option.defaultValue else { return option.help }
        return "\(option.help) (default: \(defaultValue))"
    }

    /// The message of a usage error, the help of the option it is about, the usage line of the
    /// command, and where to read more; for standard error.
    public func errorText(_ error: UsageError) -> String {
        var lines = ["Error: \(error.message)"]
        if let topic = error.topic {
            lines.append("Help:  \(topic.synopsis)  \(topic.help)")
        }
        if let name = error.command, let command = program.command(named: name) {
            lines.append("Usage: \(usage(command))")
            lines.append("  See '\(program.name) \(command.name) --help' for more information.")
        } else {
            lines.append("Usage: \(programUsage)")
            lines.append("  See '\(program.name) --help' for more information.")
        }
        return lines.joined(with: "\n") + "\n"
    }

    private func overview(_ abstract: String, _ discussion: String) -> [String] {
        var lines = TextLayout.wrap("OVERVIEW: " + abstract, width: width) + [""]
        if !discussion.isEmpty {
            lines += TextLayout.paragraphs(discussion, width: width) + [""]
        }
        return lines
    }

    private func builtInRows() -> [String] {
        TextLayout.row(label: BuiltInFlags.version, text: BuiltInFlags.versionText, indent: 2, column: column, width: width)
            + TextLayout.row(label: "\(BuiltInFlags.shortHelp), \(BuiltInFlags.help)", text: BuiltInFlags.helpText,
                             indent: 2, column: column, width: width)
    }
}
