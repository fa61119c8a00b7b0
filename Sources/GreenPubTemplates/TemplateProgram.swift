/// Every template of a library compiled into one flat list of instructions. Rendering walks
/// plain integers instead of copying nodes (whose payloads are reference counted), a section
/// knows where it ends, a partial is an index, and the text between two tags is one string.
struct TemplateProgram: Sendable {
    enum Operation: UInt8, Sendable {
        /// `texts[operand]`.
        case text
        /// The value of `names[operand]`, HTML-escaped.
        case escapedVariable
        /// The value of `names[operand]` as it is.
        case rawVariable
        /// `names[operand]`; the children are the instructions up to `end`.
        case section
        case invertedSection
        /// The template `operand` (`-1`: a template the library does not have, which renders as
        /// nothing); `end` is the index in `texts` of a standalone tag's indentation, or `-1`.
        case partial
    }

    struct Instruction: Sendable {
        let operation: Operation
        let operand: Int32
        let end: Int32
    }

    private(set) var instructions: [Instruction] = []
    /// Text and indentations, as UTF-8 (while compiling; rendering reads `storedTexts`).
    private(set) var texts: [[UInt8]] = []
    /// `texts` in one block of memory, so that rendering a text retains nothing.
    private(set) var storedTexts = TemplateTexts([])
    /// Tag names while compiling; rendering reads `storedNames`.
    private(set) var names: [TemplateName] = []
    private(set) var storedNames = TemplateNameTable([], vocabulary: TemplateVocabulary([]))
    /// The instructions of each template, by template index.
    private(set) var entries: [Range<Int>] = []
    private(set) var index: [String: Int] = [:]

    init(_ templates: [String: [TemplateNode]], vocabulary: TemplateVocabulary) {
        let sorted = templates.keys.sorted()
        for (position, name) in sorted.enumerated() { index[name] = position }
        for name in sorted {
            let start = instructions.count
            emit(templates[name] ?? [])
            entries.append(start..<instructions.count)
        }
        storedTexts = TemplateTexts(texts)
        storedNames = TemplateNameTable(names, vocabulary: vocabulary)
    }

    private mutating func emit(_ nodes: [TemplateNode]) {
        // Text nodes of one list that follow each other become one text; rendering with an
        // indentation indents after its inner line breaks (the parser ends a text node at
        // every line break, and each node that starts a line was indented).
        var previousWasText = false
        for node in nodes {
            switch node {
            case .text(let text):
                if previousWasText {
                    texts[texts.count - 1] += Array(text.utf8)
                } else {
                    texts.append(Array(text.utf8))
                    append(.text, Int32(texts.count - 1))
                }
                previousWasText = true
                continue
            case .variable(let name, let escaped):
                append(escaped ? .escapedVariable : .rawVariable, name: name)
            case .section(let name, let children, let inverted):
                let at = instructions.count
                append(inverted ? .invertedSection : .section, name: name)
                emit(children)
                instructions[at] = Instruction(operation: instructions[at].operation, operand: instructions[at].operand,
                                               end: Int32(instructions.count))
            case .partial(let name, let indentation):
                var indentationIndex: Int32 = -1
                if let indentation, !indentation.isEmpty {
                    texts.append(Array(indentation.utf8))
                    indentationIndex = Int32(texts.count - 1)
                }
                instructions.append(Instruction(operation: .partial, operand: Int32(index[name] ?? -1), end: indentationIndex))
            }
            previousWasText = false
        }
    }

    private mutating func append(_ operation: Operation, _ operand: Int32) {
        instructions.append(Instruction(operation: operation, operand: operand, end: Int32(instructions.count + 1)))
    }

    private mutating func append(_ operation: Operation, name: TemplateName) {
        names.append(name)
        append(operation, Int32(names.count - 1))
    }
}

/// Every text of a program, UTF-8, in one allocation that lives as long as the program: the
/// renderer appends a text from a pointer instead of retaining and releasing an array per text.
final class TemplateTexts: @unchecked Sendable {
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    private let ranges: [(start: Int, count: Int)]

    init(_ texts: [[UInt8]]) {
        bytes = .allocate(capacity: max(1, texts.reduce(0) { $0 + $1.count }))
        var ranges: [(start: Int, count: Int)] = []
        var offset = 0
        for text in texts {
            _ = UnsafeMutableBufferPointer(rebasing: bytes[offset..<offset + text.count]).initialize(from: text)
            ranges.append((offset, text.count))
            offset += text.count
        }
        self.ranges = ranges
    }

    deinit { bytes.deallocate() }

    /// Text `index`, valid while this object lives.
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        let range = ranges[index]
        return UnsafeBufferPointer(start: bytes.baseAddress! + range.start, count: range.count)
    }
}
