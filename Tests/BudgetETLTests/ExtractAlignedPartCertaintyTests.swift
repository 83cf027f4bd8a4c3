import XCTest
@testable import BudgetETL

/// `AlignedPartCertainty`: a stacked form's part is read under its own header line only where
/// every value stands between its column's neighbours' header words.
final class ExtractAlignedPartCertaintyTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "self_evaluation", titlePatterns: ["部门整体自评表"]),
    ]))

    private func extract(_ lines: [String]) -> ExtractedDocument {
        extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
    }

    /// "label → column=value" per row with values.
    private func rows(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap { section in
            section.rows.filter { !$0.cells.isEmpty }.map { row in
                "\(row.label) → " + row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.joined(separator: " ")
            }
        }
    }

    /// Both parts' values stand under their own header words, right-aligned amounts and a
    /// left-aligned text cell (`95%` at its column's left) alike: each part keeps its own columns.
    func testPartsWhoseValuesStandUnderTheirWordsAreReadUnderTheirOwnHeaders() {
        let doc = extract([
            "                      部门整体自评表",
            "单位：万元",
            "        项目       年初预算数     全年预算数     全年执行数",
            "预算总额            300.00    280.00    270.00",
            "资金来源            120.00     80.00     70.00",
            "绩效指标",
            "        项目       实际完成值      分值      得分",
            "任务完成率         95%               10      9.50",
            "满意度             98%               20     19.60",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), [])
        XCTAssertEqual(rows(doc), [
            "预算总额 → 年初预算数=300.00 全年预算数=280.00 全年执行数=270.00",
            "资金来源 → 年初预算数=120.00 全年预算数=80.00 全年执行数=70.00",
            "任务完成率 → 实际完成值=95% 分值=10 得分=9.50",
            "满意度 → 实际完成值=98% 分值=20 得分=19.60",
        ])
    }

    /// A part whose header words pdftotext squeezed together (分值 得分 偏差度 two spaces apart):
    /// a value that reaches under the next column's word shows the part's positions mislead, so
    /// every value of that part is rejected, its rows that look fine too; the other part is kept.
    func testAValueReachingUnderTheNextWordRejectsItsWholePart() {
        let doc = extract([
            "                      部门整体自评表",
            "单位：万元",
            "        项目       年初预算数     全年预算数     全年执行数",
            "预算总额            300.00    280.00    270.00",
            "绩效指标",
            "        项目       实际完成值  分值  得分  偏差度",
            "任务完成率" + String(repeating: " ", count: 12) + "95%   10  9.50  -5.00%",
            "满意度" + String(repeating: " ", count: 14) + "98%   20    19.60  -2.00%",
        ])
        XCTAssertEqual(rows(doc), ["预算总额 → 年初预算数=300.00 全年预算数=280.00 全年执行数=270.00"])
        XCTAssertEqual(doc.rejects.map(\.text).sorted(), ["-2.00%", "-5.00%", "10", "19.60", "20", "9.50", "95%", "98%"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerRepeated.description])
    }

    /// A row with fewer values than the part has columns, which the reader places by order (a
    /// run of values after a long label, shifted right by pdftotext): each value touches one
    /// column's own word (an amount starting where its centred word ends), so the row takes
    /// those columns, not the order's.
    func testARowPlacedByOrderTakesTheColumnsWhoseWordsItsValuesTouch() {
        let doc = extract([
            "                      部门整体自评表",
            "单位：万元",
            "        项目       年初预算数     全年预算数     全年执行数",
            "预算总额            300.00    280.00    270.00",
            "绩效指标",
            "               项目       实际完成值      分值       得分      偏差度       年度指标值",
            "考核甲指标指标指标指标指标               100%        2      2      0.00%      100%",
            "考核乙指标指标                     100%        2      2      0.00%      100%",
            "考核丙指标指标                     100%        2      2      0.00%      100%",
            "考核丁指标指标指标                   100%        2      2      0.00%      100%",
            "考核戊指标指标                     100%        2      2      0.00%      100%",
            "考核己指标指标指标指标指标指标指标           100%    10        10      0.00%",
            "考核庚指标指标指标指标指标指               98%    15        15      0.00%",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), [])
        XCTAssertEqual(Array(rows(doc).suffix(3)), [
            "考核戊指标指标 → 实际完成值=100% 分值=2 得分=2 偏差度=0.00% 年度指标值=100%",
            "考核己指标指标指标指标指标指标指标 → 实际完成值=100% 分值=10 得分=10 偏差度=0.00%",
            "考核庚指标指标指标指标指标指 → 实际完成值=98% 分值=15 得分=15 偏差度=0.00%",
        ])
    }
    /// A guessed short row whose value ends right where the next column's word begins (预算数 at
    /// 14-17, 执行数 at 23-26, `12.50` at 18-23) overlaps neither word: it must not be taken as
    /// certain under 执行数 (a value merely meeting a word's start is not under it).
    func testAValueEndingWhereAWordBeginsIsNotTakenUnderThatWord() {
        let doc = extract([
            "                      部门整体自评表",
            "单位：万元",
            "        项目       年初预算数     全年预算数     全年执行数",
            "预算总额            300.00    280.00    270.00",
            "绩效指标",
            "  项目          预算数      执行数",
            "人员经费       100.00    90.00",
            "办公经费        80.00    70.00",
            "公用经费" + String(repeating: " ", count: 14) + "12.50",
        ])
        XCTAssertFalse(rows(doc).contains("公用经费 → 执行数=12.50"), "\(rows(doc))")
        XCTAssertTrue(rows(doc).contains("人员经费 → 预算数=100.00 执行数=90.00"), "\(rows(doc))")
        XCTAssertEqual(doc.rejects.map(\.text), ["12.50"])
    }

    /// A later part's header opens with the word that heads the table's header (项目) over a word
    /// that names no measure (a target such as ≥80% printed in the header cell): the header
    /// printed again over another part, whose values stand under it and not under the first
    /// part's columns.
    func testThePartsHeadingWordAgainOverOtherWordsStartsAnotherPart() {
        let header = ["        项目       主要内容"].enumerated().map { n, text in
            TableLines.Line(number: n + 3, tokens: Tokenizer.alignedTokens(text, number: n + 3), compact: text)
        }
        let body = ["预算总额            300.00", "执行率", "        项目       ≥80%", "任务完成率         100%"].enumerated().map { n, text in
            TableLines.Line(number: n + 4, tokens: Tokenizer.alignedTokens(text, number: n + 4), compact: text)
        }
        XCTAssertTrue(AlignedGridReader.startsAnotherPart(header, body: body))
        // The header's own words again (a page's repeated header), or a row named 项目 with an amount: no other part.
        XCTAssertFalse(AlignedGridReader.startsAnotherPart(header, body: [body[0], TableLines.Line(
            number: 9, tokens: Tokenizer.alignedTokens("        项目       主要内容", number: 9), compact: "")]))
        XCTAssertFalse(AlignedGridReader.startsAnotherPart(header, body: [body[0], TableLines.Line(
            number: 9, tokens: Tokenizer.alignedTokens("        项目       80.00", number: 9), compact: "")]))
        let doc = extract([
            "                      部门整体自评表",
            "单位：万元",
            "        项目       主要内容",
            "预算总额            300.00",
            "资金来源            120.00",
            "执行率",
            "        项目       ≥80%",
            "任务完成率         100%",
        ])
        XCTAssertFalse(rows(doc).contains { $0.hasPrefix("任务完成率") && $0.contains("主要内容") }, rows(doc).joined(separator: "\n"))
    }
}
