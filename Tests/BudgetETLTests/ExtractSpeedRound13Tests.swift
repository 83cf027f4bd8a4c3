import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 13 (docs/performance.md): a last word compared over bytes, a title's words
/// told by their scalars. Each answer is compared with the code's before, kept here as reference.
final class ExtractSpeedRound13Tests: XCTestCase {
    /// Pieces that join or are canonically equal to their neighbours: a combining acute, a Prepend
    /// scalar (U+0600), a zero-width joiner before 〰 (pictographic), 林's and 年's compatibility
    /// ideographs (U+F9F4, U+F98E), the Greek question mark (canonically ";"), a scalar outside
    /// the BMP, CR LF.
    private let pieces = ["如", "下", ":", "：", "如下:", "如下：", "说明", "级指标", ")", "）", "。", "；", ";", "年", "度", "2023",
                          "一", "三", "、", ",", "，", " ", "\t", "表", "部门", "\u{301}", "\u{600}", "\u{200D}", "〰", "\u{F9F4}",
                          "\u{F98E}", "\u{37E}", "😀", "\r\n", "e\u{301}", "é", "A", "收支预算总表", "Ⅻ", "①", "%", "％", "合计", "率"]

    private func text(_ random: inout SplitMix64, _ most: Int) -> String {
        (0..<Int.random(in: 0...most, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    func testHasSuffixAsCharacters() {
        var random = SplitMix64(seed: 13)
        let suffixes = ["如下:", "如下：", ":", "：", ")", "）", "。", "；", ";", "说明", "级指标", "〰", "年", "下", "%", "％", "合计", "总额", "率"]
        var hits = 0
        for _ in 0..<20_000 {
            let line = text(&random, 6), suffix = suffixes.randomElement(using: &random)!
            let expected = line.hasSuffix(suffix)
            XCTAssertEqual(UTF8Text.hasSuffix(line, suffix), expected, "\(Array(line.unicodeScalars)) \(suffix)")
            if expected { hits += 1 }
        }
        XCTAssertGreaterThan(hits, 300)
        // The cases the bytes cannot tell alone, each answered as Characters answer.
        XCTAssertTrue(UTF8Text.hasSuffix("分类说明如下:", "如下:"))
        XCTAssertFalse(UTF8Text.hasSuffix("分类说明如下:\u{301}", "如下:"))
        XCTAssertFalse(UTF8Text.hasSuffix("说明\u{600}如下:", "如下:"))
        XCTAssertTrue(UTF8Text.hasSuffix("2023\u{F98E}", "年"))
        XCTAssertTrue(UTF8Text.hasSuffix("行\u{37E}", ";"))
        XCTAssertFalse(UTF8Text.hasSuffix("😀\u{200D}〰", "〰"))
        XCTAssertFalse(UTF8Text.hasSuffix("下:", "如下:"))
        XCTAssertTrue(UTF8Text.hasSuffix("abc", ""))
    }

    /// `TableLines.repeatsTitle`'s words before: Characters filtered.
    private func referenceRepeatsTitle(_ line: TableLines.Line, _ title: String) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count == 1 else { return false }
        func words(_ text: String) -> String { String(TextRepair.compact(text).filter { !$0.isNumber && !"年度、,，".contains($0) }) }
        let own = words(filled[0].text)
        return own.count >= Thresholds.repeatedTitleCharacters && own == words(title)
    }

    func testRepeatedTitleAsCharacters() {
        var random = SplitMix64(seed: 31)
        var repeats = 0
        for _ in 0..<6_000 {
            let title = text(&random, 6)
            // The title again with other numbers and year words, or another text.
            let variant = Bool.random(using: &random)
                ? title.replacingOccurrences(of: "2023", with: "2024").replacingOccurrences(of: "年", with: "年度") : text(&random, 6)
            for candidate in [title, variant] {
                let line = TableLines.prepare(candidate, number: 1, tab: true, mangled: false)
                let expected = referenceRepeatsTitle(line, title)
                XCTAssertEqual(TableLines.repeatsTitle(line, title), expected, "\(Array(candidate.unicodeScalars))")
                if expected { repeats += 1 }
            }
        }
        XCTAssertGreaterThan(repeats, 300)
        let caption = TableLines.prepare("2023年收支预算总表", number: 1, tab: true, mangled: false)
        XCTAssertTrue(TableLines.repeatsTitle(caption, "2024年度收支预算总表"))
        XCTAssertFalse(TableLines.repeatsTitle(caption, "2024年度收支预算表"))
    }
}
