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
        var html = markdown.html(from: text)
        for replacement in replacements {
            if replacement.block, let range = html.range(of: "<p>\(replacement.token)</p>") {
                html.replaceSubrange(range, with: replacement.html)
            } else if let range = html.range(of: replacement.token) {
                html.replaceSubrange(range, with: replacement.html)
            }
        }
        return (html, diagnostics)
    }

    /// A placeholder made of private-use characters, which Markdown gives no meaning to.
    static func token(_ index: Int) -> String { "\u{E000}\(index)\u{E001}" }
}
