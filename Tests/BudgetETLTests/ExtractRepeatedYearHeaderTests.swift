import XCTest
@testable import BudgetETL

/// A one-column table whose header names its year (`项目  1995`), printed again at the top of
/// the next page: the repeat is the header, not a row named 项目 holding 1995
/// (`RepeatedHeaderFinder`: a header line's whole numbers are years, not amounts).
final class ExtractRepeatedYearHeaderTests: XCTestCase {
    private let page = [
        "某省财政收支平衡表",
        "                          单位：亿元",
        "          项目               1995",
        "经常性收入合计                 254.36",
        "各项税收                       231.41",
        "其他经常性收入                  23.10",
        "          项目               1995",
        "经常性支出合计                 198.96",
        "事业发展支出                    98.44",
    ]

    func testTheHeaderPrintedAgainIsNoRow() {
        let doc = FamilyFixture.extract(page)
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertEqual(rows.count, 5, "\(rows)")
        XCTAssertFalse(rows.contains { $0.contains("|项目") }, "\(rows)")
    }
}
