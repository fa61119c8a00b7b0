/// A place in one of the project's input files, printed as `file:line:column`.
///
/// `file` is relative to the project root so that messages (and golden files holding them)
/// do not depend on where the project is checked out.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    /// 1-based line number; 0 when the problem concerns the file as a whole (printed as line 1,
    /// so that every diagnostic has the `path:line:column` shape editors and scripts expect).
    public var line: Int
    /// 1-based column; nil when only the line is known.
    public var column: Int?

    public init(file: String, line: Int = 0, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        "\(file):\(max(line, 1)):\(column ?? 1)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column ?? 0) < (rhs.file, rhs.line, rhs.column ?? 0)
    }
}
