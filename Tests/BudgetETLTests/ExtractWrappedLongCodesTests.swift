import XCTest
@testable import BudgetETL

/// A project's long code wrapped in a spreadsheet's narrow cell: its first digits on the line
/// above the row's values, the rest under them.
final class ExtractWrappedLongCodesTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "project_expenditure_budget", titlePatterns: ["项目支出预算表"]),
    ]))

    private func rows(_ lines: [String]) -> (rows: [String], rejects: [String]) {
        let doc = extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        guard let table = doc.tables.first, let section = table.sections.first else { return ([], []) }
        let rows = section.rows.map { row in
            "\(row.codeParts.joined())|\(row.label) → " + row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.joined(separator: " ")
        }
        return (rows, doc.rejects.map(\.text))
    }

    func testLongCodesPiecesAreJoinedTopDown() {
        let read = rows([
            "项目支出预算表",
            "编制单位：某某局                              单位：万元",
            "项目编码            项目名称              合计          财政拨款",
            "                    某某单位",
            "410800220000000     监督检查工",
            "014330              作经费                47.00         47.00",
            "410800220000000     信息系统运",
            "84412               行维护费              60.00         60.00",
            "                    合计                 107.00        107.00",
        ])
        XCTAssertEqual(read.rows, [
            "410800220000000014330|某某单位 监督检查工 作经费 → 合计=47.00 财政拨款=47.00",
            "41080022000000084412|信息系统运 行维护费 → 合计=60.00 财政拨款=60.00",
            "|合计 → 合计=107.00 财政拨款=107.00",
        ])
        XCTAssertEqual(read.rejects, [])
    }

    /// A project row without values over the next project's row: two codes, not one.
    func testNextLongCodeIsARowOfItsOwn() {
        let read = rows([
            "项目支出预算表",
            "编制单位：某某局                              单位：万元",
            "项目编码                  项目名称          合计          财政拨款",
            "410800220000000014330     监督检查经费",
            "410800220000000014331     运行维护费        60.00         60.00",
        ])
        XCTAssertEqual(read.rows.last, "410800220000000014331|运行维护费 → 合计=60.00 财政拨款=60.00")
    }
}
