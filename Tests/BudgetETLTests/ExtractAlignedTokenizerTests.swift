import XCTest
@testable import BudgetETL

/// Layer 2 for column-aligned text (pdftotext -layout): cells and their character columns, and
/// which layout a table's lines are in.
final class ExtractAlignedTokenizerTests: XCTestCase {
    private func cells(_ line: String) -> [String] { Tokenizer.alignedTokens(line, number: 1).map(\.text) }
    private func spans(_ line: String) -> [[Int]] { Tokenizer.alignedTokens(line, number: 1).map { [$0.column, $0.end] } }

    func testRunsOfSpacesSeparateCellsAndColumnsCountCharacters() {
        let line = "201   03   02   一般行政管理事务              46,140,000.00                   46,140,000.00"
        XCTAssertEqual(cells(line), ["201", "03", "02", "一般行政管理事务", "46,140,000.00", "46,140,000.00"])
        // A Chinese character is one column, like any other character.
        XCTAssertEqual(spans(line), [[0, 3], [6, 8], [11, 13], [16, 24], [38, 51], [70, 83]])
        XCTAssertEqual(Tokenizer.alignedTokens(line, number: 7).map(\.line), Array(repeating: 7, count: 6))
    }

    func testSingleSpaceNextToANumberSeparatesCells() {
        XCTAssertEqual(cells("210   11   行政事业单位医疗     1,097,073.43 1,097,073.43"),
                       ["210", "11", "行政事业单位医疗", "1,097,073.43", "1,097,073.43"])
        XCTAssertEqual(cells("一、财政拨款收入         91,016,775.35 一、一般公共服务支出    82,096,797.42"),
                       ["一、财政拨款收入", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42"])
        XCTAssertEqual(cells("合计   156,211,123   156,211,123   0   0   0"), ["合计", "156,211,123", "156,211,123", "0", "0", "0"])
        XCTAssertEqual(cells("-1.50 20%"), ["-1.50", "20%"])
    }

    /// pdftotext parts a year from the Chinese word it begins ("2016 年度"): one header cell, as is
    /// "2017 比 2016 增减", read without the space before 年 but over the columns it was printed
    /// on. An amount before 年初 / 年末 (a balance's name) stays a cell of its own.
    func testAYearPartedFromItsWordStaysInItsCell() {
        XCTAssertEqual(cells("项目及编号          2016 年度       2017 年度"), ["项目及编号", "2016年度", "2017年度"])
        XCTAssertEqual(spans("项目及编号          2016 年度       2017 年度"), [[0, 5], [15, 22], [29, 36]])
        XCTAssertEqual(cells("                  2017 比 2016 增减"), ["2017 比 2016 增减"])
        XCTAssertEqual(cells("2024 年预算数   2023 年执行数"), ["2024年预算数", "2023年执行数"])
        XCTAssertEqual(cells("3.00 2016 年初结转和结余 4.00"), ["3.00", "2016", "年初结转和结余", "4.00"])
        XCTAssertEqual(cells("合计 2016.00 年度 3.00"), ["合计", "2016.00", "年度", "3.00"])
        // A word processor sets two such cells one space apart: the second year starts a cell of its own.
        XCTAssertEqual(cells("项目       2023 年预算数 2024 年预算数"), ["项目", "2023年预算数", "2024年预算数"])
        XCTAssertEqual(cells("某某局 2023 年困难群众"), ["某某局 2023 年困难群众"])
    }

    /// Two header cells each opened by a year, printed one space apart ("2019 年决 2020 年预算"): the
    /// second year opens its own cell, not a number inside the first's name ("局 2023 年困难群众").
    func testAYearAfterAYearsWordOpensTheNextCell() {
        XCTAssertEqual(cells("     2019 年决 2020 年预算"), ["2019年决", "2020年预算"])
        XCTAssertEqual(spans("     2019 年决 2020 年预算"), [[5, 12], [13, 21]])
        XCTAssertEqual(cells("某某局 2023 年困难群众"), ["某某局 2023 年困难群众"])
    }

    /// A header word that names a rate ends in its percent sign: a Chinese word one space after it
    /// is the next cell, as after any Chinese word.
    func testAPercentSignEndsAChineseHeaderWord() {
        XCTAssertEqual(cells("      金额 占调整预算% 比上年增长%"), ["金额", "占调整预算%", "比上年增长%"])
        XCTAssertEqual(cells("增长 20% 以上"), ["增长", "20%", "以上"])
    }

    func testSingleSpaceInsideACellStays() {
        // "1." is a list marker, not a number; ASCII words keep their spaces.
        XCTAssertEqual(cells("1. 一般公共预算资金               91,016,775.35"), ["1. 一般公共预算资金", "91,016,775.35"])
        XCTAssertEqual(cells("PPP 项目  3.00"), ["PPP 项目", "3.00"])
        XCTAssertEqual(spans("1. 一般公共预算资金   5.00"), [[0, 11], [14, 18]])
    }

    /// A second classification printed in brackets inside a name: its codes are words of the
    /// name up to the closing bracket; after it, a single space next to a number separates again.
    func testCodesInsideABracketStayInTheName() {
        XCTAssertEqual(cells("30201    办公费 [502 01 办公经费]            38.18       38.18"),
                       ["30201", "办公费 [502 01 办公经费]", "38.18", "38.18"])
        XCTAssertEqual(cells("         老保险缴费 [501 02"), ["老保险缴费 [501 02"])
        XCTAssertEqual(cells("30239 01 办公经费] 51.57"), ["30239", "01", "办公经费]", "51.57"])
        XCTAssertEqual(cells("社会保障缴费] 95.3 95.3"), ["社会保障缴费]", "95.3", "95.3"])
    }

    func testSingleSpaceBetweenChineseWordsSeparatesHeaderCells() {
        XCTAssertEqual(cells("合计           一般公共预算          政府性基金预算 国有资本经营预算"),
                       ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
    }

    func testFullWidthSpacesAndTrailingSpaces() {
        XCTAssertEqual(cells("　　合计　　12.00  "), ["合计", "12.00"])
        XCTAssertEqual(spans("　　合计　　12.00  "), [[2, 4], [6, 11]])
        XCTAssertEqual(cells("   "), [])
    }

    func testNumberRecognition() {
        func number(_ s: String) -> Bool { AlignedText.isNumber(Array(s.unicodeScalars)) }
        XCTAssertTrue(number("1,234.56"))
        XCTAssertTrue(number("0"))
        XCTAssertTrue(number("-3.5"))
        XCTAssertTrue(number("12%"))
        XCTAssertFalse(number("1."))
        XCTAssertFalse(number("1.2.3"))
        XCTAssertFalse(number("2024年"))
        XCTAssertFalse(number("(一)"))
    }

    // MARK: layout detection

    func testPaddedTableIsColumnAligned() {
        XCTAssertTrue(AlignedLayout.isAligned([
            "编制部门：某某局                                    单位：元",
            "                       项目                             支出预算",
            "                        功能分类科目名称         合计             基本支出            项目支出",
            "201             一般公共服务支出                82,096,797.42   15,686,797.42   66,410,000.00",
            "201   03   02   一般行政管理事务                46,140,000.00                   46,140,000.00",
        ]))
    }

    func testSingleSpaceLayoutsAreNotColumnAligned() {
        // The plain space layout: one space between cells.
        XCTAssertFalse(AlignedLayout.isAligned([
            "项目 行次 金额 项目 行次 金额",
            "一、一般公共预算财政拨款收入 1 61.00 一、一般公共服务支出 32",
            "二、政府性基金预算财政拨款收入 2 二、外交支出 33",
        ]))
        // The mangled layout: a run of spaces is blank cells, but most gaps are single spaces.
        XCTAssertFalse(AlignedLayout.isAligned([
            "合计合计 25731201.68 25730935.53     266.15",
            "25731201.68 25730935.53     266.15",
            "19368924.15 19368658.00     266.15",
            "2101550 事业运行 6362277.53 6362277.53",
            "208 社会保障和就业支出 1295700.00 1295700.00",
            "20805 行政事业单位养老支出 1295700.00 1295700.00",
        ]))
    }

    /// A word processor's narrow cells: the header padded to its columns on every line, the body
    /// one space between a full name cell and its amount. The amounts stand in columns and tell
    /// how cells are separated; the header alone does not: the same body with each line set off
    /// by two more characters than the one before reads as single-space text.
    func testWordProcessorsNarrowCellsAreAlignedByTheirAmounts() {
        let body = [
            "一、一般公共预算 8488.17 八、社会保障和就业 41.30",
            "其中:财政拨款       8488.17 十、卫生健康      8446.87",
            "本年收入合计        8488.17 本年支出合计      8488.17",
            "收入总计          8488.17 年终结转结余      0.00",
            "                     支出总计         8488.17",
        ]
        let header = ["         收入                  支出", "    项目         金额       项目             金额"]
        XCTAssertTrue(AlignedLayout.isAligned(["编制单位：某某中心单位：万元"] + header + body))
        XCTAssertTrue(AlignedLayout.isAligned(Array(header.suffix(1)) + body))
        let ragged = body.enumerated().map { String(repeating: " ", count: 2 * $0.offset) + $0.element }
        XCTAssertFalse(AlignedLayout.isAligned(header + ragged))
    }

    /// A word processor's PDF parts a year from the Chinese text around it by spaces ("一、2016 年末…"):
    /// those spaces are inside names, so a padded table whose names hold years stays column-aligned,
    /// while one-space cells ("收入 1 61.00") still read as single-space text.
    func testSpacesAroundAYearInANameDoNotVote() {
        let lines = [
            "            项目              上年数        本年数",
            "一、2019 年末某某债务余额实际数     1520.33",
            "二、2020 年末某某债务余额限额                 2210.00",
            "三、2020 年某某债务发行额        410.50",
            "四、2020 年末某某债务余额预计数 1930.83",
            "五、和 2021 年某某债务新增限额                  300.00",
        ]
        XCTAssertEqual(AlignedLayout.yearSpaces(lines[5]), 2)
        XCTAssertEqual(AlignedLayout.yearSpaces("收入 1 61.00 一、一般公共服务支出 32"), 0)
        XCTAssertEqual(AlignedLayout.yearSpaces("某某 12019 年"), 0)
        // A header's years, after its name column's word, may part narrow cells.
        XCTAssertEqual(AlignedLayout.yearSpaces("       项目        2019 年决算数 2020 年预算数"), 0)
        XCTAssertTrue(AlignedLayout.isAligned(lines))
    }

    /// A spreadsheet wraps names with a second classification in brackets ("[501 02 社会保障缴费]")
    /// over most lines of a table: the numbers inside an opened bracket are the name's words, so
    /// those pieces do not vote for single-space separated cells.
    func testWrappedNamePiecesWithBracketedCodesDoNotVote() {
        XCTAssertTrue(AlignedLayout.isAligned([
            "  科目编码               科目名称         总计                小计         其中:财政拨款",
            "               合计                  131792.35         131792.35     131672.35",
            "               基本工资 [501 01 工",
            "         30101 资奖金津补贴]                     274.75        274.75        274.75",
            "               机关事业单位基本养",
            "               老保险缴费 [501 02",
            "         30108 社会保障缴费]                       95.3             95.3       95.3",
            "               职工基本医疗保险缴",
            "               费 [501 02 社会保障",
            "         30110 缴费]                          30.91            30.91      30.91",
            "               其他交通费用 [502",
            "         30239 01 办公经费]                  51.57                    51.57             47.57",
        ]))
        // Outside a bracket a number on a one-cell line still votes: single-space rows stay so.
        XCTAssertFalse(AlignedLayout.isAligned([
            "项目 合计 基本支出",
            "2080505 养老 10.00 4.00",
            "2080506 职业年金 6.00 6.00",
            "2080599 其他 1.00   1.00",
            "合计   17.00   11.00",
        ]))
    }

    /// A spreadsheet right-aligns a code typed as a number and sets the name flush left in the next
    /// cell: code and name touch on every row of a one-column table, the rest is padding.
    func testCodeGluedToItsNameDoesNotVote() {
        XCTAssertTrue(AlignedLayout.isAligned([
            "                                 运行经费支出",
            "       科目编码            科目名称                合计",
            "                 合计                                 21.40",
            "           30201 办公费                                 3.10",
            "           30211 差旅费                                    2",
            "           30226 劳务费                                12.80",
            "           30299 其他商品和服务支出                      3.50",
        ]))
        // Numbers one space apart elsewhere (and amounts that stand in no column): the single
        // spaces may separate cells, so they count.
        XCTAssertFalse(AlignedLayout.isAligned([
            "30101 基本工资    2645.00 2645.00",
            "30302 退休费        442.00           442.00",
            "30304 抚恤金   58.00           58.00",
            "30305 生活补助     8.00            8.00",
            "30307 医疗费补助            7.00       7.00",
            "30309 奖励金           12.00              12.00",
        ]))
        XCTAssertTrue(AlignedLayout.startsWithGluedCode("   30201 办公费      2.18"))
        XCTAssertFalse(AlignedLayout.startsWithGluedCode("   30201 12.00      2.18"))
        XCTAssertFalse(AlignedLayout.startsWithGluedCode("2024 年预算      2.18"))
    }

    /// Names with a second classification in brackets on one line ("基本工资 [501 01 工资奖金津补贴]"),
    /// padded to their columns: the spaces before and inside the bracket are the name's own, and
    /// outnumber the padding on every row; they must not vote for single-space separated cells.
    func testSpacesOfBracketedNamesDoNotVote() {
        let padded = [
            " 科目编码                           科目名称               总计",
            "         合计                                        8488.17   8488.17   8488.17",
            "30108    机关事业单位基本养老保险 [501 02 社会保障缴费]                41.30     41.30     41.30",
            "30101    基本工资 [501 01 工资奖金津补贴]                      171.29    171.29    171.29",
            "30299    其他商品和服务支出 [502 99 其他商品和服务支出]                 1.00      1.00      1.00",
            "30211    差旅费 [502 01 办公经费]                            3.00      3.00      3.00",
        ]
        XCTAssertEqual(AlignedLayout.bracketSpaces(padded[2]), 3)
        XCTAssertEqual(AlignedLayout.bracketSpaces("合计 [501] 3.00 3.00"), 1)
        XCTAssertTrue(AlignedLayout.isAligned(padded))
        // The same rows one space apart stay single-space separated: the numbers still vote.
        XCTAssertFalse(AlignedLayout.isAligned(padded.map { $0.split(separator: " ").joined(separator: " ") }))
    }

    func testSentencesAroundATableDoNotVote() {
        XCTAssertTrue(AlignedLayout.isAligned([
            "   合计           因公出国(境)费       公务接待费",
            "        37.91              0       1.35        36.56         15         21.56        464.64",
            "     由某某街道办事处建设的社区公共服务中心新建工程 ，位于真金路与交通路路口 ，东至真金路。",
            "   第一季度审价、审计 第二季度审价、审计 第三季度支付尾款，第四季度支付尾款。",
            "类别为丙类，建筑结构安全等级为二级 ，主楼、裙楼上部结构采用框架结构 。",
        ]))
    }

    /// Two narrow value columns side by side: pdftotext leaves one space between their numbers on
    /// most rows, but a row whose numbers are shorter shows the padding, and the touching numbers
    /// end where that row's do. Those single spaces separate columns, not cells of a stream.
    func testTouchingNumbersInPaddedColumnsDoNotVoteForSingleSpaces() {
        let rows = [
            "项目                       金额    其中:基本支出",
            "基本工资             2645523.00 2645523.00",
            "津贴补贴             1277065.00 1277065.00",
            "绩效工资             4290510.00 4290510.00",
            "职业年金             1043067.90 1043067.90",
            "医疗保险             2525580.40 2525580.40",
        ]
        let padded = "奖金                184927.00  184927.00"
        XCTAssertEqual(AlignedLayout.paddedPairs(rows + [padded]), 5)
        XCTAssertTrue(AlignedLayout.isAligned(rows + [padded]))
        // Pairs lined up only with other pairs: the pairs show no padding, but the runs of
        // padding before them outnumber the single spaces and every amount ends where other
        // lines' amounts end: the columns are padded (`amountsLinedUp`).
        XCTAssertEqual(AlignedLayout.paddedPairs(rows), 0)
        XCTAssertTrue(AlignedLayout.isAligned(rows))
        // A row of three numbers one space apart: the converter squeezed rows, pairs tell nothing;
        // the amounts standing in columns still do.
        let squeezed = rows + [padded, "合计             11830256.20 11830256.20 0.00"]
        XCTAssertEqual(AlignedLayout.paddedPairs(squeezed), 0)
        XCTAssertTrue(AlignedLayout.isAligned(squeezed))
        // The same words with names of other lengths: the amounts stand where the names end.
        let ragged = ["项目 金额 其中:基本支出", "基本工资 2645523.00 2645523.00", "津贴补贴及其他 1277065.00 1277065.00",
                      "绩效 4290510.00 4290510.00", "职业年金缴费 1043067.90 1043067.90", "医疗保险费 2525580.40 2525580.40"]
        XCTAssertFalse(AlignedLayout.isAligned(ragged))
    }
}
