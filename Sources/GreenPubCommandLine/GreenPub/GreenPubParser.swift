/// The `greenpub` command line: arguments in, an `Invocation` out; and the texts to print for
/// help, the version and usage errors. Pure: no input, output or process state.
public struct GreenPubParser: Sendable {
    public let grammar: GreenPubGrammar
    public let formatter: HelpFormatter

    public init(synthDefaults: SynthDefaults) {
        grammar = GreenPubGrammar(synthDefaults: synthDefaults)
        formatter = HelpFormatter(program: grammar.program)
    }

    public var version: String { grammar.program.version }

    /// What the arguments (without the program's own path) ask for.
    public func parse(_ arguments: [String]) -> Invocation {
        do throws(UsageError) {
            return try invocation(arguments)
        } catch {
            return .usageError(error)
        }
    }

    public func helpText(_ topic: HelpTopic) -> String {
        switch topic {
        case .program:
            return formatter.programHelp()
        case .command(let name):
            guard let command = grammar.program.command(named: name) else { return formatter.programHelp() }
            return formatter.commandHelp(command)
        }
    }

    public func errorText(_ error: UsageError) -> String { formatter.errorText(error) }

    private func invocation(_ arguments: [String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else { return .help(.program) }
        if BuiltInFlags.isHelp(first) { return .help(.program) }
        if first == BuiltInFlags.version { return .version }
        if first == BuiltInFlags.helpCommand { return try helpRequest(arguments.dropFirst()) }
        guard let command = grammar.program.command(named: first) else {
            throw BuiltInFlags.looksLikeOption(first) ? programOption(first) : unknownCommand(first)
        }
        switch try ArgumentScanner(command: command, program: grammar.program.name).scan(arguments.dropFirst()) {
        case .help: return .help(.command(command.name))
        case .version: return .version
        case .arguments(let scanned): return .run(try grammar.command(from: scanned))
        }
    }

    /// `greenpub help [<subcommand>]`
    private func helpRequest(_ arguments: ArraySlice<String>) throws(UsageError) -> Invocation {
        let names = arguments.filter { !BuiltInFlags.isHelp($0) }
        guard let name = names.first else { return .help(.program) }
        guard names.count == 1 else {
            throw UsageError("Unexpected argument '\(names[1])': '\(grammar.program.name) help' takes one subcommand name.",
                             command: nil)
        }
        if name == BuiltInFlags.helpCommand { return .help(.program) }
        guard grammar.program.command(named: name) != nil else { throw unknownCommand(name) }
        return .help(.command(name))
    }

    private var commandNames: [String] { grammar.program.commands.map(\.name) }

    private func unknownCommand(_ name: String) -> UsageError {
        var message = "Unknown subcommand '\(name)'."
        if let suggestion = Suggestion.closest(to: name, among: commandNames) {
            message += " Did you mean '\(suggestion)'?"
        } else {
            message += " The subcommands are \(Suggestion.list(commandNames))."
        }
        return UsageError(message, command: nil)
    }

    /// An option written before any subcommand: say which subcommands take it.
    private func programOption(_ argument: String) -> UsageError {
        let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
        let takers = grammar.program.commands.filter { $0.options.contains { $0.flag == name } }
        var message = "Unknown option '\(name)'."
        if let example = takers.first, let option = example.options.first(where: { $0.flag == name }) {
            message += " It is an option of \(Suggestion.list(takers.map(\.name))): write it after the subcommand, "
                + "such as '\(grammar.program.name) \(example.name) \(option.synopsis)'."
        } else {
            message += " Write a subcommand first: \(Suggestion.list(commandNames, conjunction: "or"))."
        }
        return UsageError(message, command: nil)
    }
}
