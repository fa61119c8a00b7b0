/// The flags every command accepts besides its own options.
public enum BuiltInFlags {
    public static let help = "--help"
    public static let shortHelp = "-h"
    public static let version = "--version"
    /// Every later argument is positional, even one starting with '-'.
    public static let endOfOptions = "--"
    /// `greenpub help [<subcommand>]`
    public static let helpCommand = "help"

    static let helpText = "Show help information."
    static let versionText = "Show the version."

    static func isHelp(_ argument: String) -> Bool { argument == help || argument == shortHelp }

    /// Whether an argument is written as an option: a '-' followed by anything. A lone '-' is a value.
    static func looksLikeOption(_ argument: String) -> Bool {
        argument.utf8.count > 1 && argument.utf8.first == UInt8(ascii: "-")
    }
}
