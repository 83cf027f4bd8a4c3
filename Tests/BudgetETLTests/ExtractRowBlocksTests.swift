import XCTest
@testable import BudgetETL

/// Rows printed as blocks parted by blank lines (MuPDF's text): a row's values on lines of their
/// own under its code and name, no blank line between, are that row's however few (`RowBlocks`);
/// a short row's columns are left to the table's sums.
final class ExtractRowBlocksTests: XCTestCase {
    private static let header = [
        "部门支出预算表", "", "单位：元", "",              // 1-4
        "科目编码", "科目名称", "", "合计", "基本支出", "项目支出", "", // 5-11
    ]

    /// Each row one block: the full rows place their values where printed, the short rows
    /// (基本支出 or 项目支出 blank) keep theirs, guessed, in print order.
    private static let blocks = header + [
        "201 一般公共服务支出", "300.00", "200.00", "100.00", "", // 12-16
        "20101 人大事务", "200.00", "200.00", "",                 // 17-20
        "20102 政协事务", "100.00", "100.00", "",                 // 21-24
        "合计", "300.00", "200.00", "100.00", "",                 // 25-29
    ]

    func testShortRowsInTheirOwnBlocksKeepTheirValuesGuessed() {
        let doc = FamilyFixture.extract(Self.blocks)
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L12 201|一般公共服务支出 → 合计=300.00@13 基本支出=200.00@14 项目支出=100.00@15",
            "L17 20101|人大事务 → 合计=200.00@18 基本支出=200.00@19",
            "L21 20102|政协事务 → 合计=100.00@22 基本支出=100.00@23",
            "L25 |合计 → 合计=300.00@26 基本支出=200.00@27 项目支出=100.00@28",
        ])
        XCTAssertEqual(section.rows.map { $0.cells.contains(where: \.guessed) }, [false, true, true, false])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// The table's sums then place the short rows' values: 20102's 100.00 is its 项目支出
    /// (under 基本支出 the column would add up to 300.00, not 200.00).
    func testTheSumsPlaceTheShortRowsValues() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let config = try PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))
        let normalized = Normalizer(catalog: config.catalog, outputUnit: .yuan, placement: PlacementRules(config.validation))
            .normalize(Extractor(catalog: config.catalog).extract(bytes: Array(Self.blocks.joined(separator: "\n").utf8),
                                                                  sourceFile: "t.txt", sha256: ""))
        let rows = try XCTUnwrap(normalized.tables.first?.sections.first?.rows)
        let placed = rows.map { row in row.cells.map { "\($0.column)=\($0.value)" }.joined(separator: " ") }
        XCTAssertEqual(placed, ["0=300.00 1=200.00 2=100.00", "0=200.00 1=200.00", "0=100.00 2=100.00",
                                "0=300.00 1=200.00 2=100.00"])
    }

    /// Each value a block of its own (plain pdftotext, pdfminer): a short row's values may be the
    /// next row's, so they are rejected as before.
    func testValuesInBlocksOfTheirOwnStayRejected() {
        let apart = Self.header + [
            "201 一般公共服务支出", "", "300.00", "", "200.00", "", "100.00", "", // 12-19
            "20101 人大事务", "", "200.00", "", "200.00", "",                     // 20-25
            "20102 政协事务", "", "100.00", "", "100.00", "",                     // 26-31
            "合计", "", "300.00", "", "200.00", "", "100.00", "",                 // 32-39
        ]
        let doc = FamilyFixture.extract(apart)
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.filter { $0.label.contains("事务") }.map(\.cells.count), [0, 0])
        XCTAssertEqual(Set(doc.rejects.map(\.line)), [22, 24, 28, 30])
    }

    /// Only rows whose name and values share a block: a blank line after the name parts them,
    /// and the short row's values are rejected.
    func testAShortRowWhoseValuesStandApartFromItsNameStaysRejected() {
        var lines = Self.blocks
        lines.insert("", at: 21) // 20102 政协事务 / (blank) / 100.00 / 100.00
        let doc = FamilyFixture.extract(lines)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.first { $0.codeParts == ["20102"] }?.cells.count, 0)
        XCTAssertEqual(Set(doc.rejects.map(\.line)), [23, 24])
    }

    func testPrintsRowsNeedsSeveralRowBlocks() {
        func line(_ number: Int, _ words: [String]) -> TableLines.Line {
            TableLines.Line(number: number, tokens: words.enumerated().map { Token(text: $1, line: number, column: $0 * 10) },
                            compact: words.joined())
        }
        let rows = [line(1, ["甲"]), line(2, ["1.00"]), line(4, ["乙"]), line(5, ["2.00"]), line(7, ["丙"]), line(8, ["3.00"])]
        XCTAssertTrue(RowBlocks.printsRows(rows))
        XCTAssertFalse(RowBlocks.printsRows(Array(rows.prefix(4))))
        // A page of lines without blank lines is one block: no row's.
        let page = rows.enumerated().map { line($0.offset + 1, $0.element.tokens.map(\.text)) }
        XCTAssertFalse(RowBlocks.printsRows(page))
    }

    /// A total opening a block that goes on with one value a line is the first row, not the
    /// header's last word: the header names the three columns the rows fill.
    func testTotalOpeningARowBlockUnderTheHeaderIsTheFirstRow() {
        let doc = FamilyFixture.extract([
            "收入决算表", "", "单位：万元", "",                        // 1-4
            "科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入", "", // 5-10
            "合计", "30.00", "20.00", "10.00", "",                    // 11-15
            "201 一般公共服务支出", "30.00", "20.00", "10.00", "",       // 16-20
            "20101 人大事务", "30.00", "20.00", "10.00", "",            // 21-25
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年收入合计", "财政拨款收入", "其他收入"])
        XCTAssertEqual(FamilyFixture.rows(section).first, "L11 |合计 → 本年收入合计=30.00@12 财政拨款收入=20.00@13 其他收入=10.00@14")
    }

    /// Names alone in blocks of their own (a page's wrapped names printed at its end) before a
    /// code opening the next block name no row: the code starts its row, named by its own block.
    func testCodeOpeningABlockAfterNamesAloneStartsItsRow() {
        let doc = FamilyFixture.extract(Self.header + [
            "201 一般公共服务支出", "30.00", "20.00", "10.00", "", // 12-16
            "20101 人大事务", "10.00", "10.00", "0.00", "",        // 17-21
            "二十、其他支", "出", "", "其他政协事", "务支出", "",       // 22-27
            "20102 政协事务", "20.00", "10.00", "10.00", "",       // 28-32
        ])
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(rows.last, "L28 20102|政协事务 → 合计=20.00@29 基本支出=10.00@30 项目支出=10.00@31")
        XCTAssertFalse(rows.contains { $0.contains("其他政协事") }, "\(rows)")
    }

    /// Where rows are blocks, values a blank line parts from the rest of a row's values may be any
    /// row's (a code alone awaiting its name takes the next blocks'): none is placed.
    func testValuesPartedByABlankLinePlaceNothing() {
        let doc = FamilyFixture.extract(Self.header + [
            "201 一般公共服务支出", "30.00", "20.00", "10.00", "", // 12-16
            "20101 人大事务", "10.00", "10.00", "0.00", "",        // 17-21
            "20102 政协事务", "20.00", "10.00", "10.00", "",       // 22-26
            "20103", "", "5.00", "5.00", "", "0.00", "",          // 27-33
        ])
        let row = doc.tables[0].sections[0].rows.first { $0.codeParts == ["20103"] }
        XCTAssertEqual(row?.cells.count, 0)
        XCTAssertEqual(Set(doc.rejects.filter { $0.reason == RejectReason.valuesOffTheirRow.description }.map(\.line)), [29, 30, 32])
    }
}
