import GreenPubModel

/// "Did you mean ...?" for a mistyped option or subcommand.
enum Suggestion {
    /// The candidate closest to what was typed, ignoring case and leading dashes, when it is
    /// close enough to be a likely typo (at most two edits, and fewer than half its letters).
    static func closest(to typed: String, among candidates: [String]) -> String? {
        let word = bare(typed)
        guard !word.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let target = bare(candidate)
            let distance = EditDistance.between(word, target)
            guard distance <= 2, distance * 2 < target.count else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// "a, b and c", or with `conjunction` "or": "a, b or c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return Array(items.dropLast()).joined(with: ", ") + " \(conjunction) " + items[items.count - 1]
    }

    private static func bare(_ text: String) -> [Character] {
        Array(text.drop { $0 == "-" }.lowercased())
    }
}
