import XCTest
@testable import BudgetETL

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
