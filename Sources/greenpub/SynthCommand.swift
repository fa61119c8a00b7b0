import Foundation
import GreenPubCommandLine
import GreenPubKit
import GreenPubModel
import GreenPubBytes

extension GreenPub {
    /// `greenpub synth`: writes the deterministic sample project (statistics and factors), and
    /// with `--from` a complete project: the template's pages, plans and templates copied and
    /// its registers scaled to the institutions.
    struct Synth {
        let options: SynthOptions
        var seed: UInt64 { options.seed }
        var institutions: Int { options.institutions }
        var out: String { options.out }
        var from: String? { options.from }

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
                    throw CommandFailed()
                }
                fromTemplate = written
            }
            let statistics = SampleGenerator.generate(seed: seed, institutions: institutions, years: options.years)
            let written = try SampleGenerator.write(SampleGenerator.files(statistics), to: output)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            for path in (written + fromTemplate).sorted(by: { $0.precedesInUTF8Order($1) }) { print(path) }
            let rounded = (seconds * 100).rounded() / 100
            let template = from == nil ? "" : ", \(fromTemplate.count) file\(fromTemplate.count == 1 ? "" : "s") from the template"
            print("\(institutions) institutions, \(statistics.count) year\(statistics.count == 1 ? "" : "s")\(template) in \(rounded) s")
        }
    }
}
