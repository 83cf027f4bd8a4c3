import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 9 (docs/performance.md): work done once instead of several times, and exact
/// guards before ICU and Foundation. Each answer is the slower code's, which the tests keep as
/// their reference.
final class ExtractSpeedRound9Tests: XCTestCase {
    // MARK: - Column roles worked out once

    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: true, mangled: false)
    }

    private let header = ["科目编码\t科目名称\t\t合计\t基本支出", "\t\t\t\t人员经费\t公用经费"]
    private let body = ["201\t一般公共服务支出\t\t120.00\t100.00\t20.00", "20101\t人大事务\t\t60.00\t50.00\t10.00",
                        "(1)\t其中：会议费\t\t5.00\t\t5.00"]

    func testGridWithKnownRolesIsTheGridThatWorksThemOut() {
        let texts = header.enumerated().map { line($1, $0 + 1).tokens.map(\.text) }
        let cells = body.enumerated().map { line($1, $0 + 3).tokens }
        let roles = ColumnGrid.roles(header: texts, body: cells)
        XCTAssertEqual(roles, [.code, .label, .label, .value, .value, .value])
        let worked = ColumnGrid(header: texts, body: cells, columnNumbers: [])
        let given = ColumnGrid(header: texts, body: cells, columnNumbers: [], roles: roles)
        XCTAssertEqual(given.sections.map(\.codeColumns), worked.sections.map(\.codeColumns))
        XCTAssertEqual(given.sections.map(\.labelColumns), worked.sections.map(\.labelColumns))
        XCTAssertEqual(given.sections.map(\.valueColumns), worked.sections.map(\.valueColumns))
        XCTAssertEqual(given.sections.map(\.paths), worked.sections.map(\.paths))
        XCTAssertEqual(worked.sections.map(\.valueColumns), [[3, 4, 5]])
    }

    func testJoinedHeaderWithKnownRolesIsTheOneThatWorksThemOut() {
        let wrapped = [line("项目\t\t因公出\t公务用车", 1), line("\t\t国（境）费\t运行费", 2)]
        let rows = [line("一般公共预算\t\t1.00\t2.00", 3), line("合计\t\t1.00\t2.00", 4)]
        let roles = ColumnGrid.roles(header: wrapped.map { $0.tokens.map(\.text) }, body: rows.map(\.tokens))
        let texts = { (lines: [TableLines.Line]) in lines.map { $0.tokens.map(\.text) } }
        XCTAssertEqual(texts(WrappedGridCells.joinedHeader(wrapped, body: rows, roles: roles)),
                       texts(WrappedGridCells.joinedHeader(wrapped, body: rows)))
        XCTAssertEqual(texts(WrappedGridCells.joinedHeader(wrapped, body: rows)).first, ["项目", "", "因公出国(境)费", "公务用车运行费"])
    }

    func testPrintedCellsCountTheTabs() {
        XCTAssertEqual(line("项目\t\t金额\t", 1).printedCells, 4)
        XCTAssertEqual(line("合计", 1).printedCells, 1)
        XCTAssertEqual(TableLines.prepare("a\tb", number: 1, tab: false, mangled: false).printedCells, 0)
    }

    func testAlignedTokensKeepEveryScalar() {
        let tokens = Tokenizer.alignedTokens("  科目名称  \u{20000}经费   1,234.00  e\u{301}x 合计", number: 3)
        XCTAssertEqual(tokens.map(\.text), ["科目名称", "\u{20000}经费", "1,234.00", "e\u{301}x 合计"])
        XCTAssertEqual(tokens.map(\.column), [2, 8, 14, 24])
        XCTAssertEqual(tokens.map { Array($0.text.unicodeScalars) }.last, Array("e\u{301}x 合计".unicodeScalars))
    }

    // MARK: - Guards before ICU and Foundation

    /// The code before the guard: compact, then the openings and a sentence's marks.
    private func goesOnInASentenceReference(_ text: String) -> Bool {
        let c = TextRepair.compact(text)
        guard ["%", "％", "万元", "元"].contains(where: { c.hasPrefix($0) }) else { return false }
        return c.contains { [",", "，", "。", "；", ";"].contains($0) }
    }

    func testWrappedTextNumbersAnswerAsBefore() {
        let texts = ["%。", " ％，较上年", "万元,", "“元”；", "元", "12.30", "", "完成率", "万元", "百分比%，", "\u{3000}万元。",
                     "e\u{301}元，", "元\u{301}，", "%\u{FE0F},"]
        for text in texts {
            XCTAssertEqual(WrappedTextNumbers.goesOnInASentence(text), goesOnInASentenceReference(text), text)
        }
        XCTAssertTrue(WrappedTextNumbers.goesOnInASentence(" %，较上年"))
        XCTAssertFalse(WrappedTextNumbers.goesOnInASentence("12.30"))
    }

    /// `TableLines.isMeta` as it was: the agency or unit pattern asked of every line with a colon.
    private func isMetaReference(_ line: TableLines.Line) -> Bool {
        let c = line.compact
        return LineClass.isMeta(c) || ((UTF8Text.containsAny(c, ":", "：") || c.utf8.starts(with: "单".utf8) || c.utf8.starts(with: "金".utf8))
            && TableLinePatterns.agencyOrWrappedUnit.matches(c))
    }

    func testAgencyAndUnitLinesAnswerAsBefore() {
        let pieces = ["编制单位", "填报部门", "预算部门", "部门名称", "单位名称", "金额单位", "单位", "其中", "会议费", "某某局",
                      "：", ":", "万", "元", "千", "亿", " ", "12.00", "\t", "表"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["编制单位：某某局", "单位：万元", "金额单位万", "单位：", "某某表 单位：", "其中：会议费\t12.00", "部门：", "单位名称:某某中心"]
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            let line = TableLines.prepare(text, number: 1, tab: text.contains("\t"), mangled: false)
            XCTAssertEqual(TableLines.isMeta(line), isMetaReference(line), text)
        }
        XCTAssertTrue(TableLines.isMeta(TableLines.prepare("编制单位：某某局", number: 1, tab: false, mangled: false)))
        XCTAssertFalse(TableLines.isMeta(TableLines.prepare("其中：会议费 12.00", number: 1, tab: false, mangled: false)))
    }

    private let codedAgencyReference = try! NSRegularExpression(pattern:
        #"^\d{3,12}([\p{Han}()（）]{2,30}(?:局|所|中心|院|委员会|委|办公室|办事处|政府|站|队|馆|学校|协会|处|厅|社|园|场))$"#)

    func testCodedAgencyNamesAnswerAsThePattern() {
        let texts = ["920某某县某某镇财政所", "301某某中心", "201一般公共服务支出", "20101人大事务120.00", "101某某委员会\n",
                     "102某某学校\r\n", "103某某局 ", "104某某协会\u{2028}", "9某某局", "1234某某管理处(本级)", "555某某园"]
        for text in texts {
            let reference = codedAgencyReference.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
                .flatMap { Range($0.range(at: 1), in: text) }.map { String(text[$0]) }
            XCTAssertEqual(MetadataReader.codedAgencyName(text), reference, text)
        }
        XCTAssertEqual(MetadataReader.codedAgencyName("920某某县某某镇财政所"), "某某县某某镇财政所")
        XCTAssertEqual(MetadataReader.codedAgencyName("101某某委员会\n"), "某某委员会")
        XCTAssertNil(MetadataReader.codedAgencyName("20101人大事务120.00"))
    }

    func testTitlesLoseTheirLeadingMarkersWhateverTheirFirstCharacter() {
        XCTAssertEqual(TitleMatcher.normalize("附表1 2023年部门收支总表"), "部门收支总表")
        XCTAssertEqual(TitleMatcher.normalize("表三 部门收支总表"), "部门收支总表")
        XCTAssertEqual(TitleMatcher.normalize("8-2 国家财政收支平衡表"), "国家财政收支平衡表")
        XCTAssertEqual(TitleMatcher.normalize(" # 附件2 部门支出总表"), "部门支出总表")
        XCTAssertEqual(TitleMatcher.normalize("某某局部门收支总表"), "某某局部门收支总表")
        XCTAssertTrue(TitleMatcher.isDoubled("附表1 收入支出决算总表收入支出决算总表"))
        XCTAssertFalse(TitleMatcher.isDoubled("收入支出决算总表"))
    }

    /// Foundation's `contains` (canonical equivalence, whole Characters), the traces' test before.
    private func isTracedReference(_ number: String, in traces: [String]) -> Bool {
        traces.contains(number)
            || traces.contains { $0.contains(number) || ($0.count >= Thresholds.gluedPieceDigits && number.contains($0)) }
    }

    func testNumbersAreTracedAsFoundationFindsThem() {
        let pieces = ["1", "20", "301", "02", ".", "5", "一般公共", "支出", "e\u{301}", "\u{301}", "１", "Å", "A\u{30A}", "K", "\u{212A}",
                      "(", "款", "3010201"]
        var generator = SystemRandomNumberGenerator()
        func text() -> String { (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        for _ in 0..<2_000 {
            let number = text(), traces = (0..<Int.random(in: 0...3, using: &generator)).map { _ in text() }
            XCTAssertEqual(UnreadNumbers.isTraced(number, in: traces), isTracedReference(number, in: traces), "\(number) in \(traces)")
        }
        XCTAssertTrue(UnreadNumbers.isTraced("301", in: ["3010201"]))
        XCTAssertFalse(UnreadNumbers.isTraced("3010201", in: ["301"]))
        XCTAssertTrue(UnreadNumbers.isTraced("3010201", in: ["0102"]))
    }
}
