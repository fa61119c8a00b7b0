import GreenPubMarkdown
import GreenPubModel

/// Renders a Markdown body whose shortcodes are expanded around cmark-gfm.
///
/// Each shortcode is replaced by a placeholder that Markdown leaves alone; cmark-gfm renders the
/// author's text (filtering the author's own raw HTML); then each placeholder is replaced by the
/// generated HTML (SVG, tables), which therefore goes in whole. A shortcode alone on its line
/// replaces its whole paragraph.
public struct ShortcodeExpander: Sendable {
    public let markdown: MarkdownRenderer

    public init(markdown: MarkdownRenderer) {
        self.markdown = markdown
    }

    /// The page body as HTML, or every problem with its shortcodes (then the page is not rendered).
    public func html(body: String, file: String, firstLine: Int, resolver: any ShortcodeResolver) -> (String?, [Diagnostic]) {
        let (segments, parseProblems) = ShortcodeParser.parse(body, file: file, firstLine: firstLine)
        return html(segments: segments, parseProblems: parseProblems, resolver: resolver)
    }

    /// `html(body:...)` for a body already split by `ShortcodeParser.parse`.
    public func html(segments: [ShortcodeParser.Segment], parseProblems: [Diagnostic], resolver: any ShortcodeResolver) -> (String?, [Diagnostic]) {
        var diagnostics = parseProblems
        var text = ""
        var replacements: [(token: String, html: String, block: Bool)] = []
        for segment in segments {
            switch segment {
            case let .text(part):
                text += part
            case let .shortcode(shortcode):
                switch resolver.html(for: shortcode, asBlock: shortcode.standsAlone) {
                case let .success(html):
                    let token = Self.token(replacements.count)
                    replacements.append((token, html, shortcode.standsAlone))
                    text += token
                case let .failure(error):
                    diagnostics.append(.error(error.location, error.message))
                }
            }
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let html = Self.substitute(markdown.html(from: text), replacements.map { ($0.html, $0.block) })
        return (html, diagnostics)
    }

    /// A placeholder made of private-use characters, which Markdown gives no meaning to.
    static func token(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }

    /// Replaces every placeholder in one pass over the UTF-8 bytes. A block replacement that
    /// cmark-gfm wrapped alone in a paragraph (`<p>TOKEN</p>`) replaces the paragraph.
    static func substitute(_ html: String, _ replacements: [(html: String, block: Bool)]) -> String {
        guard !replacements.isEmpty else { return html }
        let open: [UInt8] = [0xEE, 0x80, 0x80], close: [UInt8] = [0xEE, 0x80, 0x81]
        let paragraphOpen = Array("<p>".utf8), paragraphClose = Array("</p>".utf8)
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacements.reduce(0) { $0 + $1.html.utf8.count })
        var i = 0
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index >= 0 && index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
        }
        while i < bytes.count {
            guard matches(open, at: i) else {
                out.append(bytes[i])
                i += 1
                continue
            }
            var j = i + open.count
            var number = 0
            while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57 {
                number = number * 10 + Int(bytes[j] - 48)
                j += 1
            }
            guard matches(close, at: j), number < replacements.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let replacement = replacements[number]
            var end = j + close.count
            if replacement.block, out.count >= paragraphOpen.count,
               out[(out.count - paragraphOpen.count)...].elementsEqual(paragraphOpen), matches(paragraphClose, at: end) {
                out.removeLast(paragraphOpen.count)
                end += paragraphClose.count
            }
            out.append(contentsOf: replacement.html.utf8)
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }
}
