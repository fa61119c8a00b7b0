import GreenPubModel

/// Scanned arguments to typed, checked options: the defaults come from the specs and are
/// converted like given values; each check's message names the option, the value and the rule.
extension GreenPubGrammar {
    func command(from scanned: ScannedArguments) throws(UsageError) -> Command {
        switch scanned.command.name {
        case "build":
            return .build(BuildOptions(project: try project(scanned), out: scanned.text(Self.buildOut)))
        case "check":
            return .check(CheckOptions(project: try project(scanned)))
        case "new":
            return .new(try new(scanned))
        case "synth":
            return .synth(try synth(scanned))
        default:
            throw UsageError("The subcommand '\(scanned.command.name)' has no options to convert; this is a bug in GreenPub.",
                             command: scanned.command.name)
        }
    }

    func project(_ scanned: ScannedArguments) throws(UsageError) -> ProjectOptions {
        let today = scanned.text(Self.today)
        if let today, !ISODate.isValid(today) {
            throw UsageError("\(Self.today.flag) must be a date written YYYY-MM-DD, found '\(today)'",
                             command: scanned.command.name)
        }
        return ProjectOptions(root: scanned.requiredText(Self.root), today: today)
    }

    func new(_ scanned: ScannedArguments) throws(UsageError) -> NewOptions {
        let project = try project(scanned)
        let written = scanned.positionals.first ?? ""
        guard let kind = DocumentKind(rawValue: written) else {
            let kinds = DocumentKind.allCases.map { "'\($0.rawValue)'" }.joined(with: " or ")
            throw UsageError("\(Self.kind.valueName) must be \(kinds), found '\(written)'", command: scanned.command.name)
        }
        return NewOptions(kind: kind, project: project, title: scanned.requiredText(Self.title),
                          date: scanned.text(Self.date), slug: scanned.requiredText(Self.slug))
    }

    func synth(_ scanned: ScannedArguments) throws(UsageError) -> SynthOptions {
        let command = scanned.command.name
        let seed = try scanned.converted(seed, expected: "a whole number from 0 to \(UInt64.max)") { UInt64($0) }
        let institutions = try scanned.converted(institutions, expected: "a whole number") { Int($0) }
        let minimum = synthDefaults.minimumInstitutions
        guard let institutions, institutions >= minimum else {
            throw UsageError("\(self.institutions.flag) must be at least \(minimum) (one per group).", command: command)
        }
        let available = synthDefaults.availableYears
        guard let years = scanned.text(years).flatMap({ YearRange.parse($0, within: available) }) else {
            throw UsageError("\(self.years.flag) must be a year or a range such as 2020-2025, "
                             + "within \(available.lowerBound)-\(available.upperBound).", command: command)
        }
        return SynthOptions(seed: seed ?? synthDefaults.seed, institutions: institutions, years: years,
                            out: scanned.requiredText(synthOut), from: scanned.text(from))
    }
}

/// `2023` or `2020-2025`, each year within the available ones, the first not after the last.
enum YearRange {
    static func parse(_ text: String, within available: ClosedRange<Int>) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int(trimmed($0)) }
        guard (1...2).contains(parts.count), let first = parts.first ?? nil, let last = parts.last ?? nil,
              first <= last, available.contains(first), available.contains(last)
        else { return nil }
        return first...last
    }

    /// Without the spaces and tabs around it.
    private static func trimmed(_ text: Substring) -> Substring {
        let isBlank: (Character) -> Bool = { $0.isWhitespace && !$0.isNewline }
        var text = text
        while let first = text.first, isBlank(first) { text.removeFirst() }
        while let last = text.last, isBlank(last) { text.removeLast() }
        return text
    }
}
