import XCTest
@testable import BudgetETL

/// Short rows of a two-sided table (收入 | 支出) whose converter dropped blank cells: each name
/// starts its side's run of cells.
final class ExtractSidedShortRowsTests: XCTestCase {
    private func line(_ cells: [String]) -> TableLines.Line {
        TableLines.Line(number: 1, tokens: cells.enumerated().map { Token(text: $1, line: 1, column: $0 * 6) }, compact: cells.joined())
    }
    private func section(_ name: String, labels: [Int], values: [Int]) -> ColumnGrid.Section {
        ColumnGrid.Section(name: name, codeColumns: [], labelColumns: labels, valueColumns: values,
                           paths: values.map { HeaderPath([name, "金额\($0)"]) })
    }

    func testEachSideTakesTheRunFromItsName() {
        let sides = [section("收入", labels: [0], values: [1]), section("支出", labels: [2], values: [3])]
        let read = GridReader.sidedShortRows(line(["某收入", "100", "某支出", "200"]), sections: sides)
        XCTAssertEqual(read?.rows.map { "\($0.section) \($0.row.label) \($0.row.cells.map(\.text))" },
                       ["0 某收入 [\"100\"]", "1 某支出 [\"200\"]"])
    }

    /// A side with a text column among its values (备注): its words would start a run taken for
    /// the next side's row, so the row is not read by runs.
    func testASideWithATextColumnBesidesItsNameIsNotReadByRuns() {
        let sides = [section("收入", labels: [0, 2], values: [1, 3]), section("支出", labels: [4], values: [5])]
        XCTAssertNil(GridReader.sidedShortRows(line(["某收入", "100", "说明文字", "200"]), sections: sides))
    }
}
