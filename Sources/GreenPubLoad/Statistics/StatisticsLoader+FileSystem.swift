import Foundation
import GreenPubModel

extension StatisticsLoader {
    /// The folder of the year statistics, relative to the project root.
    public static let folder = "content/data/statistics"

    /// Reads every `content/data/statistics/<YEAR>.csv|xlsx` under the project `root`, sorted by
    /// year, then runs the cross-year checks (`readAll`, then `crossYearWarnings`).
    public static func loadAll(
        root: URL, factors: FactorTable, settings: StatisticsCheckSettings = .standard
    ) -> ([YearStatistics], [Diagnostic]) {
        let (years, diagnostics) = readAll(root: root, factors: factors)
        return (years, diagnostics + crossYearWarnings(years, factors: factors, settings: settings))
    }

    /// Reads every `content/data/statistics/<YEAR>.csv|xlsx` under the project `root`, sorted by
    /// year, each file checked on its own (a build runs the cross-year checks beside its other
    /// work, `Pipeline.validateAcrossYears`).
    ///
    /// Files whose names start with `.` or `~$` (Excel's lock files) are skipped. A `.csv` or
    /// `.xlsx` whose name is not a year, or a second file for the same year, is an error; other
    /// files are ignored with a warning. When a year has both a `.csv` and an `.xlsx`, both are
    /// checked and the `.csv` is used.
    /// - Returns: the years read and every problem, with paths relative to `root`.
    public static func readAll(root: URL, factors: FactorTable) -> ([YearStatistics], [Diagnostic]) {
        let directory = root.appending(path: folder, directoryHint: .isDirectory)
        let folderLocation = SourceLocation(file: folder)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false)).sorted()
        } catch {
            return ([], [.error(folderLocation, "there is no statistics folder; put one file per year in "
                + "\(folder), named after the year (2021.csv or 2021.xlsx)")])
        }

        var diagnostics: [Diagnostic] = []
        var files: [(year: Int, name: String, format: TableReader.Format)] = []
        for name in names where !name.hasPrefix(".") && !name.hasPrefix("~$") {
            let file = folder + "/" + name
            var isDirectory: ObjCBool = false
            let path = directory.appending(path: name).path(percentEncoded: false)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                diagnostics.append(.warning(SourceLocation(file: file),
                    "this folder is ignored; the statistics are the files <YEAR>.csv or <YEAR>.xlsx in \(folder)"))
                continue
            }
            switch YearFileName(name) {
            case .year(let year, let format):
                files.append((year, name, format))
            case .notAYear:
                diagnostics.append(.error(SourceLocation(file: file),
                    "the file name must be the statistics year, such as 2021.csv or 2021.xlsx; rename the file"))
            case .legacyExcel:
                diagnostics.append(.error(SourceLocation(file: file),
                    "old Excel 97-2003 (.xls) workbooks are not read; save it as .xlsx or as \"CSV UTF-8\""))
            case .otherFile:
                diagnostics.append(.warning(SourceLocation(file: file),
                    "this file is ignored; the statistics are the files <YEAR>.csv or <YEAR>.xlsx"))
            }
        }

        // csv before xlsx within a year, so that the .csv is the one used.
        files.sort { a, b in
            (a.year, a.format == .csv ? 0 : 1, a.name) < (b.year, b.format == .csv ? 0 : 1, b.name)
        }
        // The files are read and checked on every core; their results are taken in order.
        let parsed = ParallelMap.map(files.map(\.name)) { name -> (YearStatistics?, Bool, [Diagnostic]) in
            let file = folder + "/" + name
            let (table, readProblems) = TableReader.read(contentsOf: directory.appending(path: name), file: file)
            guard let table, let year = YearFileName(name).year else { return (nil, false, readProblems) }
            let (statistics, problems) = parseYear(table: table, year: year, factors: factors)
            return (statistics, true, readProblems + problems)
        }
        var years: [YearStatistics] = []
        var firstFileOfYear: [Int: String] = [:]
        for (entry, result) in zip(files, parsed) {
            let file = folder + "/" + entry.name
            let (statistics, hasTable, problems) = result
            diagnostics += problems
            let isFirstOfYear = firstFileOfYear[entry.year] == nil
            if let first = firstFileOfYear[entry.year] {
                diagnostics.append(.error(SourceLocation(file: file),
                    "\(first) and \(entry.name) both hold the year \(entry.year); keep only one of them"))
            } else {
                firstFileOfYear[entry.year] = entry.name
            }
            guard hasTable else { continue }
            if let statistics, isFirstOfYear { years.append(statistics) }
        }
        if files.isEmpty {
            diagnostics.append(.error(folderLocation, "there are no year statistics; put one file per year in "
                + "\(folder), named after the year (2021.csv or 2021.xlsx)"))
        }
        return (years, diagnostics)
    }
}

/// What a file name in the statistics folder says.
private enum YearFileName: Equatable {
    case year(Int, TableReader.Format)
    case notAYear
    case legacyExcel
    case otherFile

    init(_ name: String) {
        guard let dot = name.lastIndex(of: ".") else {
            self = .otherFile
            return
        }
        let stem = name[..<dot]
        let extensionText = name[name.index(after: dot)...].lowercased()
        if extensionText == "xls" {
            self = .legacyExcel
            return
        }
        guard let format = TableReader.Format(path: name) else {
            self = .otherFile
            return
        }
        guard stem.count == 4, stem.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(stem),
              (1900...2999).contains(year) else {
            self = .notAYear
            return
        }
        self = .year(year, format)
    }

    var year: Int? {
        if case .year(let year, _) = self { return year }
        return nil
    }
}
