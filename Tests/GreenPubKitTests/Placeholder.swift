import Testing

@Suite struct GreenPubKitPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
