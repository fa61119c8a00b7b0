/// The arguments of one subcommand, sorted into option values and positionals but not yet
/// converted to their types.
public struct ScannedArguments: Sendable, Equatable {
    public let command: CommandSpec
    /// The value given for each of the command's options, in the order of `command.options`;
    /// the last one when an option was given more than once, nil when it was not given.
    public private(set) var values: [String?]
    /// Positional arguments in the order given.
    public var positionals: [String] = []

    public init(command: CommandSpec) {
        self.command = command
        values = Array(repeating: nil, count: command.options.count)
    }

    /// The value given for the option, nil when it was not given.
    public func given(_ option: OptionSpec) -> String? {
        command.options.firstIndex { $0.name == option.name }.flatMap { values[$0] }
    }

    mutating func set(_ option: OptionSpec, to value: String) {
        guard let index = command.options.firstIndex(where: { $0.name == option.name }) else { return }
        values[index] = value
    }

    /// The option's value as given, else its default.
    public func text(_ option: OptionSpec) -> String? {
        given(option) ?? option.defaultValue
    }

    /// The value of a required option (the scanner has checked that it is there), else its default.
    public func requiredText(_ option: OptionSpec) -> String {
        text(option) ?? ""
    }

    /// The value converted by `convert`; a value it rejects is a usage error that names the
    /// option, the value and what `expected` describes.
    public func converted<Value>(_ option: OptionSpec, expected: String,
                                 _ convert: (String) -> Value?) throws(UsageError) -> Value? {
        guard let text = text(option) else { return nil }
        guard let value = convert(text) else {
            throw UsageError("The value '\(text)' is invalid for '\(option.synopsis)': expected \(expected).",
                             command: command.name, topic: .option(option))
        }
        return value
    }
}

/// What the arguments after a subcommand's name ask for.
public enum ScanOutcome: Sendable, Equatable {
    case help
    case version
    case arguments(ScannedArguments)
}
