import Testing
@testable import GreenPubKit

/// The manifest reads back exactly as written, whatever its texts hold, and anything else
/// (an older JSON manifest, a damaged file) reads as no manifest: the next build is a full one.
@Suite struct BuildManifestFormatTests {
    @Test func roundTripsEveryField() throws {
        let manifest = BuildManifest(
            fingerprint: "9f3a", pageCount: 331,
            warnings: ["a\twarning\nover lines\\with a backslash\r", "第二条警告", ""],
            files: [BuildManifest.File(path: "index.html", size: 1234, modifiedSeconds: 1_763_700_000, modifiedNanoseconds: 123_456_789),
                    BuildManifest.File(path: "机构/单位 1.html", size: 0, modifiedSeconds: -1, modifiedNanoseconds: 0)])
        let decoded = try #require(BuildManifest(decoding: manifest.encoded()))
        #expect(decoded == manifest)
        #expect(BuildManifest(decoding: BuildManifest(fingerprint: "0", pageCount: 0, warnings: [], files: []).encoded())?.files == [])
    }

    @Test func anythingElseIsNoManifest() {
        #expect(BuildManifest(decoding: Array("{\"fingerprint\":\"9f3a\",\"pageCount\":1}".utf8)) == nil)
        #expect(BuildManifest(decoding: []) == nil)
        let valid = BuildManifest(fingerprint: "1", pageCount: 1, warnings: [],
                                  files: [BuildManifest.File(path: "a.html", size: 1, modifiedSeconds: 2, modifiedNanoseconds: 3)]).encoded()
        #expect(BuildManifest(decoding: Array(valid.dropLast("\t3\ta.html\n".utf8.count))) == nil)  // a file line cut short
        #expect(BuildManifest(decoding: valid + Array("file\t1\tx\t3\tb.html\n".utf8)) == nil)
        #expect(BuildManifest(decoding: valid + Array("warning\tends in \\\n".utf8)) == nil)
    }
}
