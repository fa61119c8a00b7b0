/// One `--name <value>` option as the user sees it: parsing and help are both made from it.
public struct OptionSpec: Sendable, Equatable {
    /// The name without its dashes: `root` for `--root`.
    public let name: String
    /// The placeholder of the value in help and usage: `dir` for `--root <dir>`.
    public let valueName: String
    public let help: String
    /// The value used when the option is absent, written as the user would write it; shown in
    /// help as `(default: ...)` and converted exactly like a value the user gave.
    public let defaultValue: String?
    /// A required option has no default and must be given.
    public let isRequired: Bool

    public init(_ name: String, valueName: String? = nil, help: String, defaultValue: String? = nil,
                isRequired: Bool = false) {
        self.name = name
        self.valueName = valueName ?? name
        self.help = help
        self.defaultValue = defaultValue
        self.isRequired = isRequired
    }

    /// `--root`
    public var flag: String { "--" + name }

    /// `--root <dir>`
    public var synopsis: String { "\(flag) <\(valueName)>" }
}

/// A positional argument such as `<kind>` of `greenpub new <kind>`; always required.
public struct PositionalSpec: Sendable, Equatable {
    public let valueName: String
    public let help: String

    public init(_ valueName: String, help: String) {
        self.valueName = valueName
        self.help = help
    }

    /// `<kind>`
    public var synopsis: String { "<\(valueName)>" }
}
