import Foundation

/// Byte-level helpers for the hot paths of extraction: scanning a line's UTF-8 bytes is 20–70
/// times faster than iterating its Characters or bridging it to NSString (docs/performance.md).
enum UTF8Text {
    /// Calls `body` with the string's UTF-8 bytes, without copying when the string is native.
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// The scalar that starts at `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// Whether `needle` occurs in `haystack`, byte for byte (both are UTF-8, so a byte match is a
    /// match of whole scalars).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        withBytes(needle) { n in
            guard n.count > 0 else { return true }
            return withBytes(haystack) { h in
                find(n, in: h)
            }
        }
    }

    /// Whether `needle` occurs in `haystack` as a text of its own: at the line's ends or with white
    /// space (space, tab, ideographic space) on both sides, not inside a longer run of characters
    /// (`某局2024年预算` in `某局2024年预算 2`, not `2024年地方政` in `某县2024年地方政府债务表`).
    static func containsApart(_ haystack: String, _ needle: String) -> Bool {
        withBytes(needle) { n in
            guard n.count > 0 else { return true }
            return withBytes(haystack) { h in
                var from = 0
                while let end = find(n, in: h, from: from) {
                    let start = end - n.count
                    if endsSpace(h, before: start) && startsSpace(h, at: end) { return true }
                    from = start + 1
                }
                return false
            }
        }
    }

    /// Whether the bytes before `i` end in white space, or nothing stands before `i`.
    private static func endsSpace(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        i == 0 || b[i - 1] == 0x20 || b[i - 1] == 0x09
            || (i >= 3 && b[i - 3] == 0xE3 && b[i - 2] == 0x80 && b[i - 1] == 0x80)
    }

    /// Whether the bytes from `i` start with white space, or nothing stands from `i` on.
    private static func startsSpace(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i == b.count || b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D
            || (i + 2 < b.count && b[i] == 0xE3 && b[i + 1] == 0x80 && b[i + 2] == 0x80)
    }

    /// Whether `needle` (not empty) occurs in `haystack`: memchr for its last byte, then memcmp
    /// of the bytes before it. A scalar's last byte is a continuation byte (one of 64) where
    /// its first is one of few lead bytes (E4–E9 start most ideographs): far fewer false hits.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        find(needle, in: haystack, from: 0) != nil
    }

    /// The end (one past its last byte) of the first occurrence of `needle` (not empty) starting
    /// at `from` or later, as `find` looks for it.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard haystack.count >= needle.count, let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
        let k = needle.count - 1
        var i = from + k
        while i < haystack.count {
            guard let hit = memchr(h + i, Int32(n[k]), haystack.count - i) else { return nil }
            i = UnsafeRawPointer(hit) - UnsafeRawPointer(h)
            if k == 0 || memcmp(h + i - k, n, k) == 0 { return i + 1 }
            i += 1
        }
        return nil
    }

    /// The text without leading and trailing white space, as `trimmingCharacters(in:
    /// .whitespaces)` trims it (CoreFoundation's whitespace set: tab, space, no-break space,
    /// U+1680, U+2000–U+200B, U+202F, U+205F, ideographic space), scanned over bytes.
    static func trimmingWhitespace(_ text: String) -> String {
        withBytes(text) { b in
            let kept = trimmed(b, 0..<b.count)
            if kept == 0..<b.count { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: b[kept]), as: UTF8.self)
        }
    }

    /// The bytes of `range` (whole scalars) without leading and trailing white space.
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let (value, length) = scalar(b, at: start)
            guard isWhitespace(value) else { break }
            start += length
        }
        while end > start {
            var first = end - 1
            while b[first] & 0xC0 == 0x80 { first -= 1 }
            guard isWhitespace(scalar(b, at: first).value) else { break }
            end = first
        }
        return start..<end
    }

    /// `line.split(separator: "|", omittingEmptySubsequences: false)` with each piece trimmed
    /// (`trimmingWhitespace`): the rules of `|` tables cut every such line. Over the bytes where
    /// every scalar is a Character of its own (`oneCharacterPerScalar`: each "|" byte is then a
    /// Character "|"), Character by Character elsewhere.
    static func trimmedPipePieces(_ line: String) -> [String] {
        let pieces = withBytes(line) { b -> [String]? in
            guard oneCharacterPerScalar(b) else { return nil }
            var pieces: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x7C {
                pieces.append(String(decoding: UnsafeBufferPointer(rebasing: b[trimmed(b, start..<i)]), as: UTF8.self))
                start = i + 1
            }
            return pieces
        }
        return pieces ?? line.split(separator: "|", omittingEmptySubsequences: false).map { trimmingWhitespace(String($0)) }
    }

    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Whether every scalar is a Character of its own and no scalar is a line break: ASCII
    /// (tab and printable), Latin-1 letters and signs, general punctuation, symbols and box
    /// drawing, CJK punctuation, ideographs and full-width forms — none of them extends or joins
    /// a grapheme. On such text, scalar-level scanning gives what Character-level code gives.
    static func oneCharacterPerScalar(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            // ASCII, and ideographs U+4000–U+9FFF (lead bytes E4–E9), without decoding.
            let byte = b[i]
            if byte < 0x80 {
                guard byte == 0x09 || (0x20...0x7E).contains(byte) else { return false }
                i += 1
                continue
            }
            if byte >= 0xE4 && byte <= 0xE9 { i += 3; continue }
            let (value, length) = scalar(b, at: i)
            i += length
            switch value {
            case 0x09, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205F, 0x2100...0x2BFF,
                 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF9D, 0xFFE0...0xFFEF: continue
            default: return false
            }
        }
        return true
    }

    /// `text.count`: on text of one Character per scalar (`oneCharacterPerScalar`), its scalars
    /// counted by their first bytes; by Characters elsewhere.
    static func characterCount(_ text: String) -> Int {
        withBytes(text) { b -> Int? in
            guard oneCharacterPerScalar(b) else { return nil }
            return b.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        } ?? text.count
    }

    /// Whether the string holds any of the scalars (a guard before a pattern that needs one).
    static func containsAny(_ text: String, _ scalars: Unicode.Scalar...) -> Bool {
        // A search per scalar (memchr underneath) beats decoding every scalar of a long line.
        withBytes(text) { b in scalars.contains { contains($0, in: b) } }
    }

    /// Whether the string holds the scalar (`unicodeScalars.contains` without decoding every
    /// scalar: in valid UTF-8 a scalar's bytes occur only where the scalar does).
    static func containsAny(_ text: String, _ scalar: Unicode.Scalar) -> Bool {
        withBytes(text) { contains(scalar, in: $0) }
    }

    /// Whether the string holds the byte: memchr (a tab, "|", "." …).
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        withBytes(text) { b in
            guard let base = b.baseAddress, b.count > 0 else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// Whether the bytes hold the scalar's UTF-8 encoding, built on the stack.
    @inline(__always)
    private static func contains(_ scalar: Unicode.Scalar, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = scalar.value
        var encoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        let count: Int
        switch v {
        case ..<0x80: encoded.0 = UInt8(v); count = 1
        case ..<0x800: encoded = (UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F), 0, 0); count = 2
        case ..<0x10000:
            encoded = (UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F), 0); count = 3
        default:
            encoded = (UInt8(0xF0 | v >> 18), UInt8(0x80 | v >> 12 & 0x3F), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F))
            count = 4
        }
        return withUnsafeBytes(of: &encoded) { raw in
            find(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count), in: b)
        }
    }

    /// Whether the string holds the ASCII byte sequence `pair` ("19", "20").
    static func containsASCII(_ text: String, _ first: UInt8, _ second: UInt8) -> Bool {
        var pair = (first, second)
        return withBytes(text) { b in
            withUnsafeBytes(of: &pair) { raw in
                find(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: 2), in: b)
            }
        }
    }

    /// The cells of a line cut at ASCII spaces, ideographic spaces and tabs (empty cells
    /// omitted), as byte ranges.
    static func cells(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var cells: [Range<Int>] = []
        var start = -1, i = 0
        while i < b.count {
            let width: Int
            if b[i] == 0x20 || b[i] == 0x09 { width = 1 }
            else if b[i] == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { width = 3 }
            else { width = 0 }
            if width > 0 {
                if start >= 0 { cells.append(start..<i); start = -1 }
                i += width
            } else {
                if start < 0 { start = i }
                i += 1
            }
        }
        if start >= 0 { cells.append(start..<b.count) }
        return cells
    }
}
