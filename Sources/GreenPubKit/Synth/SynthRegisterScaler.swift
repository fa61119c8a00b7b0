import GreenPubLoad
import GreenPubModel
import GreenPubBytes

/// Scales a template project's registers (`content/data/registers/*.csv|xlsx`) to a roster of
/// another size, so that a synthetic project of 3,000 or 30,000 institutions has as many
/// projects, designations and trainings per institution as the Pengshui sample.
///
/// The rule follows the roster's own: a larger roster repeats each group's pool of members,
/// the member numbered n + k × poolSize being the (k + 1)-th copy of member n. Every template
/// row whose institution is the roster member n is written once for member n (unchanged), then
/// once for each copy that the roster holds, with
/// - the id suffixed `-2`, `-3`, ... (ids stay unique across registers; checked),
/// - the institution the copy's id,
/// - the title suffixed （2）, （3）, ..., as the copies' names are;
/// every other cell as in the template, rows in template order, round after round. Rows naming
/// an institution outside the roster's id pattern are kept once, unchanged; rows naming a
/// member that a smaller roster does not have are left out, with their copies.
///
/// With the template's own size (292) the output is the template table itself.
enum SynthRegisterScaler {
    /// One register file of the template project.
    struct Template: Sendable {
        /// Project-relative path.
        var path: String
        var table: RawTable
    }

    /// The scaled registers, one CSV per template file (an `.xlsx` template becomes a `.csv`
    /// of the same name), in path order; or the problems that prevent it.
    static func scale(_ templates: [Template], institutions: Int) -> ([SampleFile], [Diagnostic]) {
        let groupCounts = Dictionary(uniqueKeysWithValues: zip(
            SynthRoster.pengshuiGroupCounts.map(\.group), SynthRoster.groupCounts(count: institutions)))
        let rounds = groupCounts.map { group, count in
            (count + SynthRoster.poolSize(of: group) - 1) / SynthRoster.poolSize(of: group)
        }.max() ?? 1

        var files: [SampleFile] = []
        var diagnostics: [Diagnostic] = []
        var firstUse: [String: SourceLocation] = [:]
        for template in templates.sorted(by: { $0.path.precedesInUTF8Order($1.path) }) {
            let table = template.table
            guard let columns = Columns(header: table.header) else {
                diagnostics.append(.error(SourceLocation(file: table.file, line: 1),
                    "the register has no 编号 (id) or no 单位代码 (institution) column; the synthetic registers copy rows by them"))
                continue
            }
            var text = table.header.map { StatisticsCSVWriter.quoted($0.text) }.joined(separator: ",") + "\n"
            for round in 0..<rounds {
                for row in table.rows {
                    guard let copy = copy(row, columns: columns, round: round, groupCounts: groupCounts) else { continue }
                    let id = copy[columns.id].text
                    if let first = firstUse[id] {
                        diagnostics.append(.error(row[columns.id].location,
                            "the synthetic register would give the id \(id) twice (first from \(first.file):\(max(first.line, 1))); rename the template's id"))
                        continue
                    }
                    firstUse[id] = row[columns.id].location
                    text += copy.map { StatisticsCSVWriter.quoted($0.text) }.joined(separator: ",") + "\n"
                }
            }
            files.append(SampleFile(path: csvPath(template.path), contents: text))
        }
        return (files, diagnostics)
    }

    /// The row written for `round` (0: the template row itself), or nil when the roster has
    /// no such member.
    private static func copy(
        _ row: [RawTable.Cell], columns: Columns, round: Int, groupCounts: [InstitutionGroup: Int]
    ) -> [RawTable.Cell]? {
        guard columns.institution < row.count, columns.id < row.count else { return round == 0 ? row : nil }
        guard let (group, number) = SynthRoster.parse(id: row[columns.institution].text.trimmedCell),
              number <= SynthRoster.poolSize(of: group)
        else { return round == 0 ? row : nil }
        let copyNumber = number + round * SynthRoster.poolSize(of: group)
        guard copyNumber <= groupCounts[group, default: 0] else { return nil }
        guard round > 0 else { return row }
        var copy = row
        copy[columns.id].text = row[columns.id].text.trimmedCell + "-\(round + 1)"
        copy[columns.institution].text = SynthRoster.id(group: group, number: copyNumber)
        if let title = columns.title, title < row.count {
            copy[title].text = row[title].text.trimmedCell + "（\(round + 1)）"
        }
        return copy
    }

    private static func csvPath(_ path: String) -> String {
        guard TableReader.Format(path: path) == .xlsx, let dot = path.lastIndex(of: ".") else { return path }
        return path[..<dot] + ".csv"
    }

    /// Where the id, institution and title are in a register's header. The names are those
    /// DATA.md §3 gives the three columns (key or Chinese label, a unit in parentheses ignored).
    private struct Columns {
        var id: Int
        var institution: Int
        var title: Int?

        static let idNames: Set<String> = ["id", "编号", "项目编号"]
        static let institutionNames: Set<String> = ["institution", "单位代码", "单位编号", "统一社会信用代码"]
        static let titleNames: Set<String> = ["title", "项目名称", "名称"]

        init?(header: [RawTable.Cell]) {
            let names = header.map { cell -> String in
                var name = cell.text.trimmedCell
                if let open = name.firstIndex(where: { $0 == "(" || $0 == "（" }) { name = String(name[..<open]).trimmedCell }
                return name.lowercased()
            }
            guard let id = names.firstIndex(where: Self.idNames.contains),
                  let institution = names.firstIndex(where: Self.institutionNames.contains)
            else { return nil }
            self.id = id
            self.institution = institution
            title = names.firstIndex(where: Self.titleNames.contains)
        }
    }
}

private extension String {
    /// Without surrounding spaces, tabs, full-width spaces or a stray byte-order mark.
    var trimmedCell: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
