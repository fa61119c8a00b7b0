import GreenPubModel

/// The shortcodes of GreenPub pages, resolved against the computed data.
struct SiteShortcodes: ShortcodeResolver {
    let context: RenderContext
    let page: ContentPage

    func html(for shortcode: Shortcode, asBlock: Bool) -> Result<String, ShortcodeError> {
        .failure(ShortcodeError(shortcode.location, "unknown shortcode '\(shortcode.name)'"))
    }
}
