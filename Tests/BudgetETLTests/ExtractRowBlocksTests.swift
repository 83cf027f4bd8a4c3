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
}
