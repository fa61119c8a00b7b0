import GreenPubModel
import Yams

/// Reads `content/site.yaml`.
public enum SiteConfigParser {
    public static let path = "content/site.yaml"

    public static func parse(yaml: String, file: String = path) -> (SiteConfig?, [Diagnostic]) {
        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            return (nil, [YAMLDiagnostics.diagnostic(for: error, file: file)])
        }
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard let mapping = root?.mapping else {
            return (nil, [.error(top, "site settings must be a YAML mapping with 'title:', 'organisation:' and 'description:'")])
        }
        var values: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let known = ["title", "organisation", "description", "base_url"]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                diagnostics.append(.warning(YAMLDiagnostics.location(of: keyNode, file: file),
                                            "unknown setting '\(key)' is ignored; known settings: \(known.joined(separator: ", "))"))
                continue
            }
            guard let text = valueNode.scalar?.string else {
                diagnostics.append(.error(YAMLDiagnostics.location(of: valueNode, file: file), "'\(key)' must be a single value"))
                continue
            }
            values[key] = text
        }
        for key in ["title", "organisation", "description"] where (values[key] ?? "").isEmpty {
            diagnostics.append(.error(top, "site settings have no '\(key):'"))
        }
        if let base = values["base_url"], !(base.hasPrefix("https://") || base.hasPrefix("http://")) {
            diagnostics.append(.error(top, "'base_url' must start with https:// or http://, found '\(base)'"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        var base = values["base_url"]
        if let value = base, !value.hasSuffix("/") { base = value + "/" }
        return (SiteConfig(title: values["title"]!, organisation: values["organisation"]!,
                           description: values["description"]!, baseURL: base), diagnostics)
    }
}
