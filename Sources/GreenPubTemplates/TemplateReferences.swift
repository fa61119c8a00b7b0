/// An object value as the renderer holds it: a reference, so that pushing it on the context
/// stack or copying it out of a lookup costs one reference count.
public protocol TemplateObjectReference: AnyObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue?
    /// The view model behind the reference (reflection in tests looks at it).
    var subject: Any { get }
}

/// A list value as the renderer holds it. A section walks it by index and looks names up in an
/// element where it lies (`templateValue(at:forKey:)`): no element is copied out of its array.
public protocol TemplateListReference: AnyObject {
    var count: Int { get }
    /// Element `index` as a value (for `{{.}}`); `nil` for an empty optional.
    func element(at index: Int) -> TemplateValue?
    /// The named child of element `index`.
    func templateValue(at index: Int, forKey key: TemplateKey) -> TemplateValue?
    /// False when element `index` is an empty optional, which a section skips.
    func isPresent(at index: Int) -> Bool
}

extension TemplateListReference {
    /// True when no element is there (every one is an empty optional): an inverted section renders.
    var isEmptyForSections: Bool {
        for index in 0..<count where isPresent(at: index) { return false }
        return true
    }

    /// The elements that are there, in order.
    public var elements: [TemplateValue] { (0..<count).compactMap(element(at:)) }
}

/// A view model held by reference (`TemplateObject.templateValue`).
final class TemplateObjectBox<Object: TemplateObject>: TemplateObjectReference {
    let object: Object

    init(_ object: Object) { self.object = object }

    func templateValue(forKey key: TemplateKey) -> TemplateValue? { object.templateValue(forKey: key) }

    var subject: Any { object }
}

/// An array of template values' sources, held by reference (`Array.templateValue`).
///
/// This class is generic and its methods are not specialized: an element read here would be
/// copied out (each of its fields retained and released) for every name looked up in it, and
/// even a pointer to the elements would go through generic code and a closure. So the array is
/// handed, as it is, to the element type's own static functions, which the module of each view
/// model compiles for its concrete type and which read the element where it lies.
final class TemplateArray<Element: TemplateRepresentable>: TemplateListReference {
    let array: [Element]

    init(_ array: [Element]) { self.array = array }

    var count: Int { array.count }

    func element(at index: Int) -> TemplateValue? {
        Element.templateValue(in: array, at: index)
    }

    func templateValue(at index: Int, forKey key: TemplateKey) -> TemplateValue? {
        Element.templateChild(in: array, at: index, forKey: key)
    }

    func isPresent(at index: Int) -> Bool {
        Element.isTemplatePresent(in: array, at: index)
    }
}

/// A list already made of template values (reflection).
final class TemplateValueList: TemplateListReference {
    let values: [TemplateValue]

    init(_ values: [TemplateValue]) { self.values = values }

    var count: Int { values.count }

    func element(at index: Int) -> TemplateValue? { values[index] }

    func templateValue(at index: Int, forKey key: TemplateKey) -> TemplateValue? { values[index].child(key) }

    func isPresent(at index: Int) -> Bool { true }
}
