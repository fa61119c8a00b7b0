import GreenPubModel
import Yams

/// Reads a plan document (`content/plans/<name>.yaml`, schema in docs/plans-schema.md) into
/// a `Plan`, reporting every problem with the line and column of the YAML node at fault.
public enum PlanLoader {
    /// Pure: the YAML text of one plan file -> the plan (nil when there is any error) and
    /// every diagnostic. `file` is the project-relative path used in diagnostics.
    public static func parse(yaml: String, file: String) -> (Plan?, [Diagnostic]) {
        let root: Node
        do {
            guard let composed = try YAMLDocument.compose(yaml) else {
                return (nil, [.error(SourceLocation(file: file), "the plan file is empty")])
            }
            root = composed
        } catch let error as YamlError {
            return (nil, [syntaxDiagnostic(error, file: file)])
        } catch {
            return (nil, [.error(SourceLocation(file: file), "cannot read the YAML: \(error)")])
        }
        let parser = PlanParser(reader: PlanYAMLReader(file: file))
        let plan = parser.plan(root)
        let diagnostics = parser.reader.diagnostics
        return (diagnostics.hasErrors ? nil : plan, diagnostics)
    }

    /// A YAML syntax error at its mark.
    static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text); " } ?? ""
            return .error(at(mark), "YAML syntax error: \(prefix)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error(at(context.mark), "duplicate key '\(duplicates.joined(separator: "', '"))' in one mapping")
        case let .reader(problem, _, _, _):
            return .error(SourceLocation(file: file), "cannot read the YAML text: \(problem)")
        default:
            return .error(SourceLocation(file: file), "cannot read the YAML: \(error)")
        }
    }
}

/// The walk over one plan file's nodes. Split over `PlanParser+*.swift` by part of the schema.
final class PlanParser {
    let reader: PlanYAMLReader
    /// The plan period's end, known once `plan:` is read (deadlines from the period).
    var period: PlanPeriod?

    init(reader: PlanYAMLReader) {
        self.reader = reader
    }

    static let topKeys = ["plan", "indicator_table", "indicators", "columns", "targets"]
    static let planKeys = ["id", "title", "issuer", "date", "document_number", "jurisdiction", "period"]

    func plan(_ root: Node) -> Plan? {
        guard let top = reader.fields(root, "the plan file", allowed: Self.topKeys) else { return nil }
        guard let planNode = top.value("plan") else {
            reader.missing(top, "plan")
            return nil
        }
        let header = self.header(planNode)
        let table = top.value("indicator_table").flatMap(indicatorTable)
        let indicators = top.value("indicators") == nil ? [] : self.indicators(top)
        let columns = self.columns(top)
        let targets = self.targets(top)
        checkUniqueIDs(indicators: indicators, tasks: columns.flatMap(\.tasks) + targets)
        guard let header else { return nil }
        return Plan(
            id: header.id, title: header.title, issuers: header.issuers, date: header.date,
            documentNumber: header.documentNumber, jurisdiction: header.jurisdiction,
            period: header.period, indicatorTable: table, indicators: indicators,
            columns: columns, targets: targets, file: reader.file
        )
    }

    private struct Header {
        var id: String, title: String, issuers: [String], date: CalendarDate
        var documentNumber: String?, jurisdiction: String?, period: PlanPeriod
    }

    private func header(_ node: Node) -> Header? {
        guard let fields = reader.fields(node, "plan", allowed: Self.planKeys) else { return nil }
        let id = reader.string(fields, "id", required: true)
        let title = reader.string(fields, "title", required: true)
        let issuers = issuerList(fields)
        let date = reader.date(fields, "date", required: true)
        let documentNumber = reader.string(fields, "document_number", required: false)
        let jurisdiction = reader.string(fields, "jurisdiction", required: false)
        var period: PlanPeriod?
        if let periodNode = fields.value("period") {
            if let periodFields = reader.fields(periodNode, "period", allowed: ["start", "end"]),
               let start = reader.int(periodFields, "start", required: true),
               let end = reader.int(periodFields, "end", required: true) {
                if start > end {
                    reader.error(periodNode, "period starts in \(start), after its end \(end)")
                } else {
                    period = PlanPeriod(startYear: start, endYear: end)
                }
            }
        } else {
            reader.missing(fields, "period")
        }
        self.period = period
        if let idNode = fields.value("id"), let id, !PlanParser.isValidID(id) {
            reader.error(idNode, "plan id '\(id)' must be lower-case letters, digits and '-'")
        }
        guard let id, let title, let issuers, let date, let period else { return nil }
        return Header(id: id, title: title, issuers: issuers, date: date,
                      documentNumber: documentNumber, jurisdiction: jurisdiction, period: period)
    }

    /// `issuer:` is one name or a list of names (a joint document).
    private func issuerList(_ fields: PlanYAMLReader.Fields) -> [String]? {
        guard let node = fields.value("issuer") else {
            reader.missing(fields, "issuer")
            return nil
        }
        if node.sequence != nil { return reader.strings(fields, "issuer", required: true) }
        return reader.scalarText(node, key: "issuer", in: fields.what).map { [$0] }
    }

    private func indicatorTable(_ node: Node) -> PlanTableCaption? {
        guard let fields = reader.fields(node, "indicator_table", allowed: ["number", "title", "note"]) else { return nil }
        let number = reader.int(fields, "number", required: true)
        let title = reader.string(fields, "title", required: true)
        let note = reader.string(fields, "note", required: false)
        guard let number, let title else { return nil }
        return PlanTableCaption(number: number, title: title, note: note)
    }

    /// Ids: lower-case ASCII letters, digits and '-', starting with a letter or digit.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-" else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private func checkUniqueIDs(indicators: [PlanIndicator], tasks: [PlanTask]) {
        var seen: [String: SourceLocation] = [:]
        let items = indicators.map { ($0.id, $0.location) } + tasks.map { ($0.id, $0.location) }
        for (id, location) in items {
            if let first = seen[id] {
                reader.error(at: location, "id '\(id)' is already used at line \(first.line); indicator and task ids must be unique in a plan")
            } else {
                seen[id] = location
            }
        }
    }
}
