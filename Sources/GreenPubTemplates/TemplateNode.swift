/// A parsed template: text and tags, sections holding their own nodes.
enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when inverted.
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// `{{> name}}`; `indentation` is the whitespace before a tag alone on its line, repeated
    /// before every line the partial writes.
    case partial(String, indentation: String?)
}

/// A tag's name: `.` (the current context), `a.b.c` (the first part looked up through the
/// context stack, the rest inside it) or `.a.b` (looked up in the current context only).
/// A class, so that handing a name to a lookup costs one reference, not five.
final class TemplateName: Sendable, Equatable {
    /// `.` or a name starting with `.`: the lookup does not climb the context stack.
    let anchored: Bool
    let text: String
    /// The part looked up through the context stack (`a` of `a.b.c`); `nil` when anchored.
    let first: String?
    /// The parts looked up inside the value found so far.
    let rest: [String]

    init(_ text: String) {
        self.text = text
        anchored = text.hasPrefix(".")
        let components = text.split(separator: ".").map(String.init)
        first = anchored ? nil : components.first
        rest = anchored ? components : Array(components.dropFirst())
    }

    static func == (lhs: TemplateName, rhs: TemplateName) -> Bool { lhs.text == rhs.text }
}
