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
struct TemplateName: Sendable, Equatable {
    /// `.` or a name starting with `.`: the lookup does not climb the context stack.
    let anchored: Bool
    let text: String
    /// The parts in order; when not anchored, the first is looked up through the context stack.
    let components: [String]

    init(_ text: String) {
        self.text = text
        anchored = text.hasPrefix(".")
        components = text.split(separator: ".").map(String.init)
    }
}
