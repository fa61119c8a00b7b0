import GreenPubBytes

/// Renders a compiled template against a context stack into a buffer of UTF-8 bytes.
struct TemplateRenderer {
    private let program: TemplateProgram
    private let texts: TemplateTexts
    private let names: TemplateNameTable
    let output: ByteBuffer
    private var stack: [Frame]

    /// A context on the stack: a value, or an element of a list read where it lies.
    private enum Frame {
        case value(TemplateValue)
        case element(any TemplateListReference, Int)

        /// The named child of this context; `nil` when it has none (or is not an object).
        func child(_ key: TemplateKey) -> TemplateValue? {
            switch self {
            case .value(.object(let object)): object.templateValue(forKey: key)
            case .element(let list, let index): list.templateValue(at: index, forKey: key)
            case .value: nil
            }
        }

        var value: TemplateValue? {
            switch self {
            case .value(let value): value
            case .element(let list, let index): list.element(at: index)
            }
        }
    }

    init(program: TemplateProgram, root: TemplateValue, output: ByteBuffer) {
        self.program = program
        self.output = output
        texts = program.storedTexts
        names = program.storedNames
        stack = [.value(root)]
        stack.reserveCapacity(8)
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
                output.insert(indentation, at: before)
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
            if indentation.isEmpty { output.append(text) } else { appendIndented(text, indentation: indentation) }
        case .escapedVariable, .rawVariable:
            switch lookup(Int(instruction.operand)) {
            case .text(let text)?:
                if instruction.operation == .escapedVariable { output.appendHTMLEscaped(text) } else { output.append(text) }
            case .markup(let bytes)?:
                if instruction.operation == .escapedVariable { output.appendHTMLEscaped(bytes) } else { output.append(bytes) }
            case .bool(let value)?:
                output.append(value ? "true" as StaticString : "false")
            case .list?, .object?, nil:
                break
            }
        case .invertedSection:
            if Self.isFalsey(lookup(Int(instruction.operand))) {
                render(position + 1..<end, indentation: indentation)
            }
        case .section:
            let children = position + 1..<end
            switch lookup(Int(instruction.operand)) {
            case nil, .bool(false)?:
                break
            case .bool(true)?:
                render(children, indentation: indentation)
            case .list(let list)?:
                for index in 0..<list.count where list.isPresent(at: index) {
                    stack.append(.element(list, index))
                    render(children, indentation: indentation)
                    stack.removeLast()
                }
            case let value?:
                stack.append(.value(value))
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
                if number < lines.count - 1 || !line.isEmpty { output.append(indentation) }
            }
            output.append(UnsafeBufferPointer(rebasing: line))
        }
    }

    private static func isFalsey(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .bool(false)?: true
        case .list(let elements)?: elements.isEmptyForSections
        default: false
        }
    }

    /// Name `index` looked up: `.` is the current context; `.a.b` starts in it; `a.b` starts at
    /// the innermost context that has an `a`, then looks for `b` inside that.
    private func lookup(_ index: Int) -> TemplateValue? {
        let name = names.entry(index)
        var part = name.start
        let end = name.start + name.count
        var value: TemplateValue?
        if name.anchored {
            guard let current = stack.last else { return nil }
            guard part < end else { return current.value }
            value = current.child(names.component(part))
        } else {
            guard part < end else { return nil }
            let first = names.component(part)
            value = stack.withUnsafeBufferPointer { frames in
                var level = frames.count - 1
                while level >= 0 {
                    if let found = frames[level].child(first) { return found }
                    level -= 1
                }
                return nil
            }
        }
        part += 1
        while part < end, let found = value {
            value = found.child(names.component(part))
            part += 1
        }
        return value
    }
}
