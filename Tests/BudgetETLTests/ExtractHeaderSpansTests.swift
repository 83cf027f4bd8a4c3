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
        // No cell ends as a group does, and the %-columns are rates of nothing printed.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 本年执行数 | ||",
            "金额 | 占全年% | 比三年前增长% | |||",
            "合计 | 100 | 110 | 99 | 45 | 3.00 |",
            "工资福利支出 | 60 | 70 | 70 | 30 | 5.00 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.flatMap(\.rows).flatMap(\.cells).isEmpty)
        XCTAssertEqual(doc.rejects.map(\.text), ["100", "110", "99", "45", "3.00", "60", "70", "70", "30", "5.00"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.contains("header cell spans") }, "\(doc.rejects)")
    }
    func testSpanTheRatesTellIsRestored() {
        // No first-row cell ends as a group does; only under 本年执行数 are the %-columns rates of
        // the amounts (执行数 ÷ 预算数, 执行数 over 上年决算数).
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 本年执行数 | ||",
            "金额 | 占预算% | 比上年增长% | |||",
            "合计 | 100 | 110 | 99 | 90 | -1.00 |",
            "工资福利支出 | 60 | 70 | 70 | 100 | 16.67 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["上年决算数", "本年预算数", "本年执行数 / 金额", "本年执行数 / 占预算%", "本年执行数 / 比上年增长%"])
        XCTAssertEqual(FamilyFixture.rows(section)[1],
                       "L6 |工资福利支出 → 上年决算数=60@6 本年预算数=70@6 本年执行数 / 金额=70@6 本年执行数 / 占预算%=100@6 本年执行数 / 比上年增长%=16.67@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRateColumnsByTheTablesArithmetic() {
        let rows: [[ExactDecimal?]] = [[nil, .parse("401"), .parse("431"), .parse("107.48"), .parse("7.48")],
                                       [nil, .parse("9"), .parse("5"), .parse("55.56"), .parse("-44.44")]]
        XCTAssertTrue(RateColumns.isRateColumn(3, in: rows, operands: [1, 2]))   // 431÷401, 5÷9
        XCTAssertTrue(RateColumns.isRateColumn(4, in: rows, operands: [1, 2]))   // (431−401)÷401, (5−9)÷9
        XCTAssertFalse(RateColumns.isRateColumn(2, in: rows, operands: [1, 3]))
        // Printed one hundredth off: no rate.
        let off: [[ExactDecimal?]] = [[nil, .parse("401"), .parse("431"), .parse("107.49")]]
        XCTAssertFalse(RateColumns.isRateColumn(3, in: off, operands: [1, 2]))
    }
}
