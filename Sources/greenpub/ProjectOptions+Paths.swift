import Foundation
import GreenPubCommandLine

/// The project options as the commands use them: absolute URLs and the build day.
extension ProjectOptions {
    var rootURL: URL { Self.absolute(root) }

    /// The day to build for: --today, else today's date in China (UTC+8).
    var buildDate: String { today ?? Self.todayInChina() }

    static func todayInChina() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// A path given on the command line, made absolute against the current directory.
    static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
