import GreenPubModel
import Yams

/// Turns Yams' errors and node marks into GreenPub locations.
enum YAMLDiagnostics {
    /// The location of a node, shifted by `lineOffset` lines (for YAML embedded in a larger file).
    static func location(of node: Node, file: String, lineOffset: Int = 0) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// One diagnostic for a YAML syntax error, at the place libyaml reported.
    static func diagnostic(for error: Error, file: String, lineOffset: Int = 0) -> Diagnostic {
        switch error {
        case let YamlError.scanner(context, problem, mark, _),
             let YamlError.parser(context, problem, mark, _),
             let YamlError.composer(context, problem, mark, _):
            var message = "YAML syntax: \(problem)"
            if let context {
                message += " (\(context.text) that starts at line \(context.mark.line + lineOffset), column \(context.mark.column))"
            }
            return .error(SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column), message)
        case let YamlError.reader(problem, _, _, _):
            return .error(SourceLocation(file: file, line: lineOffset + 1, column: 1), "YAML: \(problem)")
        default:
            return .error(SourceLocation(file: file, line: lineOffset + 1, column: 1), "YAML: \(error)")
        }
    }
}
