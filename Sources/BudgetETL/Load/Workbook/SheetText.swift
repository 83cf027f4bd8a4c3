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
        if !needsAnyEscape(text) {
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

    /// Whether any byte needs an escape, over the bytes' memory: every such byte is below "?"
    /// (0x3F), so the bytes of Chinese text (0x80 and up) are passed by one comparison each.
    /// (`contains(where:)` on the slice went through its index and a bounds check per byte.)
    static func needsAnyEscape(_ text: Bytes) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            for byte in buffer where byte < UInt8(ascii: "?") && needsEscape(byte) { return true }
            return false
        }
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
    /// Read over the bytes' memory, ASCII by one test each (a slice's index and a sub-slice per
    /// character cost about 560 instructions a cell text; every text new to its column is measured).
    static func displayWidth(_ text: Bytes) -> Int {
        text.withUnsafeBufferPointer { buffer in
            var width = 0
            var index = 0
            while index < buffer.count {
                let lead = buffer[index]
                if lead < 0x80 {
                    width += 1
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                var next = index + 1
                let end = min(index + length, buffer.count)
                while next < end {
                    scalar = scalar << 6 | UInt32(buffer[next] & 0x3F)
                    next += 1
                }
                width += isWide(scalar) ? 2 : 1
                index += length
            }
            return width
        }
    }

    static func displayWidth(_ text: String) -> Int { displayWidth(Array(text.utf8)[...]) }

    private static func isWide(_ v: UInt32) -> Bool {
        // CJK ideographs and punctuation, nearly every wide character met, asked first.
        if v >= 0x2E80 && v <= 0xA4CF { return true }
        return v >= 0x1100 && ((0x1100...0x115F).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v))
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
