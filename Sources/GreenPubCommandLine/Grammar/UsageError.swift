/// A command line that cannot be run: what was wrong, and for which (sub)command, so that the
/// error can be followed by that command's usage line.
public struct UsageError: Error, Sendable, Equatable {
    /// What was wrong and, where it helps, how to fix it; one or more sentences.
    public let message: String
    /// The subcommand whose arguments were wrong; nil for the program's own arguments.
    public let command: String?
    /// The option or argument the message is about, whose help is repeated under the message.
    public let topic: Topic?

    public enum Topic: Sendable, Equatable {
        case option(OptionSpec)
        case positional(PositionalSpec)

        public var synopsis: String {
            switch self {
            case .option(let option): option.synopsis
            case .positional(let positional): positional.synopsis
            }
        }

        public var help: String {
            switch self {
            case .option(let option): option.help
            case .positional(let positional): positional.help
            }
        }
    }

    public init(_ message: String, command: String?, topic: Topic? = nil) {
        self.message = message
        self.command = command
        self.topic = topic
    }
}
