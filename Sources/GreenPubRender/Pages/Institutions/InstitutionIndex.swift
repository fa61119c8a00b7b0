import GreenPubCompute
import GreenPubModel

/// What the institution, list and group pages share, built once per site (the two halves on
/// both cores): every institution across the years, and the latest year's ranking.
struct InstitutionIndex: Sendable {
    let directory: InstitutionDirectory
    /// The latest year's ranking by energy per m² within each group.
    let latestRanking: IntensityRanking

    /// `nil` for a site without accounts.
    init?(data: SiteData) {
        guard let latest = data.latestAccounts else { return nil }
        (directory, latestRanking) = ParallelMap.pair({ InstitutionDirectory(data: data) }, { IntensityRanking(latest) })
    }
}
