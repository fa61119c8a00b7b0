import ArgumentParser
import Foundation
import GreenPubKit
import GreenPubModel

extension GreenPub {
    /// `greenpub synth`: writes the deterministic sample project (statistics and factors), and
    /// with `--from` a complete project: the template's pages, plans and templates copied and
    /// its registers scaled to the institutions.
    struct Synth: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the deterministic sample: year statistics and factors of a synthetic county.",
            discussion: "With the default seed and 292 institutions this is the committed Pengshui sample, "
                + "whose 2020 year reproduces the county plan's baseline. Other sizes scale every total "
                + "and keep every intensity (for benchmarks). With --from, the project is complete: the template "
                + "project's site settings, campaigns, plans, pages, briefings, reports and templates are copied "
                + "and its registers are scaled to the institutions, each row repeated for every copy of its "
                + "institution (ids and titles numbered -2, （2）, ...)."
        )

        @Option(help: "Seed of the generator; the same seed gives the same bytes.")
        var seed: UInt64 = SampleGenerator.defaultSeed

        @Option(help: "Number of institutions (at least 4).")
        var institutions: Int = SampleGenerator.defaultInstitutions

        @Option(help: "Years to write, such as 2020-2025 or 2023 (within 2020-2025).")
        var years: String = "\(SampleGenerator.availableYears.lowerBound)-\(SampleGenerator.availableYears.upperBound)"

        @Option(help: "Project folder to write content/data/statistics/<YEAR>.csv and content/data/factors.yaml into.")
        var out: String

        @Option(help: ArgumentHelp(
            "A template project whose non-data content to copy and whose registers to scale (default: none).",
            valueName: "dir"))
        var from: String?

        func validate() throws {
            guard institutions >= 4 else { throw ValidationError("--institutions must be at least 4 (one per group).") }
            _ = try yearRange()
        }

        func run() throws {
            let started = DispatchTime.now().uptimeNanoseconds
            let output = ProjectOptions.absolute(out)
            var fromTemplate: [String] = []
            if let from {
                let (written, diagnostics) = try SynthProject.writeTemplateContent(
                    from: ProjectOptions.absolute(from), to: output, institutions: institutions)
                DiagnosticPrinter.print(diagnostics)
                guard !diagnostics.hasErrors else {
                    FileHandle.standardError.write(Data("greenpub: synth stopped, nothing written (\(DiagnosticPrinter.summary(diagnostics)))\n".utf8))
                    throw ExitCode.failure
                }
                fromTemplate = written
            }
            let statistics = SampleGenerator.generate(seed: seed, institutions: institutions, years: try yearRange())
            let written = try SampleGenerator.write(SampleGenerator.files(statistics), to: output)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            for path in (written + fromTemplate).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { print(path) }
            let rounded = (seconds * 100).rounded() / 100
            let template = from == nil ? "" : ", \(fromTemplate.count) file\(fromTemplate.count == 1 ? "" : "s") from the template"
            print("\(institutions) institutions, \(statistics.count) year\(statistics.count == 1 ? "" : "s")\(template) in \(rounded) s")
        }

        private func yearRange() throws -> ClosedRange<Int> {
            let parts = years.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            let available = SampleGenerator.availableYears
            guard (1...2).contains(parts.count), let first = parts.first ?? nil, let last = parts.last ?? nil,
                  first <= last, available.contains(first), available.contains(last)
            else {
                throw ValidationError("--years must be a year or a range such as 2020-2025, within \(available.lowerBound)-\(available.upperBound).")
            }
            return first...last
        }
    }
}
