import Testing

@Suite struct GreenPubLoadPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
