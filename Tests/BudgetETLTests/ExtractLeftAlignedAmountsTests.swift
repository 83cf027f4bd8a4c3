import XCTest
@testable import BudgetETL

/// Amounts set flush left in their cells (a word processor's import that lost the cells'
/// alignment): their starts stand where their columns do, their ends vary with their lengths.
final class ExtractLeftAlignedAmountsTests: XCTestCase {
    private let lines = [
        "                部门支出预算表",
        "编制单位：某某局                     单位：万元",
        "科目编码 科目名称    合计     基本支出 项目支出",
        "201    一般公共服务      1000.00  600.00   400.00",
        "20101  行政运行        5.00     5.00",
        "20102  一般行政        1234567.89        1234567.89",
        "20103  机关服务        12.00             12.00",
        "20104  事业运行        7.00     300000.00",
    ]

    func testStartsOfLeftAlignedAmountsTellTheirColumns() {
        let doc = FamilyFixture.extract(lines)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        // The long amount ends under 项目支出 but starts under 基本支出, where the column's other
        // amounts start.
        XCTAssertTrue(rows.contains("L8 20104|事业运行 → 合计=7.00@8 基本支出=300000.00@8"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L6 20102|一般行政 → 合计=1234567.89@6 项目支出=1234567.89@6"), rows.joined(separator: "\n"))
    }

    func testLeftAlignmentNeedsStartsSharedFarMoreThanEnds() {
        func tokens(_ text: [String]) -> [Token] {
            text.enumerated().flatMap { n, line in
                TableLines.prepare(line, number: n + 1, tab: false, mangled: false, aligned: true).tokens.filter { $0.kind == .amount }
            }
        }
        XCTAssertTrue(AlignedGridReader.leftAligned(tokens(Array(lines.suffix(5)))))
        let rightAligned = [
            "201    一般公共服务   1000.00     600.00    400.00",
            "20101  行政运行         5.00       5.00",
            "20102  一般行政   1234567.89           1234567.89",
            "20103  机关服务        12.00                12.00",
            "20104  事业运行         7.00  300000.00",
        ]
        XCTAssertFalse(AlignedGridReader.leftAligned(tokens(rightAligned)))
        XCTAssertFalse(AlignedGridReader.leftAligned(tokens(Array(lines.suffix(2)))))
    }
}
