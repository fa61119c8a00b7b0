import Foundation
import GreenPubModel
import Yams

/// Reads Yams nodes into plain values for the plan loader, recording a `Diagnostic` with the
/// node's line and column for every problem instead of stopping at the first.
final class PlanYAMLReader {
    /// A mapping node whose keys were checked against the keys allowed at that place.
    struct Fields {
        let node: Node
        /// The values by key, the first of a key written twice. (A Yams mapping looks a key up
        /// by comparing it with every key node in turn.)
        let values: [String: Node]
        /// What the mapping is, for messages (`indicator 'county-energy-total'`).
        let what: String

        /// The value of `key`; nil when the key is absent or its value is null.
        func value(_ key: String) -> Node? {
            guard let value = values[key] else { return nil }
            return value.null == nil ? value : nil
        }

        /// True when the key is written, even with a null value.
        func has(_ key: String) -> Bool { values[key] != nil }
    }

    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ node: Node, _ message: String) {
        diagnostics.append(.error(location(node), message))
    }

    func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    // MARK: Structure

    /// The node as a mapping whose keys are all in `allowed` (each unknown key is an error at
    /// that key, with the nearest allowed key as a hint).
    func fields(_ node: Node, _ what: String, allowed: [String]) -> Fields? {
        guard let mapping = node.mapping else {
            error(node, "\(what) must be a mapping of `key: value` lines")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                error(key, "\(what) has a key that is not a plain name")
                continue
            }
            if !allowed.contains(name) {
                error(key, "unknown key '\(name)' in \(what)\(ClosestName.hint(for: name, among: allowed)); allowed keys: \(allowed.joined(separator: ", "))")
            }
            if values[name] == nil { values[name] = value }
        }
        return Fields(node: node, values: values, what: what)
    }

    /// The value of `key` as a list; a missing key is an error when `required`.
    func list(_ fields: Fields, _ key: String, required: Bool) -> [Node]? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        guard let sequence = node.sequence else {
            error(node, "'\(key)' of \(fields.what) must be a list (`- item` lines or `[a, b]`)")
            return nil
        }
        return Array(sequence)
    }

    func missing(_ fields: Fields, _ key: String) {
        error(fields.node, "\(fields.what) is missing '\(key)'")
    }

    // MARK: Scalars

    /// The text of a scalar value, as written (YAML has already removed any quotes).
    func string(_ fields: Fields, _ key: String, required: Bool) -> String? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        return scalarText(node, key: key, in: fields.what)
    }

    /// Like `string`, but a key that is present with a null or empty value reads as "" (a
    /// cell the plan leaves empty); only an absent key is missing.
    func possiblyEmptyString(_ fields: Fields, _ key: String) -> String? {
        guard fields.has(key) else {
            missing(fields, key)
            return nil
        }
        guard let node = fields.value(key) else { return "" }
        return scalarText(node, key: key, in: fields.what)
    }

    func scalarText(_ node: Node, key: String, in what: String) -> String? {
        guard let scalar = node.scalar else {
            error(node, "'\(key)' of \(what) must be a single value, not a list or mapping")
            return nil
        }
        return scalar.string
    }

    func int(_ fields: Fields, _ key: String, required: Bool) -> Int? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        guard let text = scalarText(node, key: key, in: fields.what) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            error(node, "'\(key)' of \(fields.what) must be a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    func double(_ fields: Fields, _ key: String, required: Bool) -> Double? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        guard let text = scalarText(node, key: key, in: fields.what) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            error(node, "'\(key)' of \(fields.what) must be a number, not '\(text)'")
            return nil
        }
        return value
    }

    /// A calendar date written `2022-06-30` (also `2022年6月30日`).
    func date(_ fields: Fields, _ key: String, required: Bool) -> CalendarDate? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        guard let text = scalarText(node, key: key, in: fields.what) else { return nil }
        guard let date = CalendarDate.parse(text) else {
            error(node, "'\(key)' of \(fields.what) is not a valid date: '\(text)' (write it as 2025-12-31)")
            return nil
        }
        return date
    }

    /// A value from a closed set of names, with the accepted names (and the nearest one) in
    /// the message when it is unknown.
    func choice<T>(
        _ fields: Fields, _ key: String, required: Bool, accepted: [String], parse: (String) -> T?
    ) -> T? {
        guard let node = fields.value(key) else {
            if required { missing(fields, key) }
            return nil
        }
        return choice(node, key: key, in: fields.what, accepted: accepted, parse: parse)
    }

    func choice<T>(
        _ node: Node, key: String, in what: String, accepted: [String], parse: (String) -> T?
    ) -> T? {
        guard let text = scalarText(node, key: key, in: what) else { return nil }
        if let value = parse(text.trimmingCharacters(in: .whitespaces)) { return value }
        error(node, "unknown \(key) '\(text)' in \(what)\(ClosestName.hint(for: text, among: accepted)); accepted: \(accepted.joined(separator: ", "))")
        return nil
    }

    /// A list of values from a closed set; every unknown item is reported.
    func choices<T>(
        _ fields: Fields, _ key: String, required: Bool, accepted: [String], parse: (String) -> T?
    ) -> [T]? {
        guard let nodes = list(fields, key, required: required) else { return nil }
        var values: [T] = []
        var ok = true
        let itemName = key.hasSuffix("s") ? String(key.dropLast()) : key
        for node in nodes {
            if let value = choice(node, key: itemName, in: fields.what, accepted: accepted, parse: parse) {
                values.append(value)
            } else {
                ok = false
            }
        }
        return ok ? values : nil
    }

    /// A list of plain texts.
    func strings(_ fields: Fields, _ key: String, required: Bool) -> [String]? {
        guard let nodes = list(fields, key, required: required) else { return nil }
        var values: [String] = []
        for node in nodes {
            guard let text = scalarText(node, key: key, in: fields.what) else { return nil }
            values.append(text)
        }
        return values
    }
}
