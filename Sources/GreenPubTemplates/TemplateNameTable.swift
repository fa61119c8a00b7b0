/// Every tag name of a program, in memory that rendering reads without reference counting.
/// The page threads share one program: counting references to the same name objects from both
/// threads made each wait for the other's cache line (a few per cent of a build).
final class TemplateNameTable: @unchecked Sendable {
    /// A name's parts are `component(start) ..< component(start + count)`.
    struct Entry {
        /// The first part is looked up in the current context only (`.a.b`, or `.` with no parts).
        let anchored: Bool
        let start: Int
        let count: Int
    }

    private let entries: UnsafeMutableBufferPointer<Entry>
    private let components: UnsafeMutableBufferPointer<TemplateKey>

    init(_ names: [TemplateName], vocabulary: TemplateVocabulary) {
        var entries: [Entry] = []
        var components: [TemplateKey] = []
        for name in names {
            entries.append(Entry(anchored: name.anchored, start: components.count, count: name.components.count))
            components += name.components.map(vocabulary.key)
        }
        self.entries = .allocate(capacity: entries.count)
        _ = self.entries.initialize(from: entries)
        self.components = .allocate(capacity: components.count)
        _ = self.components.initialize(from: components)
    }

    deinit {
        components.deinitialize()
        components.deallocate()
        entries.deallocate()
    }

    /// Name `index`.
    @inline(__always)
    func entry(_ index: Int) -> Entry { entries[index] }

    /// Part `index` of all the names' parts (see `Entry`).
    @inline(__always)
    func component(_ index: Int) -> TemplateKey { components[index] }
}
