/// The fallback for view models without a `TemplateObject` conformance: their stored properties,
/// found by reflection. Each value is reflected once, on its first lookup, so this is fine for
/// pages built a few times per site; view models rendered per institution answer directly.
final class ReflectedObject: TemplateObjectReference {
    let subject: Any
    private var children: [String: Any]?
    /// True when the children are reflected too, even those that answer lookups themselves.
    private let storedPropertiesOnly: Bool

    init(_ subject: Any, storedPropertiesOnly: Bool = false) {
        self.subject = subject
        self.storedPropertiesOnly = storedPropertiesOnly
    }

    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        if children == nil {
            var found: [String: Any] = [:]
            for child in Mirror(reflecting: subject).children {
                if let label = child.label, found[label] == nil { found[label] = child.value }
            }
            children = found
        }
        return children?[key.name].flatMap { TemplateValue.reflecting($0, storedPropertiesOnly: storedPropertiesOnly) }
    }
}

extension TemplateValue {
    /// The template representation of any Swift value: direct for `TemplateRepresentable`
    /// values, by reflection for other structs and classes; `nil` for an empty optional.
    /// Numbers and enumerations show as their description.
    ///   - storedPropertiesOnly: reflect on view models that answer lookups themselves too, and
    ///     on their children (tests render with it to prove that every hand-written lookup
    ///     answers exactly as the reflection it replaces).
    public static func reflecting(_ value: Any, storedPropertiesOnly: Bool = false) -> TemplateValue? {
        let again = { reflecting($0, storedPropertiesOnly: storedPropertiesOnly) }
        // An optional first: a cast to a protocol looks inside it.
        if let optional = value as? any ReflectedOptional { return optional.wrappedValue.flatMap(again) }
        if storedPropertiesOnly, value is any TemplateObject {
            return .object(ReflectedObject(value, storedPropertiesOnly: true))
        }
        if let representable = value as? any TemplateRepresentable {
            guard storedPropertiesOnly, case .list(let list)? = representable.templateValue else {
                return representable.templateValue
            }
            // Elements already made into template values: objects among them are reflected again.
            return .list(TemplateValueList(list.elements.map { element in
                guard case .object(let object) = element else { return element }
                return .object(ReflectedObject(object.subject, storedPropertiesOnly: true))
            }))
        }
        if let sequence = value as? any ReflectedSequence { return .list(TemplateValueList(sequence.elements.compactMap(again))) }
        switch Mirror(reflecting: value).displayStyle {
        case .struct?, .class?, .tuple?: return .object(ReflectedObject(value, storedPropertiesOnly: storedPropertiesOnly))
        default: return .text(String(describing: value))
        }
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
