import XCTest
@testable import BudgetETL

/// Rows printed with their blank cells dropped, cells two spaces apart, under a header that kept
/// its columns: a row is placed when it has a value for every column, and rejected otherwise.
final class ExtractFamilySpacedRowsTests: XCTestCase {
    func testFullRowsPlacedShortRowsRejected() {
        let doc = FamilyFixture.extract([
            "                       部门支出预算表",                                    // 1
            "单位：万元",                                                             // 2
            "科目编码        科目名称          合计        基本支出    项目支出",           // 3
            "201  一般公共服务支出  300.00  100.00  200.00",                             // 4
            "201  03  01  行政运行  120.00  120.00",                                    // 5: one blank cell dropped
            "合计  300.00  100.00  200.00",                                            // 6
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 201|一般公共服务支出 → 合计=300.00@4 基本支出=100.00@4 项目支出=200.00@4",
            "L5 201,03,01|行政运行 → ",
            "L6 |合计 → 合计=300.00@6 基本支出=100.00@6 项目支出=200.00@6",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), ["120.00", "120.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.ambiguousPlacement(values: 2, columns: 3).description])
    }

    func testLayoutNeedsRowsTwoSpacesApartUnderAPaddedLine() {
        XCTAssertTrue(AlignedLayout.isSpacedCells(["项目        合计     基本支出", "201  一般公共服务支出  3.00  1.00"]))
        XCTAssertFalse(AlignedLayout.isSpacedCells(["项目        合计     基本支出", "201     一般公共服务支出     3.00    1.00"]))
        XCTAssertFalse(AlignedLayout.isSpacedCells(["项目 合计 基本支出", "201 一般公共服务支出 3.00 1.00"]))
    }
}

/// The same in tab-separated text: a converter that dropped blank tab cells.
final class ExtractFamilyDroppedTabCellsTests: XCTestCase {
    func testShortRowsOfATabTableWithoutBlankCellsAreReadInOrder() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                     // 1
            "单位：万元",                                        // 2
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",            // 3
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",       // 4
            "20101\t人大事务\t120.00\t120.00",                    // 5: 项目支出 blank, dropped
            "20102\t政协事务\t180.00\t100.00\t80.00",             // 6
            "合计\t300.00\t100.00\t200.00",                      // 7: the blank code cell dropped
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 201|一般公共服务支出 → 合计=300.00@4 基本支出=100.00@4 项目支出=200.00@4",
            // two values for three columns: in order, guessed, for normalize to place by the sums
            "L5 20101|人大事务 → 合计=120.00@5 基本支出=120.00@5",
            "L6 20102|政协事务 → 合计=180.00@6 基本支出=100.00@6 项目支出=80.00@6",
            // one value per column: certain, wherever the dropped code cell left them
            "L7 |合计 → 合计=300.00@7 基本支出=100.00@7 项目支出=200.00@7",
        ])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.guessed) }, [[false, false, false], [true, true], [false, false, false], [false, false, false]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testShortRowsOfATabTableOfSeveralSectionsAreRejectedUnlessTheirNamesSplitThemBySide() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表", "单位：万元",
            "收入\t\t支出\t",
            "项目\t金额\t项目\t金额",
            "一、财政拨款\t300.00\t一、一般公共服务\t300.00",
            "二、事业收入\t合计\t300.00",
            "三、其他收入\t5.00\t10.00",
        ])
        // Line 6: each side's name, then what is its (the income's blank dropped): certain.
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[1]).last, "L6 |合计 → 金额=300.00@6")
        // Line 7: one name for two sides' values: which side each value is on is unknown.
        XCTAssertEqual(doc.rejects.map(\.line), [7, 7])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.blankCellsDropped.description])
    }

    func testTabTableWithBlankCellsKeptIsReadByPosition() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：万元",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",
            "20101\t人大事务\t120.00\t\t120.00",
        ])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]).last, "L5 20101|人大事务 → 合计=120.00@5 项目支出=120.00@5")
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    /// No blank cell between two filled ones and rows ending inside the values: `120.00 120.00`
    /// may be 合计 | 项目支出 as well as 合计 | 基本支出. Even the longest rows are not taken by position.
    func testRowsEndingInsideTheValuesOfATableWithoutBlankCellsAreGuessed() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：万元",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",      // 3
            "20101\t人大事务\t120.00\t120.00",                 // 4
            "20102\t政协事务\t80.00\t80.00",                   // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 20101|人大事务 → 合计=120.00@4 基本支出=120.00@4",
            "L5 20102|政协事务 → 合计=80.00@5 基本支出=80.00@5",
        ])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.guessed) }, [[true, true], [true, true]])
    }

    /// 部门 and 政府 economic codes side by side: the short row's second code and name go to its
    /// label in brackets, as in a full row, and its values stay guessed for the sums.
    func testAShortRowKeepsItsSecondClassificationInItsLabel() {
        let doc = FamilyFixture.extract([
            "一般公共预算基本支出预算表", "单位：万元",
            "科目编码\t科目名称\t科目编码\t科目名称\t合计\t人员经费\t公用经费",
            "合计\t22.10\t0.00\t22.10",
            "30201\t办公费\t50201\t办公经费\t22.10\t22.10",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section).last, "L5 30201|办公费 [50201 办公经费] → 合计=22.10@5 人员经费=22.10@5")
        XCTAssertEqual(section.rows.last?.cells.map(\.guessed), [true, true])
    }

    /// A row that prints an empty cell at its end (a tab, or `| |` on a web page) shows that the
    /// converter keeps blank cells: short rows are then blank at their end, read by position.
    func testRowsEndingInABlankCellAreReadByPosition() {
        for separatedRow in ["20102\t政协事务\t80.00\t80.00\t", "| 20102 | 政协事务 | 80.00 | 80.00 | |"] {
            let doc = FamilyFixture.extract([
                "部门支出预算表", "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "20101\t人大事务\t120.00\t120.00",
                separatedRow,
            ])
            let section = doc.tables[0].sections[0]
            XCTAssertEqual(FamilyFixture.rows(section).last, "L5 20102|政协事务 → 合计=80.00@5 基本支出=80.00@5", separatedRow)
            XCTAssertEqual(section.rows.flatMap { $0.cells.map(\.guessed) }, [false, false, false, false], separatedRow)
        }
    }
}
