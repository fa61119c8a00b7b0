import Testing
@testable import GreenPubRender

@Suite struct InstitutionPathTests {
    @Test func plainIdsAreTheFileName() {
        #expect(InstitutionPaths.institution(id: "PSG001") == "institutions/PSG001.html")
        #expect(InstitutionPaths.slug(forID: "91500243MB1234567X") == "91500243MB1234567X")
        #expect(InstitutionPaths.slug(forID: "a-b") == "a-b")
    }

    @Test func unsafeIdsGetADerivedNameThatIsStableAndDistinct() {
        let ids = ["彭水/一中", "彭水 一中", "../etc", "a_b", "index", "INDEX", "单位", "a.b", String(repeating: "x", count: 65)]
        let slugs = ids.map(InstitutionPaths.slug(forID:))
        #expect(Set(slugs).count == ids.count)
        for (id, slug) in zip(ids, slugs) {
            #expect(slug == InstitutionPaths.slug(forID: id), "deterministic")
            #expect(slug.contains("_"), "derived names hold '_', which no plain id holds: \(slug)")
            #expect(slug.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
            #expect(!slug.contains("/") && !slug.contains("."))
            #expect(!InstitutionPaths.isPlain(slug))
        }
        #expect(InstitutionPaths.slug(forID: "彭水/一中").hasPrefix("id_"))
        #expect(InstitutionPaths.slug(forID: "../etc") == "etc_" + InstitutionPaths.fnv1a64Hex("../etc"))
    }

    @Test func fnvHashIsTheReferenceValue() {
        // FNV-1a 64 of the empty string is the offset basis; of "a" the published 0xaf63dc4c8601ec8c.
        #expect(InstitutionPaths.fnv1a64Hex("") == "cbf29ce484222325")
        #expect(InstitutionPaths.fnv1a64Hex("a") == "af63dc4c8601ec8c")
    }

    @Test func registerLinksUseTheEntryAnchorOfTheRegisterPage() {
        #expect(RegisterPaths.entry("RF-001") == "projects/index.html#entry-RF-001")
        #expect(RegisterPaths.entry("RF 1#2_a.b") == "projects/index.html#entry-RF_201_232_5Fa.b")
        #expect(RegisterPaths.entry("改") == "projects/index.html#entry-_E6_94_B9")
        #expect(RelativeURL.link(from: "institutions/PSG001.html", to: RegisterPaths.entry("RF-001")) == "../projects/index.html#entry-RF-001")
    }

    @Test func otherPagePaths() {
        #expect(InstitutionPaths.structure(2020) == "structure/2020.html")
        #expect(InstitutionPaths.group(.health) == "groups/health.html")
        #expect(InstitutionPaths.ranking(.education, page: 2) == "institutions/ranking/education-2.html")
    }
}
