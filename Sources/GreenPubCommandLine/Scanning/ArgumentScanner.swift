/// Sorts a subcommand's arguments into option values and positionals, following its spec:
/// `--name value` and `--name=value`; a value may not start with '-' unless written with '=';
/// `--` makes every later argument positional; `-h`, `--help` and `--version` anywhere before
/// `--` ask for help or the version, whatever else is written.
public struct ArgumentScanner: Sendable {
    public let command: CommandSpec
    /// The program's name, for messages such as "write 'greenpub new --help'".
    public let program: String

    public init(command: CommandSpec, program: String) {
        self.command = command
        self.program = program
    }

    public func scan(_ arguments: ArraySlice<String>) throws(UsageError) -> ScanOutcome {
        if let request = Self.helpOrVersion(in: arguments) { return request }
        var scanned = ScannedArguments(command: command)
        var index = arguments.startIndex
        var optionsEnded = false
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !BuiltInFlags.looksLikeOption(argument) {
                scanned.positionals.append(argument)
            } else if argument == BuiltInFlags.endOfOptions {
                optionsEnded = true
            } else {
                let (option, inlineValue) = try recognise(argument)
                if let inlineValue {
                    guard !inlineValue.isEmpty else { throw missingValue(option, hint: nil) }
                    scanned.set(option, to: inlineValue)
                } else if index < arguments.endIndex, !BuiltInFlags.looksLikeOption(arguments[index]) {
                    scanned.set(option, to: arguments[index])
                    index += 1
                } else {
                    let next = index < arguments.endIndex ? arguments[index] : nil
                    throw missingValue(option, hint: next.flatMap { valueHint(option, next: $0) })
                }
            }
        }
        try checkPositionals(scanned.positionals)
        try checkRequired(scanned)
        return .arguments(scanned)
    }

    /// The first `-h`, `--help` or `--version` before any `--`.
    static func helpOrVersion(in arguments: ArraySlice<String>) -> ScanOutcome? {
        for argument in arguments {
            if argument == BuiltInFlags.endOfOptions { return nil }
            if BuiltInFlags.isHelp(argument) { return .help }
            if argument == BuiltInFlags.version { return .version }
        }
        return nil
    }

    /// The option an argument names, and the value written after its '=' if any.
    func recognise(_ argument: String) throws(UsageError) -> (OptionSpec, String?) {
        let name: String, inlineValue: String?
        if let equals = argument.firstIndex(of: "=") {
            name = String(argument[..<equals])
            inlineValue = String(argument[argument.index(after: equals)...])
        } else {
            (name, inlineValue) = (argument, nil)
        }
        if name.hasPrefix("--"), let option = command.option(named: String(name.dropFirst(2))) {
            return (option, inlineValue)
        }
        if BuiltInFlags.isHelp(name) || name == BuiltInFlags.version {
            throw UsageError("The flag '\(name)' takes no value; write it alone.", command: command.name)
        }
        throw unknownOption(name)
    }

    func unknownOption(_ name: String) -> UsageError {
        let flags = command.options.map(\.flag)
        var message = "Unknown option '\(name)'."
        if let suggestion = Suggestion.closest(to: name, among: flags) {
            message += " Did you mean '\(suggestion)'?"
        } else if flags.isEmpty {
            message += " '\(program) \(command.name)' has no options."
        } else {
            message += " The options of '\(program) \(command.name)' are \(Suggestion.list(flags))."
        }
        return UsageError(message, command: command.name)
    }

    func missingValue(_ option: OptionSpec, hint: String?) -> UsageError {
        var message = "Missing value for '\(option.synopsis)'."
        if let hint { message += " " + hint }
        return UsageError(message, command: command.name, topic: .option(option))
    }

    /// When the argument after an option looks like an option but is none, it was probably meant
    /// as the value (a negative number, say): say how to write it.
    func valueHint(_ option: OptionSpec, next: String) -> String? {
        let nextName = next.split(separator: "=", maxSplits: 1).first.map(String.init) ?? next
        let isKnown = command.options.contains { $0.flag == nextName } || BuiltInFlags.isHelp(nextName)
            || nextName == BuiltInFlags.version || next == BuiltInFlags.endOfOptions
        guard !isKnown else { return nil }
        return "A value starting with '-' must be joined to its option with '=': '\(option.flag)=\(next)'."
    }

    func checkPositionals(_ positionals: [String]) throws(UsageError) {
        let expected = command.positionals
        let usage = "'\(program) \(command.name)'"
        if positionals.count > expected.count {
            let extra = positionals[expected.count...]
            let quoted = extra.map { "'\($0)'" }.joined(with: ", ")
            var message = extra.count == 1 ? "Unexpected argument \(quoted)." : "Unexpected arguments \(quoted)."
            if extra.first == BuiltInFlags.helpCommand {
                message += " For help on this command, write '\(program) \(command.name) --help'."
            } else if expected.isEmpty {
                message += " \(usage) takes options only, each written --name <value>."
            } else {
                let names = expected.map(\.synopsis).joined(with: " ")
                message += " \(usage) takes \(names) and options, each written --name <value>."
            }
            throw UsageError(message, command: command.name)
        }
        if positionals.count < expected.count {
            let missing = expected[positionals.count]
            throw UsageError("Missing argument '\(missing.synopsis)': write it after \(usage).",
                             command: command.name, topic: .positional(missing))
        }
    }

    func checkRequired(_ scanned: ScannedArguments) throws(UsageError) {
        for option in command.options where option.isRequired && scanned.given(option) == nil {
            throw UsageError("Missing option '\(option.synopsis)', which is required.",
                             command: command.name, topic: .option(option))
        }
    }
}
