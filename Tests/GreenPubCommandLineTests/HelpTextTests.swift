@testable import GreenPubCommandLine
import Testing

/// Help and error texts are made from the same table as parsing: every option that parses is
/// listed with its value name, help and default, and every subcommand with its abstract.
@Suite struct HelpTextTests {
    let program = parser.grammar.program

    /// The words of a text joined by single spaces: wrapped sentences and padded columns can be
    /// found whole.
    func unwrapped(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func programHelpListsUsageSubcommandsAndDiscussion() {
        let text = parser.helpText(.program)
        #expect(text.hasPrefix("OVERVIEW: Build the energy-conservation publication site of a county's public\ninstitutions.\n"))
        #expect(text.contains("\nUSAGE: greenpub <subcommand>\n"))
        #expect(text.contains("\n  --version               Show the version.\n"))
        #expect(text.contains("\n  -h, --help              Show help information.\n"))
        #expect(text.contains("\n  build                   Check the input, then write the site.\n"))
        for command in program.commands {
            #expect(unwrapped(text).contains("\(command.name) \(command.abstract)"), "\(command.name)")
        }
        // The discussion's hand-made table is kept as written, not wrapped.
        #expect(text.contains("\n  content/    Markdown pages, data/statistics/<YEAR>.csv|.xlsx, data/factors.yaml,\n"
            + "              data/registers/*.csv, plans/*.yaml\n"))
        #expect(text.hasSuffix("\n  See 'greenpub help <subcommand>' for detailed help.\n"))
    }

    @Test(arguments: ["build", "check", "new", "synth"])
    func commandHelpListsEveryOptionWithValueNameHelpAndDefault(name: String) throws {
        let command = try #require(program.command(named: name))
        let text = parser.helpText(.command(name))
        let flat = unwrapped(text)
        #expect(flat.contains("OVERVIEW: \(command.abstract)"))
        #expect(flat.contains(unwrapped(command.discussion)))
        #expect(text.contains("\nUSAGE: greenpub \(name) "))
        for option in command.options {
            #expect(flat.contains("\(option.flag) <\(option.valueName)> \(option.help)"), "\(option.flag)")
            if let defaultValue = option.defaultValue {
                #expect(flat.contains("\(option.help) (default: \(defaultValue))"), "\(option.flag)")
            }
        }
        for positional in command.positionals {
            #expect(text.contains("\nARGUMENTS:\n  <\(positional.valueName)>"))
            #expect(flat.contains("<\(positional.valueName)> \(positional.help)"))
        }
        #expect(text.contains("\n  -h, --help              Show help information.\n"))
    }

    @Test func buildHelpAsShown() {
        #expect(parser.helpText(.command("build")) == """
            OVERVIEW: Check the input, then write the site.

            Runs every check of 'greenpub check' first; on any error nothing is written and
            the previous site stays exactly as it was. The new site is written beside the
            output folder and swapped in only when complete; files whose bytes did not
            change keep their modification time.

            USAGE: greenpub build [--root <dir>] [--today <date>] [--out <dir>]

            OPTIONS:
              --root <dir>            The project folder, holding content/ and templates/.
                                      (default: .)
              --today <date>          Build the site as of this day, YYYY-MM-DD (default:
                                      today in China); decides the campaign banner.
              --out <dir>             Where to write the site (default: <root>/site).
              --version               Show the version.
              -h, --help              Show help information.

            """)
    }

    @Test func usageLinesShowRequiredOptionsBareAndPositionalsFirst() {
        #expect(parser.formatter.usage(parser.grammar.program.command(named: "synth")!)
            == "greenpub synth [--seed <seed>] [--institutions <institutions>] [--years <years>] --out <out> [--from <dir>]")
        #expect(parser.formatter.usage(parser.grammar.program.command(named: "new")!)
            == "greenpub new <kind> [--root <dir>] [--today <date>] [--title <title>] [--date <date>] [--slug <slug>]")
    }

    @Test func synthHelpShowsTheGivenDefaults() {
        let flat = unwrapped(parser.helpText(.command("synth")))
        #expect(flat.contains("--seed <seed> Seed of the generator; the same seed gives the same bytes. (default: 77)"))
        #expect(flat.contains("--institutions <institutions> Number of institutions (at least 4). (default: 12)"))
        #expect(flat.contains("(within 2020-2025). (default: 2020-2025)"))
    }

    @Test func aLongOptionGetsItsOwnLine() {
        #expect(parser.helpText(.command("synth")).contains(
            "\n  --institutions <institutions>\n                          Number of institutions (at least 4). (default: 12)\n"))
    }

    @Test(arguments: [HelpTopic.program, .command("build"), .command("check"), .command("new"), .command("synth")])
    func wrappedLinesFitTheWidth(topic: HelpTopic) {
        for line in parser.helpText(topic).split(separator: "\n") where !line.hasPrefix("USAGE:") {
            // Lines of the discussion laid out by hand are kept as written.
            if line.hasPrefix("  content/") { continue }
            #expect(TextLayout.width(line) <= 79, "\(line)")
        }
    }

    @Test func errorTextNamesTheOptionItsHelpAndTheUsage() {
        let error = usageError("build", "--root")!
        #expect(parser.errorText(error) == """
            Error: Missing value for '--root <dir>'.
            Help:  --root <dir>  The project folder, holding content/ and templates/.
            Usage: greenpub build [--root <dir>] [--today <date>] [--out <dir>]
              See 'greenpub build --help' for more information.

            """)
    }

    @Test func errorTextOfTheProgramShowsItsUsage() {
        #expect(parser.errorText(usageError("frob")!) == """
            Error: Unknown subcommand 'frob'. The subcommands are build, check, new and synth.
            Usage: greenpub <subcommand>
              See 'greenpub --help' for more information.

            """)
    }

    @Test func unknownHelpTopicFallsBackToTheProgramHelp() {
        #expect(parser.helpText(.command("nothing")) == parser.helpText(.program))
    }
}
