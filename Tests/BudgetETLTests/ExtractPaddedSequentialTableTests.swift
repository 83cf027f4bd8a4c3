import XCTest
@testable import BudgetETL

/// A word processor's narrow cells through pdftotext -layout: full cells one space apart, so the
/// table looks single-space separated, but a header line padded to its columns.
final class ExtractPaddedSequentialTableTests: XCTestCase {
    private func table(_ codeAndName: String) -> [String] {
        [
            "                          部门支出预算表",
            "编制单位：某某局单位：万元",
            "                                             本年支出",
            codeAndName,
            "                                           基本支出 项目支出",
            "201                     一般公共服务支出 5000.00 2877.00",
            "20101                   行政运行 3000.00 2877.00",
            "20102                   一般行政管理事务 2000.00",
        ]
    }

    func testPaddedHeaderLineReadsTheTableByPosition() {
        let doc = FamilyFixture.extract(table("         科目编码                 科目名称"))
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L6 201|一般公共服务支出 → 本年支出 / 基本支出=5000.00@6 本年支出 / 项目支出=2877.00@6"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L8 20102|一般行政管理事务 → 本年支出 / 基本支出=2000.00@8"), rows.joined(separator: "\n"))
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Without a header line whose words stand apart, the spacing says nothing of columns: the
    /// table stays single-space separated, its values rejected for want of a header.
    func testHeaderOfTouchingWordsKeepsTheStreamReading() {
        let doc = FamilyFixture.extract(table("科目编码 科目名称"))
        XCTAssertFalse(doc.tables.contains { $0.sections.contains { $0.rows.contains { !$0.cells.isEmpty } } })
        XCTAssertFalse(doc.rejects.isEmpty)
    }
}
