import Testing

@Suite struct GreenPubComputePlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
