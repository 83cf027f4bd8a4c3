import XCTest
@testable import BudgetETL

/// Column-aligned tables as a spreadsheet prints them to PDF: names wrapped inside their cells
/// over several lines with the numbers on the last one (bottom-aligned), the code glued to the
/// name's last piece, numbers inside names, an amount glued to the other side's name, and a
/// page laid out narrower than the first without its header.
final class ExtractFamilyAlignedWrappedRowsTests: XCTestCase {
    private func section(_ lines: [String], _ n: Int = 0) -> ExtractedSection? {
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.count, 1)
        return doc.tables.first.flatMap { $0.sections.indices.contains(n) ? $0.sections[n] : nil }
    }

    /// More lines hold name pieces than numbers: the table is still column-aligned, and each
    /// code on a number line is its row's code, not a word of the name.
    func testBottomAlignedNamesWithCodeOnTheNumberLine() throws {
        let s = try XCTUnwrap(section([
            "部门支出预算表",                                                                  // 1
            "单位：万元",                                                                      // 2
            "   科目编码           科目名称              合计          人员经费        公用经费",  // 3
            "                合计                      611.17      533.23          77.94",     // 4
            "                机关事业单位基本养",                                               // 5
            "                老保险缴费 [50102",                                               // 6
            "          30108 社会保障缴费]                41.3        41.3",                    // 7
            "                其他商品和服务支出",                                               // 8
            "                [50299 其他商品和服",                                              // 9
            "          30299 务支出]                        1                           1",    // 10
            "                差旅费 [50201 办公",                                               // 11
            "          30211 经费]                          3                           3",    // 12
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L4 |合计 → 合计=611.17@4 人员经费=533.23@4 公用经费=77.94@4",
            "L7 30108|机关事业单位基本养 老保险缴费 [50102 社会保障缴费] → 合计=41.3@7 人员经费=41.3@7",
            "L10 30299|其他商品和服务支出 [50299 其他商品和服 务支出] → 合计=1@10 公用经费=1@10",
            "L12 30211|差旅费 [50201 办公 经费] → 合计=3@12 公用经费=3@12",
        ])
    }

    /// A word processor centres a two-line name on its number line: the first line above, the
    /// last below, the number line without a name. The line below ends that row's name (not the
    /// next row's beginning), the line above begins it (not the end of the row before, however
    /// incomplete that name looks); a three-line name keeps its middle line on the number line.
    func testNamesCentredOnTheirNumberLine() throws {
        let s = try XCTUnwrap(section([
            "项目支出预算表",                                                          // 1
            "单位：万元",                                                              // 2
            "科目编码        科目名称                        合计      一般公共预算",     // 3
            "        合计                                   96.20        96.20",        // 4
            "309     某某局本级                             96.20        96.20",        // 5
            "        特定目标类城乡居民医疗救助补助资",                            // 6
            "                                               40.00        40.00",        // 7
            "        金某某局",                                                        // 8
            "        其他运转类信息系统运行维护工作经",                                  // 9
            "                                               56.20        56.20",        // 10
            "        费某某中心",                                                      // 11
            "        其他行政事",                                                      // 12
            "2080599 业单位养老                             0.00         0.00",         // 13
            "        支出",                                                            // 14
        ]))
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L4 |合计", "L5 309|某某局本级", "L7 |特定目标类城乡居民医疗救助补助资 金某某局",
            "L10 |其他运转类信息系统运行维护工作经 费某某中心", "L13 2080599|其他行政事 业单位养老 支出",
        ])
    }

    /// A browser centres each name on its numbers, but a row split by a page break is not
    /// centred (its name starts on its number line and goes on below): the rows before it, read
    /// centred, keep the pieces under their number lines ("construction" ends the second name).
    func testCentredRowsBeforeARowSplitByAPageBreakKeepTheirPiecesBelow() throws {
        let s = try XCTUnwrap(section([
            "财政支出表",                                                        // 1
            "单位：万元",                                                        // 2
            "    项目                      2000        2003        2004",        // 3
            "合计",                                                              // 4
            "                              3241        4523        5166",        // 5
            "total",                                                             // 6
            "1.基本建设",                                                        // 7
            "expenditure for                291         374         410",        // 8
            "construction",                                                      // 9
            "2.地质勘探费",                                                      // 10
            "expenditure for                 92         130         128",        // 11
            "prospecting",                                                       // 12
            "",                                                                  // 13
            "3.流动资金                       9           3           3",        // 14
            "expenditure for",                                                   // 15
            "",                                                                  // 16
            "4.其他",                                                            // 17
            "                               101         202         303",        // 18
            "支出",                                                              // 19
        ]))
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }.prefix(3), [
            "L5 |合计 total", "L8 |1.基本建设 expenditure for construction", "L11 |2.地质勘探费 expenditure for prospecting",
        ])
    }

    /// A row split by a page break ends its name on the next page, under the header printed
    /// again, above the next row's centred pieces: that row takes as many pieces above its
    /// number line as under it, the pieces above those end the split row's name.
    func testARowSplitByAPageBreakEndsItsNameAboveTheNextCentredRow() throws {
        let s = try XCTUnwrap(section([
            "收入决算表",                                                        // 1
            "单位：万元",                                                        // 2
            "    项目                      2019        2020        2021",        // 3
            "1.税收收入",                                                        // 4
            "                               512         634         701",        // 5
            "tax revenue",                                                       // 6
            "2.非税收入",                                                        // 7
            "fees and                        88          95         102",        // 8
            "charges",                                                           // 9
            "3.其他收入项目                  41          52          60",        // 10
            "other revenue of",                                                  // 11
            "\u{0C}    项目                  2019        2020        2021",      // 12
            "public bodies",                                                     // 13
            "and funds",                                                         // 14
            "4.转移性收入",                                                      // 15
            "transfer",                                                          // 16
            "                               230         245         266",        // 17
            "revenue from",                                                      // 18
            "higher levels",                                                     // 19
        ]))
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L5 |1.税收收入 tax revenue", "L8 |2.非税收入 fees and charges",
            "L10 |3.其他收入项目 other revenue of public bodies and funds",
            "L17 |4.转移性收入 transfer revenue from higher levels",
        ])
    }

    /// Where the pieces after the break are fewer than the next row has under its number line,
    /// they do not share out: neither the split row's name nor the next row's is certain, and
    /// both rows' values are rejected rather than read under a wrong name.
    func testPiecesAfterAPageBreakThatDoNotShareOutRejectBothRows() throws {
        let doc = FamilyFixture.extract([
            "收入决算表",                                                        // 1
            "单位：万元",                                                        // 2
            "    项目                      2019        2020        2021",        // 3
            "1.税收收入",                                                        // 4
            "                               512         634         701",        // 5
            "tax revenue",                                                       // 6
            "2.非税收入",                                                        // 7
            "fees and                        88          95         102",        // 8
            "charges",                                                           // 9
            "3.其他收入项目                  41          52          60",        // 10
            "other revenue of",                                                  // 11
            "\u{0C}    项目                  2019        2020        2021",      // 12
            "public bodies",                                                     // 13
            "4.转移性收入",                                                      // 14
            "                               230         245         266",        // 15
            "revenue from",                                                      // 16
            "higher levels",                                                     // 17
            "and others",                                                        // 18
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L5 |1.税收收入 tax revenue", "L8 |2.非税收入 fees and charges",
        ])
        let reason = RejectReason.namePiecesAcrossPageBreak.description
        XCTAssertEqual(doc.rejects.filter { $0.reason == reason }.map(\.text), ["41", "52", "60", "230", "245", "266"])
    }

    /// The second classification's codes inside the brackets ("[501 02 社会保障缴费]") are words
    /// of the name, on whatever line of the wrapped name they fall: the table is read by position
    /// and each code on a number line is its row's code.
    func testBracketedCodesWrappedInsideNames() throws {
        let s = try XCTUnwrap(section([
            "支出经济分类汇总表",                                                                      // 1
            "单位：万元",                                                                              // 2
            "                                                          一般公共预算",                     // 3
            "  科目编码               科目名称         总计                小计         其中:财政拨款",  // 4
            "               合计                  131.5         131.5     121.5",                       // 5
            "               基本工资 [501 01 工",                                                       // 6
            "         30101 资奖金津补贴]                     27.5        27.5        27.5",           // 7
            "               机关事业单位基本养",                                                        // 8
            "               老保险缴费 [501 02",                                                        // 9
            "         30108 社会保障缴费]                       95.3             95.3       95.3",     // 10
            "               其他交通费用 [502",                                                         // 11
            "         30239 01 办公经费]                  8.7                    8.7             2",   // 12
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L5 |合计 → 总计=131.5@5 一般公共预算 / 小计=131.5@5 一般公共预算 / 其中:财政拨款=121.5@5",
            "L7 30101|基本工资 [501 01 工 资奖金津补贴] → 总计=27.5@7 一般公共预算 / 小计=27.5@7 一般公共预算 / 其中:财政拨款=27.5@7",
            "L10 30108|机关事业单位基本养 老保险缴费 [501 02 社会保障缴费] → 总计=95.3@10 一般公共预算 / 小计=95.3@10 一般公共预算 / 其中:财政拨款=95.3@10",
            "L12 30239|其他交通费用 [502 01 办公经费] → 总计=8.7@12 一般公共预算 / 小计=8.7@12 一般公共预算 / 其中:财政拨款=2@12",
        ])
    }

    /// Names without codes, bottom-aligned: the number line's own piece closes a bracket it never
    /// opened ("政)"), so every piece alone on its line begins the row below, even after a name
    /// that looks unfinished or ends in a bracket.
    func testBottomAlignedNamesWithoutCodes() throws {
        let s = try XCTUnwrap(section([
            "部门支出预算表",                                              // 1
            "单位：万元",                                                  // 2
            "   项目                              合计          一般公共预算", // 3
            "   合计                              12.93         12.93",      // 4
            "   在职人员定额公用经费(行",                                    // 5
            "   政)                               6.02          6.02",       // 6
            "   福利费(行政)                      2.87          2.87",       // 7
            "   在职人员公用经费公务交",                                    // 8
            "   通补贴(行政)                      4.04          4.04",       // 9
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L4 |合计 → 合计=12.93@4 一般公共预算=12.93@4",
            "L6 |在职人员定额公用经费(行 政) → 合计=6.02@6 一般公共预算=6.02@6",
            "L7 |福利费(行政) → 合计=2.87@7 一般公共预算=2.87@7",
            "L9 |在职人员公用经费公务交 通补贴(行政) → 合计=4.04@9 一般公共预算=4.04@9",
        ])
    }

    /// A name printed without spaces wraps without them: a line ending in a year's digits joins
    /// the next line's Chinese directly; a name with spaces of its own keeps a space there.
    func testWrappedNameWithoutSpacesJoinsDigitsDirectly() throws {
        let s = try XCTUnwrap(section([
            "项目支出预算表",                                                 // 1
            "单位：万元",                                                     // 2
            "   项目名称                         合计          一般公共预算",  // 3
            "   特定目标类提前下达2024",                                       // 4
            "   年中央补助资金                     10            10",         // 5
            "   某某局 2022",                                                  // 6
            "   年中央补助资金                     1.5           1.5",        // 7
        ]))
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L5 |特定目标类提前下达2024年中央补助资金",
            "L7 |某某局 2022 年中央补助资金",
        ])
    }

    /// A name that leaves its bracket open on the number line and a piece below that closes it:
    /// names go on under their numbers, and the pieces stay with the row above.
    func testNamesGoingOnBelowTheirNumbersAreNotBottomAligned() throws {
        let s = try XCTUnwrap(section([
            "部门支出预算表",                                              // 1
            "单位：万元",                                                  // 2
            "   项目                              合计          一般公共预算", // 3
            "   在职人员定额公用经费(行           6.02          6.02",       // 4
            "   政)",                                                     // 5
            "   福利费(行政)                      2.87          2.87",       // 6
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L4 |在职人员定额公用经费(行 政) → 合计=6.02@4 一般公共预算=6.02@4",
            "L6 |福利费(行政) → 合计=2.87@6 一般公共预算=2.87@6",
        ])
    }

    /// A whole number inside a wrapped name ("局 2023 年…", "对 14 家…") stays in the name
    /// wherever the name wrapped around it. (A number of 3, 5 or 7 digits first on a line is
    /// taken for a code where the header names no code column: `codeWithoutCodeColumn`.)
    func testWholeNumbersInsideWrappedNames() throws {
        let s = try XCTUnwrap(section([
            "项目支出预算表",                                                 // 1
            "单位：万元",                                                     // 2
            "   项目名称                         合计          一般公共预算",  // 3
            "   某某局 2023 年困难群众",                                       // 4
            "   基本医疗保险费                  15.75         15.75",        // 5
            "   某某局培训费(对",                                              // 6
            "   14 家医疗机构)",                                              // 7
            "   可执行项目                         2             2",         // 8
            "   某某局 2022",                                                  // 9
            "   年中央补助",                                                   // 10
            "   资金                             1.5           1.5",         // 11
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L5 |某某局 2023 年困难群众 基本医疗保险费 → 合计=15.75@5 一般公共预算=15.75@5",
            "L8 |某某局培训费(对 14 家医疗机构) 可执行项目 → 合计=2@8 一般公共预算=2@8",
            "L11 |某某局 2022 年中央补助 资金 → 合计=1.5@11 一般公共预算=1.5@11",
        ])
    }

    /// A two-sided table whose right-hand name starts where the left-hand amount ends: "0出" is
    /// the amount 0 and the last piece of the right-hand name "四、公共安全支出".
    func testAmountGluedToTheOtherSidesName() throws {
        let s = try XCTUnwrap(section([
            "部门收支预算总表",                                                       // 1
            "单位：万元",                                                             // 2
            "           收入                          支出",                          // 3
            "   项目      行次     决算数           项目     行次        决算数",       // 4
            "五、事业收入          5      12.50 五、教育支出         36        12.50",  // 5
            "四、上级补助收                      四、公共安全支",                       // 6
            "入               4          0出               35         7.00",         // 7
        ], 1))
        XCTAssertEqual(FamilyFixture.rows(s).last, "L7 |四、公共安全支 出 → 行次=35@7 决算数=7.00@7")
        let left = try XCTUnwrap(section([
            "部门收支预算总表", "单位：万元",
            "           收入                          支出",
            "   项目      行次     决算数           项目     行次        决算数",
            "五、事业收入          5      12.50 五、教育支出         36        12.50",
            "四、上级补助收                      四、公共安全支",
            "入               4          0出               35         7.00",
        ], 0))
        XCTAssertEqual(FamilyFixture.rows(left).last, "L7 |四、上级补助收 入 → 行次=4@7 决算数=0@7")
    }

    /// A page laid out narrower than its header puts the glued name piece ("0出") as near the
    /// left side's name column as the right side's: a name read after the left side's amount is
    /// the right side's, the amount the left side's.
    func testAmountGluedToANameMidwayBetweenTheSides() throws {
        let lines = [
            "财政拨款收支决算总表",                                                        // 1
            "单位：万元",                                                                  // 2
            "  项目     行次       金额    项目          行次          合计",                // 3
            "一、一般公",                                                                  // 4
            "共预算财政                    一、一般公",                                     // 5
            "拨款            1   842.48 共服务支出            33           0",             // 6
            "二、政府性",                                                                  // 7
            "基金预算财         二、外交支",                                                // 8
            "政拨款     2    0出            34       0",                                    // 9
        ]
        let right = try XCTUnwrap(section(lines, 1)), left = try XCTUnwrap(section(lines, 0))
        XCTAssertEqual(FamilyFixture.rows(right).last, "L9 |二、外交支 出 → 行次=34@9 合计=0@9")
        XCTAssertEqual(FamilyFixture.rows(left).last, "L9 |二、政府性 基金预算财 政拨款 → 行次=2@9 金额=0@9")
    }

    /// A page printed without the header and narrower than the first: its values end at its
    /// own three positions, which are the three columns in order, not the header's positions.
    func testPageWithoutHeaderPlacedByItsOwnColumns() throws {
        let s = try XCTUnwrap(section([
            "部门支出预算表",                                                                          // 1
            "单位：万元",                                                                              // 2
            "   科目编码           科目名称                    合计              人员经费                         公用经费",  // 3
            "          30101 基本工资                        171.29                171.29",            // 4
            "          30299 其他商品和服务支出                   1                                           1",  // 5
            "",                                                                                         // 6
            "",                                                                                         // 7
            "",                                                                                         // 8
            "         30302 退休费                12.14          12.14",                                // 9
            "         30211 差旅费                    3                            3",                  // 10
            "         30207 邮电费                    3                            3",                  // 11
        ]))
        XCTAssertEqual(FamilyFixture.rows(s), [
            "L4 30101|基本工资 → 合计=171.29@4 人员经费=171.29@4",
            "L5 30299|其他商品和服务支出 → 合计=1@5 公用经费=1@5",
            "L9 30302|退休费 → 合计=12.14@9 人员经费=12.14@9",
            "L10 30211|差旅费 → 合计=3@10 公用经费=3@10",
            "L11 30207|邮电费 → 合计=3@11 公用经费=3@11",
        ])
    }
}
