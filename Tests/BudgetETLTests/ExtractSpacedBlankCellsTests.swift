import XCTest
@testable import BudgetETL

/// Rows exported with one space between cells and a blank cell printed as a space of its own: the
/// spaces say which cells are blank (`SpacedBlankCells`).
final class ExtractSpacedBlankCellsTests: XCTestCase {
    func testSpacesTellTheBlankCells() {
        XCTAssertEqual(SpacedBlankCells.cells("甲 1.8      "), ["甲", "1.8", "", "", ""])
        XCTAssertEqual(SpacedBlankCells.cells("乙   250"), ["乙", "", "250"])
        XCTAssertEqual(SpacedBlankCells.cells("丙    "), ["丙", "", ""])
        XCTAssertEqual(SpacedBlankCells.cells("丁 4.9 0 0"), ["丁", "4.9", "0", "0"])
        XCTAssertNil(SpacedBlankCells.cells("戊 1 "), "an odd space left over")
        XCTAssertNil(SpacedBlankCells.cells("  己 1"))
    }

    /// A lone value followed by the spaces of three blank cells stands in the first column; a
    /// value after the space of one blank cell stands in the second. Counts stay counts.
    func testRowsUnderTheHeaderTakeTheirBlankCellsColumns() {
        let doc = FamilyFixture.extract([
            "某某单位三公经费预算表",
            "单位:万元",
            "项目 合计 甲拨款 乙拨款 丙拨款",
            "一、支出合计 6.5 0 0 0",
            "1、公务接待费 2.5      ",
            "2、公务用车费 4.0 0 0 0",
            "其中:运行维护费 4.0      ",
            "二、相关统计数        ",
            "1.接待批次(批)   12    ",
            "备注:本年支出合计6.5万元。",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "甲拨款", "乙拨款", "丙拨款"])
        XCTAssertEqual(FamilyFixture.rows(section).prefix(6), [
            "L4 |一、支出合计 → 合计=6.5@4 甲拨款=0@4 乙拨款=0@4 丙拨款=0@4",
            "L5 |1、公务接待费 → 合计=2.5@5",
            "L6 |2、公务用车费 → 合计=4.0@6 甲拨款=0@6 乙拨款=0@6 丙拨款=0@6",
            "L7 |其中:运行维护费 → 合计=4.0@7",
            "L8 |二、相关统计数 → ",
            "L9 |1.接待批次(批) → 甲拨款=12@9",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Nothing is rewritten where a row breaks the reading (a name with a space inside, whose
    /// values would be left unread), where no cell is blank, or where the header is no header.
    func testNothingIsRewrittenWithoutCertainty() {
        let broken = ["项目 合计 甲拨款", "一、合计 3 3", "1、甲 3  ", "合 计 3 3"]
        XCTAssertEqual(SpacedBlankCells.folded(broken), broken)
        let full = ["项目 合计 甲拨款", "一、合计 3 3", "1、甲 3 3", "2、乙 0 0"]
        XCTAssertEqual(SpacedBlankCells.folded(full), full)
        let noHeader = ["某某 合计 甲拨款", "一、合计 3 3", "1、甲 3  ", "2、乙 0  "]
        XCTAssertEqual(SpacedBlankCells.folded(noHeader), noHeader)
        XCTAssertEqual(SpacedBlankCells.folded(["项目 合计 甲拨款", "一、合计 3 3", "1、甲 3  ", "2、乙   0", "说明"]),
                       ["项目\t合计\t甲拨款", "一、合计\t3\t3", "1、甲\t3\t", "2、乙\t\t0", "说明"])
    }
}
