/// Renders a compiled template against a context stack into one buffer of UTF-8 bytes.
struct TemplateRenderer {
    private let program: TemplateProgram
    private let texts: TemplateTexts
    private(set) var output: [UInt8] = []
    private var stack: [TemplateValue]

    init(program: TemplateProgram, root: TemplateValue, capacity: Int) {
        self.program = program
        texts = program.storedTexts
        stack = [root]
        stack.reserveCapacity(8)
        output.reserveCapacity(capacity)
    }

    /// Renders the instructions in `range`; with an indentation (a standalone partial's,
    /// accumulated through nested partials), every instruction whose output starts a new line of
    /// this range's output is indented first, and so is every line inside a text.
    mutating func render(_ range: Range<Int>, indentation: [UInt8]) {
        var position = range.lowerBound
        if indentation.isEmpty {
            while position < range.upperBound { position = step(position, indentation: indentation) }
            return
        }
        let start = output.count
        while position < range.upperBound {
            let before = output.count
            let atLineStart = before > start && output.last == ASCII.newline
            position = step(position, indentation: indentation)
            if atLineStart, output.count > before {
                output.insert(contentsOf: indentation, at: before)
            }
        }
    }

    /// Renders the instruction at `position`; returns the position of the next one.
    private mutating func step(_ position: Int, indentation: [UInt8]) -> Int {
        let instruction = program.instructions[position]
        let end = Int(instruction.end)
        switch instruction.operation {
        case .text:
            let text = texts[Int(instruction.operand)]
            if indentation.isEmpty { output.append(contentsOf: text) } else { appendIndented(text, indentation: indentation) }
        case .escapedVariable, .rawVariable:
            switch lookup(program.names[Int(instruction.operand)]) {
            case .text(let text)?:
                if instruction.operation == .escapedVariable { output.appendHTMLEscaped(text) } else { output.append(text) }
            case .markup(let bytes)?:
                if instruction.operation == .escapedVariable { output.appendHTMLEscaped(bytes) } else { output.append(contentsOf: bytes) }
            case .bool(let value)?:
                output.append(value ? "true" : "false")
            case .list?, .object?, nil:
                break
            }
        case .invertedSection:
            if Self.isFalsey(lookup(program.names[Int(instruction.operand)])) {
                render(position + 1..<end, indentation: indentation)
            }
        case .section:
            let children = position + 1..<end
            switch lookup(program.names[Int(instruction.operand)]) {
            case nil, .bool(false)?:
                break
            case .bool(true)?:
                render(children, indentation: indentation)
            case .list(let elements)?:
                for index in 0..<elements.count {
                    guard let element = elements.element(at: index) else { continue }
                    stack.append(element)
                    render(children, indentation: indentation)
                    stack.removeLast()
                }
            case let value?:
                stack.append(value)
                render(children, indentation: indentation)
                stack.removeLast()
            }
        case .partial:
            guard instruction.operand >= 0 else { break }
            let range = program.entries[Int(instruction.operand)]
            if instruction.end >= 0 {
                render(range, indentation: indentation + texts[Int(instruction.end)])
            } else {
                render(range, indentation: indentation)
            }
            return position + 1
        }
        return end
    }

    /// A text of several lines with every line after the first indented (the first is indented,
    /// if it starts a line, by `render`).
    private mutating func appendIndented(_ text: UnsafeBufferPointer<UInt8>, indentation: [UInt8]) {
        let lines = text.split(separator: ASCII.newline, omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            if number > 0 {
                output.append(ASCII.newline)
                // A line break that ends the text starts no line of this text.
                if number < lines.count - 1 || !line.isEmpty { output.append(contentsOf: indentation) }
            }
            output.append(contentsOf: line)
        }
    }

    private static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .bool(false)?: true
        case .list(let elements)?: elements.isEmptyForSections
        default: false
        }
    }

    /// `.` is the current context; `.a.b` starts in it; `a.b` starts at the innermost context
    /// that has an `a`, then looks for `b` inside that.
    private func lookup(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        if let first = name.first {
            value = stack.withUnsafeBufferPointer { frames in
                var level = frames.count - 1
                while level >= 0 {
                    if case .object(let object) = frames[level], let found = object.templateValue(forKey: first) {
                        return found
                    }
                    level -= 1
                }
                return nil
            }
        } else if name.anchored {
            value = stack.last
        }
        for component in name.rest {
            value = value?.child(component)
        }
        return value
    }
}
