import GreenPubCommandLine
import Testing

/// Every accepted form of the `greenpub` command line, and the typed options it gives.
@Suite struct ParserTests {
    @Test func buildWithDefaults() {
        #expect(command("build") == .build(BuildOptions(project: project(), out: nil)))
    }

    @Test func buildWithEveryOptionSeparated() {
        #expect(command("build", "--root", "proj", "--out", "/tmp/site", "--today", "2025-06-23")
            == .build(BuildOptions(project: project(root: "proj", today: "2025-06-23"), out: "/tmp/site")))
    }

    @Test func buildWithEveryOptionJoinedByEquals() {
        #expect(command("build", "--root=proj", "--out=/tmp/site", "--today=2025-06-23")
            == .build(BuildOptions(project: project(root: "proj", today: "2025-06-23"), out: "/tmp/site")))
    }

    @Test func valueAfterEqualsMayStartWithDashOrHoldEquals() {
        #expect(command("build", "--out=-site", "--root=a=b")
            == .build(BuildOptions(project: project(root: "a=b"), out: "-site")))
    }

    @Test func aLoneDashIsAValue() {
        #expect(command("build", "--out", "-") == .build(BuildOptions(project: project(), out: "-")))
    }

    @Test func theLastOfARepeatedOptionWins() {
        #expect(command("check", "--root", "a", "--root", "b") == .check(CheckOptions(project: project(root: "b"))))
        // Only the value that counts is checked.
        #expect(command("check", "--today", "bad", "--today", "2024-02-29")
            == .check(CheckOptions(project: project(today: "2024-02-29"))))
    }

    @Test func checkWithDefaultsAndOptions() {
        #expect(command("check") == .check(CheckOptions(project: project())))
        #expect(command("check", "--today", "2026-01-31", "--root", "x")
            == .check(CheckOptions(project: project(root: "x", today: "2026-01-31"))))
    }

    @Test func newWithDefaults() {
        #expect(command("new", "briefing")
            == .new(NewOptions(kind: .briefing, project: project(), title: "新的简报标题", date: nil, slug: "draft")))
    }

    @Test func newKindMayComeAnywhereAmongTheOptions() {
        let expected = Command.new(NewOptions(kind: .report, project: project(root: "p", today: "2025-01-02"),
                                              title: "年度报告", date: "2025-01-03", slug: "annual"))
        #expect(command("new", "report", "--root", "p", "--today", "2025-01-02", "--title", "年度报告",
                        "--date", "2025-01-03", "--slug", "annual") == expected)
        #expect(command("new", "--root", "p", "--title=年度报告", "report", "--today=2025-01-02",
                        "--date", "2025-01-03", "--slug", "annual") == expected)
    }

    @Test func afterDoubleDashEverythingIsPositional() {
        #expect(command("new", "--slug", "s", "--", "briefing")
            == .new(NewOptions(kind: .briefing, project: project(), title: "新的简报标题", date: nil, slug: "s")))
        // `--help` after `--` is an argument, not a request for help.
        #expect(usageError("new", "--", "briefing", "--help")?.message.hasPrefix("Unexpected argument '--help'.") == true)
    }

    @Test func newDateIsPassedAsWritten() {
        // The scaffolder checks the publication date and says what is wrong with it.
        if case .new(let options)? = command("new", "briefing", "--date", "2025-02-30") {
            #expect(options.date == "2025-02-30")
        } else {
            Issue.record("new briefing --date 2025-02-30 did not parse")
        }
    }

    @Test func synthDefaultsComeFromTheGivenDefaults() {
        #expect(command("synth", "--out", "o")
            == .synth(SynthOptions(seed: 77, institutions: 12, years: 2020...2025, out: "o", from: nil)))
    }

    @Test func synthWithEveryOption() {
        #expect(command("synth", "--seed", "18446744073709551615", "--institutions", "3000", "--years", "2021-2023",
                        "--out", "o", "--from", "tpl")
            == .synth(SynthOptions(seed: .max, institutions: 3000, years: 2021...2023, out: "o", from: "tpl")))
        #expect(command("synth", "--seed=0", "--institutions=4", "--years=2023", "--out=o")
            == .synth(SynthOptions(seed: 0, institutions: 4, years: 2023...2023, out: "o", from: nil)))
    }

    @Test func synthYearsMayHaveSpacesAroundTheNumbersAndAPlusSign() {
        #expect(command("synth", "--out", "o", "--years", " 2021 - 2022", "--institutions", "+5")
            == .synth(SynthOptions(seed: 77, institutions: 5, years: 2021...2022, out: "o", from: nil)))
    }

    @Test(arguments: [[], ["--help"], ["-h"], ["help"], ["help", "help"], ["help", "--help"], ["--help", "build"]])
    func programHelp(arguments: [String]) {
        #expect(parser.parse(arguments) == .help(.program))
    }

    @Test(arguments: ["build", "check", "new", "synth"])
    func commandHelp(name: String) {
        let expected = Invocation.help(.command(name))
        #expect(parser.parse([name, "--help"]) == expected)
        #expect(parser.parse([name, "-h"]) == expected)
        #expect(parser.parse(["help", name]) == expected)
        #expect(parser.parse(["help", name, "--help"]) == expected)
    }

    @Test func helpWinsOverAnyOtherMistake() {
        #expect(parse("synth", "--help", "--institutions", "x") == .help(.command("synth")))
        #expect(parse("build", "--today", "x", "--frob", "-h") == .help(.command("build")))
        #expect(parse("new", "pamphlet", "--help") == .help(.command("new")))
        #expect(parse("synth", "-h", "--out") == .help(.command("synth")))
    }

    @Test func version() {
        #expect(parse("--version") == .version)
        #expect(parse("--version", "build") == .version)
        #expect(parse("build", "--version") == .version)
        #expect(parse("synth", "--out", "o", "--version") == .version)
        #expect(parser.version == "0.1.0")
    }

    @Test func theFirstOfHelpAndVersionWins() {
        #expect(parse("build", "--version", "--help") == .version)
        #expect(parse("build", "--help", "--version") == .help(.command("build")))
    }
}
