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

    /// A row that lost its 收入 side (blank, dropped) holds one run: its two values are more than the
    /// 收入 side's one column, so the run is the 支出 side's; of its four columns the values stand
    /// in the two its total row (支出总计) fills, the others blank all the way down.
    func testARowThatLostASideGoesToTheSideItsValuesFitInTheColumnsItsTotalFills() {
        let sides = [section("收入", labels: [0], values: [1]), section("支出", labels: [2], values: [3, 4, 5, 6])]
        let total = line(["收入总计", "78.50", "支出总计", "78.50", "", "78.50", ""])
        let read = GridReader.sidedShortRows(line(["卫生健康支出", "5.99", "5.99"]), sections: sides, fullLines: [total])
        XCTAssertEqual(read?.rows.map { "\($0.section) \($0.row.label) \($0.row.cells.map { "\($0.column):\($0.text)" })" },
                       ["1 卫生健康支出 [\"0:5.99\", \"2:5.99\"]"])
        XCTAssertEqual(read?.rejects.count, 0)
    }

    /// Without a total row telling the filled columns, or with fewer values than they are, the
    /// values' columns are unknown and they are rejected; a run that fits either side is not read by runs.
    func testALostSidesValuesWithoutTheTotalsColumnsAreRejectedAndAnyFittingRunIsNotRead() {
        let sides = [section("收入", labels: [0], values: [1]), section("支出", labels: [2], values: [3, 4, 5, 6])]
        let noTotal = GridReader.sidedShortRows(line(["卫生健康支出", "5.99", "5.99"]), sections: sides)
        XCTAssertEqual(noTotal?.rows.count, 0)
        XCTAssertEqual(noTotal?.rejects.map(\.reason), [.blankCellsDropped, .blankCellsDropped])
        let total = line(["收入总计", "78.50", "支出总计", "78.50", "78.50", "", ""])
        XCTAssertEqual(GridReader.sidedShortRows(line(["卫生健康支出", "-5.99", "5.99"]), sections: sides, fullLines: [total])?.rejects.count, 2)
        XCTAssertNil(GridReader.sidedShortRows(line(["某支出", "5.99"]), sections: sides, fullLines: [total]))
    }

    func testRunsGoToSidesOnlyWhenOneOrderKeepingWayFits() {
        XCTAssertEqual(GridReader.onlySides([2], columns: [1, 4]), [1])
        XCTAssertNil(GridReader.onlySides([1], columns: [1, 4]))
        XCTAssertEqual(GridReader.onlySides([3, 2], columns: [3, 1, 2]), [0, 2])
        XCTAssertNil(GridReader.onlySides([3, 1], columns: [3, 1, 2]))
        XCTAssertNil(GridReader.onlySides([5], columns: [1, 4]))
    }
}
