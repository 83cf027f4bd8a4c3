import XCTest
@testable import BudgetETL

/// Tab-separated two-sided tables whose row names wrap onto lines of their own: a line of pieces is
/// one printed line of one row, so where one of its pieces cannot begin the row below (that row has
/// no name in the piece's cell) all of them end the row above, even names that read complete.
final class ExtractFamilyGridPiecesTests: XCTestCase {
    private let head = [
        "收入支出决算总表",             // 1
        "单位：万元",                  // 2
        "收入\t\t\t支出\t\t",           // 3
        "项目\t行次\t金额\t项目\t行次\t金额", // 4
    ]

    func testAPieceLineOverARowWithoutANameInItsCellEndsTheRowAbove() {
        let doc = FamilyFixture.extract(head + [
            "本年收入合计\t1\t10.00\t本年支出合计\t4\t10.00",   // 5
            "年初财政拨款\t2\t5.00\t年末财政拨款\t5\t5.00",    // 6
            "结转和结余\t\t\t结转和结余",                     // 7
            "一般公共预算\t3\t5.00\t\t6\t5.00",               // 8
            "财政拨款",                                       // 9
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { $0.rows.map { TextRepair.compact($0.label) } }, [
            ["本年收入合计", "年初财政拨款结转和结余", "一般公共预算财政拨款"],
            ["本年支出合计", "年末财政拨款结转和结余", ""],
        ])
    }

    func testPiecesOverRowsWithNamesInTheirCellsAreLeftToTheNamesTest() {
        let body = [
            "年初财政拨款\t2\t5.00\t年末财政拨款\t5\t5.00",
            "结转和结余\t\t\t结转和结余",
            "一般公共预算\t3\t5.00\t其他\t6\t5.00",
        ]
        let lines = body.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: true, mangled: false) }
        let grid = ColumnGrid(header: [["项目", "行次", "金额", "项目", "行次", "金额"]], body: lines.map(\.tokens), columnNumbers: [])
        XCTAssertEqual(WrappedGridCells.piecesEndingRowAbove(lines, sections: grid.sections), [])
        var open = lines
        open[2] = TableLines.prepare("一般公共预算\t3\t5.00\t\t6\t5.00", number: 3, tab: true, mangled: false)
        XCTAssertEqual(WrappedGridCells.piecesEndingRowAbove(open, sections: grid.sections), [2])
    }

    func testAWordyLineEqualToAnUpperHeaderLineUnderARowIsThatRowsNamesEnd() {
        let doc = FamilyFixture.extract(head + [
            "一、上级补助\t1\t10.00\t一、公共安全\t3\t10.00",   // 5
            "收入\t\t\t支出",                                 // 6: the words of header line 3
            "收入总计\t2\t10.00\t支出总计\t4\t10.00",          // 7
        ])
        XCTAssertEqual(doc.tables[0].sections.map { $0.rows.map { TextRepair.compact($0.label) } }, [
            ["一、上级补助收入", "收入总计"], ["一、公共安全支出", "支出总计"],
        ])
    }
}

/// A row named in several tab cells (类型 | 项目名称 | 项目单位) whose cells wrap: each piece joins
/// the cell it stands in, so the name reads cell by cell, not piece line by piece line.
final class ExtractFamilyGridCellNamesTests: XCTestCase {
    func testPiecesOfANameInSeveralCellsJoinCellByCell() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "类型\t项目名称\t项目单位\t合计",
            "特定目标类\t城乡居民基本\t某某市社会医\t5277.00",
            "\t医疗保险补助\t疗保险中心",
            "特定目标类\t离休干部医疗\t某某市社会医\t2600.00",
            "\t费\t疗保险中心",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].rows.map(\.label), [
            "特定目标类 城乡居民基本 医疗保险补助 某某市社会医 疗保险中心",
            "特定目标类 离休干部医疗 费 某某市社会医 疗保险中心",
        ])
    }

    func testPiecesJoinCellByCellOnlyIntoTheCellsTheNameHas() {
        XCTAssertEqual(WrappedGridCells.names([0: "甲", 1: "乙"], adding: [1: "丙"], before: false), [0: "甲", 1: "乙 丙"])
        XCTAssertEqual(WrappedGridCells.names([0: "甲", 1: "乙"], adding: [0: "丁"], before: true), [0: "丁 甲", 1: "乙"])
        XCTAssertNil(WrappedGridCells.names([0: "甲", 1: "乙"], adding: [2: "丙"], before: false))
        XCTAssertNil(WrappedGridCells.names([0: "甲"], adding: [0: "丙"], before: false))
    }
}
