import GreenPubModel

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
            let distance = EditDistance.between(source, target)
            let limit = max(1, max(source.count, target.count) / 2)
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// ` (did you mean X?)` or "".
    static func hint(for written: String, among candidates: [String]) -> String {
        guard let name = suggestion(for: written, among: candidates) else { return "" }
        return " (did you mean '\(name)'?)"
    }
}
