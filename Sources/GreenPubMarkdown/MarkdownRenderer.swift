import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML through the system cmark-gfm library.
///
/// The extensions table, strikethrough, autolink, tagfilter and tasklist are attached, and
/// footnotes are on. Raw HTML written by authors is replaced by a comment unless
/// `allowRawHTML` is set. This is the only type in GreenPub that talks to cmark-gfm; no C
/// pointer escapes it.
public struct MarkdownRenderer: Sendable {
    /// Names of the GFM syntax extensions attached to every parser.
    public static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool = false) {
        self.allowRawHTML = allowRawHTML
    }

    /// Renders a Markdown document (without front matter) to an HTML fragment.
    ///
    /// One document at a time in the whole process: cmark-gfm keeps the extensions' special
    /// characters (`~` for strikethrough, ...) in a global table that each parser adds to when
    /// created and removes from when freed, so a parser freed on one thread would silently
    /// switch the extensions off for a document being parsed on another.
    public func html(from markdown: String) -> String {
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return render(markdown)
    }

    private static let lock = NSLock()

    private func render(_ markdown: String) -> String {
        Self.registerExtensionsOnce
        var options: Int32 = Option.footnotes | Option.githubPreLang | Option.validateUTF8
        if allowRawHTML { options |= Option.unsafe }

        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// cmark-gfm's option bits (cmark-gfm.h); spelled out because C macros built with shifts
    /// are not all imported into Swift.
    enum Option {
        static let sourcePos: Int32 = 1 << 1
        static let validateUTF8: Int32 = 1 << 9
        static let githubPreLang: Int32 = 1 << 11
        static let footnotes: Int32 = 1 << 13
        static let unsafe: Int32 = 1 << 17
    }

    /// Registering the core extensions mutates global state in the C library: do it exactly once.
    private static let registerExtensionsOnce: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
