import XCTest
@testable import BudgetETL

/// Bold text printed twice by the converter ("科目名称科目名称", "301301") under a title that is
/// not doubled (renamed, or printed once): the table's own words show the doubling.
final class ExtractFamilyMangledTests: XCTestCase {
    func testDoubledWordsUnderASingleTitleAreUndone() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码科目编码 科目名称科目名称 金额金额",
            "301301 工资福利支出工资福利支出 100.00",
            "302302 商品和服务支出商品和服务支出 50.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }, [
            "L4 301|工资福利支出 → 金额=100.00@4",
            "L5 302|商品和服务支出 → 金额=50.00@5",
        ])
    }

    func testWordsPrintedOnceAreNoDoubling() {
        XCTAssertFalse(TableLines.printsWordsTwice(["科目编码 科目名称 金额", "301 工资福利支出 100.00"]))
        // One doubled word among many is a name, not the converter's bold.
        XCTAssertFalse(TableLines.printsWordsTwice(["科目编码 科目名称 合计合计 基本支出 项目支出 其他支出"]))
        XCTAssertTrue(TableLines.printsWordsTwice(["人员经费人员经费 公用经费公用经费", "科目名称科目名称 金额金额"]))
    }
}
