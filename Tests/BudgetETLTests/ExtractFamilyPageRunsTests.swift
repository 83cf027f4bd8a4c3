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
}

/// Two sides side by side on a narrow page: pdftotext glues the right side's code to the left
/// side's amount by one space. The code is the right side's row code, not a value of the left.
final class ExtractFamilySideCodeTests: XCTestCase {
    func testRightSideCodeGluedToTheLeftSidesAmount() {
        let doc = FamilyFixture.extract([
            "                         部门支出预算表",                                                                    // 1
            "单位：万元",                                                                                              // 2
            "                                   人员经费                       公用经费",                                // 3
            "     科目编码                          科目名称     决算数       科目编码     科目名称    决算数",                  // 4
            "    301             工资福利支出                   339.06 302      商品和服务支出    9.13",                     // 5
            "    30101           基本工资                     207.34 30228    工会经费       5.47",                       // 6
            "    30102           津贴补贴                       3.68 30239    其他交通费用     3.66",                      // 7
            "    30103           奖金                        28.91          公用经费合计     9.13",                      // 8
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L5 302|商品和服务支出 → 决算数=9.13@5",
            "L6 30228|工会经费 → 决算数=5.47@6",
            "L7 30239|其他交通费用 → 决算数=3.66@7",
            "L8 |公用经费合计 → 决算数=9.13@8",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[0]).first, "L5 301|工资福利支出 → 决算数=339.06@5")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
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
        let kept = TableLines.withoutRepeatedHeaders(body, header: header, pageStarts: [20])
        XCTAssertEqual(kept.map(\.number), [22, 23])
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
}

/// A first column named as an amount in all (资金总额) is a total: a line's values do not leave it
/// blank for a placement further right that one shift happens to fit better.
final class ExtractFamilyTotalColumnTests: XCTestCase {
    func testValuesStartUnderTheTotalOfAllFunds() {
        let doc = FamilyFixture.extract([
            "                       部门支出预算表",                                                              // 1
            "单位：万元",                                                                                       // 2
            "                                                         项目金额",                                 // 3
            "               科目编码                     科目名称               资金总额  政府预算资金   指标值     指标值",  // 4
            "    309                   某某局                               424.00  424.00",                      // 5
            "    309101                某某中心                              124.00  124.00",                      // 6
        ])
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(rows, [
            "L5 309|某某局 → 资金总额=424.00@5 政府预算资金=424.00@5",
            "L6 309101|某某中心 → 资金总额=124.00@6 政府预算资金=124.00@6",
        ])
    }
}

/// A browser centres a row's cells on their lines: a name wrapped over two lines is printed one
/// piece above the number line and one under it, and the number line has no name of its own.
final class ExtractFamilyCentredNameTests: XCTestCase {
    func testNameWrappedAroundItsNumberLineJoinsThatRow() {
        let doc = FamilyFixture.extract([
            "                        部门支出预算表",   // 1
            "单位：万元",   // 2
            "    科目编码        科目名称                         合计      一般公共预算",   // 3
            "    309       医疗保障局                            130.00      130.00",   // 4
            "              特定目标类某某退休人员医疗保险费某某",   // 5
            "                                               120.00      120.00",   // 6
            "              局",   // 7
            "              其他运转类某某工作经费某某局                    10.00       10.00",   // 8
        ])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map(\.label),
                       ["医疗保障局", "特定目标类某某退休人员医疗保险费某某 局", "其他运转类某某工作经费某某局"])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { $0.cells.map(\.text) }, [["130.00", "130.00"], ["120.00", "120.00"], ["10.00", "10.00"]])
    }

    /// Names over three lines hold their middle piece on the number line: the pieces right above
    /// and right under it are its own, not the ends of the names around it, once a name-less
    /// number line shows that the rows are centred.
    func testNamesWrappedOverThreeLinesAroundTheirNumberLines() {
        let doc = FamilyFixture.extract([
            "                        部门支出预算表",   // 1
            "单位：万元",   // 2
            "    科目编码        科目名称                         合计      一般公共预算",   // 3
            "    309       某某局                              170.00      170.00",   // 4
            "              特定目标类某某关闭破",   // 5
            "              产企业退休人员医疗                        120.00      120.00",   // 6
            "              保险费某某局",   // 7
            "              特定目标类城乡医疗救",   // 8
            "                                                40.00       40.00",   // 9
            "              助资金某某局",   // 10
            "              其他运转类某某支付方",   // 11
            "              式改革和药耗集采工                         10.00       10.00",   // 12
            "              作经费某某局",   // 13
        ])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map(\.label),
                       ["某某局", "特定目标类某某关闭破 产企业退休人员医疗 保险费某某局", "特定目标类城乡医疗救 助资金某某局",
                        "其他运转类某某支付方 式改革和药耗集采工 作经费某某局"])
    }
}
