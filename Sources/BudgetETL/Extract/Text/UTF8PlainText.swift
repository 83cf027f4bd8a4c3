import Foundation

extension UTF8Text {
    /// Text of scalars that are each a Character of their own, have no canonical decomposition
    /// and compose with nothing: printable ASCII and tab, CJK punctuation (U+3000–U+303F but the
    /// tone marks U+302A–U+302F), CJK ideographs (U+3400–U+4DBF, U+4E00–U+9FFF), general
    /// punctuation U+2010–U+2027 (dashes, quotes) and full-width forms U+FF01–U+FF9D. On such
    /// texts a byte search answers as Foundation's `contains` (canonical equivalence, whole
    /// Characters) does; documents are almost all such text.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            let byte = b[i]
            if byte < 0x80 {
                guard byte == 0x09 || (0x20...0x7E).contains(byte) else { return false }
                i += 1
                continue
            }
            let (value, length) = scalar(b, at: i)
            i += length
            guard isPlainScalar(value) else { return false }
        }
        return true
    }

    /// One scalar of plain text (`isPlain`).
    @inline(__always)
    static func isPlainScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xFF01...0xFF9D: return true
        default: return false
        }
    }

    /// `text.hasSuffix(suffix)` (Characters, canonical equivalence), over bytes for a plain suffix
    /// (`isPlain`): asked of lines and cells by rules that look at their last word. A plain scalar
    /// is its own Character, its own canonical form, and joins no neighbour but a Prepend scalar
    /// or a zero-width joiner before it (both from U+0600 on, none plain). So from the end, the
    /// text's scalars that equal the suffix's are its Characters; a plain scalar of the text that
    /// differs from the suffix's ends a Character unequal to it (false); all of the suffix met,
    /// the scalar before it (if any) ends a Character of its own when it is below U+0600 or plain
    /// (true). Anything else is left to `String.hasSuffix`.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let answer = withBytes(suffix) { s -> Bool? in
            guard s.count > 0, isPlain(s) else { return nil }
            return withBytes(text) { t -> Bool? in
                var ti = t.count, si = s.count
                while si > 0 {
                    guard ti > 0 else { return false }
                    var first = ti - 1
                    while t[first] & 0xC0 == 0x80 { first -= 1 }
                    let value = scalar(t, at: first).value
                    var suffixFirst = si - 1
                    while s[suffixFirst] & 0xC0 == 0x80 { suffixFirst -= 1 }
                    if value != scalar(s, at: suffixFirst).value { return isPlainScalar(value) ? false : nil }
                    ti = first
                    si = suffixFirst
                }
                guard ti > 0 else { return true }
                var before = ti - 1
                while t[before] & 0xC0 == 0x80 { before -= 1 }
                let value = scalar(t, at: before).value
                return value < 0x600 || isPlainScalar(value) ? true : nil
            }
        }
        return answer ?? text.hasSuffix(suffix)
    }

    /// `text.hasPrefix(prefix)` (Characters, canonical equivalence), over bytes for a plain prefix
    /// (`isPlain`): asked of lines and cells by rules that look at their first word. The text's
    /// scalars equal to the prefix's, one by one, are its Characters when the scalar after them
    /// starts a Character of its own (none, one below U+0300 where the combining marks begin, or
    /// a plain one); a plain scalar of the text that differs from the prefix's starts a Character
    /// unequal to it (false). Anything else is left to `String.hasPrefix`.
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let answer = withBytes(prefix) { p -> Bool? in
            guard p.count > 0, isPlain(p) else { return nil }
            return withBytes(text) { t -> Bool? in
                var i = 0
                while i < p.count {
                    guard i < t.count else { return false }
                    let (value, length) = scalar(t, at: i)
                    guard value == scalar(p, at: i).value else { return isPlainScalar(value) ? false : nil }
                    i += length
                }
                guard i < t.count else { return true }
                let next = scalar(t, at: i).value
                return next < 0x300 || isPlainScalar(next) ? true : nil
            }
        }
        return answer ?? text.hasPrefix(prefix)
    }

    /// Foundation's `haystack.contains(needle)` by a byte search when both texts are plain
    /// (`isPlain`) and the needle is not empty; nil otherwise, for the caller to ask Foundation.
    static func plainContains(_ haystack: String, _ needle: String) -> Bool? {
        guard !needle.isEmpty, withBytes(haystack, isPlain), withBytes(needle, isPlain) else { return nil }
        return contains(haystack, needle)
    }

    /// `a == b` (canonical equivalence) given whether each is plain (`isPlain`): two plain texts
    /// are their own canonical forms, so they are equal only when their bytes are.
    static func equals(_ a: String, plain aPlain: Bool, _ b: String, plain bPlain: Bool) -> Bool {
        guard aPlain && bPlain else { return a == b }
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(a) { x in withBytes(b) { y in x.elementsEqual(y) } }
    }

    static func isPlain(_ text: String) -> Bool { withBytes(text, isPlain) }

    /// Foundation's `text.contains(needle)`: a byte search on plain texts, Foundation's elsewhere.
    static func holds(_ text: String, _ needle: String) -> Bool {
        plainContains(text, needle) ?? text.contains(needle)
    }
}
