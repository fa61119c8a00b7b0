import GreenPubModel

/// Finds the shortcodes of a Markdown body. Pure.
///
/// Shortcodes inside fenced code blocks (``` or ~~~) and inline code spans are left as
/// written, so that the staff can show the syntax itself in a page.
public enum ShortcodeParser {
    /// A piece of the body: Markdown text, or a shortcode that replaces its source text.
    public enum Segment: Sendable, Hashable {
        case text(String)
        case shortcode(Shortcode)
    }

    public static func parse(_ body: String, file: String, firstLine: Int) -> ([Segment], [Diagnostic]) {
        var segments: [Segment] = []
        var diagnostics: [Diagnostic] = []
        var pending = ""
        var inFence: Substring?
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let lineNumber = firstLine + index
            let terminator = index < lines.count - 1 ? "\n" : ""
            /// The line goes into the pending text as written.
            func keepLine() {
                pending += line
                pending += terminator
            }
            let stripped = line.drop { $0 == " " }
            if let fence = inFence {
                if stripped.hasPrefix(fence) { inFence = nil }
                keepLine()
                continue
            }
            if stripped.hasPrefix("```") || stripped.hasPrefix("~~~") {
                inFence = stripped.prefix(3)
                keepLine()
                continue
            }
            guard containsShortcodeOpening(line) else {
                keepLine()
                continue
            }
            var pieces: [Segment] = []
            var problems: [Diagnostic] = []
            scanLine(line, file: file, lineNumber: lineNumber, into: &pieces, diagnostics: &problems)
            diagnostics += problems
            let shortcodeCount = pieces.filter { if case .shortcode = $0 { true } else { false } }.count
            let textIsBlank = pieces.allSatisfy { if case let .text(t) = $0 { t.allSatisfy { $0 == " " || $0 == "\t" } } else { true } }
            for piece in pieces {
                switch piece {
                case let .text(text):
                    pending += text
                case var .shortcode(shortcode):
                    shortcode.standsAlone = shortcodeCount == 1 && textIsBlank
                    if !pending.isEmpty { segments.append(.text(pending)); pending = "" }
                    segments.append(.shortcode(shortcode))
                }
            }
            pending += terminator
        }
        if !pending.isEmpty { segments.append(.text(pending)) }
        return (segments, diagnostics)
    }

    /// Splits one line into text and shortcodes, skipping inline code spans.
    ///
    /// The line is scanned as UTF-8 bytes (every delimiter is ASCII); columns are counted in
    /// characters, as an editor shows them. The text on either side of a shortcode that could
    /// not be read comes out as two pieces, which `parse` joins again.
    static func scanLine(_ line: Substring, file: String, lineNumber: Int, into pieces: inout [Segment], diagnostics: inout [Diagnostic]) {
        let bytes = Array(line.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        var textStart = 0
        var i = 0
        var inCode = false
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "`") {
                inCode.toggle()
                i += 1
                continue
            }
            if !inCode, i + 2 < bytes.count, bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{"),
               bytes[i + 2] == UInt8(ascii: "<") {
                let column = text(0..<i).count + 1
                let start = SourceLocation(file: file, line: lineNumber, column: column)
                guard let end = findClose(bytes, from: i + 3) else {
                    diagnostics.append(.error(start, "shortcode is not closed: write it as {{< name key=\"value\" >}}"))
                    break
                }
                if textStart < i { pieces.append(.text(text(textStart..<i))) }
                switch parseInner(text((i + 3)..<end), file: file, lineNumber: lineNumber, innerColumn: column + 3) {
                case let .success((name, arguments)):
                    pieces.append(.shortcode(Shortcode(name: name, arguments: arguments, location: start, standsAlone: false)))
                case let .failure(error):
                    diagnostics.append(.error(error.location, error.message))
                }
                i = end + 3
                textStart = i
                continue
            }
            i += 1
        }
        if textStart < bytes.count { pieces.append(.text(text(textStart..<bytes.count))) }
    }

    /// True when `{{<` occurs in the line; compared as bytes (the three are ASCII), where
    /// Foundation's `contains` went through NSString for every line of every page.
    static func containsShortcodeOpening(_ line: some StringProtocol) -> Bool {
        let bytes = line.utf8
        var index = bytes.startIndex
        var matched = 0
        while index != bytes.endIndex {
            switch (matched, bytes[index]) {
            case (0, UInt8(ascii: "{")), (1, UInt8(ascii: "{")): matched += 1
            case (2, UInt8(ascii: "{")): break  // `{{{<`: still two braces before the next byte
            case (2, UInt8(ascii: "<")): return true
            default: matched = 0
            }
            index = bytes.index(after: index)
        }
        return false
    }

    /// Index of the `>}}` that closes a shortcode, skipping quoted values.
    static func findClose(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        var quoted = false
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\"") { quoted.toggle() }
            if !quoted, i + 2 < bytes.count, bytes[i] == UInt8(ascii: ">"), bytes[i + 1] == UInt8(ascii: "}"),
               bytes[i + 2] == UInt8(ascii: "}") { return i }
            i += 1
        }
        return nil
    }

    /// `name key="value" key=value` -> the name and arguments.
    static func parseInner(_ inner: String, file: String, lineNumber: Int, innerColumn: Int) -> Result<(String, [Shortcode.Argument]), ShortcodeError> {
        let chars = Array(inner)
        var i = 0
        func at(_ index: Int) -> SourceLocation { SourceLocation(file: file, line: lineNumber, column: innerColumn + index) }
        func skipSpaces() { while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 } }
        func word() -> String {
            var value = ""
            while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == "_" || chars[i] == "." {
                value.append(chars[i]); i += 1
            }
            return value
        }
        skipSpaces()
        let nameStart = i
        let name = word()
        guard !name.isEmpty else {
            return .failure(ShortcodeError(at(nameStart), "shortcode has no name: write it as {{< name key=\"value\" >}}"))
        }
        var arguments: [Shortcode.Argument] = []
        while true {
            skipSpaces()
            if i >= chars.count { break }
            let keyStart = i
            let key = word()
            guard !key.isEmpty, i < chars.count, chars[i] == "=" else {
                return .failure(ShortcodeError(at(keyStart), "expected key=\"value\" in shortcode '\(name)', found '\(String(chars[keyStart...]).trimmingSpaces)'"))
            }
            i += 1
            let valueStart = i
            var value = ""
            if i < chars.count, chars[i] == "\"" {
                i += 1
                while i < chars.count, chars[i] != "\"" { value.append(chars[i]); i += 1 }
                guard i < chars.count else {
                    return .failure(ShortcodeError(at(valueStart), "the value of '\(key)' is missing its closing quote"))
                }
                i += 1
            } else {
                while i < chars.count, chars[i] != " ", chars[i] != "\t" { value.append(chars[i]); i += 1 }
            }
            if arguments.contains(where: { $0.key == key }) {
                return .failure(ShortcodeError(at(keyStart), "'\(key)' is given twice in shortcode '\(name)'"))
            }
            arguments.append(Shortcode.Argument(key: key, value: value, location: at(valueStart)))
        }
        return .success((name, arguments))
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
