import XCTest
@testable import BudgetETL

/// A list printed in side-by-side copies, one cell per paragraph: each group a row of the one list.
final class ExtractRepeatedGroupCellsTests: XCTestCase {
    private func paragraphs(_ cells: [String]) -> [String] { cells.flatMap { [$0, ""] } }

    func testCopiesOfANameAndAmountListUnfoldIntoOneList() {
        let lines = paragraphs(["甲省资金分配表", "金额单位:万元", "单位", "金额", "单位", "金额", "单位", "金额",
                                "全省合计", "600", "丙市", "32", "丁区", "132",
                                "甲市小计", "304", "戊市", "69", "己区", "112",
                                "甲市", "44", "庚县", "7"])
        let folded = RepeatedGroupCells.folded(lines)
        XCTAssertEqual(folded.filter { !$0.isEmpty }, ["甲省资金分配表", "金额单位:万元", "单位\t金额",
                                                       "全省合计\t600", "丙市\t32", "丁区\t132", "甲市小计\t304", "戊市\t69", "己区\t112",
                                                       "甲市\t44", "庚县\t7"])
        // Each group on its name's line.
        XCTAssertEqual(folded[lines.firstIndex(of: "丙市")!], "丙市\t32")
        XCTAssertEqual(folded.count, lines.count)
    }

    /// Read end to end: every amount under 金额 in its own name's row, nothing rejected.
    func testTheUnfoldedListReadsEachAmountInItsRow() {
        let doc = FamilyFixture.extract(paragraphs(["2031年甲省资金分配表", "金额单位:万元", "单位", "金额", "单位", "金额",
                                                    "全省合计", "600", "丙市", "32", "甲市小计", "304", "戊市", "69",
                                                    "甲市", "44", "庚县", "7"]))
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertEqual(rows.map { "\($0.label)=\($0.cells.map(\.text).joined(separator: " "))" },
                       ["全省合计=600", "丙市=32", "甲市小计=304", "戊市=69", "甲市=44", "庚县=7"])
        XCTAssertEqual(Set(doc.tables[0].sections.flatMap(\.columns).map(\.joined)), ["金额"])
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    func testAPageEndingMidGroupKeepsTheGroupsBefore() {
        let lines = paragraphs(["单位", "金额", "单位", "金额", "甲市", "1", "乙市", "2", "丙市", "3", "丁市", "4", "戊"])
        let folded = RepeatedGroupCells.folded(lines)
        XCTAssertEqual(folded.filter { !$0.isEmpty }, ["单位\t金额", "甲市\t1", "乙市\t2", "丙市\t3", "丁市\t4", "戊"])
    }

    /// One cell per line without empty lines between, a group of a name and two measures.
    func testCopiesOfWiderGroupsOnConsecutiveLines() {
        let lines = ["单位", "预算数", "执行数", "单位", "预算数", "执行数",
                     "甲市", "10", "9", "乙市", "20", "18", "丙市", "30", "27", "丁市", "40", "36"]
        XCTAssertEqual(RepeatedGroupCells.folded(lines).filter { !$0.isEmpty },
                       ["单位\t预算数\t执行数", "甲市\t10\t9", "乙市\t20\t18", "丙市\t30\t27", "丁市\t40\t36"])
    }

    /// Two sides of income and expenditure are two lists; a header wider than the group, or a
    /// single row, is no list in copies.
    func testSidesWiderHeadersAndSingleRowsAreLeft() {
        let sides = paragraphs(["项目", "金额", "项目", "金额", "一般公共预算收入", "10", "教育支出", "8", "事业收入", "2", "卫生支出", "4"])
        XCTAssertEqual(RepeatedGroupCells.folded(sides), sides)
        let wider = paragraphs(["序号", "单位", "金额", "单位", "金额", "甲市", "1", "乙市", "2", "丙市", "3", "丁市", "4"])
        XCTAssertEqual(RepeatedGroupCells.folded(wider), wider)
        let single = paragraphs(["说明", "一", "二", "三", "单位", "金额", "单位", "金额", "甲市", "1", "乙市", "2", "完"])
        XCTAssertEqual(RepeatedGroupCells.folded(single), single)
    }
}
