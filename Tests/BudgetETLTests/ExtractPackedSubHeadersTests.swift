import XCTest
@testable import BudgetETL

/// A two-sided `|` table padded to full width whose last header row lost its merged cells' places:
/// its cells, printed from the first position, are the sub-headers of the last cell above.
final class ExtractPackedSubHeadersTests: XCTestCase {
    private let twoSided = [
        "某局收支预算总表",                                                   // 1
        "单位:万元",                                                         // 2
        "收 入 | 支 出 | ||||",                                               // 3
        "项 目 | 预算数 | 项目(按经济分类) | 预算数 | ||",                        // 4
        "合计 | 甲类支出 | 乙类支出 | |||",                                      // 5
        "一、本年收入 | 50.00 | 一、本年支出 | 50.00 | 30.00 | 20.00 |",          // 6
        "二、上年结转 | 5.00 | 二、结转下年 | 5.00 | 5.00 | 0.00 |",              // 7
    ]

    func testSubHeadersGoUnderTheLastCellAboveAndTheSidesSplitAtTheQualifiedNameWord() {
        let doc = FamilyFixture.extract(twoSided)
        guard let table = doc.tables.first, table.sections.count == 2 else { return XCTFail("\(doc.tables.map { $0.sections.map { ($0.name, $0.columns.map(\.joined), FamilyFixture.rows($0)) } })") }
        XCTAssertEqual(table.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(table.sections[0].columns.map(\.joined), ["预算数"])
        XCTAssertEqual(table.sections[1].columns.map(\.joined), ["预算数 / 合计", "预算数 / 甲类支出", "预算数 / 乙类支出"])
        XCTAssertEqual(FamilyFixture.rows(table.sections[1])[0],
                       "L6 |一、本年支出 → 预算数 / 合计=50.00@6 预算数 / 甲类支出=30.00@6 预算数 / 乙类支出=20.00@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRowsOfOtherWidthsLeaveTheHeaderAsPrinted() {
        // The lines print different widths: the row's place under the span is not told by them.
        let line = { (texts: [String], cells: Int) in
            TableLines.Line(number: 1, tokens: texts.map { Token(text: $0, line: 1, column: 0) }, compact: "", printedCells: cells)
        }
        let above = line(["项目", "预算数", "项目", "预算数"], 6), packed = line(["合计", "甲", "乙"], 6)
        let row = ["收入", "1.00", "支出", "1.00", "1.00", "0.00"]
        XCTAssertEqual(PackedSubHeaders.placed([above, packed], body: [line(row, 6)])[1].tokens.count, 6)
        XCTAssertEqual(PackedSubHeaders.placed([above, packed], body: [line(row, 7)])[1].tokens.count, 3)
        // Cells that do not fill the span exactly: which columns they head is not told.
        XCTAssertEqual(PackedSubHeaders.placed([above, line(["甲", "乙"], 6)], body: [line(row, 6)])[1].tokens.count, 2)
        // Two measures after the name word: the blanks after the last may be padding, and the
        // sub-headers may belong under either.
        let measures = line(["项目", "上年数", "本年数"], 5), body = line(["合计", "1.00", "2.00", "1.00", "1.00"], 5)
        XCTAssertEqual(PackedSubHeaders.placed([measures, line(["甲", "乙", "丙"], 5)], body: [body])[1].tokens.count, 3)
        XCTAssertEqual(PackedSubHeaders.placed([line(["项目", "本年数"], 5), line(["合计", "甲", "乙", "丙"], 5)], body: [body])[1].tokens.count, 5)
    }

    func testASecondRowFromTheNameColumnIsNoCellsSubHeaders() {
        let line = { (texts: [String]) in
            TableLines.Line(number: 1, tokens: texts.map { Token(text: $0, line: 1, column: 0) }, compact: "")
        }
        let header = [line(["收入", "支出"]), line(["项目", "预算数", "项目", "预算数"])]
        // The widths alone (2 - 1 + 4 = 5 cells) would say 支出 spans the second row.
        XCTAssertNil(HeaderSpans.spanning(header, body: [line(["本年收入", "1.00", "本年支出", "1.00", "1.00"])], firstColumnNames: true))
    }

    func testShortRowOfTwoSidesGivesEachSideWhatFollowsItsName() {
        // The converter dropped blank cells (a name moved into a value column on line 9): a side's
        // run with a value per column is certain; one with fewer is not.
        let doc = FamilyFixture.extract(twoSided + [
            "(一)甲收入 | 40.00 | (一)甲类支出 | |||",                                 // 8
            "(二)乙收入 | (二)乙类支出 | 9.00 | |||",                                  // 9
        ])
        guard let table = doc.tables.first, table.sections.count == 2 else { return XCTFail("no two sides") }
        XCTAssertTrue(FamilyFixture.rows(table.sections[0]).contains("L8 |(一)甲收入 → 预算数=40.00@8"))
        XCTAssertEqual(FamilyFixture.rows(table.sections[0]).last, "L9 |(二)乙收入 → ")
        XCTAssertFalse(FamilyFixture.rows(table.sections[1]).contains { $0.hasPrefix("L9") })
        XCTAssertEqual(doc.rejects.map(\.text), ["9.00"])
        XCTAssertEqual(doc.rejects.map(\.reason), [RejectReason.blankCellsDropped.description])
    }

    func testQualifierNamesTheSameColumnAsItsWord() {
        XCTAssertEqual(ColumnGrid.withoutQualifier("项目(按功能分类)"), "项目")
        XCTAssertEqual(ColumnGrid.withoutQualifier("项目（按经济分类）"), "项目")
        XCTAssertEqual(ColumnGrid.withoutQualifier("(一)工资"), "(一)工资")
    }
}
