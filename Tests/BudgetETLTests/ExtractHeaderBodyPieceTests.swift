import XCTest
@testable import BudgetETL

/// A spreadsheet's PDF through pdftotext -layout: the first row's wrapped name starts on the
/// header's last line (the header cells' bottoms and the row's top packed into one line).
final class ExtractHeaderBodyPieceTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "expenditure_budget", titlePatterns: ["(部门)?支出预算(总)?表"]),
    ]))

    private func rows(_ lines: [String]) -> [String] {
        let doc = extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        guard let section = doc.tables.first?.sections.first else { return [] }
        return section.rows.map { row in
            let cells = row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }
            return "\(row.codeParts.joined(separator: ","))|\(row.label) → " + cells.joined(separator: " ")
        }
    }

    func testFirstRowsNamePieceOnTheHeadersLastLineIsTheRows() {
        XCTAssertEqual(rows([
            "                 2025年部门支出预算总表",
            "编制单位：某某局                              单位：万元",
            "科目编码      科目名称          本年          基本          项目",
            "          某某市医          合计          支出          支出",
            "          疗保障局",
            "2101101   行政运行        100.00       60.00       40.00",
            "2101102   一般行政         50.00       50.00",
            "          合计          150.00      110.00       40.00",
        ]), [
            "2101101|某某市医 疗保障局 行政运行 → 本年合计=100.00 基本支出=60.00 项目支出=40.00",
            "2101102|一般行政 → 本年合计=50.00 基本支出=50.00",
            "|合计 → 本年合计=150.00 基本支出=110.00 项目支出=40.00",
        ])
    }

    /// A word under the name column's header that completes it (`科目` over `名称`) stays the header's.
    func testWrappedHeaderWordUnderTheNameColumnStaysTheHeaders() {
        XCTAssertEqual(rows([
            "                 2025年部门支出预算总表",
            "编制单位：某某局                              单位：万元",
            "科目编码      科目              本年          基本          项目",
            "          名称              合计          支出          支出",
            "          某某市医",
            "2101101   疗保障局        100.00       60.00       40.00",
            "          合计          100.00       60.00       40.00",
        ]), [
            "2101101|某某市医 疗保障局 → 本年合计=100.00 基本支出=60.00 项目支出=40.00",
            "|合计 → 本年合计=100.00 基本支出=60.00 项目支出=40.00",
        ])
    }
}
