import XCTest
@testable import BudgetETL

/// A sheet wider than the page as a spreadsheet prints it (LibreOffice Calc, pdftotext -layout):
/// the left columns' pages with the rows' codes and names, then the right columns' pages with
/// values only, their header words at the top. The right pages' values go on with the left
/// pages' rows in order, or are rejected; never read as the left columns.
final class ExtractFamilyColumnPagesTests: XCTestCase {
    private let left = [
        "部门支出预算表",                                                          // 1
        "单位：元",                                                                // 2
        "",                                                                        // 3
        " 科目编码          科目名称    合计             基本支出",                 // 4
        "    2010100 行政运行    2798.57       560.30",                             // 5
        "            一般行政管理事",                                               // 6
        "    2010101 务          2289.96      489.34",                              // 7
        "    2010102 机关服务    1652.54      188.65",                              // 8
        "",                                                                        // 9
        "",                                                                        // 10
        "",                                                                        // 11
        "",                                                                        // 12
    ]

    /// The right page: its header words where the sheet's header rows stand, then one value line
    /// per row, a blank line where the left page's row is two lines tall, and a whole amount
    /// (printed without decimals) at the left margin, where codes stand on the left page.
    func testRightHandPageGoesOnWithTheLeftPagesRows() throws {
        let doc = FamilyFixture.extract(left + [
            "",                                                                    // 13
            "项目支出           上缴上级支出          经营支出",                      // 14
            "  1715.26                          523.01",                            // 15
            "",                                                                    // 16
            "   118.64        195.65          1486.97",                             // 17
            "   1463                            0.89",                              // 18
        ])
        let section = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出", "上缴上级支出", "经营支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 2010100|行政运行 → 合计=2798.57@5 基本支出=560.30@5 项目支出=1715.26@15 经营支出=523.01@15",
            "L7 2010101|一般行政管理事 务 → 合计=2289.96@7 基本支出=489.34@7 项目支出=118.64@17 上缴上级支出=195.65@17 经营支出=1486.97@17",
            "L8 2010102|机关服务 → 合计=1652.54@8 基本支出=188.65@8 项目支出=1463@18 经营支出=0.89@18",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A right page whose lines do not pair one for one with the left rows (a row missing, the
    /// spacing off): which row each value belongs to is unknown, so all its values are rejected.
    func testRightHandPageThatDoesNotPairIsRejected() throws {
        let doc = FamilyFixture.extract(left + [
            "",                                                                    // 13
            "项目支出           上缴上级支出          经营支出",                      // 14
            "  1715.26                          523.01",                            // 15
            "   118.64        195.65          1486.97",                             // 16
            "   1463                            0.89",                              // 17
        ])
        let section = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 2010100|行政运行 → 合计=2798.57@5 基本支出=560.30@5",
            "L7 2010101|一般行政管理事 务 → 合计=2289.96@7 基本支出=489.34@7",
            "L8 2010102|机关服务 → 合计=1652.54@8 基本支出=188.65@8",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), ["1715.26", "523.01", "118.64", "195.65", "1486.97", "1463", "0.89"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.columnPageUnmatched.description])
    }

    /// A last row printed as a browser centres it (a name piece above the number line, which
    /// holds only the code and values, a blank line above the piece) is no page of right-hand
    /// columns: no page break stands before the piece, so the row stays the table's own.
    func testLastRowWithItsNameAboveIsNoColumnPage() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                  // 1
            "单位：元",                                                        // 2
            " 科目编码   科目名称              合计             基本支出",       // 3
            " 30101      基本工资              2798.57          560.30",        // 4
            "",                                                                // 5
            "            津贴补贴 [501 01 工资奖",                              // 6
            " 30102                            2289.96          489.34",        // 7
        ])
        let section = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出"])
        XCTAssertEqual(section.rows.map(\.codeParts), [["30101"], ["30102"]])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["2798.57", "560.30"], ["2289.96", "489.34"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }
}
