import XCTest
@testable import BudgetETL

/// A two-sided table printed from one spreadsheet bottom-aligns every cell: the right side's
/// name ending in one character on its number line ("补充预算周转" / "金") shows it, and the left
/// side's wrapped name ("动用预算稳定调" / "节基金") begins the row below it, not the end of the row
/// above, though that row's name ("返还性补助") does not end like a complete one
/// (`AlignedBottomNames.sections`).
final class ExtractBottomNamesBothSidesTests: XCTestCase {
    private let page = [
        "某区一般公共预算收支决算平衡表",
        "单位：万元",
        "   项目     预算数           决算数          项目     预算数          决算数",
        "收入合计         500100        500900   支出合计        500100       500900",
        "                                  补充预算周转",
        "返还性补助        344106        344589   金                 640          640",
        "动用预算稳定调",
        "节基金             38837         38837   调出资金               0            0",
        "调入资金           92000         92000   结转下年          118583       115204",
    ]

    func testTheLeftSidesWrappedNameBeginsTheRowBelowLikeTheRightSides() {
        let doc = FamilyFixture.extract(page)
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertTrue(rows.contains("L6 |返还性补助 → 预算数=344106@6 决算数=344589@6"), "\(rows)")
        XCTAssertTrue(rows.contains("L8 |动用预算稳定调 节基金 → 预算数=38837@8 决算数=38837@8"), "\(rows)")
        XCTAssertTrue(rows.contains("L6 |补充预算周转 金 → 预算数=640@6 决算数=640@6"), "\(rows)")
    }

    /// A rate's name wrapped before its percent sign ("药占比(不含中药饮片)" / "%") ends on its number
    /// line: the name pieces alone on their lines begin the rows below them.
    func testANameEndingInAPercentSignOnItsNumberLineBeginsThere() {
        let doc = FamilyFixture.extract([
            "某医院财务信息公开一览表",
            "单位：万元",
            "     项目             2017             2018",
            "门诊次均费用(元)          450.20           367.03",
            "增幅%                     4%               1%",
            "药占比(不含中药饮片)",
            "%                        48%              39%",
            "百元医疗收入消耗的卫",
            "生材料费(元)               30%              27%",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertTrue(rows.contains { $0.hasPrefix("L5 |增幅% →") }, "\(rows)")
        XCTAssertTrue(rows.contains { $0.hasPrefix("L7 |药占比(不含中药饮片)% →") }, "\(rows)")
        XCTAssertTrue(rows.contains { $0.hasPrefix("L9 |百元医疗收入消耗的卫 生材料费(元) →") }, "\(rows)")
    }
}
