import XCTest
@testable import BudgetETL

/// Header rows of "|"-separated tables whose spanning cells were printed once.
final class ExtractHeaderSpansTests: XCTestCase {
    func testSpanningCellNamedAsAGroupHeadsTheRowUnderIt() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 比上年增减情况 |",
            "增减金额 | 增减幅度 |",
            "合计 | 100.00 | 110.00 | 10.00 | 10.00% |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["上年决算数", "本年预算数", "比上年增减情况 / 增减金额", "比上年增减情况 / 增减幅度"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |合计 → 上年决算数=100.00@5 本年预算数=110.00@5 比上年增减情况 / 增减金额=10.00@5 比上年增减情况 / 增减幅度=10.00%@5",
        ])
    }

    func testSpanWhoseCellIsNotToldRejectsTheValues() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 本年执行数 | ||",
            "金额 | 占预算% | 比上年增长% | |||",
            "合计 | 100 | 110 | 99 | 90 | -1.00 |",
            "工资福利支出 | 60 | 70 | 70 | 100 | 16.67 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.flatMap(\.rows).flatMap(\.cells).isEmpty)
        XCTAssertEqual(doc.rejects.map(\.text), ["100", "110", "99", "90", "-1.00", "60", "70", "70", "100", "16.67"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.contains("header cell spans") }, "\(doc.rejects)")
    }
}
