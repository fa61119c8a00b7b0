import Foundation
@testable import GreenPubKit
import GreenPubLoad
import GreenPubModel
import Testing

/// `greenpub synth --from DIR`: a complete synthetic project at any size, its registers scaled
/// from the template's and its other content copied.
@Suite struct SynthProjectTests {
    static let checkout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func committedRegisters() throws -> [(path: String, bytes: [UInt8])] {
        let paths = ProjectFiles.list(root: checkout, under: SynthProject.registersFolder).filter(SynthProject.isRegister)
        #expect(paths.count == 6)
        return try paths.map { ($0, Array(try Data(contentsOf: checkout.appendingPathComponent($0)))) }
    }

    static func entries(_ files: [SampleFile]) -> ([RegisterEntry], [Diagnostic]) {
        var entries: [RegisterEntry] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let (table, problems) = CSVParser.parse(file.contents, file: file.path)
            diagnostics += problems
            guard let table else { continue }
            let (found, more) = RegisterMapping.entries(from: table)
            entries += found
            diagnostics += more
        }
        return (entries, diagnostics)
    }

    static func institutions(_ count: Int) -> [String: InstitutionRef] {
        var byID: [String: InstitutionRef] = [:]
        for institution in SynthRoster.institutions(count: count) {
            byID[institution.id] = InstitutionRef(id: institution.id, name: institution.name, group: institution.group, level: institution.level)
        }
        return byID
    }

    @Test("At the sample's size the scaled registers are the committed ones, byte for byte")
    func sampleSizeReproducesTheTemplate() throws {
        let registers = try Self.committedRegisters()
        let (files, diagnostics) = SynthProject.scaledRegisters(registers, institutions: 292)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(files.map(\.path) == registers.map(\.path))
        for (file, register) in zip(files, registers) {
            #expect(Array(file.contents.utf8) == register.bytes, "\(file.path) differs from the template")
        }
    }

    @Test("At 3,000 institutions every row names a roster institution, ids stay unique, the plans still hold")
    func scaledRegistersAreValid() throws {
        let registers = try Self.committedRegisters()
        let (sample, _) = Self.entries(SynthProject.scaledRegisters(registers, institutions: 292).0)
        let (files, scaleProblems) = SynthProject.scaledRegisters(registers, institutions: 3_000)
        #expect(scaleProblems.isEmpty, "\(scaleProblems.map(\.description))")
        let (entries, diagnostics) = Self.entries(files)
        #expect(diagnostics.isEmpty, "\(diagnostics.prefix(5).map(\.description))")
        let institutions = Self.institutions(3_000)
        #expect(RegisterValidation.check(entries, institutions: institutions).isEmpty)
        #expect(Set(entries.map(\.id)).count == entries.count)
        // About ten times the sample's rows: each row once per copy of its institution.
        #expect(entries.count > sample.count * 10 && entries.count < sample.count * 11)
        for kind in Set(sample.map(\.kind)) {
            #expect(entries.filter { $0.kind == kind }.count >= sample.filter { $0.kind == kind }.count * 10, "\(kind)")
        }
        // A copy: the next copy of PSG001 (112 government members per pool) is PSG113.
        let copy = try #require(entries.first { $0.id == "EN-002-2" })
        #expect(copy.institution == "PSG113")
        #expect(copy.title == "县机关事务管理中心办公楼屋顶光伏（2）")
        #expect(institutions["PSG113"]?.name == "彭水自治县机关事务管理中心（2）")
        // The plans name fixed institutions (PSG001 ...), which every size keeps.
        let (plans, planProblems) = PlanLoader.loadAll(root: Self.checkout)
        #expect(planProblems.isEmpty)
        #expect(PlanValidation.check(plans, institutions: institutions).isEmpty)
    }

    @Test("The fixed ids of the shared list are the same at every size; past 999 the sequence continues")
    func fixedIdsAtEverySize() {
        let fixed = ["PSG001": "彭水自治县机关事务管理中心", "PSG008": "彭水自治县文化和旅游发展委员会",
                     "PSE005": "彭水自治县实验小学", "PSH004": "彭水自治县疾病预防控制中心", "PSO003": "彭水自治县体育馆"]
        for size in [292, 3_000, 30_000] {
            let roster = Self.institutions(size)
            #expect(roster.count == size)
            for (id, name) in fixed { #expect(roster[id]?.name == name, "\(id) at \(size)") }
        }
        let large = SynthRoster.institutions(count: 30_000).map(\.id)
        #expect(large.contains("PSG999") && large.contains("PSG1000") && large.contains("PSG10000"))
        #expect(SynthRoster.parse(id: "PSG1000")! == (.government, 1000))
        #expect(SynthRoster.parse(id: "PSE012")! == (.education, 12))
        #expect(SynthRoster.parse(id: "PSG0012") == nil)
        #expect(SynthRoster.parse(id: "PSX001") == nil)
        #expect(SynthRoster.parse(id: "单位001") == nil)
    }

    @Test("Which template files are copied and which are scaled")
    func templateFileRules() {
        for path in ["content/site.yaml", "content/campaigns.yaml", "content/plans/01-plan.yaml", "content/index.md",
                     "content/briefings/2025/week.md", "content/reports/2024.md", "templates/layout.mustache",
                     "templates/assets/style.css"] {
            #expect(SynthProject.isCopied(path), "\(path)")
        }
        for path in ["content/README.md", "content/briefings/readme.md", "content/data/statistics/2020.csv",
                     "content/data/factors.yaml", "content/data/registers/energy.csv", "site/index.html", "Makefile"] {
            #expect(!SynthProject.isCopied(path), "\(path)")
        }
        #expect(SynthProject.isRegister("content/data/registers/energy.csv"))
        #expect(SynthProject.isRegister("content/data/registers/工作簿.xlsx"))
        #expect(!SynthProject.isRegister("content/data/registers/notes.txt"))
        #expect(!SynthProject.isRegister("content/data/registers/old/energy.csv"))
    }

    @Test("A template id that a copy's id would repeat is an error naming both places")
    func colliding() {
        let template = "id,kind,institution,title,status\nA,pv,PSG001,屋顶光伏,completed\nA-2,pv,PSG002,屋顶光伏,completed\n"
        let (_, diagnostics) = SynthProject.scaledRegisters(
            [("content/data/registers/x.csv", Array(template.utf8))], institutions: 600)
        #expect(diagnostics.map(\.description) == [
            "content/data/registers/x.csv:2:1: error: the synthetic register would give the id A-2 twice (first from content/data/registers/x.csv:3); rename the template's id",
        ])
    }

    @Test("A register without an institution column cannot be scaled")
    func noInstitutionColumn() {
        let template = "编号,类型,项目名称\nA,光伏,屋顶光伏\n"
        let (files, diagnostics) = SynthProject.scaledRegisters(
            [("content/data/registers/x.csv", Array(template.utf8))], institutions: 600)
        #expect(files.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "content/data/registers/x.csv:1:1: error: the register has no 编号 (id) or no 单位代码 (institution) column; the synthetic registers copy rows by them",
        ])
    }

    @Test("Writing from the checkout: pages, plans and templates copied, registers scaled, no notes, no old data")
    func writesACompleteProject() throws {
        let folder = try TemporaryFolder("greenpub-synth")
        defer { folder.remove() }
        let (written, diagnostics) = try SynthProject.writeTemplateContent(from: Self.checkout, to: folder.url, institutions: 600)
        #expect(diagnostics.isEmpty)
        #expect(written.contains("content/site.yaml") && written.contains("content/index.md"))
        #expect(written.contains("content/plans/01-pengshui-14th-five-year-plan.yaml"))
        #expect(written.contains("templates/layout.mustache"))
        #expect(written.contains("content/data/registers/energy.csv"))
        #expect(!written.contains("content/README.md"))
        #expect(!written.contains { $0.hasPrefix("content/data/statistics/") || $0 == "content/data/factors.yaml" })
        #expect(written == Golden.listFiles(folder.url))
        let copied = try Data(contentsOf: folder.url.appendingPathComponent("content/index.md"))
        #expect(copied == (try Data(contentsOf: Self.checkout.appendingPathComponent("content/index.md"))))
    }
}
