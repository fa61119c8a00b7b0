/// The generated pages of a project with statistics, one section per family of pages.
/// Menu positions: 指标 10-29, 能耗结构 and institutions 30-49, projects 50, publications 60-79,
/// methodology 80; content pages choose theirs with `menu:` (about: 90).
enum DataPageBuilders {
    static var all: [any PageBuilder] {
        PlanSection.builders + InstitutionSection.builders + PublicationSection.builders + ReferenceSection.builders
    }
}
