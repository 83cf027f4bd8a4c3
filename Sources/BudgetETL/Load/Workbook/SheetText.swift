/// Text as SpreadsheetML holds it: XML-escaped, cut to what a cell can hold, and measured for
/// column widths. Works on UTF-8 bytes, as the fields come.
enum SheetText {
    typealias Bytes = ArraySlice<UInt8>

    /// Excel's limit on the characters (UTF-16 units) of one cell.
    static let cellCharacterLimit = 32_767

    /// Appends `text` escaped for an XML text node or attribute value. Characters XML 1.0 cannot
    /// hold (controls other than tab and line feed) become `_xHHHH_`, Excel's own escape for them;
    /// CR becomes `&#13;` so that XML's line-end normalization does not turn it into LF.
    static func appendEscaped(_ text: Bytes, to bytes: inout [UInt8]) {
        // Most text needs no escape: one copy.
        if !text.contains(where: needsEscape) {
            bytes += text
            return
        }
        for byte in text {
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

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 32 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }

    static func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendEscaped(Array(text.utf8)[...], to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The text cut to `cellCharacterLimit` UTF-16 units (at a character boundary). Longer text
    /// would make Excel refuse the whole workbook.
    static func fittingACell(_ text: String) -> String {
        // A UTF-16 unit takes at least one UTF-8 byte, and the UTF-8 count costs nothing.
        guard text.utf8.count > cellCharacterLimit, text.utf16.count > cellCharacterLimit else { return text }
        return prefix(text, utf16Units: cellCharacterLimit)
    }

    /// The longest prefix of whole characters within `units` UTF-16 units (Excel counts in them).
    static func prefix(_ text: String, utf16Units units: Int) -> String {
        var count = 0
        var result = ""
        for character in text {
            count += character.utf16.count
            if count > units { break }
            result.append(character)
        }
        return result
    }

    /// Columns the text takes in a spreadsheet: East Asian wide characters (汉字, full-width
    /// punctuation, kana, hangul) count 2, others 1.
    static func displayWidth(_ text: Bytes) -> Int {
        var width = 0
        var index = text.startIndex
        while index < text.endIndex {
            let lead = text[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in text[(index + 1)..<min(index + length, text.endIndex)] {
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            width += isWide(scalar) ? 2 : 1
            index += length
        }
        return width
    }

    static func displayWidth(_ text: String) -> Int { displayWidth(Array(text.utf8)[...]) }

    private static func isWide(_ v: UInt32) -> Bool {
        v >= 0x1100 && ((0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v))
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
