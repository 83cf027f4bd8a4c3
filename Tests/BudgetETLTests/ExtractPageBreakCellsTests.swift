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

/// Ruled tables (tab text, blank cells kept) whose row a page break split.
final class ExtractPageSplitRowsTests: XCTestCase {
    private let header = ["收入\t\t\t支出\t\t", "项目\t行次\t金额\t项目\t行次\t金额"]

    private func extract(_ page2: [String]) -> ExtractedDocument {
        FamilyFixture.extract(["收支预算总表", "单位：万元"] + header + [
            "一、甲乙丙丁戊己收入\t1\t10.00\t一、子丑寅卯支出\t5\t10.00",
            "二、甲乙丙\t2\t20.00\t二、子丑寅\t6\t20.00",
            "",
        ] + header + page2)
    }

    /// The row's names cut at the break end on the next page's first row of words.
    func testNamesCutAtThePageBreakJoinTheirEnds() throws {
        let doc = extract(["丁戊己\t\t\t卯支出\t\t", "三、庚辛收入\t3\t30.00\t三、辰巳支出\t7\t30.00"])
        let table = try XCTUnwrap(doc.tables.first)
        let labels = table.sections.map { $0.rows.map(\.label) }
        XCTAssertEqual(labels, [["一、甲乙丙丁戊己收入", "二、甲乙丙丁戊己", "三、庚辛收入"],
                                ["一、子丑寅卯支出", "二、子丑寅卯支出", "三、辰巳支出"]])
    }

    /// A page starting with a heading under a complete name is left as printed.
    func testHeadingUnderACompleteNameIsNoRowEnd() {
        XCTAssertNil(PageSplitRows.joinedRow(line("\t甲乙培训费\t10.00"), pieces: [], last: line("\t其中:\t")))
        let joined = PageSplitRows.joinedRow(line("\t甲乙培训费\t10.00"), pieces: [], last: line("\t(行政)\t"))
        XCTAssertEqual(joined.map { LabelCleaner.clean($0.tokens[1].text) }, "甲乙培训费(行政)")
        XCTAssertEqual(joined?.tokens[2].text, "10.00")
        XCTAssertTrue(PageSplitRows.isQualifier("(行政)"))
        XCTAssertFalse(PageSplitRows.isQualifier("(一)"))
        XCTAssertFalse(PageSplitRows.isQualifier("(一)工资福利支出"))
    }

    private func line(_ text: String) -> TableLines.Line {
        TableLines.prepare(text, number: 1, tab: true, mangled: false, aligned: false)
    }
}

extension ExtractPageSplitRowsTests {
    /// A table whose names wrap onto rows of words alone starts its next page's row so too: no
    /// page's first row of words ends the row before the break.
    func testTablePrintingRowsOfWordsElsewhereJoinsNone() throws {
        let doc = FamilyFixture.extract(["收支预算总表", "单位：万元"] + ["项目\t行次\t金额\t项目\t行次\t金额"] + [
            "一、甲乙\t\t\t一、子丑\t\t",
            "丙丁收入\t1\t10.00\t寅卯支出\t5\t10.00",
            "二、甲乙丙\t2\t20.00\t二、子丑寅\t6\t20.00",
            "",
            "项目\t行次\t金额\t项目\t行次\t金额",
            "三、庚辛\t\t\t三、辰巳\t\t",
            "壬癸收入\t3\t30.00\t午未支出\t7\t30.00",
        ])
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertFalse(table.sections.flatMap { $0.rows.map(\.label) }.contains { $0.hasPrefix("二、甲乙丙三") })
        XCTAssertTrue(PageSplitRows.isCutShort("一、一般公"))
        XCTAssertFalse(PageSplitRows.isCutShort("补助(行政)"))
    }
}
