import XCTest
@testable import BudgetETL

/// A `|` table whose page pads every line to the table's width: a line of one name and blank
/// cells keeps them (a row whose values are blank), while a one-cell line elsewhere stays one cell.
final class ExtractPaddedPipeRowsTests: XCTestCase {
    func testAOneNameLineAmongRowsOfTheSameWidthKeepsItsBlankCells() {
        let lines = ["收入 | 支出 | |||", "一、本年收入 | 78.50 | 一、本年支出 | 78.50 | |", "公共安全支出 | ||||",
                     "教育支出 | 8.54 | 8.54 | ||"]
        XCTAssertEqual(PaddedPipeRows.kept(lines).map(PipeCells.asTabs),
                       ["收入\t支出\t\t\t", "一、本年收入\t78.50\t一、本年支出\t78.50\t", "公共安全支出\t\t\t\t", "教育支出\t8.54\t8.54\t\t"])
    }

    /// Lines of other widths (one cell per line closed by "|", a title over the table), or a run
    /// of one-cell lines only, are left to `PipeCells.asTabs`: one cell each.
    func testOneCellLinesOfOtherWidthsOrWithoutAFilledRowStayOneCell() {
        let cellPerLine = ["收入 |", "支出 | |||||||", "项 目 |", "决算数 | |||"]
        XCTAssertEqual(PaddedPipeRows.kept(cellPerLine).map(PipeCells.asTabs), ["收入", "支出", "项 目", "决算数"])
        let titles = ["财政拨款收支总表 | |||", "金额单位:万元 | |||", "附注 | |||"]
        XCTAssertEqual(PaddedPipeRows.kept(titles).map(PipeCells.asTabs), ["财政拨款收支总表", "金额单位:万元", "附注"])
    }
}
