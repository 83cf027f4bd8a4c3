import XCTest
@testable import BudgetETL

/// Single-space text that prints each row as a paragraph (a blank line after it): a name's pieces
/// wrapped onto lines of their own, above or below the number line, belong to the row of their
/// paragraph, whether or not the name's words look complete without them.
final class ExtractFamilyParagraphRowsTests: XCTestCase {
    private let table = [
        "部门收支预算总表",                                  // 1
        "单位：万元",                                        // 2
        "项目 金额 项目 金额",                                // 3
        "",
        "一、财政拨款 100.00 一、社会保障 80.00",              // 5
        "收入 和就业支出",                                    // 6
        "",
        "上年 上年",                                          // 8
        "结转 20.00 结转 0.00",                              // 9
        "",
        "年初财政拨款 30.00 年末财政拨款 50.00",              // 11
        "结转和结余 结转和结余",                              // 12
        "",
        "总计 150.00 总计 130.00",                           // 14
    ]

    func testPiecesInARowsParagraphJoinItsNames() {
        let doc = FamilyFixture.extract(table)
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        XCTAssertEqual(sections.flatMap { $0.rows.map(\.label) }, [
            "一、财政拨款收入", "上年结转", "年初财政拨款结转和结余", "总计",
            "一、社会保障和就业支出", "上年结转", "年末财政拨款结转和结余", "总计",
        ])
        XCTAssertEqual(sections[0].rows.map { $0.cells.map(\.text) }, [["100.00"], ["20.00"], ["30.00"], ["150.00"]])
        XCTAssertEqual(sections[1].rows.map { $0.cells.map(\.text) }, [["80.00"], ["0.00"], ["50.00"], ["130.00"]])
    }

    func testWithoutABlankLineAfterEveryRowPiecesAreNotJoinedByParagraph() {
        // Two number lines in one paragraph: blank lines do not delimit rows here.
        var lines = table
        lines.remove(at: 9)
        let labels = FamilyFixture.extract(lines).tables[0].sections.flatMap { $0.rows.map(\.label) }
        XCTAssertFalse(labels.contains("年初财政拨款结转和结余"), "\(labels)")
    }

    /// A converter that prints words twice (bold) prints rows as paragraphs too: its pieces join
    /// their paragraph's row as well, once the twins are undone.
    func testPiecesJoinTheirParagraphInATablePrintedTwice() {
        let rows = FamilyFixture.extract(doubled).tables[0].sections.flatMap(\.rows)
        XCTAssertEqual(rows.map(\.label), ["一、财政拨款收入", "二、上级补助收入", "三、事业收入", "总计"])
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [["100.00"], ["20.00"], ["30.00"], ["150.00"]])
    }

    /// A piece under a number line that opens a list (`四、…`) begins another row's name (the
    /// converter printed the cells in turn): it never ends the name above.
    func testAPieceOpeningAListDoesNotEndTheNameAbove() {
        var lines = doubled
        lines.insert("四、经营收入", at: 11)
        let labels = FamilyFixture.extract(lines).tables[0].sections.flatMap { $0.rows.map(\.label) }
        XCTAssertTrue(labels.contains("三、事业收入"), "\(labels)")
        XCTAssertFalse(labels.contains { $0.hasPrefix("三、事业收入四") }, "\(labels)")
    }

    private let doubled = [
        "收入支出决算表收入支出决算表",                      // 1
        "单位：元",                                          // 2
        "项目项目 决算数决算数",                              // 3
        "",
        "一、财政拨款 100.00",                               // 5
        "收入",                                              // 6
        "",
        "二、上级补",                                        // 8
        "助收入 20.00",                                      // 9
        "",
        "三、事业收入 30.00",                                // 11
        "",
        "总计 150.00",                                       // 13
    ]

    /// Under the number line in its paragraph a header word is a piece too (`合计（辆）`): no header
    /// line stands between a row's lines.
    func testAHeaderWordUnderTheNumberLineEndsTheName() {
        let lines = ["部门决算公开相关信息统计表", "单位：元", "项目 栏次 统计数", "",
                     "（一）车辆数 7 1", "合计（辆）", "", "1.副部（省）级 8 0", "", "2.主要领导干部用车 9 0", "", "3.其他用车 10 1"]
        let labels = FamilyFixture.extract(lines).tables[0].sections.flatMap { $0.rows.map(\.label) }
        XCTAssertEqual(labels.first, "（一）车辆数合计（辆）", "\(labels)")
        XCTAssertFalse(labels.contains { $0.hasPrefix("合计") }, "\(labels)")
    }
}

