import XCTest
@testable import BudgetETL

/// A two-sided final account numbers every row of each side; a row's line number printed alone
/// may be placed in the amount column by position or by order.
final class ExtractLineNumberSequenceTests: XCTestCase {
    private func row(_ line: Int, _ label: String, _ cells: [(Int, String)]) -> ExtractedRow {
        ExtractedRow(line: line, label: label, cells: cells.map { RawCell(column: $0.0, text: $0.1, line: line, guessed: true) })
    }

    func testLoneValueContinuingTheLineNumbersIsTheRowsLineNumber() {
        let section = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、一般公共服务支出", [(0, "32.00")]),
            row(2, "二、外交支出", [(1, "33.00")]),          // the next line number, read as an amount
            row(3, "三、国防支出", [(0, "34.00"), (1, "12.50")]),
            row(4, "四、公共安全支出", [(1, "99")]),         // an amount: no count continues to it
            row(5, "五、教育支出", [(1, "35.50")]),          // not a whole number
            row(6, "", [(1, "36")]),                        // one less than the next row's
            row(7, "七、科学技术支出", [(0, "37"), (1, "8.00")]),
        ])
        let placed = LineNumberSequence.placed(section)
        XCTAssertEqual(placed.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } },
                       [["0=32.00"], ["0=33.00"], ["0=34.00", "1=12.50"], ["1=99"], ["1=35.50"], ["0=36"], ["0=37", "1=8.00"]])
        XCTAssertEqual(placed.rows[1].cells[0].guessed, false)
        XCTAssertEqual(placed.rows[3].cells[0].guessed, true)
    }

    func testSectionWithoutALineNumberColumnIsLeftAsRead() {
        let section = ExtractedSection(name: "", columns: [HeaderPath(["合计"]), HeaderPath(["基本支出"])], rows: [
            row(1, "甲", [(0, "1")]), row(2, "乙", [(1, "2")]),
        ])
        XCTAssertEqual(LineNumberSequence.placed(section), section)
    }
}
