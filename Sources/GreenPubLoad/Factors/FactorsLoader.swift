import GreenPubModel
import Yams

/// Reads `content/data/factors.yaml`: standard-coal coefficients, fuel densities and CO2
/// factors, a `default:` set and per-year overrides under `years:`, every value with its source.
///
/// The file's own header comment documents the schema. Every problem is reported as a
/// `Diagnostic` at the line and column of the offending YAML node; the table is returned only
/// when there is no error.
public enum FactorsLoader {
    /// Where the table lives, relative to the project root.
    public static let relativePath = "content/data/factors.yaml"

    /// Parses the text of a factors file. Pure: `file` is only used in diagnostics.
    public static func parse(yaml: String, file: String) -> (FactorTable?, [Diagnostic]) {
        var reader = FactorsReader(file: file)
        let table = reader.read(yaml)
        let diagnostics = reader.diagnostics.sortedForPrinting()
        return (diagnostics.hasErrors ? nil : table, diagnostics)
    }
}

/// The state of one parse: the file name and the problems found so far.
private struct FactorsReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func read(_ yaml: String) -> FactorTable? {
        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch let error as YamlError {
            report(syntaxError: error)
            return nil
        } catch {
            diagnostics.append(.error(SourceLocation(file: file), "cannot read the YAML: \(error)"))
            return nil
        }
        guard let root else {
            diagnostics.append(.error(SourceLocation(file: file), "the factors file is empty; it needs a 'default:' set"))
            return nil
        }
        guard let mapping = root.mapping else {
            fail(root, "the factors file must be a mapping with 'default:' and optional 'years:'")
            return nil
        }

        var defaults: [FactorKey: FactorEntry]?
        var overrides: [(year: Int, entries: [FactorKey: FactorEntry])] = []
        for (key, value) in mapping {
            switch key.string {
            case "default":
                var written = Set<FactorKey>()
                let entries = readSet(value, path: "default", written: &written)
                requireComplete(written, in: value)
                defaults = entries
            case "years":
                overrides = readYears(value)
            default:
                fail(key, "unknown key '\(key.string ?? "?")'; expected 'default' or 'years'")
            }
        }
        guard let defaults else {
            fail(root, "the factors file has no 'default:' set")
            return nil
        }
        guard let defaultSet = resolve(defaults, over: [:]) else { return nil }
        var byYear: [Int: FactorSet] = [:]
        for override in overrides {
            if let set = resolve(override.entries, over: defaults) { byYear[override.year] = set }
        }
        return FactorTable(defaults: defaultSet, byYear: byYear)
    }

    // MARK: Sets

    /// Reads `{standard_coal: {...}, density: {...}, co2: {...}}`, every section optional.
    /// `written` collects the keys present, valid or not.
    mutating func readSet(_ node: Node, path: String, written: inout Set<FactorKey>) -> [FactorKey: FactorEntry] {
        var entries: [FactorKey: FactorEntry] = [:]
        guard let mapping = node.mapping else {
            fail(node, "'\(path)' must be a mapping of standard_coal, density and co2")
            return entries
        }
        for (sectionKey, sectionNode) in mapping {
            let section = sectionKey.string ?? ""
            guard FactorKey.sections.contains(section) else {
                fail(sectionKey, "unknown section '\(section)' in '\(path)'; expected one of \(FactorKey.sections.joined(separator: ", "))")
                continue
            }
            guard let sectionMapping = sectionNode.mapping else {
                fail(sectionNode, "'\(path).\(section)' must be a mapping of energy sources to {value, source}")
                continue
            }
            let allowed = FactorKey.keys(in: section)
            for (nameNode, entryNode) in sectionMapping {
                let name = nameNode.string ?? ""
                guard let key = allowed.first(where: { $0.name == name }) else {
                    let expected = allowed.map(\.name).joined(separator: ", ")
                    fail(nameNode, "unknown source key '\(name)' in '\(path).\(section)'; expected one of \(expected)")
                    continue
                }
                written.insert(key)
                if let entry = readEntry(entryNode, key: key, path: "\(path).\(key.path)") {
                    entries[key] = entry
                }
            }
        }
        return entries
    }

    /// Reads `{value: <number>, source: <text>}`.
    mutating func readEntry(_ node: Node, key: FactorKey, path: String) -> FactorEntry? {
        guard let mapping = node.mapping else {
            fail(node, "'\(path)' must be a mapping with 'value' (\(key.unit)) and 'source'")
            return nil
        }
        var value: Double?
        var source: String?
        var valid = true
        for (fieldKey, fieldNode) in mapping {
            switch fieldKey.string {
            case "value":
                guard let scalar = fieldNode.scalar, let number = Double(scalar.string.trimmed), number.isFinite else {
                    fail(fieldNode, "'\(path).value' must be a number in \(key.unit), not '\(fieldNode.string ?? "?")'")
                    valid = false
                    continue
                }
                if number < 0 {
                    fail(fieldNode, "'\(path).value' must not be negative (\(scalar.string.trimmed) \(key.unit))")
                    valid = false
                } else if key.mustBePositive && number == 0 {
                    fail(fieldNode, "'\(path).value' must be greater than zero (\(key.unit))")
                    valid = false
                }
                value = number
            case "source":
                guard let text = fieldNode.scalar?.string.trimmed, !text.isEmpty else {
                    fail(fieldNode, "'\(path).source' must say where the value comes from")
                    valid = false
                    continue
                }
                source = text
            default:
                fail(fieldKey, "unknown key '\(fieldKey.string ?? "?")' in '\(path)'; expected 'value' and 'source'")
                valid = false
            }
        }
        if value == nil && mapping["value"] == nil {
            fail(node, "'\(path)' is missing its value (\(key.unit))")
            valid = false
        }
        if source == nil && mapping["source"] == nil {
            fail(node, "'\(path)' is missing its source (where the value comes from)")
            valid = false
        }
        guard valid, let value, let source else { return nil }
        return FactorEntry(value: value, source: source, location: location(of: node))
    }

    /// Reads `years: {2021: {...}, 2022: {...}}`.
    mutating func readYears(_ node: Node) -> [(year: Int, entries: [FactorKey: FactorEntry])] {
        guard let mapping = node.mapping else {
            fail(node, "'years' must be a mapping from a year (such as 2021) to the values that change that year")
            return []
        }
        var years: [(year: Int, entries: [FactorKey: FactorEntry])] = []
        for (yearKey, setNode) in mapping {
            let text = yearKey.string?.trimmed ?? ""
            guard text.count == 4, text.allSatisfy(\.isASCII), let year = Int(text), (1900...2100).contains(year) else {
                fail(yearKey, "unknown year '\(text)' under 'years'; use a four-digit year such as 2021")
                continue
            }
            var written = Set<FactorKey>()
            years.append((year, readSet(setNode, path: "years.\(year)", written: &written)))
        }
        return years
    }

    /// Reports each key the default set does not mention, at the default set's mapping (keys
    /// written with a bad value are reported where they are written).
    mutating func requireComplete(_ written: Set<FactorKey>, in node: Node) {
        guard node.mapping != nil else { return }
        for key in FactorKey.all where !written.contains(key) {
            fail(node, "'default.\(key.path)' is missing its value (\(key.unit)); the default set must give every factor")
        }
    }

    // MARK: Resolution

    /// A complete set: `entries` over `defaults`; nil when something is still missing.
    func resolve(_ entries: [FactorKey: FactorEntry], over defaults: [FactorKey: FactorEntry]) -> FactorSet? {
        func entry(_ key: FactorKey) -> FactorEntry? { entries[key] ?? defaults[key] }
        var standardCoal: [EnergySource: SourcedValue] = [:]
        var co2: [EnergySource: SourcedValue] = [:]
        for source in EnergySource.allCases {
            guard let coal = entry(.standardCoal(source)), let carbon = entry(.co2(source)) else { return nil }
            if source.isVehicleFuel {
                guard let density = entry(.density(source)) else { return nil }
                standardCoal[source] = SourcedValue(
                    coal.value * density.value,
                    source: "\(coal.value) kgce/kg × \(density.value) kg/L (kgce/kg: \(coal.source); density: \(density.source))"
                )
            } else {
                standardCoal[source] = SourcedValue(coal.value, source: coal.source)
            }
            co2[source] = SourcedValue(carbon.value, source: carbon.source)
        }
        guard let equalValue = entry(.electricityEqualValue),
              let gasolineDensity = entry(.density(.gasoline)),
              let dieselDensity = entry(.density(.diesel))
        else { return nil }
        return FactorSet(
            standardCoal: standardCoal,
            electricityEqualValue: SourcedValue(equalValue.value, source: equalValue.source),
            gasolineDensity: SourcedValue(gasolineDensity.value, source: gasolineDensity.source),
            dieselDensity: SourcedValue(dieselDensity.value, source: dieselDensity.source),
            co2: co2
        )
    }

    // MARK: Diagnostics

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func fail(_ node: Node, _ message: String) {
        diagnostics.append(.error(location(of: node), message))
    }

    mutating func report(syntaxError error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            diagnostics.append(.error(
                SourceLocation(file: file, line: mark.line, column: mark.column),
                "YAML syntax error: \(problem)"
            ))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = Array(Set(duplicates)).sorted().joined(separator: ", ")
            diagnostics.append(.error(
                SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                "duplicate key '\(keys)' in one mapping; give each key once"
            ))
        case .reader(let problem, _, _, _):
            diagnostics.append(.error(SourceLocation(file: file), "cannot read the file as YAML text: \(problem)"))
        default:
            diagnostics.append(.error(SourceLocation(file: file), "YAML error: \(error)"))
        }
    }
}

private extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
