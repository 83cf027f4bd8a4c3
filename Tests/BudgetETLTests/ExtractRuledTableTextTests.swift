import XCTest
@testable import BudgetETL

/// A ruled-table converter's text: cells merged over grid columns written once with the rest blank
/// (`MergedBlankColumns`).
final class ExtractRuledTableTextTests: XCTestCase {
    func testGridColumnsBlankOnEveryLineAreNoColumns() {
        func line(_ n: Int, _ text: String) -> TableLines.Line {
            TableLines.Line(number: n, tokens: Tokenizer.tabTokens(text, number: n), compact: text,
                            printedCells: text.split(separator: "\t", omittingEmptySubsequences: false).count)
        }
        let lines = [line(1, "收入\t\t\t支出\t\t"), line(2, "项目\t\t金额\t项目\t\t金额"), line(3, "一、一般公共预算\t\t8.00\t八、社会保障\t\t4.00\t\t")]
        let blank = MergedBlankColumns.blankColumns(lines)
        XCTAssertEqual(blank, [1, 4])
        let row = MergedBlankColumns.without(blank, lines[2])
        XCTAssertEqual(row.tokens.map(\.text), ["一、一般公共预算", "8.00", "八、社会保障", "4.00"])
        XCTAssertEqual(row.printedCells, 6)
        XCTAssertEqual(MergedBlankColumns.without(blank, lines[0]).tokens.map(\.text), ["收入", "", "支出"])
    }

    func testTwoSidesUnderCellsMergedOverBlankColumnsAreNamedEachBySide() {
        let doc = FamilyFixture.extract(["部门收支预算表", "单位:万元", "收入\t\t\t\t支出\t\t\t", "项目\t\t金额\t\t项目\t\t金额\t",
                                         "一、一般公共预算\t\t8.00\t\t八、社会保障和就业\t\t4.00\t",
                                         "本年收入合计\t\t8.00\t\t本年支出合计\t\t8.00\t"])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections.map { FamilyFixture.rows($0) }, [
            ["L5 |一、一般公共预算 → 金额=8.00@5", "L6 |本年收入合计 → 金额=8.00@6"],
            ["L5 |八、社会保障和就业 → 金额=4.00@5", "L6 |本年支出合计 → 金额=8.00@6"],
        ])
    }
}
