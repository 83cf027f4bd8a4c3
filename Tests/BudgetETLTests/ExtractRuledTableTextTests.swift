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

    /// A row printed at another width than its header (a later page's own grid), with an amount
    /// where no header cell stands: its numbers are rejected (its code too: a row with no values to
    /// place needs none), the rows at the header's width placed.
    func testRowAtAnotherWidthOffTheHeaderCellsIsRejected() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位:元", "科目编码\t\t科目名称\t\t合计\t\t基本支出\t",
                                         "201\t\t一般公共服务支出\t\t5.00\t\t5.00\t",
                                         "20101\t\t人大事务\t\t3.00\t\t3.00\t",
                                         "20102\t政协事务\t\t2.00\t\t2.00\t\t\t"])
        let values = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(values.joined().contains("2.00"), values.joined(separator: " "))
        XCTAssertTrue(values.joined().contains("=3.00"), values.joined(separator: " "))
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.rowAtAnotherWidth.description }.map(\.text), ["20102", "2.00", "2.00"])
    }

    /// A table split over pages by a ruled-table converter: the later page laid out on its own
    /// grid (one blank column fewer between the code and the name, and between the values) fills
    /// as many positions as the header's page, each of the same kind, so its cells are moved to
    /// the header page's positions and read under the header.
    func testLaterPageOnItsOwnGridIsMovedOntoTheHeaderPagesGrid() {
        let doc = FamilyFixture.extract(["Sheet1", "部门支出预算表", "单位:元", "科目编码\t\t科目名称\t\t合计\t\t基本支出\t\t\t项目支出\t",
                                         "201\t\t一般公共服务支出\t\t5.00\t\t3.00\t\t\t2.00\t",
                                         "20101\t\t人大事务\t\t3.00\t\t3.00\t\t\t0.00\t",
                                         "Page 1", "\u{0C}Sheet1",
                                         "20102\t政协事务\t\t2.00\t\t0.00\t\t2.00\t",
                                         "\t合计\t\t5.00\t\t3.00\t\t2.00\t", "Page 2"])
        let rows = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows, ["L5 201|一般公共服务支出 → 合计=5.00@5 基本支出=3.00@5 项目支出=2.00@5",
                              "L6 20101|人大事务 → 合计=3.00@6 基本支出=3.00@6 项目支出=0.00@6",
                              "L9 20102|政协事务 → 合计=2.00@9 基本支出=0.00@9 项目支出=2.00@9",
                              "L10 |合计 → 合计=5.00@10 基本支出=3.00@10 项目支出=2.00@10"], rows.joined(separator: "\n"))
        XCTAssertTrue(doc.rejects.isEmpty, doc.rejects.map { "\($0.text): \($0.reason)" }.joined(separator: "\n"))
    }

    /// A later page on its own grid that fills fewer positions than the header's page (a column
    /// blank on it): which of the header's columns its values are under is unknown, so they are
    /// rejected, not placed by their positions, and its lines are left out.
    func testLaterPageOnItsOwnGridWithoutOneColumnIsRejected() {
        let doc = FamilyFixture.extract(["Sheet1", "部门支出预算表", "单位:元", "科目编码\t\t科目名称\t\t合计\t\t基本支出\t\t\t项目支出\t",
                                         "201\t\t一般公共服务支出\t\t5.00\t\t3.00\t\t\t2.00\t",
                                         "20101\t\t人大事务\t\t3.00\t\t3.00\t\t\t0.00\t",
                                         "Page 1", "\u{0C}Sheet1",
                                         "20102\t政协事务\t\t2.00\t\t\t\t2.00\t", "Page 2"])
        let values = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }.joined(separator: " ")
        XCTAssertFalse(values.contains("@9"), values)
        // Its words are dropped with it: no row or name piece read from another grid's positions.
        XCTAssertFalse(values.contains("政协事务"), values)
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.pageOnItsOwnGrid.description }.map(\.text), ["20102", "2.00", "2.00"])
    }

    /// A later page printed as wide as the header's page but on another grid (a sheet's whole grid:
    /// one blank column more after the code): its amounts stand where no header cell and no amount
    /// of the header's page stands, so it is on its own grid; its positions pair one for one by
    /// kind with the header page's and are moved there.
    func testLaterPageOfTheSameWidthOnAnotherGridIsMoved() {
        let doc = FamilyFixture.extract(["Sheet1", "部门支出预算表", "单位:元", "科目编码\t科目名称\t\t合计\t\t基本支出\t\t",
                                         "201\t一般公共服务支出\t\t5.00\t\t3.00\t\t",
                                         "20101\t人大事务\t\t3.00\t\t3.00\t\t",
                                         "Page 1", "\u{0C}Sheet1",
                                         "20102\t\t政协事务\t\t2.00\t\t2.00\t", "Page 2"])
        let rows = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows, ["L5 201|一般公共服务支出 → 合计=5.00@5 基本支出=3.00@5",
                              "L6 20101|人大事务 → 合计=3.00@6 基本支出=3.00@6",
                              "L9 20102|政协事务 → 合计=2.00@9 基本支出=2.00@9"], rows.joined(separator: "\n"))
    }

    /// A later page of the header page's width whose amounts stand under the header's cells (a
    /// column blank on the header's page) is on the same grid: nothing moved.
    func testLaterPageOfTheSameWidthUnderTheHeaderIsNotMoved() {
        let lines = ["科目编码\t科目名称\t合计\t基本支出\t项目支出\t"].map { TableLines.prepare($0, number: 1, tab: true, mangled: false, aligned: false) }
        let page = ["20102\t政协事务\t2.00\t\t2.00\t"].map { TableLines.prepare($0, number: 9, tab: true, mangled: false, aligned: false) }
        let headed = Set(lines[0].tokens.indices.filter { !lines[0].tokens[$0].isBlank })
        XCTAssertFalse(PageGridParts.amountUnheaded(page, headed: headed))
        XCTAssertTrue(PageGridParts.amountUnheaded(page, headed: [0, 1, 2]))
    }

    /// A table cut at the page's edge lost its last caption (`项目支出`): the columns it headed read
    /// under the caption before, which then names 合计 twice. From the second on, which caption heads
    /// the columns is unknown: their numbers are rejected, the first group's read.
    func testCaptionOverTheSameNameTwiceLeavesTheSecondUnknown() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位:元", "科目编码\t科目名称\t总计\t基本支出\t\t\t\t",
                                         "\t\t\t合计\t人员经费\t公用经费\t合计\t",
                                         "201\t一般公共服务支出\t8.00\t5.00\t3.00\t2.00\t3.00\t",
                                         "20101\t人大事务\t4.00\t4.00\t3.00\t1.00\t0.00\t"])
        let rows = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows, ["L5 201|一般公共服务支出 → 总计=8.00@5 基本支出 / 合计=5.00@5 基本支出 / 人员经费=3.00@5 基本支出 / 公用经费=2.00@5",
                              "L6 20101|人大事务 → 总计=4.00@6 基本支出 / 合计=4.00@6 基本支出 / 人员经费=3.00@6 基本支出 / 公用经费=1.00@6"],
                       rows.joined(separator: "\n"))
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.spanUnknown.description }.map(\.text), ["3.00", "0.00"])
    }

    func testPagesAreCutAtTheBreaksAfterTheHeader() {
        func line(_ n: Int) -> TableLines.Line { TableLines.Line(number: n, tokens: [], compact: "") }
        let body = [4, 5, 8, 9, 12].map(line)
        XCTAssertEqual(PageGridParts.pages(of: body, breaks: [8, 11]), [[0, 1], [2, 3], [4]])
        XCTAssertEqual(PageGridParts.pages(of: body, breaks: []), [[0, 1, 2, 3, 4]])
    }
}
