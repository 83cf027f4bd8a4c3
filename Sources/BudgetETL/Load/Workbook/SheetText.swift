/// Text as SpreadsheetML holds it: XML-escaped, cut to what a cell can hold, and measured for
/// column widths.
enum SheetText {
    /// Excel's limit on the characters (UTF-16 units) of one cell.
    static let cellCharacterLimit = 32_767

    /// Appends `text` escaped for an XML text node or attribute value. Characters XML 1.0 cannot
    /// hold (controls other than tab and line feed) become `_xHHHH_`, Excel's own escape for them;
    /// CR becomes `&#13;` so that XML's line-end normalization does not turn it into LF.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
            case 13: bytes += Array("&#13;".utf8)
            case 9, 10: bytes.append(byte)
            case 0..<32: bytes += Array("_x00\(hexDigits(byte))_".utf8)
            default: bytes.append(byte)
            }
        }
    }

    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text cut to `cellCharacterLimit` UTF-16 units (at a character boundary). Longer text
    /// would make Excel refuse the whole workbook.
    static func fittingACell(_ text: String) -> String {
        guard text.utf16.count > cellCharacterLimit else { return text }
        var units = 0
        var end = text.startIndex
        for index in text.indices {
            let next = units + text[index].utf16.count
            if next > cellCharacterLimit { break }
            units = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// Columns the text takes in a spreadsheet: East Asian wide characters (汉字, full-width
    /// punctuation, kana, hangul) count 2, others 1.
    static func displayWidth(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + (isWide($1.value) ? 2 : 1) }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
