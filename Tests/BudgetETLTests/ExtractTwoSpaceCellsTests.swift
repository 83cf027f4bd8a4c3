import XCTest
@testable import BudgetETL

/// A converter that parts cells by exactly two spaces and a cell's words by one, blank cells
/// dropped, nothing padded: cut at runs of two spaces, then read in order.
final class ExtractTwoSpaceCellsTests: XCTestCase {
    func testCellsAreCutAtTwoSpacesAndWordsKeepTheirSingleSpace() {
        let tokens = Tokenizer.twoSpaceTokens("1. 一般 公共服务  1,447  759  190.6%", number: 2)
        XCTAssertEqual(tokens.map(\.text), ["1. 一般 公共服务", "1,447", "759", "190.6%"])
        XCTAssertEqual(tokens.map(\.column), [0, 12, 19, 24])
        XCTAssertEqual(tokens.map(\.line), [2, 2, 2, 2])
    }

    func testTheLayoutIsToldByItsGaps() {
        let twoSpaced = ["项目  预算数  执行数", "一般公共服务支出  200.00  150.00", "其他 支出  100.00  50.00", "支出合计  300.00  200.00"]
        XCTAssertTrue(TwoSpaceCells.parts(twoSpaced))
        // Single spaces between cells, or padding to columns: other layouts.
        XCTAssertFalse(TwoSpaceCells.parts(twoSpaced.map { $0.replacingOccurrences(of: "  ", with: " ") }))
        XCTAssertFalse(TwoSpaceCells.parts(twoSpaced.map { $0.replacingOccurrences(of: "  ", with: "     ") }))
        // Too few lines to tell.
        XCTAssertFalse(TwoSpaceCells.parts(Array(twoSpaced.prefix(2))))
        // A small form: lines of column names and one row of amounts are enough.
        XCTAssertTrue(TwoSpaceCells.parts(["编制部门：某单位  单位:万元", "合计  甲费  乙费", "小计  丙费  丁费", "4.50  1  2.25  1.25"]))
        XCTAssertFalse(TwoSpaceCells.parts(["编制部门：某单位  单位:万元", "合计  甲费  乙费", "小计  丙费  丁费", "其他  说明"]))
    }

    func testATwoSpaceTableIsReadInOrder() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目  预算数  执行数", "一般公共服务支出  200.00  150.00",
                                         "其他 支出  100.00  50.00", "支出合计  300.00  200.00"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), [
            "L4 |一般公共服务支出 → 预算数=200.00@4 执行数=150.00@4",
            "L5 |其他 支出 → 预算数=100.00@5 执行数=50.00@5",
            "L6 |支出合计 → 预算数=300.00@6 执行数=200.00@6",
        ])
        XCTAssertEqual(doc.rejects, [])
    }

    func testAHeaderOfSeveralLinesLeavesEveryColumnUncertain() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "预算执行情况", "项目  预算数  执行数", "一般公共服务支出  200.00  150.00",
                                         "其他 支出  100.00  50.00", "支出合计  300.00  200.00"])
        XCTAssertEqual(doc.tables.first?.sections.flatMap { $0.rows.flatMap(\.cells) }.count, 0)
        XCTAssertEqual(doc.rejects.count, 6)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.stackedHeaderUnplaced.description])
    }

    func testHeaderWordsAmongTheRowsLeaveEveryColumnUncertain() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目  预算数  执行数", "一般公共服务支出  200.00  150.00",
                                         "一级指标  二级指标  年度指标值", "其他 支出  100.00  50.00", "支出合计  300.00  200.00"])
        XCTAssertEqual(doc.tables.first?.sections.flatMap { $0.rows.flatMap(\.cells) }.count, 0)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerRepeated.description])
    }
}
