import GreenPubModel

/// Suggests the valid name closest to a misspelt one ("did you mean ...?").
public enum NearestName {
    /// The candidate at the smallest edit distance, when it is close enough to be a likely typo.
    public static func suggestion(for name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = EditDistance.between(Array(lowered), Array(candidate.lowercased()))
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(2, min(name.count, best.name.count) / 2)
        return best.distance <= limit ? best.name : nil
    }

    /// "; did you mean 'x'?" or nothing.
    public static func hint(for name: String, among candidates: [String]) -> String {
        suggestion(for: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
