import XCTest
@testable import BudgetETL

/// A two-sided table pasted one cell per line closed by " |", each row numbered (序号): the numbers
/// part the printed rows, the names take the sides in turn within a row, a lone name goes to the
/// side it names, and a unit line after the caption's lines starts the header.
final class ExtractRowOrdinalsTests: XCTestCase {
    private func tokens(_ texts: [String]) -> [Token] {
        texts.enumerated().map { Token(text: $1, line: $0 + 1, column: 0) }
    }

    /// Made up: a caption (an agency with its code, a year field) before the unit, 序号 over two
    /// sides, a 栏次 row, rows whose income cells are blank, a row whose names say no side (placed
    /// by its turn within the printed row).
    private let document: [String] = {
        let cells = [
            "收支总表", "101某某乡政府 |", "预算年度:2031 |", "单位:万元 | ||",
            "序号 |", "收入 |", "支出 | ||", "项 目 |", "预算数 |", "项 目 |", "预算数 | |",
            "栏次 |", "1 |", "2 |", "3 |", "4 |",
            "1 |", "一、财政拨款收入 |", "70.50 |", "一、一般公共服务支出 |", "40.25 |",
            "2 |", "二、事业收入 |", "|", "二、教育支出 |", "|",
            "3 |", "|", "|", "三、卫生健康支出 |", "20.00 |",
            "4 |", "|", "|", "四、住房保障支出 |", "10.25 |",
            "5 |", "上年结转 |", "5.00 |", "年终结转 |", "|",
            "6 |", "收入总计 |", "70.50 |", "支出总计 |", "70.50",
        ]
        return cells
    }()

    func testNumberedRowsTakeTheirSides() {
        let doc = FamilyFixture.extract(document)
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables.first?.sections ?? []
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections.map { FamilyFixture.rows($0) }, [
            ["L18 |一、财政拨款收入 → 预算数=70.50@19", "L23 |二、事业收入 → ", "L38 |上年结转 → 预算数=5.00@39", "L43 |收入总计 → 预算数=70.50@44"],
            ["L20 |一、一般公共服务支出 → 预算数=40.25@21", "L25 |二、教育支出 → ", "L30 |三、卫生健康支出 → 预算数=20.00@31",
             "L35 |四、住房保障支出 → 预算数=10.25@36", "L40 |年终结转 → ", "L45 |支出总计 → 预算数=70.50@46"],
        ])
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }

    func testOrdinalsAreAWholeRunBeforeNames() {
        let stream = tokens(["甲收入", "1", "1", "甲", "5", "2", "乙", "3", "丙", "4", "丁"])
        // 1 before 1 is a value; 1, 2, 3, 4 before names are the rows' numbers.
        XCTAssertEqual(RowOrdinals.run(stream, headerWords: ["序号", "项目", "金额"])?.indices, [2, 5, 7, 9])
        XCTAssertNil(RowOrdinals.run(stream, headerWords: ["项目", "金额"]))
        // Numbered from 2, the first row stands before: a name first.
        let fromTwo = tokens(["甲", "5", "2", "乙", "3", "丙", "4", "丁"])
        XCTAssertEqual(RowOrdinals.run(fromTwo, headerWords: ["行次"])?.indices, [2, 4, 6])
        XCTAssertEqual(RowOrdinals.run(fromTwo, headerWords: ["行次"])?.firstRowBefore, true)
        XCTAssertNil(RowOrdinals.run(tokens(["1", "甲", "2", "乙"]), headerWords: ["序号"]))
    }

    func testALoneNameSaysItsSideOrNone() {
        let stream = tokens(["1", "一、税收收入", "9", "一、教育支出", "8", "2", "二、卫生支出", "7", "3", "结转", "6", "4", "合计收入", "9"])
        let run = RowOrdinals.run(stream, headerWords: ["序号"])!
        let rows = RowOrdinals.rows(stream, run: run, sections: ["收入", "支出"])
        XCTAssertEqual(rows.chunks.map { $0.labels.map(\.text).joined() }, ["一、税收收入", "一、教育支出", "二、卫生支出", "结转", "合计收入"])
        XCTAssertEqual(rows.sides, [0, 1, 1, nil, 0])
        XCTAssertEqual(rows.chunks.flatMap(\.values).map(\.text), ["9", "8", "7", "6", "9"])
    }

    func testUnitLineClosesACaptionOfNoHeaderWord() {
        func line(_ text: String) -> TableLines.Line {
            TableLines.Line(number: 1, tokens: tokens([text]), compact: text)
        }
        XCTAssertTrue(TableLines.closesCaption(line("单位:万元"), before: [line("某某乡政府"), line("预算年度:2031")], streams: true))
        XCTAssertFalse(TableLines.closesCaption(line("单位:万元"), before: [line("项目"), line("预算数")], streams: true))
        XCTAssertFalse(TableLines.closesCaption(line("单位:万元"), before: [line("某某乡政府")], streams: false))
        XCTAssertFalse(TableLines.closesCaption(line("某某乡政府"), before: [line("预算年度:2031")], streams: true))
    }
}
