import Testing
@testable import GreenPubModel

/// `order` is each source's position in `allCases`, and equality and hashing follow it.
@Suite struct EnergySourceOrderTests {
    @Test func orderIsThePositionInAllCases() {
        for (position, source) in EnergySource.allCases.enumerated() {
            #expect(source.order == position)
        }
        #expect(EnergySource.allCases.sorted() == EnergySource.allCases)
    }

    @Test func equalityAndHashingFollowTheCase() {
        let all = EnergySource.allCases
        #expect(Set(all).count == all.count)
        for a in all {
            for b in all { #expect((a == b) == (a.rawValue == b.rawValue)) }
        }
        var amounts: [EnergySource: Int] = [:]
        for (position, source) in all.enumerated() { amounts[source] = position }
        #expect(all.map { amounts[$0] } == Array(0..<all.count))
    }
}
