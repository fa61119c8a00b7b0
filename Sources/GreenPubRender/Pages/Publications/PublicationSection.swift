/// The publication pages.
enum PublicationSection {
    static let builders: [any PageBuilder] = []
}
