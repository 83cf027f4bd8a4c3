import XCTest
@testable import BudgetETL

/// A two-sided -layout table whose header names no code column, printed from narrow cells: the
/// left side's last amount stands one space before the right side's name ("2468013 支出合计").
/// The left side still has a blank column for it and it stands under that side's amounts: it is
/// that side's value, not the right side's row code (`AlignedGridReader.codeWithoutCodeColumn`).
final class ExtractTightSideValueTests: XCTestCase {
    private let page = [
        "某区一般公共预算收支决算平衡表",
        "单位：万元",
        "   项目     预算数           决算数          项目     预算数          决算数",
        "收入合计        2460013       2468013 支出合计        2460013      2468013",
        "税收收入         500771        500771 一般公共服务        935723       935721",
        "非税收入         179392        178392 教育支出          160983       164847",
    ]

    func testTheLeftSidesLastAmountBeforeTheRightSidesNameIsItsValue() {
        let doc = FamilyFixture.extract(page)
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertTrue(rows.contains("L4 |收入合计 → 预算数=2460013@4 决算数=2468013@4"), "\(rows)")
        XCTAssertTrue(rows.contains("L4 |支出合计 → 预算数=2460013@4 决算数=2468013@4"), "\(rows)")
    }
}
