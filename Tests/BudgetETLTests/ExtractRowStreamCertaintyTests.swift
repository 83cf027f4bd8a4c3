import XCTest
@testable import BudgetETL

/// Row streams (one cell per line, a whole table on one line): rows whose place is not certain
/// are rejected with the reason instead of placed (issue 9).
final class ExtractRowStreamCertaintyTests: XCTestCase {
    private func tokens(_ texts: [String]) -> [Token] {
        texts.enumerated().map { Token(text: $1, line: $0 + 1, column: 0) }
    }

    private func header(_ words: String) -> [TableLines.Line] {
        let split = words.split(separator: " ").map(String.init)
        return [TableLines.Line(number: 1, tokens: tokens(split), compact: split.joined())]
    }

    func testTableOnItsTitleLineAmongTextIsFound() {
        let doc = FamilyFixture.extract([
            "某某局", "一、部门职责",
            "部门支出预算表 单位：万元 科目编码 科目名称 合计 基本支出 项目支出 "
                + "201 一般公共服务支出 300.00 100.00 200.00 20101 人大事务 300.00 100.00 200.00",
        ])
        XCTAssertEqual(doc.tables.map(\.tableKey), ["expenditure_budget"])
        XCTAssertEqual(doc.tables.first.map { FamilyFixture.rows($0.sections[0]) }, [
            "L3 201|一般公共服务支出 → 合计=300.00@3 基本支出=100.00@3 项目支出=200.00@3",
            "L3 20101|人大事务 → 合计=300.00@3 基本支出=100.00@3 项目支出=200.00@3",
        ])
    }

    func testSeveralCodeColumnsRejectTheValues() {
        let doc = FamilyFixture.extract([
            "部门支出预算表 单位：万元 单位编码 单位名称 主管部门编码 主管部门名称 全年预算数 全年执行数 "
                + "001001 甲单位 001 某部门 2.00 1.00 001001 甲单位 001 某部门 3.00 2.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.sections.flatMap(\.rows).flatMap(\.cells).count, 0)
        // The six-digit unit code reads as no code at all, and goes with the values.
        XCTAssertEqual(doc.rejects.map(\.text), ["001001", "2.00", "1.00", "001001", "3.00", "2.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.rowCodeUnknown.description])
    }

    func testCodeColumnsCountSplitCodesOnce() {
        XCTAssertEqual(StreamHeader.codeColumnCount(header("科目编码 类 款 项 科目名称 合计")), 1)
        XCTAssertEqual(StreamHeader.codeColumnCount(header("类 款 科目名称 类 款 科目名称 小计")), 2)
        XCTAssertEqual(StreamHeader.codeColumnCount(header("单位编码 单位名称 主管部门编码 合计")), 2)
    }

    func testTurnsLostWhereACodeLandsUnderAnotherSidesClass() {
        let side = RowStreamReader.chunks(tokens([
            "301", "工资福利支出", "10", "302", "商品和服务支出", "5",
            "30101", "基本工资", "10", "30201", "办公费", "5", "30299", "其他商品和服务支出", "0",
        ]))
        XCTAssertEqual(side.map { $0.codes.map(\.text) }, [["301"], ["302"], ["30101"], ["30201"], ["30299"]])
        // 30299 is dealt to the first side, under 301: that side ran out of rows.
        XCTAssertEqual(SideCodes.firstBreak(side, sections: 2), 4)
        XCTAssertNil(SideCodes.firstBreak(Array(side.prefix(4)), sections: 2))
        XCTAssertNil(SideCodes.firstBreak(side, sections: 1))
    }

    func testBareItemNumberIsTheNamesNumbering() {
        let chunks = RowStreamReader.chunks(tokens(["资金来源:", "(1)", "政府预算资金", "10.00", "(2)", "单位资金", "5.00", "(3)"]))
        XCTAssertEqual(chunks.map { $0.labels.map(\.text) }, [["资金来源:", "(1)", "政府预算资金"], ["(2)", "单位资金"]])
        // A parenthesized number with no name after it stays a value.
        XCTAssertEqual(chunks.map { $0.values.map(\.text) }, [["10.00"], ["5.00", "(3)"]])
    }

    func testHeaderWordsAmongTheRowsTellAFormOfSeveralParts() {
        XCTAssertTrue(StreamHeader.repeatsHeader(tokens(["合计", "1", "75.00", "二、机关运行经费", "项目项目", "统计数"])))
        XCTAssertTrue(StreamHeader.repeatsHeader(tokens(["货物", "行次", "2"])))
        XCTAssertFalse(StreamHeader.repeatsHeader(tokens(["201", "一般公共服务支出", "300.00", "合计", "300.00"])))
    }

    func testJoinedHeaderWordsAreNoSingleWord() {
        let header = header("部门(单位)名称 某局 整体支出情况 年初预算数 全年预算数")
        XCTAssertTrue(StreamHeader.joinsWords([HeaderPath(["某局整体支出情况年初预算数"]), HeaderPath(["全年预算数"])], of: header))
        XCTAssertFalse(StreamHeader.joinsWords([HeaderPath(["年初预算数"]), HeaderPath(["全年预算数"])], of: header))
    }
}
