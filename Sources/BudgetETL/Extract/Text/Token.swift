/// Layer 2: a line → tokens with their character positions.
///
/// Two ways a converter keeps cells apart, and so two tokenizers:
/// - tab separated: every tab starts a cell, blank cells are kept as empty tokens;
/// - space separated: every single space separates cells, so a run of n spaces between two values
///   is n-1 blank cells (how the mangled conversions show blanks); trailing blanks are not kept.
/// Everything after this layer works on `Token`s and does not care which converter made them.
struct Token: Equatable {
    var text: String { didSet { kind = TokenKind.of(text); printedWidth = nil } }
    /// 1-based source line.
    var line: Int
    /// 0-based character column of the token's first character in its line.
    var column: Int
    /// The text's kind, worked out whenever the text is set: the readers ask it of a token many
    /// times over.
    private(set) var kind: TokenKind
    /// Columns the text spans where it was printed with a space the text leaves out (`2019 年`,
    /// read `2019年`); nil when the text spans its own length.
    var printedWidth: Int?

    init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
        kind = TokenKind.of(text)
    }

    var isBlank: Bool { text.isEmpty }

    /// Makes a token that reads as a number a word, as its column tells (see `ListMarkers`).
    mutating func readAsWords() { kind = .text }

    /// Digits of a classification code printed whole: 类 3, 款 5, 项 7.
    static let wholeCodeLengths: Set<Int> = [3, 5, 7]
    /// A classification code printed whole.
    var isWholeCode: Bool { kind == .integer && Token.wholeCodeLengths.contains(text.count) }
    /// A code that starts a row in a stream of cells: a whole code, or 6 digits where 款 is
    /// printed so or a unit's code stands for the row.
    var isRowCode: Bool { isWholeCode || (kind == .integer && text.count == 6) }
    /// A code longer than any amount (a project's or a unit's code of many digits).
    var isLongCode: Bool { kind == .integer && text.unicodeScalars.count >= Thresholds.longCodeDigits }
}

enum TokenKind: Equatable {
    case blank
    /// A number with a decimal point, a percent sign or thousands separators: an amount or a rate.
    case amount
    /// Digits only: a code (208, 2080505, 309201) or a small count (行次 1, 栏次 2).
    case integer
    /// A placeholder for "no value": -, —, ──, /.
    case placeholder
    case text

    static func of(_ text: String) -> TokenKind {
        if text.isEmpty { return .blank }
        return UTF8Text.withBytes(text) { of(bytes: $0) }
    }

    /// The kind of a token's UTF-8 bytes (not empty), counted scalar by scalar.
    static func of(bytes b: UnsafeBufferPointer<UInt8>) -> TokenKind {
        // An amount printed with its unit ("20万元") is an amount; the unit is read in Normalize.
        if let split = AmountWithUnit.split(bytes: b) {
            return of(bytes: UnsafeBufferPointer(rebasing: b[..<split.numberEnd])).isNumeric ? .amount : .text
        }
        var digits = 0, points = 0, commas = 0, percent = 0, signs = 0, parens = 0
        var dashes = 0
        var i = 0
        while i < b.count {
            let (value, length) = UTF8Text.scalar(b, at: i)
            i += length
            switch value {
            case 0x30...0x39, 0xFF10...0xFF19: digits += 1                    // 0-9 ０-９
            case 0x2E, 0xFF0E: points += 1                                    // . ．
            case 0x2C, 0xFF0C: commas += 1                                    // , ，
            case 0x25, 0xFF05: percent += 1                                   // % ％
            case 0x2D, 0x2212, 0xFF0D: signs += 1; dashes += 1                // - − －
            case 0x28, 0x29, 0xFF08, 0xFF09: parens += 1                      // ( ) （ ）
            case 0x2014, 0x2500, 0x2F, 0xFF0F, 0x2013: dashes += 1            // — ─ / ／ –
            // Any other character makes it text, whatever follows.
            default: return .text
            }
        }
        if digits == 0 {
            return dashes > 0 && points == 0 && commas == 0 ? .placeholder : .text
        }
        if points == 0 && commas == 0 && percent == 0 && signs == 0 && parens == 0 { return .integer }
        return .amount
    }

    var isNumeric: Bool { self == .amount || self == .integer }
    /// Can stand in a value cell: a number, a placeholder or nothing.
    var isValueLike: Bool { self != .text }
}

enum Tokenizer {
    static func tokens(of line: String, number: Int) -> [Token] {
        UTF8Text.containsByte(line, 9) ? tabTokens(line, number: number) : spaceTokens(line, number: number)
    }

    static func tabTokens(_ line: String, number: Int) -> [Token] {
        var tokens = UTF8Text.withBytes(line) { b -> [Token]? in
            // Columns count Characters; on text of one Character per scalar, scalars.
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var tokens: [Token] = []
            tokens.reserveCapacity(b.lazy.filter { $0 == 0x09 }.count + 1)
            var column = 0, start = 0, scalars = 0
            for i in 0...b.count {
                if i < b.count && b[i] != 0x09 {
                    if b[i] & 0xC0 != 0x80 { scalars += 1 }
                    continue
                }
                tokens.append(Token(text: clean(UnsafeBufferPointer(rebasing: b[start..<i])), line: number, column: column))
                column += scalars + 1
                start = i + 1; scalars = 0
            }
            return tokens
        } ?? tabTokensByCharacter(line, number: number)
        while let last = tokens.last, last.isBlank { tokens.removeLast() }
        return tokens
    }

    /// Whether a tab cell of the line reads as an amount: `tabTokens(line, number:)` asked whether
    /// a token's kind is `.amount`, over the cells' bytes without making their tokens (on text of
    /// one Character per scalar, where the tokens are those bytes).
    static func holdsTabAmount(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b -> Bool? in
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x09 {
                let field = UnsafeBufferPointer(rebasing: b[start..<i])
                let cell = cleaned(field)
                if !cell.isEmpty, TokenKind.of(bytes: UnsafeBufferPointer(rebasing: field[cell])) == .amount { return true }
                start = i + 1
            }
            return false
        } ?? tabTokens(line, number: 0).contains { $0.kind == .amount }
    }

    /// Tab-separated fields with their columns counted in Characters, for text where a scalar
    /// may join the one before it.
    private static func tabTokensByCharacter(_ line: String, number: Int) -> [Token] {
        var tokens: [Token] = []
        var column = 0
        for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
            tokens.append(Token(text: clean(field), line: number, column: column))
            column += field.count + 1
        }
        return tokens
    }

    /// Single spaces separate cells; full-width and no-break spaces count as spaces.
    static func spaceTokens(_ line: String, number: Int) -> [Token] {
        UTF8Text.withBytes(line) { b in
            var tokens: [Token] = []
            // Leading ideographic spaces indent a label (　　一般公共预算财政拨款); they are not cells.
            var i = 0, column = 0
            while i + 2 < b.count, b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { i += 3; column += 1 }
            var start = column, tokenStart = i
            while i < b.count {
                let length = spaceLength(b, at: i)
                if length > 0 {
                    tokens.append(Token(text: String(decoding: UnsafeBufferPointer(rebasing: b[tokenStart..<i]), as: UTF8.self),
                                        line: number, column: start))
                    i += length
                    tokenStart = i
                    start = column + 1
                } else {
                    i += 1
                    while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
                }
                column += 1
            }
            tokens.append(Token(text: String(decoding: UnsafeBufferPointer(rebasing: b[tokenStart...]), as: UTF8.self),
                                line: number, column: start))
            while let last = tokens.last, last.isBlank { tokens.removeLast() }
            return tokens
        }
    }

    /// The length in bytes of the space (`isSpace`) at `i`, 0 when there is none.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        if b[i] == 0x20 { return 1 }
        if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { return 2 }
        if b[i] == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }
        return 0
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// The field without surrounding spaces (ASCII, ideographic, no-break).
    static func clean(_ field: Substring) -> String {
        if let cleaned = field.utf8.withContiguousStorageIfAvailable(clean) { return cleaned }
        let scalars = field.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// The field's UTF-8 bytes without surrounding spaces, as a String.
    static func clean(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[cleaned(b)]), as: UTF8.self)
    }

    /// The range of the field's bytes without surrounding spaces.
    static func cleaned(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0, end = b.count
        while start < end, case let length = spaceLength(b, at: start), length > 0 { start += length }
        while end > start {
            let length = b[end - 1] == 0x20 ? 1 : end >= 2 && b[end - 2] == 0xC2 && b[end - 1] == 0xA0 ? 2
                : end >= 3 && b[end - 3] == 0xE3 && b[end - 2] == 0x80 && b[end - 1] == 0x80 ? 3 : 0
            guard length > 0 else { break }
            end -= length
        }
        return start..<end
    }
}
