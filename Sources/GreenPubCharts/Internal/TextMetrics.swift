/// Estimates of how wide text renders, without access to the reader's font.
///
/// Widths are in em (multiples of the font size) and err on the wide side so that labels laid
/// out with them do not collide: CJK ideographs, kana, hangul and full-width punctuation are
/// 1 em, digits 0.56 em, Latin letters 0.5-0.9 em.
enum TextMetrics {
    /// Width of `text` at `fontSize` user units.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars { ems += emWidth(scalar) }
        return ems * fontSize * (bold ? 1.06 : 1.0)
    }

    /// Width of one grapheme cluster at `fontSize`.
    static func width(_ character: Character, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in character.unicodeScalars { ems += emWidth(scalar) }
        return ems * fontSize
    }

    /// The advance of one scalar in em.
    static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value < 0x80 { return asciiWidth(value) }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0x20D0...0x20FF,
             0xE0100...0xE01EF:
            return 0  // combining marks, zero-width characters, variation selectors
        case 0x00B2, 0x00B3, 0x00B9, 0x2070...0x209F:
            return 0.42  // superscripts and subscripts (m², m³)
        case 0x00A0...0x024F, 0x0370...0x052F, 0x2000...0x200A, 0x2010...0x2013, 0x2018...0x2027,
             0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x214F, 0x2190...0x21FF, 0x2200...0x22FF:
            if value == 0x2026 { return 1.0 }  // ellipsis
            return 0.62  // Latin-1, Greek, Cyrillic, general punctuation, letterlike, arrows, maths
        case 0x2014, 0x2015:
            return 1.0
        case 0x1100...0x115F, 0x2E80...0x303F, 0x3040...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60,
             0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0  // CJK, kana, hangul, full-width forms, emoji
        case 0xFF61...0xFFDC:
            return 0.55  // half-width forms
        default:
            return 1.0  // unknown scripts: assume wide
        }
    }

    private static func asciiWidth(_ value: UInt32) -> Double {
        switch value {
        case 0x30...0x39: return 0.56  // digits
        case 0x20: return 0.3
        case 0x69, 0x6C, 0x6A, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x21, 0x7C, 0x60: return 0.3  // i l j . , : ; ' ! | `
        case 0x66, 0x72, 0x74, 0x49, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x22, 0x2F, 0x5C, 0x2D:
            return 0.4  // f r t I ( ) [ ] { } " / \ -
        case 0x6D, 0x77, 0x4D, 0x57, 0x40, 0x25: return 0.92  // m w M W @ %
        case 0x41...0x5A: return 0.7  // other capitals
        case 0x61...0x7A: return 0.56  // other lower case
        case 0x00...0x1F, 0x7F: return 0
        default: return 0.6  // other punctuation and symbols
        }
    }

    /// `text` cut to fit `maxWidth`, ending with an ellipsis if anything was cut.
    static func truncated(_ text: String, maxWidth: Double, fontSize: Double) -> (text: String, wasTruncated: Bool) {
        if width(text, fontSize: fontSize) <= maxWidth { return (text, false) }
        let ellipsis = "…"
        let budget = maxWidth - width(ellipsis, fontSize: fontSize)
        var result = ""
        var used = 0.0
        for character in text {
            let advance = width(character, fontSize: fontSize)
            if used + advance > budget { break }
            result.append(character)
            used += advance
        }
        while let last = result.last, last == " " { result.removeLast() }
        return (result + ellipsis, true)
    }

    /// Breaks `text` into at most `maxLines` lines no wider than `maxWidth`. Lines break
    /// between CJK characters and at spaces between Latin words; closing punctuation never
    /// starts a line and opening punctuation never ends one. If the text needs more lines,
    /// the last line is truncated with an ellipsis.
    ///
    /// When the text fits in several lines, the lines are balanced: the narrowest width that
    /// still needs no more lines is used, so a label never ends with a lone character.
    static func wrapped(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int)
        -> (lines: [String], wasTruncated: Bool)
    {
        let greedy = greedyWrapped(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
        guard greedy.lines.count > 1, !greedy.wasTruncated else { return greedy }
        var best = greedy
        var low = width(text, fontSize: fontSize) / Double(greedy.lines.count)
        var high = maxWidth
        for _ in 0..<12 where high - low > 0.5 {
            let middle = (low + high) / 2
            let candidate = greedyWrapped(text, maxWidth: middle, fontSize: fontSize, maxLines: greedy.lines.count)
            if candidate.wasTruncated || candidate.lines.count > greedy.lines.count {
                low = middle
            } else {
                best = candidate
                high = middle
            }
        }
        return best
    }

    private static func greedyWrapped(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int)
        -> (lines: [String], wasTruncated: Bool)
    {
        let limit = max(maxLines, 1)
        if width(text, fontSize: fontSize) <= maxWidth { return ([text], false) }
        var lines: [String] = []
        var lastRawLine = ""  // the last line before trailing spaces were trimmed
        var current = ""
        var currentWidth = 0.0
        var tokens = breakTokens(text)[...]
        while let token = tokens.first {
            let tokenWidth = width(token, fontSize: fontSize)
            if currentWidth + tokenWidth <= maxWidth {
                current += token
                currentWidth += tokenWidth
                tokens.removeFirst()
                continue
            }
            if current.isEmpty {
                // A single token wider than the line: split it by characters.
                var piece = ""
                var pieceWidth = 0.0
                var rest = Substring(token)
                while let character = rest.first {
                    let advance = width(character, fontSize: fontSize)
                    if pieceWidth + advance > maxWidth && !piece.isEmpty { break }
                    piece.append(character)
                    pieceWidth += advance
                    rest.removeFirst()
                }
                current = piece
                tokens[tokens.startIndex] = String(rest)
            }
            lines.append(trimmedTrailingSpaces(current))
            lastRawLine = current
            current = ""
            currentWidth = 0
            if lines.count == limit { break }
        }
        if lines.count < limit && !current.isEmpty {
            lines.append(trimmedTrailingSpaces(current))
            lastRawLine = current
            current = ""
        }
        let remainder = current + tokens.joined()
        if remainder.isEmpty { return (lines, false) }
        lines.removeLast()
        let last = lastRawLine + remainder
        lines.append(truncated(last, maxWidth: maxWidth, fontSize: fontSize).text)
        return (lines, true)
    }

    /// Splits text into the smallest pieces a line may break between.
    static func breakTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var pendingOpen = ""
        var latinRun = ""
        func flushLatin() {
            if !latinRun.isEmpty {
                tokens.append(pendingOpen + latinRun)
                pendingOpen = ""
                latinRun = ""
            }
        }
        for character in text {
            if isClosingPunctuation(character) {
                if !latinRun.isEmpty {
                    latinRun.append(character)
                } else if !tokens.isEmpty && pendingOpen.isEmpty {
                    tokens[tokens.count - 1].append(character)
                } else {
                    pendingOpen.append(character)
                }
            } else if isOpeningPunctuation(character) {
                flushLatin()
                pendingOpen.append(character)
            } else if character == " " {
                latinRun.append(character)
                flushLatin()
            } else if isWide(character) {
                flushLatin()
                tokens.append(pendingOpen + String(character))
                pendingOpen = ""
            } else {
                latinRun.append(character)
            }
        }
        flushLatin()
        if !pendingOpen.isEmpty { tokens.append(pendingOpen) }
        return tokens
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return emWidth(scalar) >= 1.0
    }

    private static func isClosingPunctuation(_ character: Character) -> Bool {
        "，。、；：！？）」』】〉》〕］｝”’,.;:!?)]}%％·…".contains(character)
    }

    private static func isOpeningPunctuation(_ character: Character) -> Bool {
        "（「『【〈《〔［｛“‘([{".contains(character)
    }

    private static func trimmedTrailingSpaces(_ text: String) -> String {
        var result = text
        while let last = result.last, last == " " { result.removeLast() }
        return result
    }
}
