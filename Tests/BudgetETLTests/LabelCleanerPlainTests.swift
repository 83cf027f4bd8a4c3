import XCTest
@testable import BudgetETL

/// A label with no white space and no zero-width character is cleaned from its bytes
/// (`LabelCleaner.plainBytes`); every text gives what the scalar loop gives, with and without
/// punctuation mapped.
final class LabelCleanerPlainTests: XCTestCase {
    /// Every character either path treats apart, its neighbours in UTF-8 (U+3001 beside U+3000,
    /// U+FF10 beside U+FF0C, U+2460 beside U+2060, U+00B7 beside U+00A0), and text around them.
    private static let pieces = [
        "社会保障", "支出", "（", "）", "：", "，", "（类）", "2019", "-1", "年", "家", "项", "a", "PPP", "(", ")", ":", ",",
        ".", ";", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{AD}", "\u{B7}", "\u{1680}", "\u{1100}",
        "\u{2000}", "\u{200A}", "\u{200B}", "\u{200D}", "\u{2014}", "\u{2026}", "\u{2028}", "\u{202F}", "\u{205F}",
        "\u{2060}", "\u{2460}", "\u{3000}", "、", "。", "\u{FEFF}", "\u{FF10}", "\u{FF08}", "\u{FF5E}", "\u{FFE5}", "𠀀",
        "é", "\u{1}",
    ]

    func testPlainBytesEqualTheScalarLoop() {
        var generator = SystemRandomNumberGenerator()
        var plain = 0
        for _ in 0..<30_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...8, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
            for map in [true, false] {
                XCTAssertEqual(LabelCleaner.normalizedBytes(text, mapPunctuation: map),
                               LabelCleaner.scalarBytes(text, mapPunctuation: map), "\(text.unicodeScalars.map(\.value))")
            }
            if text.utf8.withContiguousStorageIfAvailable({ LabelCleaner.plainBytes($0, mapPunctuation: true) }) != nil {
                plain += 1
            }
        }
        XCTAssertGreaterThan(plain, 3_000, "the byte path is taken")
    }

    func testWhichTextsTakeTheBytePath() {
        func plain(_ text: String, map: Bool = true) -> String? {
            text.utf8.withContiguousStorageIfAvailable { LabelCleaner.plainBytes($0, mapPunctuation: map) }!
                .map { String(decoding: $0, as: UTF8.self) }
        }
        XCTAssertEqual(plain("社会保障和就业支出（类）："), "社会保障和就业支出(类):")
        XCTAssertEqual(plain("社会保障和就业支出（类）", map: false), "社会保障和就业支出（类）")
        XCTAssertEqual(plain("一、“三公”经费…"), nil)   // E2: U+201C, U+2026 go the scalar way
        XCTAssertEqual(plain("工资福利 支出"), nil)
        XCTAssertEqual(plain("工资福利\u{3000}支出"), nil)
        XCTAssertEqual(plain("工资\u{FEFF}福利"), nil)
        XCTAssertEqual(plain("基本支出、项目支出"), "基本支出、项目支出")
        XCTAssertEqual(LabelCleaner.clean("下达2024 年"), "下达2024年")
    }
}
