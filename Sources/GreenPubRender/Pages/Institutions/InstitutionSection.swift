/// The institution pages.
enum InstitutionSection {
    static let builders: [any PageBuilder] = []
}
