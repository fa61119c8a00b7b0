import GreenPubModel
@testable import GreenPubCommandLine
import Testing

@Suite struct SuggestionTests {
    @Test func editDistance() {
        #expect(EditDistance.between(Array("kitten"), Array("sitting")) == 3)
        #expect(EditDistance.between(Array(""), Array("abc")) == 3)
        #expect(EditDistance.between(Array("abc"), Array("abc")) == 0)
        #expect(EditDistance.between(Array("title"), Array("titel")) == 2)
    }

    @Test func closestIgnoresDashesAndCase() {
        #expect(Suggestion.closest(to: "-ROOT", among: ["--root", "--out"]) == "--root")
        #expect(Suggestion.closest(to: "--ot", among: ["--root", "--out"]) == "--out")
    }

    @Test func farOrShortCandidatesAreNotSuggested() {
        #expect(Suggestion.closest(to: "--frobnicate", among: ["--root", "--out"]) == nil)
        // Two edits turn 'ab' into 'out', but that is no typo.
        #expect(Suggestion.closest(to: "ab", among: ["out"]) == nil)
        #expect(Suggestion.closest(to: "--", among: ["--out"]) == nil)
    }

    @Test func lists() {
        #expect(Suggestion.list([]) == "")
        #expect(Suggestion.list(["a"]) == "a")
        #expect(Suggestion.list(["a", "b"]) == "a and b")
        #expect(Suggestion.list(["a", "b", "c"], conjunction: "or") == "a, b or c")
    }
}
