/// Word wrapping for help text in a terminal of a fixed width.
enum TextLayout {
    /// The columns a terminal gives a string: two for wide (CJK) characters, one for others.
    static func width(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// East Asian wide and full-width ranges: Hangul Jamo, CJK (radicals to Yi), Hangul
    /// syllables, compatibility ideographs, vertical and compatibility forms, full-width forms.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// The words of `text` filled greedily into lines of at most `width` columns; a word wider
    /// than a line gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for piece in text.split(separator: " ") {
            let word = String(piece)
            let wordWidth = Self.width(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if lineWidth > 0 {
                line += " "
                lineWidth += 1
            }
            line += word
            lineWidth += wordWidth
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Paragraph text: each line wrapped on its own, except lines starting with a space, which
    /// are laid out by hand (tables, examples) and kept as written.
    static func paragraphs(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            line.first == " " ? [String(line)] : wrap(String(line), width: width)
        }
    }

    /// A two-column row: `label` indented by `indent`, `text` wrapped into the column starting at
    /// `column`; a label too wide for its column gets a line of its own.
    static func row(label: String, text: String, indent: Int, column: Int, width: Int) -> [String] {
        let lead = String(repeating: " ", count: indent) + label
        let pad = String(repeating: " ", count: column)
        let lines = text.isEmpty ? [] : wrap(text, width: width - column)
        guard let first = lines.first else { return [lead] }
        let leadWidth = Self.width(lead)
        if leadWidth + 2 > column {
            return [lead] + lines.map { pad + $0 }
        }
        let firstLine = lead + String(repeating: " ", count: column - leadWidth) + first
        return [firstLine] + lines.dropFirst().map { pad + $0 }
    }
}
