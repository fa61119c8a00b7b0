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
            let distance = editDistance(word, target)
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

    /// Levenshtein distance: insertions, deletions and substitutions of one character.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
