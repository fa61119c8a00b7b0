import Foundation
import GreenPubCommandLine
import GreenPubKit

/// The `greenpub` command: builds the office's publication site from content/ and templates/.
/// Parses the arguments with GreenPubCommandLine, then prints help, the version or a usage
/// error (exit status 64), or runs the command (exit status 1 when it fails).
@main
enum GreenPub {
    static let commandLine = GreenPubParser(synthDefaults: SynthDefaults(
        seed: SampleGenerator.defaultSeed, institutions: SampleGenerator.defaultInstitutions,
        minimumInstitutions: SampleGenerator.minimumInstitutions, availableYears: SampleGenerator.availableYears))

    static func main() {
        switch commandLine.parse(Array(CommandLine.arguments.dropFirst())) {
        case .help(let topic):
            StandardStreams.write(commandLine.helpText(topic), to: .output)
        case .version:
            StandardStreams.write(commandLine.version + "\n", to: .output)
        case .usageError(let error):
            StandardStreams.write(commandLine.errorText(error), to: .error)
            exit(ExitStatus.usage)
        case .run(let command):
            run(command)
        }
    }

    static func run(_ command: Command) {
        do {
            switch command {
            case .build(let options): try Build(options: options).run()
            case .check(let options): try Check(options: options).run()
            case .new(let options): try New(options: options).run()
            case .synth(let options): try Synth(options: options).run()
            }
        } catch is CommandFailed {
            exit(ExitStatus.failure)
        } catch {
            StandardStreams.write("Error: \(error)\n", to: .error)
            exit(ExitStatus.failure)
        }
    }
}

/// The exit statuses besides 0.
enum ExitStatus {
    /// The command ran and failed; it has said why.
    static let failure: Int32 = 1
    /// The command line was wrong (EX_USAGE of sysexits.h).
    static let usage: Int32 = 64
}

/// Thrown by a command that has printed why it failed; the process exits with status 1.
struct CommandFailed: Error {}
