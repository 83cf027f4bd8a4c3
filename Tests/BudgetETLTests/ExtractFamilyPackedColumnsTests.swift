import XCTest
@testable import BudgetETL

/// pdftotext -layout on a narrow page: neighbouring cells one space apart (`30101 基本工资`,
/// `2345678.00 2345678.00 30201`), so single spaces outnumber the runs of padding, yet every
/// amount stands at its column's place. Sides side by side wrap their first row's names above
/// and under its number line, and the right side's code touches the left side's amount.
final class ExtractFamilyPackedColumnsTests: XCTestCase {
    static let packed = [
        "                  部门支出预算表",                                                              // 1
        "单位：元",                                                                                     // 2
        "               人员经费                             公用经费",                                    // 3
        "科目编                         其中:基本支 科目编                        其中:基本",                   // 4
        "    科目名称         金额                    科目名称         金额",                              // 5
        " 码                            出     码                          支出",                          // 6
        "      工资福利                                 商品和服",                                         // 7
        "301            5123456.78 5123456.78 302        165432.10 165432.10",                         // 8
        "      支出                                   务支出",                                          // 9
        "30101 基本工资     2345678.00 2345678.00 30201 办公费   65432.10 65432.10",                      // 10
        "30102 津贴补贴     1234567.00 1234567.00 30202 印刷费     40000.00   40000.00",                  // 11
        "                                           公务用车",                                           // 12
        "30103 奖金        123456.00 123456.00 30231 运行维护     20000.00   20000.00",                    // 13
        "                                           费",                                                // 14
    ]

    func testNarrowColumnsPrintedOneSpaceApartAreColumnAligned() {
        let table = Array(Self.packed.dropFirst(2))
        XCTAssertEqual(Layout.of(table), .columnAligned)
        XCTAssertTrue(AlignedLayout.amountsLinedUp(table))
        // The same cells one space apart with names of other lengths: the amounts stand wherever
        // the words before them end, so the table is single-space text.
        let spaced = [
            "301 工资福利支出 5123456.78 5123456.78 302 商品和服务支出 165432.10 165432.10",
            "30101 基本工资 2345678.00 2345678.00 30201 办公费 65432.10 65432.10",
            "30102 津贴补贴 1234567.00 1234567.00 30202 印刷费   40000.00",
            "30103 奖金 123456.00 123456.00 30231 公务用车运行维护费 20000.00 20000.00",
            "30107 绩效工资   321098.00 30299 其他商品和服务支出 40000.00 40000.00",
        ]
        XCTAssertFalse(AlignedLayout.amountsLinedUp(spaced))
        XCTAssertEqual(Layout.of(spaced), .sequential)
    }

    func testSidesNamesWrappedAroundTheFirstRowAndTheRightCodeTouchingAnAmount() {
        let doc = FamilyFixture.extract(Self.packed)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["金额", "其中:基本支出"], ["金额", "其中:基本支出"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L8 301|工资福利 支出 → 金额=5123456.78@8 其中:基本支出=5123456.78@8",
            "L10 30101|基本工资 → 金额=2345678.00@10 其中:基本支出=2345678.00@10",
            "L11 30102|津贴补贴 → 金额=1234567.00@11 其中:基本支出=1234567.00@11",
            "L13 30103|奖金 → 金额=123456.00@13 其中:基本支出=123456.00@13",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L8 302|商品和服 务支出 → 金额=165432.10@8 其中:基本支出=165432.10@8",
            "L10 30201|办公费 → 金额=65432.10@10 其中:基本支出=65432.10@10",
            "L11 30202|印刷费 → 金额=40000.00@11 其中:基本支出=40000.00@11",
            "L13 30231|公务用车 运行维护 费 → 金额=20000.00@13 其中:基本支出=20000.00@13",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A spreadsheet left-aligns a name wrapped in its cell: the pieces of a first row printed
    /// without numbers start where that row's code starts, under the header; they are the row's
    /// name, not the lower lines of the header word they stand under.
    func testNamePiecesStartingWhereTheFirstRowsCodeStartsAreNoHeaderWords() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                                    // 1
            "单位：万元",                                                                       // 2
            "                系统查     资金管 成本指 产出指 效益指 满意度",                            // 3
            "科目编 科目名 全年预 全年执 询全年 预算执 理情况 标得分 标得分 标得分 指标得 自评得",             // 4
            " 码   称   算数  行数 执行数 行率 得分率   率   率   率   分率  分",                     // 5
            "        某某市",                                                                  // 6
            "        医疗服",                                                                  // 7
            "        中心",                                                                   // 8
            "        309 某某",                                                               // 9
            "        局",                                                                    // 10
            " 309101          6   5.99        6 99.83% 100%       100%   96%     100%        100%   98.78", // 11
            " 309102          3   2.50        3 83.33% 100%       100%   90%     100%        100%   95.00", // 12
            " 309103          4   3.50        4 87.50% 100%       100%   90%     100%        100%   96.00", // 13
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.first?.joined, "全年预算数")
        XCTAssertFalse(section.columns.contains { $0.joined.contains("某某") }, "\(section.columns.map(\.joined))")
        let rows = FamilyFixture.rows(section)
        XCTAssertTrue(rows.contains { $0.hasPrefix("L11 309101|") && $0.contains("→ 全年预算数=6@11 全年执行数=5.99@11 系统查询全年执行数=6@11") },
                      "\(rows)")
    }

    /// One side's first name wrapped over its number line's own name (`商品和` over `服务支`), the
    /// other side's where its row prints no name, between its code and its first amount: both
    /// are that row's name, not header lines.
    func testFirstRowNamesAboveTheNumberLineBesideAndOverTheRowsName() {
        let doc = FamilyFixture.extract([
            "                  部门支出预算表",  // 1
            "单位：元",  // 2
            "                                   人员经费                                公用经费",  // 3
            "     科目编                                         其中:基本支 科目编     科目名           其中:基本支",  // 4
            "                    科目名称              金额                               金额",  // 5
            "      码                                            出     码        称              出",  // 6
            "                                                                商品和",  // 7
            "               工资福利支",  // 8
            "    301                             5123456.78 5123456.78 302   服务支 165432.10 165432.10",  // 9
            "               出",  // 10
            "                                                                出",  // 11
            "    30101 基本工资                      2345678.00 2345678.00 30201 办公费  65432.10 65432.10",  // 12
            "    30102 津贴补贴                      1234567.00 1234567.00 30202 印刷费     40000.00   40000.00",  // 13
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["金额", "其中:基本支出"], ["金额", "其中:基本支出"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]).first, "L9 301|工资福利支 出 → 金额=5123456.78@9 其中:基本支出=5123456.78@9")
        let right = FamilyFixture.rows(sections[1])
        XCTAssertTrue(right.first?.hasPrefix("L9 302|商品和 服务支") == true, "\(right)")
        XCTAssertTrue(right.first?.hasSuffix("→ 金额=165432.10@9 其中:基本支出=165432.10@9") == true, "\(right)")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A two-sided summary on a narrow page: nearly every cell one space from the next, so single
    /// spaces outnumber the runs of padding, but every amount ends where amounts of other lines
    /// end. With the lines that start with blanks moved two characters right, the amounts of the line
    /// that starts with a name stand apart from theirs, and the table is single-space text.
    func testPackedTwoSidedTableWhoseAmountsAllStandInColumnsIsColumnAligned() {
        let lines = [
            "     本年收入                               本年支出",
            "                                          预算数",
            "项目      预算数       项目                     基本支出",
            "                           合计                                   项目支出",
            "                                      人员经费    公用经费",
            "                 一、",
            "一、",
            "                 一般",
            "财政",
            "   24,349,008.68 公共 15,329,020.75 46,142,622.11 4,190,620.87 99,743,333.33",
            "拨款",
            "                 服务",
            "收入",
            "                 支出",
            "                 二、",
            "1、",
            "                 社会",
            "一般",
            "                 保障",
            "公共 24,349,008.68     7,546,002.51 6,271,622.51 598,613.33",
            "                 和就",
            "预算",
            "                 业支",
            "资金",
            "                 出",
            "                 三、",
            "收入               卫生",
            "   24,349,008.68     4,320,306.76 4,320,306.76",
            "总计               健康",
            "                 支出",
            "                 四、",
            "                 住房",
            "                     6,932,458.55 6,932,458.55",
            "                 保障",
            "                 支出",
            "                 支出",
            "                    24,349,008.68 55,706,220.14 5,465,000.87 99,743,333.33",
            "                 总计",
        ]
        XCTAssertEqual(Layout.of(lines), .columnAligned)
        let moved = lines.map { $0.hasPrefix("   ") && $0.contains(".") ? "  " + $0 : $0 }
        XCTAssertFalse(AlignedLayout.amountsLinedUp(moved, share: Thresholds.packedLinedUpAmountShare))
        XCTAssertEqual(Layout.of(moved), .sequential)
    }
}
