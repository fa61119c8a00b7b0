import Testing

@Suite struct GreenPubMarkdownPlaceholder {
    @Test func builds() { #expect(Bool(true)) }
}
