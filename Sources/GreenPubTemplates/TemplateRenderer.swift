/// Renders parsed nodes against a context stack into one output string.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]
    private(set) var output = ""
    private var stack: [TemplateValue]

    init(templates: [String: [TemplateNode]], root: TemplateValue, capacity: Int) {
        self.templates = templates
        stack = [root]
        output.reserveCapacity(capacity)
    }

    /// Renders `nodes`; with an indentation (a standalone partial's, accumulated through nested
    /// partials), every node whose output starts a new line of this template's output is
    /// indented first.
    mutating func render(_ nodes: [TemplateNode], indentation: String) {
        if indentation.isEmpty {
            for node in nodes { render(node, indentation: indentation) }
            return
        }
        let start = output.utf8.count
        for node in nodes {
            let before = output.utf8.count
            let atLineStart = before > start && output.utf8.last == ASCII.newline
            render(node, indentation: indentation)
            if atLineStart, output.utf8.count > before {
                let index = output.utf8.index(output.startIndex, offsetBy: before)
                output.insert(contentsOf: indentation, at: index)
            }
        }
    }

    private mutating func render(_ node: TemplateNode, indentation: String) {
        switch node {
        case .text(let text):
            output.append(text)
        case .variable(let name, let escaped):
            switch lookup(name) {
            case .text(let text)?:
                if escaped { output.appendHTMLEscaped(text) } else { output.append(text) }
            case .bool(let value)?:
                output.append(value ? "true" : "false")
            case .list?, .object?, nil:
                break
            }
        case .section(let name, let children, let inverted):
            let value = lookup(name)
            if inverted {
                if Self.isFalsey(value) { render(children, indentation: indentation) }
                return
            }
            switch value {
            case nil, .bool(false)?:
                break
            case .bool(true)?:
                render(children, indentation: indentation)
            case .list(let elements)?:
                for element in elements {
                    stack.append(element)
                    render(children, indentation: indentation)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                render(children, indentation: indentation)
                stack.removeLast()
            }
        case .partial(let name, let partialIndentation):
            guard let partial = templates[name] else { return }
            render(partial, indentation: indentation + (partialIndentation ?? ""))
        }
    }

    private static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .bool(false)?: true
        case .list(let elements)?: elements.isEmpty
        default: false
        }
    }

    /// `.` is the current context; `.a.b` starts in it; `a.b` starts at the innermost context
    /// that has an `a`, then looks for `b` inside that.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        var rest = name.components[...]
        if name.anchored {
            value = stack.last
        } else {
            let first = rest.removeFirst()
            for context in stack.reversed() {
                if let found = context.child(first) {
                    value = found
                    break
                }
            }
        }
        for component in rest {
            value = value?.child(component)
        }
        return value
    }
}
