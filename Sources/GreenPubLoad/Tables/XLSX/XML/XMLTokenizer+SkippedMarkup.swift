/// Markup that produces no token: comments, processing instructions, the XML declaration.
extension XMLTokenizer {
    /// `<!-- ... -->`, which may not hold "--".
    mutating func skipComment() throws(XMLSyntaxError) {
        let start = position
        position += 4
        while true {
            guard position + 1 < bytes.count else { throw XMLSyntaxError(.endsInside("a comment"), at: start) }
            if bytes[position] == XMLByte.hyphen, bytes[position + 1] == XMLByte.hyphen {
                guard position + 2 < bytes.count else { throw XMLSyntaxError(.endsInside("a comment"), at: start) }
                guard bytes[position + 2] == XMLByte.greaterThan else {
                    throw XMLSyntaxError(.doubleHyphenInComment, at: position)
                }
                position += 3
                return
            }
            position += try characterLength()
        }
    }

    /// `<?target ...?>`; the XML declaration `<?xml ...?>` only at the start of the part, where
    /// its encoding is checked.
    mutating func skipProcessingInstruction() throws(XMLSyntaxError) {
        let start = position
        position += 2
        let target = try scanName(expected: "a name after \"<?\"")
        if text(target.range).lowercased() == "xml" {
            guard start == documentStart else { throw XMLSyntaxError(.misplacedXMLDeclaration, at: start) }
            return try skipDeclaration()
        }
        while true {
            guard position + 1 < bytes.count else {
                throw XMLSyntaxError(.endsInside("a processing instruction"), at: start)
            }
            if bytes[position] == XMLByte.questionMark, bytes[position + 1] == XMLByte.greaterThan {
                position += 2
                return
            }
            position += try characterLength()
        }
    }

    /// The pseudo-attributes of `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`.
    mutating func skipDeclaration() throws(XMLSyntaxError) {
        while true {
            let hadSpace = skipWhitespace()
            guard position + 1 < bytes.count else { throw XMLSyntaxError(.endsInside("the XML declaration"), at: 0) }
            if bytes[position] == XMLByte.questionMark, bytes[position + 1] == XMLByte.greaterThan {
                position += 2
                return
            }
            guard hadSpace else { throw unexpected("a space or \"?>\"") }
            let attributeStart = position
            let attribute = try scanAttribute()
            if text(attribute.name) == "encoding" {
                let encoding = text(attribute.value)
                guard ["utf-8", "utf8"].contains(encoding.lowercased()) else {
                    throw XMLSyntaxError(.unsupportedEncoding(encoding), at: attributeStart)
                }
            }
        }
    }
}
