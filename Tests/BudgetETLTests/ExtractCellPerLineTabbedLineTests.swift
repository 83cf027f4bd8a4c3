import XCTest
@testable import BudgetETL

/// A page printed one cell per line (`合计 |`) whose converter left one header row's cells on a
/// line (`2017年预算数 | 2018年预算数 |`) is still read one cell per line, not as a tab grid.
final class ExtractCellPerLineTabbedLineTests: XCTestCase {
    let cellPerLine = ["2018年“三公”经费预算表 |", "单位:万元 |", "项目 |", "2017年预算数 | 2018年预算数 |",
                       "合计 |", "30 |", "28 |", "公务接待费 |", "20 |", "18 |", "公务用车运行费 |", "10 |", "10 |"]

    func testOneTabbedLineAmongCellsPerLineIsCellPerLine() {
        let lines = cellPerLine.dropFirst().map(PipeCells.asTabs)
        XCTAssertEqual(Layout.of(Array(lines)), .cellPerLine)
        // Tabs on most lines: a tab grid.
        XCTAssertEqual(Layout.of(["项目\t2017年\t2018年", "合计\t30\t28", "公务接待费\t20\t18", "公务用车运行费\t10\t10"]), .tabGrid)
    }

    func testTheTableIsReadByItsHeader() {
        let doc = FamilyFixture.extract(cellPerLine)
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2017年预算数", "2018年预算数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |合计 → 2017年预算数=30@6 2018年预算数=28@7",
            "L8 |公务接待费 → 2017年预算数=20@9 2018年预算数=18@10",
            "L11 |公务用车运行费 → 2017年预算数=10@12 2018年预算数=10@13",
        ])
    }

    /// A nested header printed one cell per line, a column with no value printed: the values are
    /// rejected, each under its table, and the title still makes a table (not a contents entry).
    func testATableWhoseValuesAreAllRejectedIsStillATable() {
        let doc = FamilyFixture.extract(["2017年某区“三公”经费预算表 |", "单位:万元 |", "合计 |", "因公出国 |", "公务用车 |", "|||", "小计 |",
                                         "公务用车购置 |", "公务用车运行 | 公务接待费 |", "5834 |", "100 |", "692 |", "4612 |", "430 |"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.sections.flatMap(\.rows).flatMap(\.cells).count, 0)
        XCTAssertEqual(doc.rejects.map(\.text), ["5834", "100", "692", "4612", "430"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.tableTitle == doc.tables.first?.title })
    }

    /// A spaced-out header word with its unit, "预 算 数(万元)", is one cell: the table is read one
    /// cell per line and 合计 after it is the first row's name, not a third column.
    func testASpacedWordWithItsUnitIsOneCell() {
        XCTAssertTrue(TableLines.isSpacedWord(["预", "算", "数(万元)"]))
        XCTAssertFalse(TableLines.isSpacedWord(["预", "算", "数据(万元)"]))
        XCTAssertFalse(TableLines.isSpacedWord(["合计", "12.5"]))
        let doc = FamilyFixture.extract(["一、2018年“三公”经费预算表", "项目", "预 算 数(万元)", "合计", "3.1", "因公出国(境)费", "0",
                                         "公务接待费", "3.1", "公务用车运行费", "公务用车购置", "二、情况说明",
                                         "本单位2018年预算为3.1万元。"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["预算数(万元)"])
        XCTAssertEqual(FamilyFixture.rows(section).prefix(3), [
            "L4 |合计 → 预算数(万元)=3.1@5", "L6 |因公出国(境)费 → 预算数(万元)=0@7", "L8 |公务接待费 → 预算数(万元)=3.1@9",
        ])
        XCTAssertTrue(doc.rejects.isEmpty)
    }
}
