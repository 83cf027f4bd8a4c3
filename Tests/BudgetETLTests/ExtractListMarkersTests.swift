import XCTest
@testable import BudgetETL

/// List markers (`(2)`, `3.`) that a narrow name cell leaves alone on a line: words of the name
/// they open, not the amounts −2 or 3 that would make the name column a column of values.
final class ExtractListMarkersTests: XCTestCase {
    func testABracketedOrPointedSmallWholeNumberIsAMarker() {
        XCTAssertTrue(ListMarkers.isMarker("(2)"))
        XCTAssertTrue(ListMarkers.isMarker("（12）"))
        XCTAssertTrue(ListMarkers.isMarker("(3) "))
        XCTAssertTrue(ListMarkers.isMarker("3."))
        XCTAssertFalse(ListMarkers.isMarker("(2.00)"), "decimals: an accounting negative")
        XCTAssertFalse(ListMarkers.isMarker("(123)"))
        XCTAssertFalse(ListMarkers.isMarker("(1,234)"))
        XCTAssertFalse(ListMarkers.isMarker("2"))
        XCTAssertFalse(ListMarkers.isMarker("3.5"))
    }

    func testAMarkerIsAWordInAColumnOfWordsAndAnAmountInAColumnOfNumbers() {
        func tokens(_ texts: [String]) -> [Token] { texts.enumerated().map { Token(text: $1, line: $0 + 1, column: 0) } }
        XCTAssertEqual(ListMarkers.kinds(tokens(["财政专户", "(2)", "", "管理资金"])), [.text, .text, .text])
        XCTAssertEqual(ListMarkers.kinds(tokens(["12", "(2)", "5.00"])), [.integer, .amount, .amount])
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["项目"]], body: [tokens(["单位资金"]), tokens(["(3)"])].map { $0 }), .label)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [[""]], body: [tokens(["7"]), tokens(["(3)"])]), .value)
    }

    func testAMarkerAloneOnALineOpensTheNextRowsName() {
        let doc = FamilyFixture.extract([
            "部门整体支出绩效自评表",                  // 1
            "单位：万元",                            // 2
            "项目\t\t年初预算数\t全年执行数",          // 3
            "\t资金来源",                            // 4
            "\t: (1",                               // 5
            "\t) 政府\t\t100.00\t90.00",             // 6
            "\t预算资金",                            // 7
            "\t(2) ",                               // 8
            "\t财政专户\t\t5.00\t4.00",              // 9
            "\t管理资金",                            // 10
            "\t(3) ",                               // 11
            "\t单位资金\t\t2.00\t1.00",              // 12
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections[0].rows
        XCTAssertEqual(rows.map { TextRepair.compact($0.label) }.suffix(2), ["(2)财政专户管理资金", "(3)单位资金"])
        XCTAssertEqual(rows.suffix(2).map { $0.cells.map(\.text) }, [["5.00", "4.00"], ["2.00", "1.00"]])
        XCTAssertFalse(doc.rejects.contains { ["(2)", "(3)"].contains(TextRepair.compact($0.text)) }, "markers are no amounts")
        // A break inside the marker's brackets (`: (1` / `) 政府`) is no space, nor is one between
        // a Chinese colon and the bracket.
        XCTAssertEqual(rows.first { $0.line == 6 }.map { LabelCleaner.clean($0.label) }, "资金来源:(1)政府预算资金")
        XCTAssertEqual(WrappedGridCells.spaced("年度 (", "万元"), "年度 (万元")
        XCTAssertEqual(WrappedGridCells.spaced("财政", "拨款"), "财政 拨款")
    }

    /// In a form whose text stands in value cells too (read by adjacency), a marker piece under a
    /// name that ends with a colon goes on in that name: the colon opens the list.
    func testAMarkerPieceUnderANameEndingWithAColonGoesOnInIt() {
        let doc = FamilyFixture.extract([
            "部门整体支出绩效自评表",                  // 1
            "单位：万元",                            // 2
            "项目\t\t年初预算数\t全年执行数",          // 3
            "\t资金来源: \t\t100.00\t90.00",         // 4
            "\t(1) 政府",                           // 5
            "\t预算资金",                            // 6
            "\t(2) 财政\t\t5.00\t4.00",              // 7
            "\t专户管理资金",                         // 8
            "年度目标\t目标\t\t实际完成情况",          // 9
        ])
        let rows = doc.tables[0].sections[0].rows
        XCTAssertEqual(rows.first { $0.line == 4 }.map { TextRepair.compact($0.label) }, "资金来源:(1)政府预算资金")
        // The piece under (2) 财政 may as well begin the row of words under it (年度目标 | 目标, a
        // form's row with words in its value cells): its name is not certain, its values rejected.
        XCTAssertEqual(rows.first { $0.line == 7 }?.cells.count ?? 0, 0)
        XCTAssertEqual(doc.rejects.filter { $0.line == 7 }.map(\.text), ["5.00", "4.00"])
    }
}

/// A total's name wrapped before its number line (`本年收入` / `合计 10.00`): the bare total word
/// is the name's end, so the piece before it is its start, not a heading of its own.
final class ExtractBareTotalPiecesTests: XCTestCase {
    func testAPieceBeforeABareTotalOpensTheTotalsName() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表",                   // 1
            "单位：万元",                        // 2
            "收入\t\t支出\t",                     // 3
            "项目\t金额\t项目\t金额",              // 4
            "一、一般\t\t一、一般",                // 5
            "公共预算\t10.00\t公共服务\t",         // 6
            "\t\t二、抗疫",                       // 7
            "\t\t特别国债",                       // 8
            "\t\t安排的支\t10.00",                // 9
            "\t\t出",                            // 10
            "本年收入\t\t本年支出",                // 11
            "合计\t10.00\t合计\t10.00",           // 12
            "收入总计\t10.00\t支出总计\t10.00",    // 13
        ])
        let sections = doc.tables[0].sections
        let totals = sections.map { $0.rows.first { $0.line == 12 }.map { TextRepair.compact($0.label) } }
        XCTAssertEqual(totals, ["本年收入合计", "本年支出合计"])
        XCTAssertEqual(sections[1].rows.first { $0.line == 9 }.map { TextRepair.compact($0.label) }, "二、抗疫特别国债安排的支出")
        XCTAssertTrue(WrappedGridCells.isBareTotal(" 合计"))
        XCTAssertFalse(WrappedGridCells.isBareTotal("本年收入合计"))
    }
}
