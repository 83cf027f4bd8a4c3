import XCTest
@testable import BudgetETL

/// A `|` table read as one whose converter dropped blank cells (a remark's words stand in a value
/// column) where some rows print every cell of the header, blank ones at their end: those rows
/// lost no cell, so their values stand under their header words by place.
final class ExtractRowsPrintedWholeTests: XCTestCase {
    private let lines = [
        "某镇一般公共预算收入表",
        "单位:万元 | ||||",
        "项目 | 本年预算 | 上年执行 | 增减额 | 备注 |",
        "税收收入 | 310 | 260 | 50 | |",
        "非税收入 | 140 | 120 | 20 | |",
        "本级收入合计 | 450 | 380 | 70 | |",
        "转移性收入 | 65 | 90 | ||",
        "其中:返还性收入 | 65 | 90 | 本年为预计数 | |",
        "调入资金 | 12 | 9 | ||",
        "收入总计 | 527 | 479 |",
    ]

    private func cells(_ doc: ExtractedDocument, _ label: String) -> [String] {
        let row = doc.tables.first?.sections.first?.rows.first { $0.label == label }
        return row?.cells.map { "\($0.column):\($0.text)\($0.guessed ? "?" : "")" } ?? []
    }

    func testRowsPrintedWholeStandUnderTheirHeaderByPlace() {
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(cells(doc, "转移性收入"), ["0:65", "1:90"])
        XCTAssertEqual(cells(doc, "其中:返还性收入"), ["0:65", "1:90"])
        XCTAssertEqual(cells(doc, "调入资金"), ["0:12", "1:9"])
        XCTAssertEqual(cells(doc, "税收收入"), ["0:310", "1:260", "2:50"])
    }

    /// A row printed short, its end not padded, may have lost blank cells anywhere: it is not read
    /// by place (its values are left to the table's sums, marked guessed).
    func testARowPrintedShortIsNotReadByPlace() {
        let doc = FamilyFixture.extract(lines)
        XCTAssertFalse(cells(doc, "收入总计").contains("0:527"))
    }

    /// Where a row printed whole shows a cell moved (words in a value column before a number),
    /// the converter pads the rows it dropped blanks from: no row is read by place for its pads.
    func testPadsAreNotTrustedWhereAPaddedRowShowsAMovedCell() {
        var moved = lines
        moved[8] = "调入资金 | 上级调入 | 9 | ||"
        let doc = FamilyFixture.extract(moved)
        XCTAssertNotEqual(cells(doc, "转移性收入"), ["0:65", "1:90"])
        XCTAssertFalse(doc.tables.first?.sections.first?.rows.contains { row in
            row.cells.contains { $0.text == "9" && !$0.guessed }
        } ?? false)
    }
}
