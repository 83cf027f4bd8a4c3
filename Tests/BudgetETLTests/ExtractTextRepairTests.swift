import XCTest
@testable import BudgetETL

/// Layer 2b: repairs of doubled bold text, glued cells and spacing.
final class ExtractTextRepairTests: XCTestCase {
    private func t(_ text: String, _ line: Int, _ column: Int) -> Token { Token(text: text, line: line, column: column) }

    func testUndoubledOnlyExactHalves() {
        XCTAssertEqual(TextRepair.undoubled("合计合计"), "合计")
        XCTAssertEqual(TextRepair.undoubled("收入支出决算总表收入支出决算总表"), "收入支出决算总表")
        XCTAssertEqual(TextRepair.undoubled("301301"), "301")
        XCTAssertEqual(TextRepair.undoubled("合计"), "合计")
        XCTAssertEqual(TextRepair.undoubled("合计合"), "合计合")
        XCTAssertEqual(TextRepair.undoubled("合计总计"), "合计总计")
        XCTAssertEqual(TextRepair.undoubled("合"), "合")
        XCTAssertEqual(TextRepair.undoubled(""), "")
    }

    func testUndoubledTokenCodesOnlyToCodeLengths() {
        XCTAssertEqual(TextRepair.undoubledToken("301301"), "301")
        XCTAssertEqual(TextRepair.undoubledToken("3010130101"), "30101")
        XCTAssertEqual(TextRepair.undoubledToken("20805052080505"), "2080505")
        // halves of length 1, 2, 4, 6 are not codes: left alone
        XCTAssertEqual(TextRepair.undoubledToken("11"), "11")
        XCTAssertEqual(TextRepair.undoubledToken("1212"), "1212")
        XCTAssertEqual(TextRepair.undoubledToken("20802080"), "20802080")
        XCTAssertEqual(TextRepair.undoubledToken("313002313002"), "313002313002")
        XCTAssertEqual(TextRepair.undoubledToken("2080505"), "2080505")
    }

    func testUndoubledTokenTextAndAmounts() {
        XCTAssertEqual(TextRepair.undoubledToken("合计合计"), "合计")
        XCTAssertEqual(TextRepair.undoubledToken("100.00100.00"), "100.00")
        XCTAssertEqual(TextRepair.undoubledToken("100.00"), "100.00")
        // placeholders are left as printed
        XCTAssertEqual(TextRepair.undoubledToken("--"), "--")
        XCTAssertEqual(TextRepair.undoubledToken("——"), "——")
        // a bold cell glued to the next, each printed twice
        XCTAssertEqual(TextRepair.undoubledToken("费费小计小计"), "费小计")
        XCTAssertEqual(TextRepair.undoubledToken("一般公共服务支出"), "一般公共服务支出")
    }

    func testUndoubledPieces() {
        XCTAssertEqual(TextRepair.undoubledPieces("费费小计小计"), "费小计")
        XCTAssertEqual(TextRepair.undoubledPieces("基本支出基本支出项目支出项目支出"), "基本支出项目支出")
        XCTAssertEqual(TextRepair.undoubledPieces("合计合计"), "合计")
        // not wholly made of doubled pieces: unchanged
        XCTAssertEqual(TextRepair.undoubledPieces("费费小计"), "费费小计")
        XCTAssertEqual(TextRepair.undoubledPieces("工资福利支出"), "工资福利支出")
    }

    func testSplitGluedAmountAndCode() {
        XCTAssertEqual(TextRepair.splitGlued(t("2645523.0030201", 12, 20)),
                       [t("2645523.00", 12, 20), t("30201", 12, 30)])
        XCTAssertEqual(TextRepair.splitGlued(t("1,234.56208", 3, 0)), [t("1,234.56", 3, 0), t("208", 3, 8)])
        XCTAssertEqual(TextRepair.splitGlued(t("-5.002080505", 3, 4)), [t("-5.00", 3, 4), t("2080505", 3, 9)])
    }

    func testSplitGluedAmountAndText() {
        XCTAssertEqual(TextRepair.splitGlued(t("25730935.53一、一般公共服务支出", 8, 5)),
                       [t("25730935.53", 8, 5), t("一、一般公共服务支出", 8, 16)])
        XCTAssertEqual(TextRepair.splitGlued(t("0.50合计", 1, 0)), [t("0.50", 1, 0), t("合计", 1, 4)])
    }

    func testSplitGluedLeavesOrdinaryTokens() {
        for text in ["1,234.56", "12.345", "12.3", "12.00%", "12.0012", "12.00.00", "合计", "208",
                     "abc.12x", "100.00100.00", "", ".50合计"] {
            XCTAssertEqual(TextRepair.splitGlued(t(text, 1, 0)), [t(text, 1, 0)], text)
        }
    }

    func testCompact() {
        XCTAssertEqual(TextRepair.compact(" 合 计 "), "合计")
        XCTAssertEqual(TextRepair.compact("（一）基本支出"), "(一)基本支出")
        XCTAssertEqual(TextRepair.compact("一般公共预算财政拨款“三公”经费支出决算表"), "一般公共预算财政拨款三公经费支出决算表")
        XCTAssertEqual(TextRepair.compact("#合\u{3000}计\u{A0}\u{200B}\t\u{FEFF}"), "合计")
        XCTAssertEqual(TextRepair.compact("合 计 合 计"), "合计")
        XCTAssertEqual(TextRepair.compact("'项目'"), "项目")
        XCTAssertEqual(TextRepair.compact(""), "")
        // A number is never a doubled word: a year column stays whole.
        XCTAssertEqual(TextRepair.compact("2020"), "2020")
        XCTAssertEqual(TextRepair.compact("12.12"), "12.12")
        XCTAssertEqual(TextRepair.compact("2020年2020年"), "2020年")
    }
}
