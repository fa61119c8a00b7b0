import Testing

@Suite struct GreenPubChartsPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
