import XCTest
@testable import BudgetETL

/// Rows around a page break whose header is printed again (a word processor's repeated header
/// rows), made-up tables: a rate whose sign went past the break, and a short line on a page
/// whose header words moved.
final class ExtractPageBreakCellsTests: XCTestCase {
    /// A rate wrapped in its cell prints its number before the break and its sign after the
    /// repeated header: the bare number is rejected, not loaded as a plain number.
    func testRateWhoseSignWentPastThePageBreakIsRejected() throws {
        let doc = FamilyFixture.extract([
            "                项目支出预算表",                        // 1
            "单位：万元",                                            // 2
            "编码    名称        预算数      执行率      得分率",    // 3
            "001     甲乙        10.00       90%         95%",       // 4
            "002     丙丁        20.00       80.5        98%",       // 5
            "",                                                      // 6
            "编码    名称        预算数      执行率      得分率",    // 7
            "                                %",                     // 8
            "003     庚辛        30.00       70%         96%",       // 9
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).filter { $0.hasPrefix("L5 ") }, ["L5 002|丙丁 → 预算数=20.00@5 得分率=98%@5"])
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.rateSignPastPageBreak.description }.map(\.text), ["80.5"])
    }

    /// The same bare number with no sign after the break is the number as printed.
    func testBareNumberWithoutSignAfterTheBreakStays() throws {
        let doc = FamilyFixture.extract([
            "                项目支出预算表",                        // 1
            "单位：万元",                                            // 2
            "编码    名称        预算数      执行率      得分率",    // 3
            "001     甲乙        10.00       90%         95%",       // 4
            "002     丙丁        20.00       80.5        98%",       // 5
            "",                                                      // 6
            "编码    名称        预算数      执行率      得分率",    // 7
            "003     庚辛        30.00       70%         96%",       // 8
        ])
        XCTAssertTrue(doc.rejects.filter { $0.reason == RejectReason.rateSignPastPageBreak.description }.isEmpty)
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertTrue(FamilyFixture.rows(s)[1].contains("执行率=80.5@5"))
    }

    /// A page's own header printed a few characters right of the first page's, with no full line
    /// under it: the first page's full line, moved as far as the header words moved, ends each
    /// column there, and a short line's value goes under the column whose values it ends with.
    func testShortLineOnAPageOfMovedHeaderPlacedByTheFullLinesMoved() throws {
        let doc = FamilyFixture.extract([
            "                        部门支出预算表",                   // 1
            "单位：万元",                                               // 2
            "                                   本年支出",              // 3
            "科目编码       科目名称",                                  // 4
            "                             小计    基本支出 项目支出",   // 5
            "          合计           854.34      348.19   506.16",     // 6
            "  208     甲乙丙丁       300.88      249.98   50.91",      // 7
            "  221     戊己庚辛       27.60       27.60",               // 8
            "                                     本年支出",            // 9
            " 科目编码       科目名称",                                 // 10
            "                             小计      基本支出 项目支出", // 11
            " 22102    子丑寅卯        27.60        27.60",             // 12
            " 2210201 辰巳午未          27.60        27.60",            // 13
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        let rows = FamilyFixture.rows(s)
        XCTAssertEqual(rows.filter { $0.hasPrefix("L12 ") }, ["L12 22102|子丑寅卯 → 本年支出 / 小计=27.60@12 本年支出 / 基本支出=27.60@12"])
    }
}
