import GreenPubModel

/// The arguments of one shortcode, checked against what its kind accepts: every problem is a
/// `ShortcodeError` at the place the author can fix, naming what was expected and suggesting
/// the nearest valid name.
struct SiteShortcodeArguments {
    let shortcode: Shortcode

    /// Fails on the first argument the shortcode does not accept.
    init(_ shortcode: Shortcode, accepts allowed: [String]) throws(ShortcodeError) {
        self.shortcode = shortcode
        for argument in shortcode.arguments where !allowed.contains(argument.key) {
            throw ShortcodeError(
                Self.keyLocation(of: argument),
                "shortcode '\(shortcode.name)' has no argument '\(argument.key)': expected \(Self.list(allowed))"
                    + NearestName.hint(for: argument.key, among: allowed))
        }
    }

    var name: String { shortcode.name }

    subscript(key: String) -> Shortcode.Argument? { shortcode.argument(key) }

    /// The argument, or an error at the shortcode saying how to write it.
    func required(_ key: String, example: String) throws(ShortcodeError) -> Shortcode.Argument {
        guard let argument = shortcode.argument(key) else {
            throw ShortcodeError(shortcode.location, "shortcode '\(name)' needs \(key)=\"…\", e.g. {{< \(name) \(example) >}}")
        }
        guard !argument.value.isEmpty else {
            throw ShortcodeError(argument.location, "\(key)= of shortcode '\(name)' is empty, e.g. {{< \(name) \(example) >}}")
        }
        return argument
    }

    /// One of a closed list of words; `fallback` when the argument is not given.
    func choice(_ key: String, among options: [String], default fallback: String) throws(ShortcodeError) -> String {
        guard let argument = shortcode.argument(key) else { return fallback }
        guard options.contains(argument.value) else {
            throw ShortcodeError(argument.location, "\(key)=\"\(argument.value)\" is not known for shortcode '\(name)': expected \(Self.list(options))"
                                 + NearestName.hint(for: argument.value, among: options))
        }
        return argument.value
    }

    /// An argument that only some uses of the shortcode take (`id=` of `chart` only with
    /// `name="indicator"`): an error when given elsewhere.
    func reject(_ key: String, because reason: String) throws(ShortcodeError) {
        if let argument = shortcode.argument(key) {
            throw ShortcodeError(Self.keyLocation(of: argument), "\(key)= \(reason)")
        }
    }

    /// A statistics year: the argument, else `fallback` (the page's statistics year, else the
    /// latest year). An error names the years there are.
    func year(_ key: String = "year", in years: [Int], fallback: Int?, fallbackSource: String) throws(ShortcodeError) -> Int {
        let known = years.map(String.init)
        guard let argument = shortcode.argument(key) else {
            guard let fallback else {
                throw ShortcodeError(shortcode.location, "shortcode '\(name)' has no statistics to quote: content/data/statistics/ holds no year")
            }
            guard years.contains(fallback) else {
                throw ShortcodeError(shortcode.location, "\(fallbackSource) \(fallback) has no statistics: the statistics years are \(Self.list(known)); set \(key)=\"…\" or change it")
            }
            return fallback
        }
        guard let year = Int(argument.value) else {
            throw ShortcodeError(argument.location, "\(key)=\"\(argument.value)\" is not a year: expected one of the statistics years \(Self.list(known))")
        }
        guard years.contains(year) else {
            throw ShortcodeError(argument.location, "no statistics for \(key)=\"\(year)\": the statistics years are \(Self.list(known))")
        }
        return year
    }

    /// Where the argument's key starts: the parser records where its value starts, and the key
    /// is written right before it as `key=` or `key="`.
    static func keyLocation(of argument: Shortcode.Argument) -> SourceLocation {
        var location = argument.location
        if let column = location.column {
            location.column = max(1, column - argument.key.count - 1)
        }
        return location
    }

    /// "a, b or c".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}
