import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 15 (docs/performance.md): a broken tab table's cells cut over bytes, a money
/// header's rate words asked by bytes. Each answer is compared with the code's before.
final class ExtractSpeedRound15Tests: XCTestCase {
    /// The cells of a line before: a split by Character, each piece trimmed.
    private func referenceCells(_ text: String) -> [String] {
        text.split(separator: "\t", omittingEmptySubsequences: false).map { UTF8Text.trimmingWhitespace(String($0)) }
    }

    /// Pieces that meet a tab in every way: combining marks after a tab, CR LF, ideographic and
    /// no-break spaces, compatibility ideographs, a scalar outside the BMP, empty cells.
    private let pieces = ["\t", "\t", "\t\t", " ", "\u{3000}", "\u{A0}", "项目", "合计", "12.50", "-", "\u{301}", "e\u{301}",
                          "\r\n", "\u{F90A}", "林", "😀", "(万元)", "％", "\u{200D}", "a"]

    func testCellTextsAsBefore() {
        var random = SplitMix64(seed: 15)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertEqual(BrokenTabRows.cellTexts(text), referenceCells(text), text.debugDescription)
        }
        XCTAssertEqual(BrokenTabRows.cellTexts(""), [""])
        XCTAssertEqual(BrokenTabRows.cellTexts("\t"), ["", ""])
        XCTAssertEqual(BrokenTabRows.cellTexts(" 科目 \t\u{3000}12.00\t"), ["科目", "12.00", ""])
    }

    /// A broken row still joins from its pieces (the table's whole rows cut once).
    func testBrokenRowJoined() {
        let texts = ["科目编码\t科目名称\t金额\t", "201\t一般公共\t12.00\t", "202\t外交", "支出\t3.00\t", "203\t国防\t4.00\t"]
        let joined = BrokenTabRows.joined(texts, breaks: texts.map { _ in false })
        XCTAssertEqual(joined[2]?.text, "202\t外交支出\t3.00\t")
        XCTAssertEqual(joined[2]?.last, 3)
        XCTAssertEqual(joined.count, 1)
    }

    /// A leaf's rate words before: its Characters.
    private func referenceNamesRate(_ leaf: String) -> Bool { leaf.contains(where: { "%％率比幅".contains($0) }) }

    func testRateWordsAsBefore() {
        var random = SplitMix64(seed: 151)
        let words = ["金额", "增长", "率", "比", "幅", "%", "％", "\u{F961}", "\u{F9A2}", "e\u{301}", "(万元)", "执行", " ", "😀"]
        for _ in 0..<10_000 {
            let leaf = (0..<Int.random(in: 0...5, using: &random)).map { _ in words.randomElement(using: &random)! }.joined()
            XCTAssertEqual(RateUnderMoneyHeader.namesRate(leaf), referenceNamesRate(leaf), leaf.debugDescription)
        }
        XCTAssertTrue(RateUnderMoneyHeader.namesMoneyNotRate(HeaderPath(["项目金额(万元)", "政府预算资金"])))
        XCTAssertTrue(RateUnderMoneyHeader.namesMoneyNotRate(HeaderPath(["比上年增减", "增、减金额"])))
        XCTAssertFalse(RateUnderMoneyHeader.namesMoneyNotRate(HeaderPath(["金额（万元）", "增长%"])))
        XCTAssertFalse(RateUnderMoneyHeader.namesMoneyNotRate(HeaderPath(["项目", "执行数"])))
    }

    /// A page edge's key before: over the line's scalars and Foundation's `contains`.
    private func referenceKey(_ line: String) -> String? {
        guard line.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }),
              !UTF8Text.holds(line, "表"), !UTF8Text.holds(line, "单位") else { return nil }
        var key = "", inDigits = false
        for scalar in line.unicodeScalars where !scalar.properties.isWhitespace {
            let digit = scalar.value >= 0x30 && scalar.value <= 0x39
            if digit { if !inDigits { key.append("#") } } else { key.unicodeScalars.append(scalar) }
            inDigits = digit
        }
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }), !key.contains("#.#") else { return nil }
        return key
    }

    func testPageEdgeKeysAsBefore() {
        var random = SplitMix64(seed: 1515)
        let pieces = ["第", "页", "12", "3", ".", ",", " ", "\t", "\u{3000}", "#", "2023年", "决算", "表", "单位", "-", "—", "Page",
                      "a", "\u{301}", "\u{A0}", "Ⅳ", "々", "〇", "\u{FF11}", "\u{FF21}", "｜", "\u{2028}"]
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertEqual(PageEdges.key(line), referenceKey(line), line.debugDescription)
        }
        XCTAssertEqual(PageEdges.key("第 12 页"), "第#页")
        XCTAssertNil(PageEdges.key("合计 12.50"))
    }

    /// Every plain scalar's `isAlphabetic` as Unicode's properties give it.
    func testPlainAlphabeticAsUnicode() {
        for value in UInt32(0)...0xFFFF {
            guard UTF8Text.isPlainScalar(value), let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(PageEdges.isAlphabetic(plain: value), scalar.properties.isAlphabetic, String(value, radix: 16))
        }
    }
}
