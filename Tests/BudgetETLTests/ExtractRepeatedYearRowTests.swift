import XCTest
@testable import BudgetETL

/// A -layout table whose first row's amounts read as a year (2016 under 资金合计 and again under
/// its one part): a header names a year once, so a named row that repeats one is a row, not a
/// header line over the rows (`TableLines.looksLikeBody`).
final class ExtractRepeatedYearRowTests: XCTestCase {
    private let page = [
        "某地专项资金分配表",
        "单位：万元",
        "        项目    资金合计            省级资金",
        "甲地区                   2016           2016",
        "乙县                      415            415",
        "丙县                      601            601",
        "丁县                     1000           1000",
    ]

    func testARowRepeatingAYearLikeAmountIsTheFirstRow() {
        let doc = FamilyFixture.extract(page)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["资金合计", "省级资金"])
        XCTAssertEqual(FamilyFixture.rows(section).first, "L4 |甲地区 → 资金合计=2016@4 省级资金=2016@4")
    }

    func testYearsEachOnceStayAHeaderLine() {
        let line = { (text: String) in TableLines.prepare(text, number: 1, tab: false, mangled: false, aligned: true) }
        XCTAssertTrue(TableLines.looksLikeBody(line("甲地区                   2016           2016")))
        XCTAssertFalse(TableLines.looksLikeBody(line("地区                     2016           2017")))
        XCTAssertFalse(TableLines.looksLikeBody(line("项目                     2016           2016")))
    }
}
