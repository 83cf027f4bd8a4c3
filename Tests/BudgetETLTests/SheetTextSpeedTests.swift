import XCTest
@testable import BudgetETL

/// The workbook's cell text measured and escaped over the bytes' memory gives what the code it
/// replaced gave (kept here), on texts of every kind of byte: Chinese, full-width, ASCII, the
/// characters XML escapes, controls, four-byte scalars, broken UTF-8, and slices that do not
/// start at 0.
final class SheetTextSpeedTests: XCTestCase {
    private static let pieces: [[UInt8]] = [
        "社会保险", "（1）", "ab", " ", "&", "<", ">", "\"", "\t", "\n", "\r", "\u{1}", "\u{1F}", "?", "=",
        "ᄀ", "ﾀ", "￥", "𠀀", "é", "한", "ｶ", "。", "、",
    ].map { Array($0.utf8) } + [[0xE4, 0xB8], [0xFF], [0x80, 0x80], [0xF0, 0xA0]]

    func testWidthAndEscapesEqualTheReplacedCode() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Self.pieces.randomElement(using: &generator)!
            }
            let start = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
            let text = bytes[start...]
            XCTAssertEqual(SheetText.displayWidth(text), Self.replacedDisplayWidth(text), "\(bytes) from \(start)")
            XCTAssertEqual(SheetText.needsAnyEscape(text), text.contains(where: Self.replacedNeedsEscape),
                           "\(bytes) from \(start)")
        }
    }

    func testWidthOfKnownTexts() {
        XCTAssertEqual(SheetText.displayWidth(Array("社会保险".utf8)[...]), 8)
        XCTAssertEqual(SheetText.displayWidth(Array("ab（1）𠀀é".utf8)[...]), 2 + 2 + 1 + 2 + 2 + 1)
        XCTAssertEqual(SheetText.displayWidth([0xE4, 0xB8][...]), 1)   // cut short: one character
        XCTAssertEqual(SheetText.displayWidth([]), 0)
    }

    func testEscapeFindsEachCharacterItMustEscape() {
        for text in ["a&b", "<", "x>", "\"", "\r", "\u{1}", "社\u{1F}", "\t\n"] {   // tab and LF: kept, byte by byte
            XCTAssertTrue(SheetText.needsAnyEscape(Array(text.utf8)[...]), text)
        }
        for text in ["社会保险", "a?b=c", "（1）", "=", ""] {
            XCTAssertFalse(SheetText.needsAnyEscape(Array(text.utf8)[...]), text)
        }
    }

    private static func replacedDisplayWidth(_ text: ArraySlice<UInt8>) -> Int {
        var width = 0
        var index = text.startIndex
        while index < text.endIndex {
            let lead = text[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var scalar = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for next in text[(index + 1)..<min(index + length, text.endIndex)] {
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            width += replacedIsWide(scalar) ? 2 : 1
            index += length
        }
        return width
    }

    private static func replacedIsWide(_ v: UInt32) -> Bool {
        v >= 0x1100 && ((0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v))
    }

    private static func replacedNeedsEscape(_ byte: UInt8) -> Bool {
        byte < 32 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
    }
}
