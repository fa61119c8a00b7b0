import GreenPubCommandLine
import Testing

/// Every class of mistake: each is a usage error for the right command, whose message says what
/// was wrong and, where it helps, how to write it instead.
@Suite struct UsageErrorTests {
    @Test func unknownSubcommandListsTheSubcommands() throws {
        let error = try #require(usageError("frobnicate"))
        #expect(error.message == "Unknown subcommand 'frobnicate'. The subcommands are build, check, new and synth.")
        #expect(error.command == nil)
    }

    @Test func mistypedSubcommandGetsASuggestion() {
        #expect(usageError("Build")?.message == "Unknown subcommand 'Build'. Did you mean 'build'?")
        #expect(usageError("chekc")?.message == "Unknown subcommand 'chekc'. Did you mean 'check'?")
        #expect(usageError("help", "bulid")?.message == "Unknown subcommand 'bulid'. Did you mean 'build'?")
    }

    @Test func helpTakesOneSubcommand() {
        #expect(usageError("help", "build", "extra")?.message
            == "Unexpected argument 'extra': 'greenpub help' takes one subcommand name.")
    }

    @Test func unknownOptionListsTheCommandsOptions() throws {
        let error = try #require(usageError("build", "--frobnicate"))
        #expect(error.message == "Unknown option '--frobnicate'. The options of 'greenpub build' are --root, --today and --out.")
        #expect(error.command == "build")
        #expect(error.topic == nil)
    }

    @Test func unknownOptionWithAValueIsNamedWithoutIt() {
        #expect(usageError("check", "--frob=1")?.message.hasPrefix("Unknown option '--frob'.") == true)
    }

    @Test func mistypedOptionGetsASuggestion() {
        #expect(usageError("build", "-root", ".")?.message == "Unknown option '-root'. Did you mean '--root'?")
        #expect(usageError("build", "--ROOT", ".")?.message == "Unknown option '--ROOT'. Did you mean '--root'?")
        #expect(usageError("new", "briefing", "--titel", "t")?.message == "Unknown option '--titel'. Did you mean '--title'?")
        #expect(usageError("synth", "--institution", "5")?.message
            == "Unknown option '--institution'. Did you mean '--institutions'?")
    }

    @Test func optionOfASubcommandBeforeTheSubcommand() throws {
        let error = try #require(usageError("--today", "2025-01-01"))
        #expect(error.message == "Unknown option '--today'. It is an option of build, check and new: "
            + "write it after the subcommand, such as 'greenpub build --today <date>'.")
        #expect(error.command == nil)
        #expect(usageError("--seed=4")?.message.contains("It is an option of synth") == true)
        #expect(usageError("-x")?.message == "Unknown option '-x'. Write a subcommand first: build, check, new or synth.")
    }

    @Test func missingValueAtTheEnd() throws {
        let error = try #require(usageError("build", "--root"))
        #expect(error.message == "Missing value for '--root <dir>'.")
        #expect(error.topic == .option(GreenPubGrammar.root))
        #expect(error.command == "build")
    }

    @Test func missingValueBeforeAnotherOption() {
        #expect(usageError("build", "--root", "--out", "x")?.message == "Missing value for '--root <dir>'.")
        #expect(usageError("build", "--root", "--", "x")?.message == "Missing value for '--root <dir>'.")
    }

    @Test func valueStartingWithADashMustBeJoined() {
        #expect(usageError("synth", "--out", "o", "--seed", "-1")?.message
            == "Missing value for '--seed <seed>'. A value starting with '-' must be joined to its option with '=': '--seed=-1'.")
    }

    @Test func emptyValueAfterEqualsIsMissing() {
        #expect(usageError("check", "--today=")?.message == "Missing value for '--today <date>'.")
    }

    @Test func flagsTakeNoValue() {
        #expect(usageError("build", "--help=yes")?.message == "The flag '--help' takes no value; write it alone.")
        #expect(usageError("build", "--version=2")?.message == "The flag '--version' takes no value; write it alone.")
    }

    @Test func unexpectedArgumentOfACommandWithoutArguments() {
        #expect(usageError("check", "extra")?.message
            == "Unexpected argument 'extra'. 'greenpub check' takes options only, each written --name <value>.")
        #expect(usageError("build", "help")?.message
            == "Unexpected argument 'help'. For help on this command, write 'greenpub build --help'.")
    }

    @Test func unexpectedArgumentsAfterThePositional() {
        #expect(usageError("new", "briefing", "report")?.message
            == "Unexpected argument 'report'. 'greenpub new' takes <kind> and options, each written --name <value>.")
        #expect(usageError("new", "--", "briefing", "--root", "x")?.message
            == "Unexpected arguments '--root', 'x'. 'greenpub new' takes <kind> and options, each written --name <value>.")
    }

    @Test func missingPositional() throws {
        let error = try #require(usageError("new", "--title", "t"))
        #expect(error.message == "Missing argument '<kind>': write it after 'greenpub new'.")
        #expect(error.topic == .positional(GreenPubGrammar.kind))
    }

    @Test func missingRequiredOption() throws {
        let error = try #require(usageError("synth", "--institutions", "8"))
        #expect(error.message == "Missing option '--out <out>', which is required.")
        #expect(error.topic == .option(parser.grammar.synthOut))
    }

    @Test(arguments: ["x", "3.5", "", " 5", "1e3"])
    func institutionsMustBeAWholeNumber(value: String) throws {
        let error = try #require(usageError("synth", "--out", "o", "--institutions=\(value)"))
        if value.isEmpty {
            #expect(error.message == "Missing value for '--institutions <institutions>'.")
        } else {
            #expect(error.message == "The value '\(value)' is invalid for '--institutions <institutions>': expected a whole number.")
            #expect(error.topic == .option(parser.grammar.institutions))
        }
    }

    @Test func seedMustFitSixtyFourBits() {
        #expect(usageError("synth", "--out", "o", "--seed", "18446744073709551616")?.message
            == "The value '18446744073709551616' is invalid for '--seed <seed>': "
            + "expected a whole number from 0 to 18446744073709551615.")
        #expect(usageError("synth", "--out", "o", "--seed=-1")?.message.hasPrefix("The value '-1' is invalid") == true)
    }

    @Test(arguments: ["2", "3", "0", "-4"])
    func institutionsBelowTheMinimum(value: String) {
        #expect(usageError("synth", "--out", "o", "--institutions=\(value)")?.message
            == "--institutions must be at least 4 (one per group).")
    }

    @Test func institutionsAreCheckedBeforeYears() {
        #expect(usageError("synth", "--institutions", "2", "--years", "1999", "--out", "x")?.message
            == "--institutions must be at least 4 (one per group).")
    }

    @Test(arguments: ["2019", "2026", "2021-2020", "2020-", "2020-2021-2022", "twenty", "2020..2025", "2019-2025"])
    func yearsOutsideTheSampleOrBadlyWritten(value: String) {
        #expect(usageError("synth", "--out", "o", "--years=\(value)")?.message
            == "--years must be a year or a range such as 2020-2025, within 2020-2025.")
    }

    @Test(arguments: ["yesterday", "2025-13-01", "2025-02-30", "2025-6-23", "20250623", "2025-06-23 "])
    func todayMustBeAValidDate(value: String) throws {
        for name in ["build", "check"] {
            let error = try #require(usageError(name, "--today", value))
            #expect(error.message == "--today must be a date written YYYY-MM-DD, found '\(value)'")
            #expect(error.command == name)
        }
        #expect(usageError("new", "briefing", "--today", value)?.message
            == "--today must be a date written YYYY-MM-DD, found '\(value)'")
    }

    @Test func kindMustBeBriefingOrReport() throws {
        let error = try #require(usageError("new", "pamphlet"))
        #expect(error.message == "kind must be 'briefing' or 'report', found 'pamphlet'")
        #expect(error.command == "new")
        #expect(usageError("new", "Briefing")?.message == "kind must be 'briefing' or 'report', found 'Briefing'")
    }

    @Test func theProjectOptionsOfNewAreCheckedBeforeItsKind() {
        #expect(usageError("new", "pamphlet", "--today", "bad")?.message
            == "--today must be a date written YYYY-MM-DD, found 'bad'")
    }

    @Test func scanningMistakesComeBeforeChecks() {
        #expect(usageError("new", "pamphlet", "--frob")?.message.hasPrefix("Unknown option '--frob'.") == true)
        #expect(usageError("synth", "--institutions", "2", "--out")?.message == "Missing value for '--out <out>'.")
    }
}
