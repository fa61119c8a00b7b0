import GreenPubBytes
import Testing

/// `precedesInUTF8Order` against the definition: the UTF-8 views compared element by element.
@Suite struct UTF8OrderTests {
    static let samples: [String] = [
        "", "a", "A", "ab", "abc", "b", "index.html", "index.htm", "institutions/PSG001/index.html",
        "institutions/PSG001-2/index.html", "institutions/PSG0010/index.html", "彭水", "彭水县", "彭", "a彭", "aé",
        "e\u{301}", "é", "z", "~", "\u{7F}", "\u{80}", "\u{FFFF}", "😀", "a\u{0}", "a\u{0}b",
        String(repeating: "x", count: 15), String(repeating: "x", count: 16), String(repeating: "x", count: 40) + "a",
        String(repeating: "x", count: 40) + "b",
    ]

    @Test func everyPairIsOrderedAsItsUTF8Bytes() {
        for a in Self.samples {
            for b in Self.samples {
                #expect(a.precedesInUTF8Order(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a.debugDescription) \(b.debugDescription)")
                let sub = a.dropFirst(a.isEmpty ? 0 : 1)
                #expect(sub.precedesInUTF8Order(b) == sub.utf8.lexicographicallyPrecedes(b.utf8))
            }
        }
    }

    @Test func sortingIsByBytesNotByUnicodeCollation() {
        // "é" as one scalar (C3 A9) sorts after "e\u{301}" (65 CC 81), though Swift's == calls them equal.
        #expect("e\u{301}".precedesInUTF8Order("é"))
        #expect(!"é".precedesInUTF8Order("e\u{301}"))
        #expect(["b", "B", "a", "", "彭", "z"].sorted { $0.precedesInUTF8Order($1) } == ["", "B", "a", "b", "z", "彭"])
    }
}
