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
        #expect(result.stdout.contains(try Regex(#" in \d+\.\d\d s\n$"#)), "the time with two decimals: \(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: out.url.appendingPathComponent("site/index.html").path))
    }

    @Test func helpExplainsTheCommands() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("build"))
        #expect(result.stdout.contains("check"))
    }

    @Test func versionPrintsTheVersionAlone() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.1.0\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func buildHelpListsItsOptionsWithDefaults() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        for arguments in [["build", "--help"], ["build", "-h"], ["help", "build"]] {
            let result = try run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stderr.isEmpty)
            #expect(result.stdout.hasPrefix("OVERVIEW: Check the input, then write the site.\n"))
            #expect(result.stdout.contains("USAGE: greenpub build [--root <dir>] [--today <date>] [--out <dir>]\n"))
            #expect(result.stdout.contains("  --root <dir>            The project folder, holding content/ and templates/.\n"
                + "                          (default: .)\n"))
            #expect(result.stdout.contains("  --out <dir>             Where to write the site (default: <root>/site).\n"))
        }
    }

    @Test func unknownOptionIsAUsageErrorNamingIt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["build", "--frobnicate"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--frobnicate'."))
        #expect(result.stderr.contains("Usage: greenpub build [--root <dir>] [--today <date>] [--out <dir>]\n"))
        #expect(result.stderr.contains("See 'greenpub build --help' for more information."))
    }

    @Test func badTodayIsAUsageErrorAndNothingIsBuilt() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let out = try TemporaryFolder()
        defer { out.remove() }
        let site = out.url.appendingPathComponent("site")
        let result = try run(["build", "--root", Golden.testsFolder("Fixtures/sites/basic").path, "--out", site.path,
                              "--today", "2025-13-01"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --today must be a date written YYYY-MM-DD, found '2025-13-01'\n"))
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test func synthWithoutOutSaysItIsRequired() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["synth", "--institutions", "8"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: Missing option '--out <out>', which is required.\n"
            + "Help:  --out <out>  Project folder to write"))
    }

    @Test func unknownSubcommandListsTheSubcommands() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run(["frobnicate"])
        #expect(result.status == 64)
        #expect(result.stderr == """
            Error: Unknown subcommand 'frobnicate'. The subcommands are build, check, new and synth.
            Usage: greenpub <subcommand>
              See 'greenpub --help' for more information.

            """)
    }

    @Test func noArgumentsShowsTheProgramHelp() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        let result = try run([])
        #expect(result.status == 0)
        #expect(result.stdout == (try run(["--help"])).stdout)
        #expect(result.stdout.contains("\n  synth                   Write the deterministic sample"))
    }

    @Test func newWithoutDateNamesTheFileWithTodayInChina() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build the binary first: swift build")
        // What `new` reads: the scaffold template and the names of the statistics files.
        let project = try TemporaryFolder()
        defer { project.remove() }
        let scaffolds = project.url.appendingPathComponent("templates/scaffolds")
        let statistics = project.url.appendingPathComponent("content/data/statistics")
        for folder in [scaffolds, statistics] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try FileManager.default.copyItem(at: PublicationTests.root.appendingPathComponent("templates/scaffolds/briefing.md"),
                                         to: scaffolds.appendingPathComponent("briefing.md"))
        try Data().write(to: statistics.appendingPathComponent("2024.csv"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let before = calendar.dateComponents([.year, .month, .day], from: Date())
        let result = try run(["new", "briefing", "--root", project.url.path, "--slug", "today"])
        let after = calendar.dateComponents([.year, .month, .day], from: Date())
        try #require(result.status == 0, "\(result.stderr)")
        let days = [before, after].map { String(format: "%04d-%02d-%02d", $0.year!, $0.month!, $0.day!) }
        #expect(days.contains { result.stdout == "greenpub: wrote content/briefings/\($0)-today.md\n" }, "\(result.stdout)")
    }
}
