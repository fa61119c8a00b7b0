import Foundation
import GreenPubCommandLine
import GreenPubModel

/// The project options as the commands use them: absolute URLs and the build day.
extension ProjectOptions {
    var rootURL: URL { Self.absolute(root) }

    /// The day to build for: --today, else today's date in China (UTC+8).
    var buildDate: String { today ?? Self.todayInChina() }

    /// China keeps UTC+8 all year: the day is computed without Foundation's time-zone database
    /// and String(format:).
    static func todayInChina() -> String {
        CalendarDate(secondsSince1970: Date().timeIntervalSince1970, utcOffsetHours: 8)!.description
    }

    /// A path given on the command line, made absolute against the current directory.
    static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
