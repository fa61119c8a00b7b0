/// One part of a tag's name (`title` in `{{page.title}}`) as a view model receives it: its text,
/// and its number in the library's vocabulary (`TemplateLibrary(vocabulary:)`), or -1 when the
/// vocabulary does not have it. A view model switches on the number, an integer, instead of
/// comparing its property names one by one with the text; reflection reads the text.
public struct TemplateKey: Sendable, Hashable {
    public let name: String
    public let code: Int

    public init(_ name: String, code: Int) {
        self.name = name
        self.code = code
    }
}

/// The names an application's view models answer to, numbered from 0 in the order given.
public struct TemplateVocabulary: Sendable {
    private let codes: [String: Int]

    public init(_ names: [String]) {
        codes = Dictionary(names.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// `name` with its number, -1 when it is not in the vocabulary.
    public func key(_ name: String) -> TemplateKey { TemplateKey(name, code: codes[name] ?? -1) }
}
