/// The publication pages: the lists of briefings (简报) and reports (报告), and the Energy
/// Conservation Week (节能宣传周) pages. The briefings and reports themselves are content
/// pages (`ContentPageBuilder`, templates briefing.mustache and report.mustache).
enum PublicationSection {
    static let builders: [any PageBuilder] = [
        PublicationListPageBuilder(kind: "briefing"),
        PublicationListPageBuilder(kind: "report"),
        CampaignPageBuilder(),
    ]
}
