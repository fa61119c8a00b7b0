/// The fallback for view models without a `TemplateObject` conformance: their stored properties,
/// found by reflection. Each value is reflected once, on its first lookup, so this is fine for
/// pages built a few times per site; view models rendered per institution answer directly.
final class ReflectedObject: TemplateObject {
    private let subject: Any
    private var children: [String: Any]?
    /// True when the children are reflected too, even those that answer lookups themselves.
    private let storedPropertiesOnly: Bool

    init(_ subject: Any, storedPropertiesOnly: Bool = false) {
        self.subject = subject
        self.storedPropertiesOnly = storedPropertiesOnly
    }

    func templateValue(forKey key: String) -> TemplateValue? {
        if children == nil {
            var found: [String: Any] = [:]
            for child in Mirror(reflecting: subject).children {
                if let label = child.label, found[label] == nil { found[label] = child.value }
            }
            children = found
        }
        guard let child = children?[key] else { return nil }
        return storedPropertiesOnly ? TemplateValue.reflectingStoredProperties(child) : TemplateValue.reflecting(child)
    }
}

extension TemplateValue {
    /// The template representation of any Swift value: direct for `TemplateRepresentable`
    /// values, by reflection for other structs and classes; `nil` for an empty optional.
    /// Numbers and enumerations show as their description.
    public static func reflecting(_ value: Any) -> TemplateValue? {
        if let representable = value as? any TemplateRepresentable { return representable.templateValue }
        if let optional = value as? any ReflectedOptional { return optional.wrappedValue.flatMap(reflecting) }
        if let sequence = value as? any ReflectedSequence { return .list(TemplateValueList(values: sequence.elements.compactMap(reflecting))) }
        switch Mirror(reflecting: value).displayStyle {
        case .struct?, .class?, .tuple?: return .object(ReflectedObject(value))
        default: return .text(String(describing: value))
        }
    }
}

extension TemplateValue {
    /// What reflection alone makes of `value`: its stored properties, even where a hand-written
    /// `TemplateObject` lookup would answer. Tests render with this to prove that every such
    /// lookup answers exactly as the reflection it replaces.
    public static func reflectingStoredProperties(_ value: Any) -> TemplateValue? {
        // An optional first: a cast to a protocol looks inside it.
        if let optional = value as? any ReflectedOptional { return optional.wrappedValue.flatMap(reflectingStoredProperties) }
        if value is any TemplateObject { return .object(ReflectedObject(value, storedPropertiesOnly: true)) }
        if let representable = value as? any TemplateRepresentable {
            guard case .list(let list)? = representable.templateValue else { return representable.templateValue }
            return .list(TemplateValueList(values: list.elements.map(reflectingSelf)))
        }
        if let sequence = value as? any ReflectedSequence {
            return .list(TemplateValueList(values: sequence.elements.compactMap(reflectingStoredProperties)))
        }
        switch Mirror(reflecting: value).displayStyle {
        case .struct?, .class?, .tuple?: return .object(ReflectedObject(value, storedPropertiesOnly: true))
        default: return .text(String(describing: value))
        }
    }

    /// An element of a list already turned into a template value: an object is reflected again.
    private static func reflectingSelf(_ value: TemplateValue) -> TemplateValue {
        if case .object(let object) = value { return .object(ReflectedObject(object, storedPropertiesOnly: true)) }
        return value
    }
}

protocol ReflectedOptional { var wrappedValue: Any? { get } }

extension Optional: ReflectedOptional {
    var wrappedValue: Any? {
        switch self {
        case .some(let value): value
        case .none: nil
        }
    }
}

protocol ReflectedSequence { var elements: [Any] { get } }

extension Array: ReflectedSequence {
    var elements: [Any] { map { $0 } }
}
