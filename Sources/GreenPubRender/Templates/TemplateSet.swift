import GreenPubBytes
import GreenPubModel
import GreenPubTemplates

/// A template file of the project's `templates/` folder.
public struct TemplateSource: Sendable, Hashable {
    /// Template name: its path under templates/ without `.mustache`, e.g. `layout`, `partials/nav`.
    public var name: String
    /// Project-relative path, for diagnostics.
    public var path: String
    public var text: String

    public init(name: String, path: String, text: String) {
        self.name = name
        self.path = path
        self.text = text
    }
}

/// The parsed templates, with the guarantee that every template GreenPub renders exists and
/// every partial a template includes exists: both are load-time errors, so rendering always
/// returns text.
public struct TemplateSet: Sendable {
    /// Templates every project must provide.
    public static let required = ["layout", "page"]

    let library: TemplateLibrary
    public let names: [String]
    /// When true, every view model is read by reflection on its stored properties, hand-written
    /// lookups or not (tests: the two must render the same site).
    var reflectsStoredProperties = false

    /// Pure: parses every source; syntax errors, partials that name no template and missing
    /// required templates are diagnostics.
    public static func parse(_ sources: [TemplateSource], required: [String] = TemplateSet.required) -> (TemplateSet?, [Diagnostic]) {
        var library = TemplateLibrary(vocabulary: ViewKey.vocabulary)
        var diagnostics: [Diagnostic] = []
        for failure in library.add(sources.map { (name: $0.name, text: $0.text) }) {
            let at = SourceLocation(file: sources[failure.source].path, line: failure.error.line, column: failure.error.column)
            diagnostics.append(.error(at, "template syntax: \(failure.error.message)"))
        }
        let paths = Dictionary(sources.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        for tag in library.missingPartials {
            let at = SourceLocation(file: paths[tag.template] ?? "templates/\(tag.template).mustache", line: tag.line, column: tag.column)
            diagnostics.append(.error(at, "template {{> \(tag.partial)}}: there is no templates/\(tag.partial).mustache"))
        }
        let names = sources.map(\.name)
        for name in required where !names.contains(name) {
            diagnostics.append(.error(SourceLocation(file: "templates/\(name).mustache"),
                                      "missing template: GreenPub needs templates/\(name).mustache"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        return (TemplateSet(library: library, names: names.sorted()), diagnostics)
    }

    public func contains(_ name: String) -> Bool { names.contains(name) }

    /// Renders a template known to exist (checked when the set was parsed, or by `contains`)
    /// with a view model of any shape, read by reflection (the scaffolds of `greenpub new`).
    public func render(_ name: String, _ context: Any) -> String {
        library.render(name, root(context))
    }

    /// A template known to exist rendered as UTF-8 bytes (a page's file), in a buffer made for
    /// `capacity` bytes, with a view model that answers lookups itself: no cast or reflection.
    public func renderBytes<View: TemplateRepresentable>(_ name: String, _ context: View, capacity: Int = 16_384) -> [UInt8] {
        let output = ByteBuffer(capacity: capacity)
        render(name, context, to: output)
        return output.bytes
    }

    /// `renderBytes`, appended to `output`.
    public func render<View: TemplateRepresentable>(_ name: String, _ context: View, to output: ByteBuffer) {
        let value = reflectsStoredProperties ? root(context) : context.templateValue ?? .bool(false)
        library.render(name, value, to: output)
    }

    private func root(_ context: Any) -> TemplateValue {
        TemplateValue.reflecting(context, storedPropertiesOnly: reflectsStoredProperties) ?? .bool(false)
    }
}
