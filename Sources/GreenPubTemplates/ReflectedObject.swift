/// The fallback for view models without a `TemplateObject` conformance: their stored properties,
/// found by reflection. Each value is reflected once, on its first lookup, so this is fine for
/// pages built a few times per site; view models rendered per institution answer directly.
final class ReflectedObject: TemplateObject {
    private let subject: Any
    private var children: [String: Any]?

    init(_ subject: Any) { self.subject = subject }

    func templateValue(forKey key: String) -> TemplateValue? {
        if children == nil {
            var found: [String: Any] = [:]
            for child in Mirror(reflecting: subject).children {
                if let label = child.label, found[label] == nil { found[label] = child.value }
            }
            children = found
        }
        return children?[key].flatMap(TemplateValue.reflecting)
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
