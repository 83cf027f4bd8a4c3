import XCTest
@testable import BudgetETL

/// A form's parts printed one under another by a spreadsheet, the later part under its own name
/// and a header that repeats the identifying word (项目) over a column of another name.
final class ExtractRepeatedIdentifyingWordTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "performance_targets_department", titlePatterns: ["(本级)?部门整体绩效目标表"]),
    ]))

    func testATargetInARepeatedHeaderNamesNoColumnAndTheValuesStayOffTheFirstPart() {
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
        // A header word that is a target (≥90%) names no column: the form's target rows are rows
        // (`TableLinesBlocks.isSubHeader`), so the later part's values are not placed under it.
        // Above all they never go under the first part's column (主要内容): they are rejected.
        XCTAssertFalse(placed.contains { $0.contains("指标完成") && $0.contains("主要内容") }, placed.joined(separator: "; "))
        let rejected = doc.rejects.map(\.text)
        XCTAssertTrue(placed.contains { $0.hasSuffix("=100%") } || rejected.contains("100%"), rejected.joined(separator: "; "))
        XCTAssertTrue(placed.contains { $0.hasSuffix("=95%") } || rejected.contains("95%"), rejected.joined(separator: "; "))
    }
}
