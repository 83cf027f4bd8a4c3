import XCTest
@testable import BudgetETL

/// Single-space rows under a header one of whose cells was printed centred around the row of column
/// words (its name's pieces on a line above and a line below, name-column lines between): the cell
/// is one column whose place is untold, and only values every place and every placement fitting the
/// row's sum put under one column are kept.
final class ExtractCentredHeaderCellTests: XCTestCase {
    private func line(_ text: String, _ n: Int) -> TableLines.Line {
        TableLines.prepare(text, number: n, tab: false, mangled: false)
    }
    private func header(_ lines: [String]) -> SequentialHeader {
        SequentialHeader(header: lines.enumerated().map { line($0.element, $0.offset + 10) }, columnNumbers: nil, positionless: true)
    }
    private func cells(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
    }

    func testCentredCellBetweenNameColumnLinesIsOneColumnAddedLast() {
        let h = header(["项目", "附属单位", "本年收入合计 财政拨款收入 事业收入 其他收入", "功能分类", "上缴收入", "科目名称", "科目编码"])
        XCTAssertEqual(h.sections.map { $0.paths.map(\.joined) },
                       [["本年收入合计", "财政拨款收入", "事业收入", "其他收入", "附属单位上缴收入"]])
        XCTAssertEqual(h.sections.map(\.lastPlaceUntold), [true])
        XCTAssertEqual(h.sections.map(\.wordsUnplaced), [false])
    }

    func testWordUnderEveryColumnAndCaptionOverAllGoToTheCentredCellToo() {
        let under = header(["项目", "对附属单位补助", "本年支出合计 基本支出 项目支出", "功能分类 支出", "科目编码",
                            "决算数 决算数 决算数 决算数"])
        XCTAssertEqual(under.sections.map { $0.paths.map(\.joined) },
                       [["本年支出合计 / 决算数", "基本支出 / 决算数", "项目支出 / 决算数", "对附属单位补助支出 / 决算数"]])
        let caption = header(["项目 收入预算", "功能分类科目编码", "事业单位", "功能分类科目名称 合计 财政拨款收入 其他收入",
                              "经营收入", "类 款 项"])
        XCTAssertEqual(caption.sections.map { $0.paths.map(\.joined) },
                       [["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 其他收入", "收入预算 / 事业单位经营收入"]])
    }

    func testTotalAheadOfTheCentredCellIsTheRowsFirstValueWhenTheRestAddUpToIt() {
        // 本年收入合计 = the others: with two equal values the total is the first (or, the cell
        // first, the second: the same value); which part holds the other is untold.
        let columns = ["本年收入合计", "财政拨款收入", "事业收入", "其他收入", "附属单位上缴收入"].map { HeaderPath([$0]) }
        let section = ExtractedSection(name: "", columns: columns, rows: [
            ExtractedRow(line: 1, label: "合计", cells: [RawCell(column: 0, text: "30.00", line: 1, guessed: true),
                                                          RawCell(column: 1, text: "30.00", line: 1, guessed: true)]),
            ExtractedRow(line: 2, label: "某项", cells: [RawCell(column: 0, text: "12.00", line: 2, guessed: true),
                                                          RawCell(column: 1, text: "5.00", line: 2, guessed: true),
                                                          RawCell(column: 2, text: "7.01", line: 2, guessed: true)]),
        ])
        let placed = CentredCellRows.placed(section)
        XCTAssertEqual(placed.section.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } }, [["0=30.00"], ["0=12.00"]])
        XCTAssertEqual(placed.rejects.map(\.text), ["30.00", "5.00", "7.01"])
        XCTAssertTrue(placed.rejects.allSatisfy { $0.reason == .centredCellPlaceUntold })
    }

    func testEveryValuePrintedKeepsTheColumnsEveryPlaceAgreesOn() {
        // Four values for four columns, the centred one anywhere: 合计 is 9 wherever it stands
        // (first, or second after a cell of 9); 其他收入 is 0 under every place (the last value or the
        // one before it); 财政拨款收入 is 9 or 0, 事业收入 0 either way.
        let columns = ["合计", "财政拨款收入", "事业收入", "其他收入", "事业单位经营收入"].map { HeaderPath([$0]) }
        let section = ExtractedSection(name: "", columns: columns, rows: [
            ExtractedRow(line: 1, label: "某项", cells: ["9", "9", "0", "0", "0"].enumerated().map {
                RawCell(column: $0.offset, text: $0.element, line: 1) }),
        ])
        let placed = CentredCellRows.placed(section)
        XCTAssertEqual(placed.section.rows[0].cells.map { "\(columns[$0.column].joined)=\($0.text)" },
                       ["合计=9", "事业收入=0", "其他收入=0"])
        XCTAssertEqual(placed.rejects.count, 2)
    }

    func testWithoutATotalFirstOnlyTheHeaderAlternativesDecide() {
        // No total: (3, 4) in three columns could be any two; nothing is certain.
        XCTAssertFalse(CentredCellRows.totalFirst(["甲", "乙", "丙"].map { HeaderPath([$0]) }))
        XCTAssertFalse(CentredCellRows.totalFirst(["合计", "其中：乙", "丙"].map { HeaderPath([$0]) }))
        XCTAssertTrue(CentredCellRows.totalFirst([["合计", "决算数"], ["乙", "决算数"]].map { HeaderPath($0) }))
        let section = ExtractedSection(name: "", columns: ["甲", "乙", "丙"].map { HeaderPath([$0]) }, rows: [
            ExtractedRow(line: 1, label: "某项", cells: [RawCell(column: 0, text: "3", line: 1, guessed: true),
                                                          RawCell(column: 1, text: "4", line: 1, guessed: true)]),
        ])
        XCTAssertEqual(CentredCellRows.placed(section).section.rows[0].cells, [])
    }

    func testTableUnderACentredCellKeepsOnlyItsTotals() {
        let doc = FamilyFixture.extract([
            "收入决算表",
            "单位：万元",
            "项目",
            "附属单位",
            "本年收入合计 财政拨款收入 上级补助收入 事业收入 经营收入 其他收入",
            "功能分类",
            "上缴收入",
            "科目名称",
            "科目编码",
            "合计 30.00 30.00",
            "201 一般公共服务支出 30.00 30.00",
            "20105 统计信息事务 30.00 30.00",
        ])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.last?.joined, "附属单位上缴收入")
        XCTAssertEqual(cells(doc).map { $0.components(separatedBy: " → ")[1] },
                       ["本年收入合计=30.00@10", "本年收入合计=30.00@11", "本年收入合计=30.00@12"])
        XCTAssertEqual(doc.rejects.count, 3)
    }
}

extension ExtractCentredHeaderCellTests {
    func testHeaderRowsPrintedTwiceWithTheCentredCellAreOneSection() {
        let h = SequentialHeader(header: ["项目 收入预算", "功能分类科目编码", "事业单位", "功能分类科目名称 合计 财政拨款收入 其他收入",
                                          "经营收入", "类 款 项", "功能分类科目编码", "事业单位",
                                          "功能分类科目名称 合计 财政拨款收入 其他收入", "经营收入", "类 款 项"]
                                    .enumerated().map { TableLines.prepare($0.element, number: $0.offset + 1, tab: false, mangled: false) },
                                 columnNumbers: nil, positionless: true)
        XCTAssertEqual(h.sections.map { $0.paths.map(\.joined) },
                       [["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 其他收入", "收入预算 / 事业单位经营收入"]])
    }
}

extension ExtractCentredHeaderCellTests {
    func testFirstRowsNamePieceOverItsNamelessCodeLineIsNoHeaderWord() {
        let doc = FamilyFixture.extract([
            "一般公共预算财政拨款支出决算表",
            "单位：万元",
            "项目",
            "合计 基本支出 项目支出",
            "功能分类",
            "科目名称",
            "科目编码",
            "一般公共服务",
            "201 30.00 10.00 20.00",
            "支出",
            "20105 统计信息事务 30.00 10.00 20.00",
        ])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(cells(doc).map { $0.components(separatedBy: " → ")[0] }, ["L9 201|一般公共服务支出", "L11 20105|统计信息事务"])
        // A piece that ends as a name does, or no code line under it, stays the header's.
        let line = { (text: String, n: Int) in TableLines.prepare(text, number: n, tab: false, mangled: false) }
        XCTAssertNil(HeaderEndNamePiece.moved(header: [line("项目", 1), line("决算数", 2)], body: [line("201 30.00", 3), line("支出", 4)]))
        XCTAssertNil(HeaderEndNamePiece.moved(header: [line("项目", 1), line("一般公共服务", 2)],
                                              body: [line("201 某某 30.00", 3), line("支出", 4)]))
    }
}
