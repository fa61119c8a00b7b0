/// The institution pages: 能耗结构 by year, the four groups, the ranked list of institutions
/// and one page per institution.
enum InstitutionSection {
    static let builders: [any PageBuilder] = [
        StructurePageBuilder(),
        InstitutionListPageBuilder(),
        GroupPageBuilder(),
        InstitutionPageBuilder(),
    ]
}
