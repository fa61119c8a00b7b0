import GreenPubBytes

/// A set of named templates that can include one another as partials.
public struct TemplateLibrary: Sendable {
    private var templates: [String: [TemplateNode]] = [:]
    /// Every template compiled together, made again after each `add`.
    private var program: TemplateProgram
    /// The names the application's view models answer to, numbered (`TemplateKey`).
    private let vocabulary: TemplateVocabulary
    /// Every partial tag: the template it is in, the name it includes, and where.
    private var partialTags: [(template: String, partial: String, line: Int, column: Int)] = []

    /// A library whose tag names are numbered in `vocabulary`, the names the application's view
    /// models switch on; names outside it are still found by reflection.
    public init(vocabulary: TemplateVocabulary = TemplateVocabulary([])) {
        self.vocabulary = vocabulary
        program = TemplateProgram([:], vocabulary: vocabulary)
    }

    public var names: [String] { templates.keys.sorted() }

    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Parses `text` as the template `name` (replacing one of the same name).
    public mutating func add(_ name: String, text: String) throws(TemplateSyntaxError) {
        try parse(name, text: text)
        program = TemplateProgram(templates, vocabulary: vocabulary)
    }

    /// Parses every source as `add` does, then compiles the program once (not once per
    /// template); returns the syntax errors, each with the index of its source.
    public mutating func add(_ sources: [(name: String, text: String)]) -> [(source: Int, error: TemplateSyntaxError)] {
        var failures: [(source: Int, error: TemplateSyntaxError)] = []
        for (index, source) in sources.enumerated() {
            do {
                try parse(source.name, text: source.text)
            } catch {
                failures.append((index, error))
            }
        }
        program = TemplateProgram(templates, vocabulary: vocabulary)
        return failures
    }

    private mutating func parse(_ name: String, text: String) throws(TemplateSyntaxError) {
        var parser = TemplateParser(text)
        let nodes = try parser.parse()
        templates[name] = nodes
        partialTags.removeAll { $0.template == name }
        for tag in parser.partials {
            let (line, column) = parser.location(of: tag.offset)
            partialTags.append((name, tag.name, line, column))
        }
    }

    /// Partial tags naming a template the library does not have.
    public var missingPartials: [(template: String, partial: String, line: Int, column: Int)] {
        partialTags.filter { templates[$0.partial] == nil }
    }

    /// The template `name` rendered with `value` as its context; an unknown name renders as
    /// nothing (check with `contains` first).
    public func render(_ name: String, _ value: TemplateValue, capacity: Int = 16_384) -> String {
        String(decoding: renderBytes(name, value, capacity: capacity), as: UTF8.self)
    }

    /// `render`'s output as UTF-8 bytes, for writing to a file without another copy.
    public func renderBytes(_ name: String, _ value: TemplateValue, capacity: Int = 16_384) -> [UInt8] {
        let output = ByteBuffer(capacity: capacity)
        render(name, value, to: output)
        return output.bytes
    }

    /// `render`'s output appended to `output`.
    public func render(_ name: String, _ value: TemplateValue, to output: ByteBuffer) {
        guard let index = program.index[name] else { return }
        var renderer = TemplateRenderer(program: program, root: value, output: output)
        renderer.render(program.entries[index], indentation: [])
    }
}
