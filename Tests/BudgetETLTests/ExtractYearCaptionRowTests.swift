import XCTest
@testable import BudgetETL

/// A -layout header whose first line holds a year over each group of measures, one of them over
/// a single column (`2019年` over `完成数`, `2020年` over `预算数 | 完成数`): a row of year captions,
/// so the lone one is its column's caption too, not the first piece of a wrapped cell
/// (`HeaderFit.inRowOfYears`).
final class ExtractYearCaptionRowTests: XCTestCase {
    private let page = [
        "某区一般公共预算收入执行情况表",
        "编制单位：某区财政局                                                     单位：万元",
        "                        2019年                     2020年",
        "              项目",
        "                        完成数              预算数              完成数",
        "税收收入小计                          27,631         33,385           33,385",
        "增值税                             13,950         18,835           17,585",
        "房产税                              2,782          2,800            3,800",
    ]

    func testALoneYearInARowOfYearsIsItsColumnsCaption() {
        let doc = FamilyFixture.extract(page)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2019年 / 完成数", "2020年 / 预算数", "2020年 / 完成数"])
        XCTAssertEqual(FamilyFixture.rows(section).last, "L8 |房产税 → 2019年 / 完成数=2,782@8 2020年 / 预算数=2,800@8 2020年 / 完成数=3,800@8")
    }
}
