import Foundation

/// Repairs what PDF-to-text conversions do to cells, by rules that hold for any document:
/// bold text printed twice, values glued to the next cell, and spacing inside labels.
enum TextRepair {
    /// "收入支出决算总表收入支出决算总表" → "收入支出决算总表"; "301301" → "301".
    /// A string is undone only when it is exactly two equal halves.
    static func undoubled(_ text: String) -> String {
        // Two equal halves of bytes are two equal halves of scalars: the second half starts as
        // the first does, with a scalar's first byte.
        let doubled = UTF8Text.withBytes(text) { b in
            b.count >= 2 && b.count % 2 == 0 && memcmp(b.baseAddress!, b.baseAddress! + b.count / 2, b.count / 2) == 0
        }
        guard doubled else { return text }
        return UTF8Text.withBytes(text) { b in String(decoding: UnsafeBufferPointer(rebasing: b[..<(b.count / 2)]), as: UTF8.self) }
    }

    /// A doubled token in a line that is itself bold: "合计合计", "301301". Digits are only undone
    /// when the half has a classification code's length (3, 5 or 7), so an 8-digit number whose
    /// halves repeat is left alone; placeholders (────) are kept as printed.
    static func undoubledToken(_ text: String) -> String {
        guard TokenKind.of(text) != .placeholder else { return text }
        let half = undoubled(text)
        if TokenKind.of(text) == .integer { return Token.wholeCodeLengths.contains(half.count) ? half : text }
        if half != text { return half }
        return TokenKind.of(text) == .text ? undoubledPieces(text) : text
    }

    /// "费费小计小计" → "费小计": a bold cell glued to the next, each printed twice. Undone only
    /// when the whole string is such a sequence of doubled pieces.
    static func undoubledPieces(_ text: String) -> String { doubledPieces(text)?.joined() ?? text }

    /// The pieces of a string made of doubled pieces ("费费小计小计" → ["费", "小计"]): each piece is
    /// a cell of its own that the converter glued to the next. Nil when the string is not such a
    /// sequence.
    static func doubledPieces(_ text: String) -> [String]? {
        let plain = UTF8Text.withBytes(text) { b -> (isPlain: Bool, pieces: [String]?) in
            UTF8Text.isPlain(b) ? (true, doubledPieces(bytes: b)) : (false, nil)
        }
        if plain.isPlain { return plain.pieces }
        let chars = Array(text)
        var pieces: [String] = []
        var i = 0
        while i < chars.count {
            var length = (chars.count - i) / 2
            while length > 0, chars[i..<i + length] != chars[i + length..<i + 2 * length] { length -= 1 }
            guard length > 0 else { return nil }
            pieces.append(String(chars[i..<i + length]))
            i += 2 * length
        }
        return pieces
    }

    /// `doubledPieces` over the bytes of plain text (`UTF8Text.isPlain`: each scalar a Character,
    /// equal to another only when their bytes are). The longest piece first, as over Characters;
    /// a piece ends only where a scalar starts.
    private static func doubledPieces(bytes b: UnsafeBufferPointer<UInt8>) -> [String]? {
        var pieces: [String] = []
        var i = 0
        while i < b.count {
            var length = (b.count - i) / 2
            while length > 0, b[i + length] & 0xC0 == 0x80 || memcmp(b.baseAddress! + i, b.baseAddress! + i + length, length) != 0 {
                length -= 1
            }
            guard length > 0 else { return nil }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: b[i..<i + length]), as: UTF8.self))
            i += 2 * length
        }
        return pieces
    }

    /// Splits tokens where a converter glued a value to the next cell:
    /// "2645523.0030201" → "2645523.00", "30201"; "25730935.53一、一般公共服务支出" → two tokens.
    /// Amounts carry exactly two decimals (分), so extra digits after them begin the next cell.
    static func splitGlued(_ token: Token) -> [Token] {
        guard mayBeGlued(token.text) else { return [token] }
        let scalars = Array(token.text.unicodeScalars)
        guard let point = scalars.firstIndex(where: { $0 == "." }), point > 0,
              scalars[..<point].allSatisfy({ isDigit($0) || $0 == "," || $0 == "-" }) else { return [token] }
        var end = point + 1
        while end < scalars.count, end - point <= 2, isDigit(scalars[end]) { end += 1 }
        guard end - point == 3, end < scalars.count else { return [token] }
        let rest = scalars[end...]
        let restIsCode = rest.count >= 3 && rest.allSatisfy(isDigit)
        let unitWords: Set<String> = ["万", "元", "万元", "亿元", "千元"]
        // Only Chinese text starts a glued label; a trailing sign or bracket ("12.30-") is part of
        // the number and is left for the number reader to accept or reject.
        let restIsText = (0x2E80..<0xFF00).contains(rest.first!.value)
            && !unitWords.contains(String(String.UnicodeScalarView(rest)))
        guard restIsCode || restIsText else { return [token] }
        let head = String(String.UnicodeScalarView(scalars[..<end]))
        let tail = String(String.UnicodeScalarView(rest))
        return [Token(text: head, line: token.line, column: token.column),
                Token(text: tail, line: token.line, column: token.column + end)]
    }

    /// Two rates printed with no space between (`12.5%98.0%`, a converter that joins cells set
    /// close): two cells, cut after the first percent sign. Only where both halves are whole rates
    /// (digits, one point at most, a sign before the first) is the cut certain.
    static func splitRates(_ token: Token) -> [Token] {
        let scalars = Array(token.text.unicodeScalars)
        guard let first = scalars.firstIndex(where: { $0 == "%" || $0 == "％" }), first + 1 < scalars.count,
              isRate(scalars[..<first]), scalars.last == "%" || scalars.last == "％",
              isRate(scalars[(first + 1)..<(scalars.count - 1)]) else { return [token] }
        let head = String(String.UnicodeScalarView(scalars[...first]))
        let tail = String(String.UnicodeScalarView(scalars[(first + 1)...]))
        return [Token(text: head, line: token.line, column: token.column),
                Token(text: tail, line: token.line, column: token.column + first + 1)]
    }

    /// A rate's number without its percent sign: digits, one decimal point at most, a minus before.
    private static func isRate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let body = scalars.first == "-" ? scalars.dropFirst() : scalars
        guard let head = body.first, isDigit(head), let tail = body.last, isDigit(tail) else { return false }
        return body.allSatisfy { isDigit($0) || $0 == "." } && body.filter { $0 == "." }.count <= 1
    }

    /// Glued needs a point, two digits after it and more after them: most tokens (no point, or
    /// an amount that ends at its second decimal) are refused here, by their bytes.
    static func mayBeGlued(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b -> Bool in
            guard let point = b.firstIndex(of: 0x2E) else { return false }
            var end = point + 1
            while end < b.count, end - point <= 2, b[end] >= 0x30 && b[end] <= 0x39 { end += 1 }
            return end - point == 3 && end < b.count
        }
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
    /// A CJK unified ideograph of the basic block (the characters of Chinese names and words).
    static func isIdeograph(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

    /// Whitespace-free, doubling undone, full-width brackets made ASCII, quotes removed: the form
    /// titles and header cells are compared in.
    /// Two equal halves, unless a number: a number is doubled only as a classification code is
    /// ("301301"); "2020" is a year, not "20" printed twice (as `undoubledToken` judges tokens).
    private static func isDoubled(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let half = b.count / 2
        guard b.count >= 2, b.count % 2 == 0, memcmp(b.baseAddress!, b.baseAddress! + half, half) == 0 else { return false }
        let numeric = b.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C }
        let codeHalf = b.allSatisfy { (0x30...0x39).contains($0) } && Token.wholeCodeLengths.contains(half)
        return !numeric || codeHalf
    }

    static func compact(_ text: String) -> String {
        UTF8Text.withBytes(text) { b in
            var i = 0
            while i < b.count {
                let edit = compactEdit(b, at: i)
                if edit.dropped > 0 { break }
                i += edit.step
            }
            // Nothing dropped or replaced (most cells): the text itself, undone if doubled.
            if i == b.count { return isDoubled(b) ? String(decoding: UnsafeBufferPointer(rebasing: b[..<(b.count / 2)]), as: UTF8.self) : text }
            // Bytes are copied in runs straight into the new string, up to each character dropped
            // or replaced (a replacement is shorter than what it replaces).
            return String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0, run = 0
                func copy(upTo end: Int) {
                    if end > run { memcpy(out.baseAddress! + n, b.baseAddress! + run, end - run); n += end - run }
                }
                while i < b.count {
                    let edit = compactEdit(b, at: i)
                    guard edit.dropped > 0 else { i += edit.step; continue }
                    copy(upTo: i)
                    if edit.replacement != 0 { out[n] = edit.replacement; n += 1 }
                    i += edit.dropped
                    run = i
                }
                copy(upTo: b.count)
                return isDoubled(UnsafeBufferPointer(rebasing: out[..<n])) ? n / 2 : n
            }
        }
    }

    /// What `compact` does at byte `i` (a scalar's first byte): the bytes it drops there (0 for
    /// none), the ASCII byte put in their place (0 for none), and the bytes to step over when it
    /// keeps the scalar.
    @inline(__always)
    private static func compactEdit(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (dropped: Int, replacement: UInt8, step: Int) {
        switch b[i] {
        case 0x20, 0x09, 0x23, 0x22, 0x27: return (1, 0, 1)                      // space, tab, #, ", '
        case 0xE4...0xE9: return (0, 0, 3)                                        // ideographs, none dropped
        case 0xC2, 0xE2, 0xE3, 0xEF:                                              // lead bytes of the others
            let (value, length) = UTF8Text.scalar(b, at: i)
            switch value {
            case 0x3000, 0xA0, 0x200B, 0xFEFF: return (length, 0, length)         // spaces, zero-width, BOM
            case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D: return (length, 0, length)  // “ ” ‘ ’ 「 」
            case 0xFF08: return (length, 0x28, length)                            // （
            case 0xFF09: return (length, 0x29, length)                            // ）
            default: return (0, 0, length)
            }
        default: return (0, 0, 1)
        }
    }
}
