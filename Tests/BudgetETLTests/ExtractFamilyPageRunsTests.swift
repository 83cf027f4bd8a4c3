import XCTest
@testable import BudgetETL

/// pdftotext lays out each page, and runs of lines within a page, on its own: a column's values
/// may stand off the header's centre, and not all by one shift. The full lines (a value in every
/// column) nearest a shorter line on its page show where that part of the page ends each column.
final class ExtractFamilyPageRunsTests: XCTestCase {
    private func table(_ shortRow: String) -> [String] {
        [
            "                    部门支出预算表",                                                                // 1
            "单位：元",                                                                                      // 2
            "                                                              支出预算",                          // 3
            "    科目编码                           科目名称",                                                 // 4
            "                                                  合计          基本支出          项目支出",       // 5
            "    201     一般公共服务支出                              1,300.00      1,100.00        200.00",  // 6
            "    2010301 行政运行                                  1,000.00        900.00        100.00",      // 7
            "    2010350 事业运行                     300.00                        200.00        100.00",      // 8: 合计 pulled left
            shortRow,                                                                                       // 9
            "                合计                                1,350.00      1,150.00        200.00",       // 10
        ]
    }

    /// `50.00 ⎵ 50.00` ends where the full line above ends 合计 and 基本支出: it is read there,
    /// not as 合计 and 项目支出 (one shift from the header's centres fits that better).
    func testShortLineTakesTheColumnsWhereTheFullLineAboveEndsThem() {
        let doc = FamilyFixture.extract(table("    208     社会保障和就业支出                 50.00                         50.00"))
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(rows[3], "L9 208|社会保障和就业支出 → 支出预算 / 合计=50.00@9 支出预算 / 基本支出=50.00@9")
        XCTAssertEqual(doc.tables[0].sections[0].rows[3].cells.map(\.guessed), [false, false])
        XCTAssertEqual(rows[2], "L8 2010350|事业运行 → 支出预算 / 合计=300.00@8 支出预算 / 基本支出=200.00@8 支出预算 / 项目支出=100.00@8")
    }

    /// Its second value ends where the full lines end 基本支出, its first nowhere a full line ends a
    /// column: the header's placement (合计, 项目支出) puts no value where the full lines do, so
    /// the row's columns are in doubt and left to normalize (the table's sums, or a reject).
    func testShortLineThatTheFullLinesContradictIsInDoubt() {
        let doc = FamilyFixture.extract(table("    208     社会保障和就业支出         50.00                                 50.00"))
        let row = doc.tables[0].sections[0].rows[3]
        XCTAssertEqual(row.cells.map(\.text), ["50.00", "50.00"])
        XCTAssertEqual(row.cells.map(\.guessed), [true, true])
    }

    /// Where the full lines agree with the header's placement nothing changes.
    func testShortLineWhereTheFullLinesEndItsColumnsStaysCertain() {
        let doc = FamilyFixture.extract(table("    208     社会保障和就业支出                                50.00                       50.00"))
        let row = doc.tables[0].sections[0].rows[3]
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0])[3],
                       "L9 208|社会保障和就业支出 → 支出预算 / 合计=50.00@9 支出预算 / 项目支出=50.00@9")
        XCTAssertEqual(row.cells.map(\.guessed), [false, false])
    }

    /// A page laid out wider than the header's (no header printed again), with fewer lines than
    /// columns: one line fills all columns but one, so the ends of the page's values fall into as
    /// many runs as there are columns, and those runs are the columns (`上缴支出` / `项目支出`), where
    /// one shift from the header's centres would put the short lines' values a column too far.
    func testFewLinesOfAWiderPageWithANearlyFullLineTakeThePagesColumns() {
        let doc = FamilyFixture.extract([
            "                      部门支出预算表",
            "单位：元",
            "    科目编码     科目名称          合计         基本支出        项目支出        上缴支出        经营支出",
            "    201      一般公共服务      900.00      500.00      200.00      120.00       80.00",
            "    20101    人大事务        300.00      200.00      100.00",
            "",
            "",
            "",
            "",
            "\u{0C}    20102    政协事务             500.00           300.00           120.00                             80.00",
            "    20103    政府办公             120.00                                             120.00",
            "    20104    发展改革             100.00                            100.00",
        ])
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(Array(rows.suffix(3)), [
            "L10 20102|政协事务 → 合计=500.00@10 基本支出=300.00@10 项目支出=120.00@10 经营支出=80.00@10",
            "L11 20103|政府办公 → 合计=120.00@11 上缴支出=120.00@11",
            "L12 20104|发展改革 → 合计=100.00@12 项目支出=100.00@12",
        ])
    }
}

/// pdftotext lays out each page on its own: a header wrapped over several lines, printed again
/// after a page break, may put its words on other lines than on the first page. It is still the
/// header, not rows nor a new part of the table.
final class ExtractFamilyRepeatedHeaderTests: XCTestCase {
    /// A header that took the first row's name pieces as its last lines: on a later page, the
    /// lines printed as on the first page are the header, and a single word after them that is
    /// one of those pieces stays the next row's.
    func testSingleWordAfterTheHeaderPrintedAsOnTheFirstPageStaysInTheBody() {
        let line = { (text: String, number: Int) in TableLines.prepare(text, number: number, tab: false, mangled: false, aligned: true) }
        let header = [line("        基本支出      项目支出", 3), line("科目编码   科目名称    合计", 4), line("   某某局", 5), line("   财政医", 6)]
        let body = [line("        基本支出      项目支出", 20), line("科目编码   科目名称    合计", 21), line("   财政医", 22),
                    line("052001          10.00     10.00", 23)]
        let kept = RepeatedHeaderFinder(header: header).without(body)
        XCTAssertEqual(kept.map(\.number), [22, 23])
    }

    /// A tab grid's header wrapped over more lines on the first page than on the next: the lines
    /// that hold the header lines' characters are the header again.
    func testTabHeaderWrappedOtherwiseOnTheNextPageIsTheHeader() {
        let line = { (text: String, number: Int) in TableLines.prepare(text, number: number, tab: true, mangled: false, aligned: false) }
        let header = [line("经济\t\t\t总计\t一般公共\t", 3), line("分类\t\t\t\t预算\t", 4), line("类\t款\t名称\t\t小计\t其中：财政拨", 5),
                      line("\t\t\t\t\t款", 6)]
        let body = [line("302\t01\t办公费\t5.00\t5.00\t3.00", 7),
                    line("经济分类\t\t\t总计\t一般公共预算\t", 20), line("类\t款\t名称\t\t小计\t其中：财政拨款", 21),
                    line("302\t02\t印刷费\t4.00\t4.00\t2.00", 22)]
        XCTAssertEqual(RepeatedHeaderFinder(header: header).without(body).map(\.number), [7, 22])
    }

    func testHeaderRepeatedWithItsWordsOnOtherLines() {
        let doc = FamilyFixture.extract([
            "                部门支出预算表",                                                    // 1
            "单位：万元",                                                                      // 2
            "                                        基本支出",                                 // 3
            "科目编码         科目名称            合计       人员       公用      项目支出",            // 4
            "                                      经费       经费",                            // 5
            "201          一般公共服务支出     300.00    60.00    40.00    200.00",               // 6
            "20101        人大事务         300.00    60.00    40.00    200.00",                   // 7
            "", "", "",                                                                    // 8-10: footer and header blanked
            "\u{0C}                                          基本支出",                         // 11
            "                                        人员       公用",                          // 12
            "科目编码         科目名称              合计                        项目支出",             // 13
            "                                        经费       经费",                          // 14
            "208          社会保障和就业支出       50.00    30.00    20.00      0.00",             // 15
            "             合计             350.00    90.00    60.00    200.00",               // 16
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.map(\.line), [6, 7, 15, 16])
        XCTAssertEqual(section.columns.count, 4)
        XCTAssertEqual(section.rows[2].label, "社会保障和就业支出")
        XCTAssertEqual(section.rows[2].cells.map(\.column), [0, 1, 2, 3])
        XCTAssertEqual(section.rows[2].cells.map(\.text), ["50.00", "30.00", "20.00", "0.00"])
        XCTAssertEqual(section.rows[3].cells.map(\.text), ["350.00", "90.00", "60.00", "200.00"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A spreadsheet lays out each page on its own: on the second page of a two-sided table
    /// (收入 | 支出, each side 项目 行次 金额) the left side's amounts stand right of where the
    /// first page put them, past the middle of the gap between the sides. A number before the
    /// right side's name on its line is still the left side's: its page's columns place it.
    func testLeftSideAmountBeforeTheRightSideNameStaysOnTheLeftOnALaterPage() {
        let doc = FamilyFixture.extract([
            "收入支出决算总表",
            "单位：万元",
            "           收入                          支出",
            "   项目      行次      金额           项目     行次        金额",
            "一、一般公共预                      一、一般公共服",
            "算财政拨款收入         1     600.00 务支出            32",
            "五、事业收入          5            五、教育支出         36",
            "                             八、社会保障和",
            "八、其他收入          8     100.00 就业支出           39        700.00",
            "\u{0C}本年收入合计                 27   700.00 本年支出合计                       58          700.00",
            "年初结转和结余                29        年末结转和结余                        60",
            "                       30                                       61",
            "总计                     31   700.00 总计                           62          700.00",
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        let left = FamilyFixture.rows(sections[0]), right = FamilyFixture.rows(sections[1])
        XCTAssertEqual(left.first { $0.contains("本年收入合计") }, "L10 |本年收入合计 → 行次=27@10 金额=700.00@10")
        XCTAssertEqual(left.first { $0.contains("总计") }, "L13 |总计 → 行次=31@13 金额=700.00@13")
        XCTAssertEqual(right.first { $0.contains("本年支出合计") }, "L10 |本年支出合计 → 行次=58@10 金额=700.00@10")
    }
}
