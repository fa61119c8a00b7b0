import GreenPubModel
import Mustache

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

/// The parsed templates, with the guarantee that every template GreenPub renders exists.
///
/// swift-mustache answers `nil` for an unknown template; here a missing template is a load-time
/// error and rendering always returns text.
public struct TemplateSet: Sendable {
    /// Templates every project must provide.
    public static let required = ["layout", "page"]

    let library: MustacheLibrary
    public let names: [String]

    /// Pure: parses every source; syntax errors and missing required templates are diagnostics.
    public static func parse(_ sources: [TemplateSource], required: [String] = TemplateSet.required) -> (TemplateSet?, [Diagnostic]) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for source in sources {
            do {
                let template = try MustacheTemplate(string: source.text)
                library.register(template, named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                let at = SourceLocation(file: source.path, line: error.context.lineNumber,
                                        column: max(1, error.context.columnNumber))
                diagnostics.append(.error(at, "template syntax: \(describe(error.error))"))
            } catch {
                diagnostics.append(.error(SourceLocation(file: source.path, line: 1, column: 1), "template: \(error)"))
            }
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

    /// Renders a template known to exist (checked when the set was parsed, or by `contains`).
    public func render(_ name: String, _ context: Any) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a closing {{/name}} does not match the section it closes"
        case MustacheTemplate.Error.unfinishedName: "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: "a section {{#name}} is never closed with {{/name}}"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
