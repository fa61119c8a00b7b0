/// A value as a template sees it. View models answer name lookups with these directly
/// (`TemplateObject`), so rendering never casts or reflects on the hot path. Objects and lists
/// are held by reference: copying a value while rendering costs one reference count, never a
/// copy of the view model's fields.
public enum TemplateValue {
    /// Shown as text (HTML-escaped in `{{name}}`, as is in `{{{name}}}`); a section over it
    /// renders once with the text as the context.
    case text(String)
    /// Markup already made, as UTF-8 (a chart, a page body): shown like text, without being
    /// turned into a `String` and back.
    case markup([UInt8])
    /// A section renders when true; an inverted section when false.
    case bool(Bool)
    /// A section renders once per element; an inverted section when empty. Elements are read
    /// in place as the section reaches them, not collected first.
    case list(any TemplateListReference)
    /// Something with named children; a section renders once with it as the context.
    case object(any TemplateObjectReference)

    /// The named child of an object; `nil` for every other kind of value.
    @inlinable
    func child(_ key: TemplateKey) -> TemplateValue? {
        if case .object(let object) = self { return object.templateValue(forKey: key) }
        return nil
    }
}

/// A view model that answers a template's name lookups itself: one `switch` over its property
/// names (by the key's number in the library's vocabulary), returning `nil` for names it does
/// not have (the lookup then goes on to the enclosing context, as in any Mustache
/// implementation).
public protocol TemplateObject: TemplateRepresentable {
    func templateValue(forKey key: TemplateKey) -> TemplateValue?
}

/// A Swift value with a template representation; `nil` means absent (an optional left empty).
public protocol TemplateRepresentable {
    var templateValue: TemplateValue? { get }
    /// The named child of this value, read in place: for a `TemplateObject` its own lookup,
    /// without making an object value first (a list's elements are read this way).
    func templateChild(forKey key: TemplateKey) -> TemplateValue?
    /// False for an empty optional, which a list section skips.
    var isTemplatePresent: Bool { get }

    /// `templateValue` of element `index` of `elements`, read where it lies. Lists call these
    /// three; the defaults below are compiled into each conforming type's module for that type.
    static func templateValue(in elements: [Self], at index: Int) -> TemplateValue?
    /// `templateChild(forKey:)` of element `index` of `elements`, read where it lies.
    static func templateChild(in elements: [Self], at index: Int, forKey key: TemplateKey) -> TemplateValue?
    /// `isTemplatePresent` of element `index` of `elements`, read where it lies.
    static func isTemplatePresent(in elements: [Self], at index: Int) -> Bool
}

extension TemplateRepresentable {
    public func templateChild(forKey key: TemplateKey) -> TemplateValue? { templateValue?.child(key) }
    public var isTemplatePresent: Bool { true }

    @inlinable
    public static func templateValue(in elements: [Self], at index: Int) -> TemplateValue? {
        elements.withUnsafeBufferPointer { $0[index].templateValue }
    }

    @inlinable
    public static func templateChild(in elements: [Self], at index: Int, forKey key: TemplateKey) -> TemplateValue? {
        elements.withUnsafeBufferPointer { $0[index].templateChild(forKey: key) }
    }

    @inlinable
    public static func isTemplatePresent(in elements: [Self], at index: Int) -> Bool {
        elements.withUnsafeBufferPointer { $0[index].isTemplatePresent }
    }
}

extension TemplateObject {
    public var templateValue: TemplateValue? { .object(TemplateObjectBox(self)) }
    public func templateChild(forKey key: TemplateKey) -> TemplateValue? { templateValue(forKey: key) }
}

extension String: TemplateRepresentable {
    public var templateValue: TemplateValue? { .text(self) }
}

extension Substring: TemplateRepresentable {
    public var templateValue: TemplateValue? { .text(String(self)) }
}

/// UTF-8 markup made elsewhere (an SVG chart, a rendered page body), for `{{{name}}}`.
public struct RenderedMarkup: TemplateRepresentable, Sendable, Hashable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    public init(_ text: String) { bytes = Array(text.utf8) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var templateValue: TemplateValue? { .markup(bytes) }
}

extension Bool: TemplateRepresentable {
    public var templateValue: TemplateValue? { .bool(self) }
}

extension Int: TemplateRepresentable {
    public var templateValue: TemplateValue? { .text(String(self)) }
}

extension Optional: TemplateRepresentable where Wrapped: TemplateRepresentable {
    public var templateValue: TemplateValue? {
        switch self {
        case .some(let value): value.templateValue
        case .none: nil
        }
    }

    public func templateChild(forKey key: TemplateKey) -> TemplateValue? {
        switch self {
        case .some(let value): value.templateChild(forKey: key)
        case .none: nil
        }
    }

    public var isTemplatePresent: Bool {
        switch self {
        case .some(let value): value.isTemplatePresent
        case .none: false
        }
    }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    public var templateValue: TemplateValue? { .list(TemplateArray(self)) }
}
