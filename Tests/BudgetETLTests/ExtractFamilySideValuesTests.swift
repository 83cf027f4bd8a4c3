import XCTest
@testable import BudgetETL

/// A two-sided table whose left side has run out of rows: the row prints only the left side's
/// 行次, and pdftotext shifts the right side's cells left, its 行次 nearer the left side's
/// amount column than its own. The right side's other values on the line tell its shift.
final class ExtractFamilySideValuesTests: XCTestCase {
    private let lines = [
        "                         部门收支预算总表",
        "单位：万元",
        "         收入                                       支出",
        "  项目      行次      金额           项目          行次       合计       基本支出        项目支出",
        "一、财政拨款     1   100.00        一、教育支出        21     60.00     60.00        0.00",
        "二、事业收入     2    20.00        二、卫生健康支出      22     40.00     30.00       10.00",
        "                             三、住房保障支",
        "           3                23     20.00     20.00        0.00",
        "                             出",
        "收入总计       4   120.00        支出总计          24    120.00    110.00       10.00",
    ]

    /// `23` stands nearer the left side's 金额 than the right side's 行次 in the header, but the
    /// right side's amounts on its line are shifted left by as much: it is the right side's 行次,
    /// and the left side's row has no amount.
    func testRightSidesLineNumberShiftedTowardsTheLeftSideStaysOnTheRight() {
        let doc = FamilyFixture.extract(lines)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        let left = FamilyFixture.rows(sections[0]), right = FamilyFixture.rows(sections[1])
        XCTAssertFalse(left.contains { $0.contains("23@8") }, left.joined(separator: "\n"))
        XCTAssertTrue(right.contains("L8 |三、住房保障支 出 → 行次=23@8 合计=20.00@8 基本支出=20.00@8 项目支出=0.00@8"), right.joined(separator: "\n"))
    }
}
