import Foundation
import Testing

/// The `greenpub` binary run as the staff run it: exit status, stdout and stderr.
/// `make test` builds the binary before the tests; it sits beside the test bundle.
@Suite struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL {
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = testBundle.deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("greenpub").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("greenpub")
    }

    func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkReportsBrokenFrontMatterWithLocationAndFails() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["check", "--root", Golden.testsFolder("Fixtures/invalid/front-matter").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/index.md:4:1: error: YAML syntax:"))
        #expect(result.stderr.contains("content/untitled.md:3:7: error: 'kind' must be one of page, briefing, report"))
        #expect(result.stdout.contains("6 errors"))
    }

    @Test func checkOnAGoodProjectExitsZero() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["check", "--root", Golden.testsFolder("Fixtures/sites/basic").path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    @Test func buildWritesTheSiteAndSaysSo() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let out = try TemporaryFolder()
        defer { out.remove() }
        let result = try run(["build", "--root", Golden.testsFolder("Fixtures/sites/basic").path, "--out", out.url.appendingPathComponent("site").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4 pages"))
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("site/index.html").path))
    }

    @Test func helpExplainsTheCommands() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("build"))
        #expect(result.stdout.contains("check"))
    }
}
