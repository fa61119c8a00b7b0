/// Suggestions for misspelt names: the known name nearest to what was written, by edit
/// distance over characters (so that 能源费用拖管 suggests 能源费用托管).
enum ClosestName {
    /// The candidate nearest to `written`, or nil when none is reasonably close (more than
    /// half of the longer name would have to change). Ties go to the earlier candidate.
    static func suggestion(for written: String, among candidates: [String]) -> String? {
        let source = Array(written.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let target = Array(candidate.lowercased())
            let distance = editDistance(source, target)
            let limit = max(1, max(source.count, target.count) / 2)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// ` (did you mean X?)` or "".
    static func hint(for written: String, among candidates: [String]) -> String {
        guard let name = suggestion(for: written, among: candidates) else { return "" }
        return " (did you mean '\(name)'?)"
    }
}
