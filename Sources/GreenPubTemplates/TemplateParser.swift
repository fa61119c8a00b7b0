/// Parses Mustache text into nodes, with the standalone-line rules of the Mustache
/// specification: a section, comment or partial tag alone on its line takes its line with it.
///
/// Supported: variables, `{{{raw}}}` and `{{&raw}}`, sections, inverted sections, comments,
/// partials and set-delimiter tags (`{{=<% %>=}}`, for the rest of the template). Inheritance
/// (`{{<`, `{{$`), dynamic partials and lambdas are not: a template that uses them gets an
/// error naming the tag.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var openDelimiter: [UInt8] = Array("{{".utf8)
    private var closeDelimiter: [UInt8] = Array("}}".utf8)
    /// Every `{{> name}}` with the offset of its tag, so a library can check the names exist.
    private(set) var partials: [(name: String, offset: Int)] = []

    private struct OpenSection {
        let name: String
        let offset: Int
    }

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The nodes of the whole template.
    mutating func parse() throws(TemplateSyntaxError) -> [TemplateNode] {
        try parseNodes(in: nil, newLine: true)
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset.
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == ASCII.newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: - Nodes

    private mutating func parseNodes(in section: OpenSection?, newLine startsOnNewLine: Bool) throws(TemplateSyntaxError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = startsOnNewLine
        var whitespace: Range<Int> = position..<position
        func flushWhitespace() {
            if !whitespace.isEmpty {
                nodes.append(.text(string(whitespace)))
                whitespace = position..<position
            }
        }
        while position < bytes.count {
            if newLine { whitespace = readSpacesAndTabs() }
            let text = readText()
            if let newlineLength = newlineLength(at: position) {
                nodes.append(.text(string(whitespace) + string(text) + string(position..<position + newlineLength)))
                position += newlineLength
                newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(string(whitespace) + string(text)))
                whitespace = position..<position
                newLine = false
            }
            if position >= bytes.count { break }
            let tagOffset = position
            position += openDelimiter.count
            guard position < bytes.count else { throw error(at: position, "a tag is not closed with \(closeText)") }
            var startsNewLine = false
            switch bytes[position] {
            case ASCII.hash, ASCII.caret:
                let inverted = bytes[position] == ASCII.caret
                position += 1
                let name = try readName()
                if isStandalone(newLine) {
                    startsNewLine = true
                } else {
                    flushWhitespace()
                }
                let children = try parseNodes(in: OpenSection(name: name.text, offset: tagOffset), newLine: startsNewLine)
                nodes.append(.section(name, children, inverted: inverted))
            case ASCII.slash:
                position += 1
                let nameOffset = position
                let name = try readName()
                guard let section else {
                    throw error(at: tagOffset, "{{/\(name.text)}} closes a section that was never opened")
                }
                guard name.text == section.name else {
                    let opened = location(of: section.offset)
                    throw error(at: nameOffset, "a closing {{/name}} does not match the section it closes: {{#\(section.name)}} (line \(opened.line)) is closed by {{/\(name.text)}}")
                }
                if !isStandalone(newLine) { flushWhitespace() }
                return nodes
            case ASCII.bang:
                try skipComment(from: tagOffset)
                startsNewLine = isStandalone(newLine)
            case ASCII.openBrace:
                flushWhitespace()
                position += 1
                let name = try readName()
                guard position < bytes.count, bytes[position] == ASCII.closeBrace else {
                    throw error(at: position, "a tag is not closed with }}}")
                }
                position += 1
                nodes.append(.variable(name, escaped: false))
            case ASCII.ampersand:
                flushWhitespace()
                position += 1
                nodes.append(.variable(try readName(), escaped: false))
            case ASCII.greaterThan:
                position += 1
                let name = try readPartialName()
                partials.append((name, tagOffset))
                let indentation = string(whitespace)
                flushWhitespace()
                if isStandalone(newLine) {
                    startsNewLine = true
                    nodes.append(.partial(name, indentation: indentation))
                } else {
                    nodes.append(.partial(name, indentation: nil))
                }
            case ASCII.equals:
                position += 1
                try readDelimiters(from: tagOffset)
                startsNewLine = isStandalone(newLine)
            case ASCII.lessThan, ASCII.dollar, ASCII.percent:
                throw error(at: tagOffset, "{{\(UnicodeScalar(bytes[position]))...}} tags (inheritance, configuration) are not supported")
            default:
                flushWhitespace()
                nodes.append(.variable(try readName(), escaped: true))
            }
            newLine = startsNewLine
        }
        if let section {
            throw error(at: section.offset, "a section {{#\(section.name)}} is never closed with {{/\(section.name)}}")
        }
        return nodes
    }

    // MARK: - Reading

    /// Text up to the next `{{`, newline or the end.
    private mutating func readText() -> Range<Int> {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == ASCII.newline || newlineLength(at: position) != nil { break }
            if byte == openDelimiter[0], matches(openDelimiter, at: position) { break }
            position += 1
        }
        return start..<position
    }

    private func newlineLength(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == ASCII.newline { return 1 }
        if bytes[offset] == ASCII.carriageReturn, offset + 1 < bytes.count, bytes[offset + 1] == ASCII.newline { return 2 }
        return nil
    }

    private mutating func readSpacesAndTabs() -> Range<Int> {
        let start = position
        while position < bytes.count, bytes[position] == ASCII.space || bytes[position] == ASCII.tab { position += 1 }
        return start..<position
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, ASCII.isWhitespace(bytes[position]) { position += 1 }
    }

    /// A tag alone on its line (only spaces and tabs around it): the rest of the line, with its
    /// newline, is consumed.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if position >= bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == ASCII.space || bytes[end] == ASCII.tab { end += 1 }
        guard let length = newlineLength(at: end) else { return false }
        position = end + length
        return true
    }

    private mutating func readName() throws(TemplateSyntaxError) -> TemplateName {
        skipWhitespace()
        let start = position
        while position < bytes.count, ASCII.isNameCharacter(bytes[position]) { position += 1 }
        let name = string(start..<position)
        skipWhitespace()
        try expectClose()
        if name.isEmpty { throw error(at: start, "a tag has no name") }
        if name.contains("(") || name.contains(")") {
            throw error(at: start, "transforms such as \(name) are not supported")
        }
        return TemplateName(name)
    }

    private mutating func readPartialName() throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        if position < bytes.count, bytes[position] == ASCII.asterisk {
            throw error(at: position, "dynamic partials ({{>*name}}) are not supported")
        }
        let start = position
        while position < bytes.count, ASCII.isNameCharacter(bytes[position]) || bytes[position] == ASCII.slash { position += 1 }
        let name = string(start..<position)
        skipWhitespace()
        try expectClose()
        if name.isEmpty { throw error(at: start, "a partial tag has no template name") }
        return name
    }

    private mutating func expectClose() throws(TemplateSyntaxError) {
        guard matches(closeDelimiter, at: position) else {
            throw error(at: position, "a tag is not closed with \(closeText)")
        }
        position += closeDelimiter.count
    }

    private mutating func skipComment(from tagOffset: Int) throws(TemplateSyntaxError) {
        while position < bytes.count {
            if matches(closeDelimiter, at: position) {
                position += closeDelimiter.count
                return
            }
            position += 1
        }
        throw error(at: tagOffset, "a comment is not closed with \(closeText)")
    }

    /// `{{=open close=}}`: the delimiters of the tags that follow.
    private mutating func readDelimiters(from tagOffset: Int) throws(TemplateSyntaxError) {
        skipWhitespace()
        let openStart = position
        while position < bytes.count, !ASCII.isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openStart..<position])
        skipWhitespace()
        let closeStart = position
        while position < bytes.count, !ASCII.isWhitespace(bytes[position]), bytes[position] != ASCII.equals { position += 1 }
        let close = Array(bytes[closeStart..<position])
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == ASCII.equals else {
            throw error(at: tagOffset, "a set-delimiter tag must read {{=open close=}}")
        }
        position += 1
        try expectClose()
        openDelimiter = open
        closeDelimiter = close
    }

    private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for index in delimiter.indices where bytes[offset + index] != delimiter[index] { return false }
        return true
    }

    private var closeText: String { String(decoding: closeDelimiter, as: UTF8.self) }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func error(at offset: Int, _ message: String) -> TemplateSyntaxError {
        let (line, column) = location(of: offset)
        return TemplateSyntaxError(line: line, column: column, message: message)
    }
}

/// The bytes the parser looks at.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let bang: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let dollar: UInt8 = 0x24
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27
    static let asterisk: UInt8 = 0x2A
    static let slash: UInt8 = 0x2F
    static let lessThan: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greaterThan: UInt8 = 0x3E
    static let caret: UInt8 = 0x5E
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }

    /// Letters, digits and `.-_?*()`, as in tag names.
    static func isNameCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x2E, 0x2D, 0x5F, 0x3F, asterisk, 0x28, 0x29: true
        default: false
        }
    }
}
