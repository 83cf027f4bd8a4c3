import XCTest
@testable import BudgetETL

/// A form's parts printed one under another by a spreadsheet, the later part under its own name
/// and a header that repeats the identifying word (项目) over a column of another name.
final class ExtractRepeatedIdentifyingWordTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "performance_targets_department", titlePatterns: ["(本级)?部门整体绩效目标表"]),
    ]))

    func testLaterPartsValuesStayUnderItsOwnHeader() {
        let lines = [
            "本级部门整体绩效目标表",
            "编制单位：某某局单位：万元",
            "年度主要任务",
            "      项目                                主要内容",
            "部门预算总额                            500.00",
            "资金来源                                500.00",
            "预算执行率",
            "      项目                                ≥90%",
            "产出指标完成                            100%",
            "效益指标完成                            95%",
        ]
        let doc = extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        let placed = doc.tables.flatMap(\.sections).flatMap { section in
            section.rows.flatMap { row in row.cells.map { "\(section.name)|\(row.label)|\(section.columns[$0.column].joined)=\($0.text)" } }
        }
        XCTAssertEqual(placed.filter { $0.contains("指标完成") }, ["预算执行率|产出指标完成|≥90%=100%", "预算执行率|效益指标完成|≥90%=95%"])
    }
}
