/// The reference pages.
enum ReferenceSection {
    static let builders: [any PageBuilder] = [
        MethodologyPageBuilder(),
    ]
}
