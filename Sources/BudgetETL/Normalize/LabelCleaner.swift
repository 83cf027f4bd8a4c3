/// Cleans row labels and header texts as published into a stable form.
///
/// 1. Zero-width characters (U+200B–U+200D, U+2060, U+FEFF, soft hyphen) are removed; every white space
///    (NBSP, ideographic space U+3000, tabs, line breaks …) becomes a plain space; runs collapse to one.
/// 2. A space between two wide characters (CJK ideographs, CJK punctuation, full-width forms) is removed:
///    it comes from a wrapped cell ("工资福利 支出" → "工资福利支出"); so is a space between a wide character
///    and ASCII ( ) : , . ; ("其中: 财政拨款" → "其中:财政拨款", the same as "其中：财政拨款") or a curly
///    quote ("“三公经费” 控制率" → "“三公经费”控制率"), or between a colon after a wide character and an
///    opening bracket ("资金来源: (1)" → "资金来源:(1)"); so is a space after a hyphen inside a Latin word
///    ("State- owned" → "State-owned": a line break in a hyphenated word).
///    A number between a wide character and its measure word loses the spaces around it ("下达 2024 年"
///    → "下达2024年", "对 140 家"): a PDF writer sets digits in another font inside Chinese text and
///    pdftotext puts a space at each font change. Other spaces stay ("PPP 项目", "其中: 2023年",
///    "2010101 一般公共服务", "中心 309 某某局": a code between two cells' texts). The number may
///    touch either side already ("一、2019-1 年" → "一、2019-1年"). Headers hold no codes: there every
///    space between a number and a wide character goes ("2017 比 2016 增减" → "2017比2016增减"), but for
///    a number that ends the header ("栏次 1"), so a column's name does not depend on the converter.
/// 3. Full-width punctuation becomes ASCII: （ → (, ） → ), ： → :, ， → ,.
/// 4. Ends are trimmed.
/// 5. Row labels only: whole-string doubling is undone ("工资福利支出工资福利支出" → "工资福利支出"),
///    for halves of at least two characters; a percent sign ending the label joins the wide
///    character or the closing bracket of a Chinese label before it ("增减 %" → "增减%": the sign
///    wrapped alone under its label's words).
/// Leading numbering such as "一、" or "(一)" is kept: it is part of the published label.
public enum LabelCleaner {
    /// Row label cleaning: steps 1–5.
    public static func clean(_ text: String) -> String {
        var bytes = normalizedBytes(text, mapPunctuation: true)
        undoDoubling(&bytes)
        joinEndingPercent(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Header component cleaning: steps 1–4 (no undoubling).
    public static func cleanHeader(_ text: String) -> String {
        var bytes = normalizedBytes(text, mapPunctuation: true)
        joinHeaderNumbers(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Steps 1, 2 and 4 only: white space normalized, punctuation as published.
    public static func normalizeWhitespace(_ text: String) -> String {
        String(decoding: normalizedBytes(text, mapPunctuation: false), as: UTF8.self)
    }

    /// Steps 1–4 as UTF-8 bytes (this runs for every row label and header text).
    static func normalizedBytes(_ text: String, mapPunctuation: Bool) -> [UInt8] {
        if let plain = text.utf8.withContiguousStorageIfAvailable({ plainBytes($0, mapPunctuation: mapPunctuation) }),
           var out = plain {
            joinEmbeddedNumbers(&out)
            return out
        }
        return scalarBytes(text, mapPunctuation: mapPunctuation)
    }

    /// Steps 1, 3 and 4 for a text holding no white space and no zero-width character, as most
    /// labels are: its bytes as they are, full-width punctuation mapped; nil for any other text.
    /// Such a text has no space to drop, join or trim, so the scalar loop would only copy it; this
    /// reads it byte by byte, where the loop decoded and encoded every scalar (about 2,000
    /// instructions a label). Every lead byte that can start one of those characters sends the
    /// text to the scalar loop: C2 (U+0085, U+00A0, U+00AD), E1 (U+1680), E2 (U+2000–U+2060),
    /// E3 80 80 (U+3000), EF BB BF (U+FEFF).
    static func plainBytes(_ utf8: UnsafeBufferPointer<UInt8>, mapPunctuation: Bool) -> [UInt8]? {
        // Looked at first without copying: most labels hold none of these bytes and are copied whole.
        var i = 0
        while i < utf8.count {
            switch utf8[i] {
            case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: return plainBytesMapped(utf8, mapPunctuation: mapPunctuation)
            default: i += 1
            }
        }
        return Array(utf8)
    }

    /// `plainBytes` for a text holding one of the lead bytes it looks for, byte by byte.
    private static func plainBytesMapped(_ utf8: UnsafeBufferPointer<UInt8>, mapPunctuation: Bool) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            switch byte {
            case 0x09...0x0D, 0x20, 0xC2, 0xE1, 0xE2:
                return nil
            case 0xE3 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && utf8[i + 2] == 0x80:
                return nil
            case 0xEF where i + 2 < utf8.count:
                if utf8[i + 1] == 0xBB && utf8[i + 2] == 0xBF { return nil }
                if mapPunctuation, utf8[i + 1] == 0xBC, let ascii = fullWidthASCII(utf8[i + 2]) {
                    out.append(ascii)
                    i += 3
                    continue
                }
            default:
                break
            }
            out.append(byte)
            i += 1
        }
        return out
    }

    /// The ASCII form of the full-width punctuation EF BC `last` (U+FF08, U+FF09, U+FF0C, U+FF1A),
    /// as `asciiPunctuation` maps it.
    @inline(__always)
    private static func fullWidthASCII(_ last: UInt8) -> UInt8? {
        switch last {
        case 0x88: return UInt8(ascii: "(")
        case 0x89: return UInt8(ascii: ")")
        case 0x9A: return UInt8(ascii: ":")
        case 0x8C: return UInt8(ascii: ",")
        default: return nil
        }
    }

    /// Steps 1–4 as UTF-8 bytes, scalar by scalar: the scalars are encoded as they are kept, with
    /// no array of scalars in between.
    static func scalarBytes(_ text: String, mapPunctuation: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var last: Unicode.Scalar? = nil   // last kept character as written (before punctuation mapping)
        var beforeLast: Unicode.Scalar? = nil
        for s in text.unicodeScalars {
            if isZeroWidth(s) { continue }
            if isWhiteSpace(s) {
                pendingSpace = last != nil
                continue
            }
            if pendingSpace {
                pendingSpace = false
                if let last, !joins(last, s), !breaksHyphenatedWord(beforeLast, last, s),
                   !opensAfterChineseColon(beforeLast, last, s) { out.append(0x20) }
            }
            let kept = mapPunctuation ? asciiPunctuation(s) : s
            if kept.isASCII { out.append(UInt8(kept.value)) } else { UTF8.encode(kept) { out.append($0) } }
            beforeLast = last
            last = s
        }
        joinEmbeddedNumbers(&out)
        return out
    }

    /// "增减 %" → "增减%" (step 5): a space between a wide character, or the bracket closing a Chinese
    /// label ("药占比(不含中药饮片) %"), and the label's last byte, a "%".
    static func joinEndingPercent(_ bytes: inout [UInt8]) {
        let n = bytes.count
        guard n >= 3, bytes[n - 1] == 0x25, bytes[n - 2] == 0x20,
              scalar(endingAt: n - 3, in: bytes).map(isWide) ?? (bytes[n - 3] == 0x29 && bytes.contains { $0 >= 0xE3 })
        else { return }
        bytes.remove(at: n - 2)
    }

    /// A space after a hyphen between Latin letters (`State- owned`): a wrapped cell's line break
    /// inside a hyphenated word, the word going on in lower case.
    @inline(__always)
    static func breaksHyphenatedWord(_ beforeHyphen: Unicode.Scalar?, _ hyphen: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        guard hyphen == "-", let beforeHyphen, beforeHyphen.isASCII, beforeHyphen.properties.isAlphabetic else { return false }
        return ("a"..."z").contains(next)
    }

    /// Drops the spaces of "wide ␣ number ␣ measure word", either space or both (step 2). A number is digits,
    /// with hyphens between them ("2019-1"). Bytes, not scalars: a number and its spaces are ASCII, and the
    /// wide characters either side are read from their UTF-8 bytes.
    static func joinEmbeddedNumbers(_ bytes: inout [UInt8]) {
        var i = 1
        while i + 1 < bytes.count {
            guard isDigit(bytes[i]), !isDigit(bytes[i - 1]), bytes[i - 1] != 0x2D else { i += 1; continue }
            var j = i
            while j < bytes.count, isDigit(bytes[j]) || (bytes[j] == 0x2D && j + 1 < bytes.count && isDigit(bytes[j + 1])) { j += 1 }
            let spaceBefore = bytes[i - 1] == 0x20, spaceAfter = j < bytes.count && bytes[j] == 0x20
            let beforeEnd = spaceBefore ? i - 2 : i - 1, afterStart = spaceAfter ? j + 1 : j
            if spaceBefore || spaceAfter, beforeEnd >= 0, afterStart < bytes.count,
               let before = scalar(endingAt: beforeEnd, in: bytes), isWide(before),
               let after = scalar(startingAt: afterStart, in: bytes), measureWords.contains(after) {
                if spaceAfter { bytes.remove(at: j) }
                if spaceBefore { bytes.remove(at: i - 1); j -= 1 }
            }
            i = j + 1
        }
    }

    /// Headers hold no codes: a number in a header is a word of its name ("2016 年度", "2017 比 2016
    /// 增减"), so the spaces between it and wide characters go, unless it ends the header: "栏次 1", a
    /// column's printed number, is the name the extractor and the 公开 templates give a column.
    static func joinHeaderNumbers(_ bytes: inout [UInt8]) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for i in bytes.indices {
            guard bytes[i] == 0x20, i > 0, i + 1 < bytes.count else { out.append(bytes[i]); continue }
            if isDigit(bytes[i - 1]), let after = scalar(startingAt: i + 1, in: bytes), isWide(after) { continue }
            if isDigit(bytes[i + 1]), let before = scalar(endingAt: i - 1, in: bytes), isWide(before),
               bytes[(i + 1)...].contains(where: { !isDigit($0) }) { continue }
            out.append(bytes[i])
        }
        bytes = out
    }

    /// Words that follow a number in running Chinese text: dates, counts, ordinals, money.
    static let measureWords = Set("年月日号季度期次个家人项万元亿千百届批类条所台辆件张份名位户天周岁倍".unicodeScalars)

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The scalar whose UTF-8 bytes start at `start`, for 3- and 4-byte sequences (every wide character).
    static func scalar(startingAt start: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        let lead = bytes[start]
        guard lead >= 0xE0, start + (lead >= 0xF0 ? 4 : 3) <= bytes.count else { return nil }
        return Unicode.Scalar(bytes.withUnsafeBufferPointer { UTF8Text.scalar($0, at: start).value })
    }

    /// The scalar whose UTF-8 bytes end at `end`.
    static func scalar(endingAt end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end
        while start > 0, end - start < 3, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let s = scalar(startingAt: start, in: bytes), s.utf8.count == end - start + 1 else { return nil }
        return s
    }

    /// Whole-string doubling undone on the UTF-8 bytes: halves of equal bytes are halves of equal
    /// scalars (the second half starts where the first did, at a scalar's first byte), so this is
    /// the scalar rule: halves of at least two characters.
    static func undoDoubling(_ bytes: inout [UInt8]) {
        let n = bytes.count
        guard n >= 4, n % 2 == 0 else { return }
        let half = n / 2
        for i in 0..<half where bytes[i] != bytes[half + i] { return }
        var scalars = 0
        for i in 0..<half where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        guard scalars >= 2 else { return }
        bytes.removeLast(half)
    }

    /// Whether a space between `a` and `b` is dropped: both wide, or one wide and the other ASCII
    /// punctuation that sits against CJK text ("其中: 财政拨款", "(一) 工资", "1. 基本工资").
    @inline(__always)
    static func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        let wa = isWide(a), wb = isWide(b)
        if wa && wb { return true }
        if wa { return isJoiningPunctuation(b) || isCurlyQuote(b) }
        if wb { return isJoiningPunctuation(a) || isCurlyQuote(a) }
        return false
    }

    /// A colon after a wide character is a Chinese colon (`：` printed or mapped as `:`); a space
    /// between it and an opening bracket is a wrapped cell's line break (`1、资金来源:` / `(1)…`):
    /// Chinese text sets none there.
    @inline(__always)
    static func opensAfterChineseColon(_ beforeColon: Unicode.Scalar?, _ colon: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool {
        colon == ":" && next == "(" && beforeColon.map(isWide) == true
    }

    /// Curly quotes (U+2018–U+201D) set in Chinese text print full width: a space between one and a
    /// wide character is a wrapped cell's line break (`“三公经费”` / `控制率`), as between two wide ones.
    @inline(__always)
    static func isCurlyQuote(_ s: Unicode.Scalar) -> Bool { (0x2018...0x201D).contains(s.value) }

    @inline(__always)
    static func isJoiningPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", ")", ":", ",", ".", ";": return true
        default: return false
        }
    }

    /// Unicode's White_Space property, by value (asking the property tables costs more than the rest).
    @inline(__always)
    static func isWhiteSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    @inline(__always)
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: return true
        default: return false
        }
    }

    /// CJK ideographs, CJK symbols and punctuation, full-width forms.
    @inline(__always)
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
             0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func asciiPunctuation(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1A: return ":"
        case 0xFF0C: return ","
        default: return s
        }
    }
}
