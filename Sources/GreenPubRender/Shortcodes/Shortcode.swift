import GreenPubModel

/// A shortcode written in a page, Hugo style: `{{< name key="value" key2=value >}}`.
///
/// It places a figure, chart or table computed by GreenPub into the staff's Markdown, so that
/// a figure in the prose always equals the one on the dashboards.
public struct Shortcode: Sendable, Hashable {
    public struct Argument: Sendable, Hashable {
        public var key: String
        public var value: String
        /// Where the argument's value starts, for errors about it.
        public var location: SourceLocation
    }

    public var name: String
    public var arguments: [Argument]
    /// Where the shortcode starts (`{{<`).
    public var location: SourceLocation
    /// True when the shortcode stands alone on its line: it may then become a block (a chart, a
    /// table) instead of text inside a paragraph.
    public var standsAlone: Bool

    public func argument(_ key: String) -> Argument? { arguments.first { $0.key == key } }
}

/// Why a shortcode cannot be expanded, with the place to point at.
public struct ShortcodeError: Error, Sendable, Hashable {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }
}

/// Expands shortcodes into HTML. Implemented by the site renderer over the computed report.
public protocol ShortcodeResolver: Sendable {
    /// The HTML for a shortcode. `asBlock` is true when the shortcode stands alone on its line.
    func html(for shortcode: Shortcode, asBlock: Bool) -> Result<String, ShortcodeError>
}
