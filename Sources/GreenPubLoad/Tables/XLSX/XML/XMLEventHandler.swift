/// Receives the events of one XML part. Element names come without their namespace prefix
/// (`x:row` is `row`); text comes with references decoded, possibly in several pieces.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: String, attributes: XMLAttributes)
    func endElement(_ name: String)
    func characters(_ text: String)
}

/// The attributes of one start tag, decoded from the part's bytes only when asked for: a cell
/// has several attributes and a handler reads one or two.
struct XMLAttributes {
    /// Where one attribute lies in the part: `name="value"`.
    struct Span {
        var name: Range<Int>
        /// Where the name's local part (after its last ":") starts.
        var localNameStart: Int
        /// The value between the quotes, as written.
        var value: Range<Int>
        /// Whether the value holds references, tabs or line ends to turn into what they stand for.
        var needsDecoding: Bool
    }

    private let source: [UInt8]
    private let spans: [Span]

    init(source: [UInt8], spans: [Span]) {
        self.source = source
        self.spans = spans
    }

    /// The value of the attribute named `name`, else of the first whose local name (prefix
    /// removed) is `name`: `attributes["id"]` finds `r:id`.
    subscript(name: String) -> String? {
        var name = name
        let found: Span? = name.withUTF8 { wanted in
            source.withUnsafeBufferPointer { bytes in
                var localMatch: Span?
                for span in spans {
                    if Self.equal(bytes, span.name, wanted) { return span }
                    if localMatch == nil, Self.equal(bytes, span.localNameStart..<span.name.upperBound, wanted) {
                        localMatch = span
                    }
                }
                return localMatch
            }
        }
        return found.map(value(of:))
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                              _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        guard range.count == wanted.count else { return false }
        for offset in 0..<wanted.count where bytes[range.lowerBound + offset] != wanted[offset] { return false }
        return true
    }

    /// Every attribute in the order written, by qualified name (`r:id`).
    var all: [(name: String, value: String)] {
        spans.map { (String(decoding: source[$0.name], as: UTF8.self), value(of: $0)) }
    }

    private func value(of span: Span) -> String {
        guard span.needsDecoding else { return String(decoding: source[span.value], as: UTF8.self) }
        return source.withUnsafeBufferPointer { bytes in
            XMLReferences.decode(bytes, span.value, as: .attributeValue)
        }
    }
}
