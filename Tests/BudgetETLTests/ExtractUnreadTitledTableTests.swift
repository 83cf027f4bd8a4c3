import XCTest
@testable import BudgetETL

/// `TableStructure.closesTableAbove`: a new table's title closes the table above, even where the
/// new table's own header cannot be read; its rows are rejected, not read under the header above.
final class ExtractUnreadTitledTableTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: []))

    private func extract(_ lines: [String]) -> ExtractedDocument {
        extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
    }

    private let firstTable = [
        "                 某镇财政收入执行情况表",
        "单位：万元",
        "项目                 上年决算数      本年预算数      本年执行数",
        "税收收入                 120         130         135",
        "非税收入                  30          35          36",
        "收入合计                 150         165         171",
    ]

    /// The second table's header is set one space apart (no columns to read): its row's numbers
    /// are rejected under its own title (its header words and row make it a table, whose header
    /// names no column it can place them under), and the first table keeps its own three rows only.
    func testATitleOverAnUnreadableHeaderClosesTheTableAbove() {
        let doc = extract(firstTable + [
            "",
            "                 某镇财政支出执行情况表",
            "编制单位：某镇单位：万元",
            "                                                  2020 年执行数",
            "       项目        2019 年决算数 2020 年预算调整数",
            "                                         金额 占调整预算% 比上年增长%",
            "一、一般公共服务支出 88            91            92 101.10         4.55",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某镇财政收入执行情况表", "某镇财政支出执行情况表"])
        XCTAssertEqual(doc.tables[0].sections.flatMap(\.rows).filter { !$0.cells.isEmpty }.map(\.label), ["税收收入", "非税收入", "收入合计"])
        XCTAssertTrue(doc.tables[1].sections.flatMap(\.rows).allSatisfy { $0.cells.isEmpty })
        XCTAssertEqual(doc.rejects.map(\.line), [13, 13, 13, 13, 13])
        XCTAssertEqual(doc.rejects.map(\.tableTitle), Array(repeating: "某镇财政支出执行情况表", count: 5))
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerUnknown.description])
    }

    /// A title-shaped line over no rows of numbers (a chart's caption) closes nothing: the lines
    /// under it stay with the table above as before.
    func testATitleOverNoNumbersIsNoTable() {
        let doc = extract(firstTable + ["", "                 收入结构示意表", "（见下图）"])
        XCTAssertEqual(doc.tables.map(\.title), ["某镇财政收入执行情况表"])
        XCTAssertEqual(doc.rejects.count, 0)
    }
}
