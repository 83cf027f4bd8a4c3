import XCTest
@testable import BudgetETL

/// A region's lines → meta lines skipped, header lines, the 栏次 row, body lines.
final class ExtractTableLinesTests: XCTestCase {
    private func table(_ lines: [String], titleIndex: Int = 0) -> TableLines {
        let region = TableRegion(key: "k", title: "t", titleIndex: titleIndex, body: titleIndex + 1..<lines.count,
                                 unitText: nil, statedEmpty: false)
        return TableLines(lines: lines, region: region, titleLine: lines[titleIndex])
    }
    private func texts(_ line: TableLines.Line?) -> [String] { line?.tokens.map(\.text) ?? [] }

    func testTabHeaderColumnNumbersAndBody() {
        let t = table([
            "收入支出决算总表",                 // line 1
            "部门：某某局",                     // 2
            "单位：万元",                       // 3
            "",                               // 4
            "项目\t行次\t金额",                  // 5
            "栏次\t\t1",                       // 6
            "一、一般公共预算财政拨款收入\t1\t100.00", // 7
            "3",                              // 8: page number
            "项目\t行次\t金额",                  // 9: header repeated on the next page
            "二、政府性基金预算财政拨款收入\t2\t",   // 10
        ])
        XCTAssertTrue(t.tabSeparated)
        XCTAssertFalse(t.mangled)
        XCTAssertEqual(t.header.map(\.number), [5])
        XCTAssertEqual(texts(t.header.first), ["项目", "行次", "金额"])
        XCTAssertEqual(t.columnNumbers?.number, 6)
        XCTAssertEqual(texts(t.columnNumbers), ["栏次", "", "1"])
        XCTAssertEqual(t.body.map(\.number), [7, 10])
        XCTAssertEqual(texts(t.body.first), ["一、一般公共预算财政拨款收入", "1", "100.00"])
        XCTAssertEqual(texts(t.body.last), ["二、政府性基金预算财政拨款收入", "2"])
    }

    func testMultiLineHeaderWithoutColumnNumbers() {
        let t = table([
            "支出决算表",
            "科目编码 科目名称 本年支出",
            "小计 基本支出 项目支出",
            "208 社会保障和就业支出",
            "2080505 机关事业单位基本养老保险缴费支出 10.00 10.00",
        ])
        XCTAssertFalse(t.tabSeparated)
        XCTAssertEqual(t.header.map(\.number), [2, 3])
        XCTAssertNil(t.columnNumbers)
        // a code followed by its name starts the body even without an amount
        XCTAssertEqual(t.body.map(\.number), [4, 5])
    }

    /// A line of whole numbers right under the header is an unnamed total row, not a header line;
    /// column numbers and years keep to the header.
    func testUnnamedTotalRowUnderHeaderIsBody() {
        let t = table([
            "项目支出表",
            "                                       本年拨款",
            "科目编码        科目名称        合计        一般公共预算",
            "                               5310        5310",
            "   301002 某某中心                 5310        5310",
        ])
        XCTAssertEqual(t.header.map(\.number), [2, 3])
        XCTAssertEqual(t.body.map(\.number), [4, 5])
        XCTAssertEqual(texts(t.body.first), ["5310", "5310"])
        let years = table(["收支表", "项目        预算数        预算数", "            2022        2023", "合计        12.00        13.00"])
        XCTAssertEqual(years.header.map(\.number), [2, 3])
        let numbered = table(["收支表", "项目  合计  基本支出  项目支出", "      1     2     3", "合计  3.00  3.00  0.00"])
        XCTAssertEqual(numbered.columnNumbers?.number, 3)
        XCTAssertEqual(numbered.body.map(\.number), [4])
        XCTAssertFalse(TableLines.isUnnamedValueRow(numbered.header[0]))
    }

    /// A spreadsheet prints whole amounts without decimals: a table's last line of small whole
    /// numbers under its header is its unnamed row; column numbers counting up and code parts
    /// with a leading zero stay in the header.
    func testSmallWholeAmountsOnTheLastLineAreTheUnnamedRow() {
        let t = table([
            "三公经费预算表",
            "                  公务用车购置及运行费",
            "项目      “三公”经费合计      小计     公务用车运行费       公务接待费",
            "          5         4         4                   1",
        ])
        XCTAssertEqual(t.header.map(\.number), [2, 3])
        XCTAssertEqual(t.body.map(\.number), [4])
        XCTAssertEqual(texts(t.body.first), ["5", "4", "4", "1"])
        let counted = table(["收支表", "项目      合计      基本支出      项目支出", "          2         3         4"])
        XCTAssertEqual(counted.body.map(\.number), [])
        let codes = table(["收支表", "科目编码      合计      基本支出", "208   01   09"])
        XCTAssertEqual(codes.body.map(\.number), [])
    }

    /// Two sides on one line with whole amounts (a spreadsheet prints 1200.00 as 1200): the first
    /// such line starts the body; a header of sides with years over them stays a header.
    func testSidesWithWholeAmountsStartTheBody() {
        let t = table([
            "收支预算总表",
            "         本年收入                      本年支出",
            "项目        预算数               项目                    预算数",
            "一、财政拨款收入           1200 一、一般公共服务支出                 700",
            "收入总计               1200 二、教育支出                      500",
        ])
        XCTAssertEqual(t.header.map(\.number), [2, 3])
        XCTAssertEqual(t.body.map(\.number), [4, 5])
        let years = table(["收支表", "项目        2022        项目        2023", "合计        12.00        合计        13.00"])
        XCTAssertEqual(years.header.map(\.number), [2])
    }

    func testBareColumnNumbersRow() {
        let t = table(["支出决算表", "项目 合计 基本支出 项目支出 其他", "1 2 3 4", "合计 3.00 3.00 0.00 0.00"])
        XCTAssertEqual(t.columnNumbers?.number, 3)
        XCTAssertEqual(t.header.map(\.number), [2])
        XCTAssertEqual(t.body.map(\.number), [4])
    }

    func testshortBareColumnNumbersRowIsNotAPageNumber() throws {
        XCTAssertFalse(LineClass.isPageFurniture("1 2 3"))
        let t = table(["支出决算表", "项目 合计 基本支出", "1 2", "合计 3.00 3.00"])
        XCTAssertEqual(t.columnNumbers?.number, 3)
    }

    func testNameFieldLineSkippedAndLoneCodeStartsBody() {
        let t = table([
            "支出决算表",
            "部门(单位)名称 某某医疗保障局",
            "科目编码 科目名称 决算数",
            "2080505",
            "机关事业单位基本养老保险缴费支出 1.00",
        ])
        XCTAssertEqual(t.header.map(\.number), [3])
        XCTAssertEqual(t.body.map(\.number), [4, 5])
        XCTAssertTrue(TableLines.isKeyValue(TableLines.prepare("单位名称： 某某局", number: 1, tab: false, mangled: false)))
        XCTAssertFalse(TableLines.isKeyValue(TableLines.prepare("项目名称 金额 合计", number: 1, tab: false, mangled: false)))
    }

    func testSubTablesUnderOneTitle() {
        let t = table([
            "统计表",                    // 1
            "一、政府采购情况",            // 2
            "项目 金额",                  // 3
            "政府采购支出 10.00",          // 4
            "二、机关运行经费",            // 5
            "项目 预算数 决算数",          // 6
            "机关运行经费 5.00 4.00",      // 7
        ])
        let blocks = t.blocks()
        XCTAssertEqual(blocks.map(\.blockName), ["一、政府采购情况", "二、机关运行经费"])
        XCTAssertEqual(blocks.map { $0.header.map(\.number) }, [[3], [6]])
        XCTAssertEqual(blocks.map { $0.body.map(\.number) }, [[4], [7]])
        XCTAssertEqual(t.blocks().count, 2)
        XCTAssertEqual(table(["支出决算表", "项目 金额", "合计 1.00"]).blocks().map { $0.body.map(\.number) }, [[3]])
    }

    /// A form's sentence wrapped in a narrow tab cell, above the form's own sub-header: its pieces
    /// are a row of the body, not header words, and its last piece (`。`) names no part.
    func testWrappedFormSentenceIsBodyNotHeader() {
        let t = table([
            "某某绩效目标表",                  // 1
            "\t甲乙丙丁",                      // 2
            "\t戊己庚辛",                      // 3
            "目标\t壬癸子丑",                  // 4
            "\t寅卯辰巳",                      // 5
            "\t午未申酉",                      // 6
            "\t戌亥天地",                      // 7
            "\t玄黄宇宙",                      // 8
            "\t。",                           // 9
            "任务\t名称\t内容\t金额",           // 10
            "情况\t总额\t\t10.00",             // 11
        ])
        XCTAssertTrue(t.header.isEmpty)
        XCTAssertEqual(t.body.map(\.number), Array(2...11))
        let blocks = t.blocks()
        XCTAssertEqual(blocks.last?.blockName, "任务")
        XCTAssertEqual(blocks.last?.header.map(\.number), [10])
        // Header words stacked in one column over two lines stay the header.
        let stacked = table(["某某表", "项目\t本年\t", "\t预算数\t", "合计\t10.00"])
        XCTAssertEqual(stacked.header.map(\.number), [2, 3])
    }

    /// A performance form's indicator row (三级指标 | ≥80% | its definition) is a row whatever header
    /// words its definition holds (金额, 预算数): a target compared with a number is a value, never a
    /// column's name, so the row starts no part and the rows under it keep the form's header.
    func testIndicatorRowWithATargetIsBodyNotHeader() {
        let t = table([
            "某某绩效目标表",                                              // 1
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",               // 2
            "投入指标\t预算管理\t绩效自评完成率\t100%\t已完成自评项目数/项目总数",      // 3
            "\t\t预算执行率\t≥90%\t预算执行率=(预算完成数/预算数)×100%",              // 4
            "\t\t政府采购执行率\t≥80%\t政府采购执行率=(实际政府采购金额/政府采购预算数)×100%", // 5
            "\t\t评价结果应用率\t100%\t评价结果应用情况",                          // 6
        ])
        XCTAssertEqual(t.blocks().map { $0.header.map(\.number) }, [[2]])
        XCTAssertEqual(t.blocks().map { $0.body.map(\.number) }, [[3, 4, 5, 6]])
        // An indicator named with a header word (绩效指标合理性) and defined by a sentence: a row too.
        let worded = table([
            "某某绩效目标表",                                              // 1
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",               // 2
            "投入指标\t预算管理\t绩效自评完成率\t100%\t已完成自评项目数/项目总数",      // 3
            "投入管理指标\t预算和财务管理\t绩效指标合理性\t合理\t1.绩效指标设置是否准确；2.是否清晰、可衡量。", // 4
            "\t\t评价结果应用率\t100%\t评价结果应用情况",                          // 5
        ])
        XCTAssertEqual(worded.blocks().map { $0.body.map(\.number) }, [[3, 4, 5]])
        // Its cells wrapped (the sentence's clauses on the lines after): an indicator under a column
        // of indicators (一级指标, 三级指标) still names no column.
        let wrapped = table([
            "某某绩效目标表",                                              // 1
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",               // 2
            "投入指标\t预算管理\t绩效自评完成率\t100%\t已完成自评项目数/项目总数",      // 3
            "投入管理指标\t预算和财务管\t绩效指标合理\t合理\t1.绩效指标",        // 4
            "\t理\t性\t\t设置是否准确；",                                  // 5
            "\t\t评价结果应用率\t100%\t评价结果应用情况",                          // 6
        ])
        XCTAssertEqual(wrapped.blocks().map { $0.body.map(\.number) }, [[3, 4, 5, 6]])
        // A part's own header under a form of indicators still starts the part.
        let parts = table([
            "某某绩效目标表", "一级指标\t二级指标\t指标值", "产出指标\t数量\t100%",
            "项目名称\t资金总额\t指标值说明", "某项目\t10.00\t说明",
        ])
        XCTAssertEqual(parts.blocks().map { $0.header.map(\.number) }, [[2], [4]])
        XCTAssertTrue(TableLines.isTarget("≥80%"))
        XCTAssertTrue(TableLines.isTarget("≤ 30%"))
        XCTAssertTrue(TableLines.isTarget("＞0.5"))
        XCTAssertFalse(TableLines.isTarget("≥"))
        XCTAssertFalse(TableLines.isTarget("指标值"))
        XCTAssertFalse(TableLines.isTarget("80%"))
    }

    /// Parts printed one under another, each under a caption line of its own over its header (a
    /// form printed to PDF and read in content order): the first part's caption names it as the
    /// later parts' captions name them, and is no level of its header.
    func testFirstPartNamedByItsCaptionLikeTheOthers() {
        let t = table([
            "某某绩效目标表",        // 1
            "年度主要任务",          // 2
            "项目 主要内容",         // 3
            "预算总额 131792.35",    // 4
            "一级指标",             // 5
            "项目 指标值",           // 6
            "应用率 100%",          // 7
        ])
        XCTAssertEqual(t.blocks().map(\.blockName), ["年度主要任务", "一级指标"])
        XCTAssertEqual(t.blocks().map { $0.header.map(\.number) }, [[3], [6]])
        // One part: its caption stays a level of its header.
        let one = table(["某某表", "本年支出", "项目 合计", "工资 10.00"])
        XCTAssertEqual(one.blocks().map(\.blockName), [""])
        XCTAssertEqual(one.blocks().map { $0.header.map(\.number) }, [[2, 3]])
    }

    func testIsColumnNumbers() {
        func line(_ s: String) -> TableLines.Line { TableLines.prepare(s, number: 1, tab: s.contains("\t"), mangled: false) }
        XCTAssertTrue(TableLines.isColumnNumbers(line("栏次 1 2 3")))
        XCTAssertTrue(TableLines.isColumnNumbers(line("栏次 1 栏次 2")))
        XCTAssertTrue(TableLines.isColumnNumbers(line("1 2 3")))
        XCTAssertTrue(TableLines.isColumnNumbers(line("栏次\t\t1.00\t2.00")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("1 合计")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("2 3")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("1")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("栏次 1234")))
        // Name columns lettered in order, value columns numbered in order from 1.
        XCTAssertTrue(TableLines.isColumnNumbers(line("甲\t乙\t1\t2\t3")))
        XCTAssertTrue(TableLines.isColumnNumbers(line("甲\t1\t2")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("甲\t5834\t100")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("乙\t1\t2")))
        XCTAssertFalse(TableLines.isColumnNumbers(line("甲\t乙")))
    }

    func testAYearSetApartFromItsWordIsOneToken() {
        // A word processor's single-space text: the year's digits and its 年 are one word.
        let line = TableLines.prepare("   2020 年 2021 年预算数 2015 年初结转", number: 1, tab: false, mangled: false)
        XCTAssertEqual(line.tokens.filter { !$0.isBlank }.map(\.text), ["2020年", "2021年预算数", "2015", "年初结转"])
        XCTAssertEqual(line.tokens.first { $0.text == "2020年" }.map { [$0.column, $0.end] }, [3, 9], "the width it was printed over")
    }

    func testLooksLikeBody() {
        func line(_ s: String) -> TableLines.Line { TableLines.prepare(s, number: 1, tab: false, mangled: false) }
        XCTAssertTrue(TableLines.looksLikeBody(line("合计 1.00")))
        XCTAssertTrue(TableLines.looksLikeBody(line("208 社会保障和就业支出")))
        XCTAssertFalse(TableLines.looksLikeBody(line("项目 行次 金额")))
        XCTAssertFalse(TableLines.looksLikeBody(line("栏次 1 2")))
        XCTAssertFalse(TableLines.looksLikeBody(line("12 社会保障")))
        XCTAssertTrue(TableLines.looksLikeBody(line("2080505")))
        XCTAssertFalse(TableLines.looksLikeBody(line("项目")))
        // A name of several words, then whole amounts: a row (not a header line).
        XCTAssertTrue(TableLines.looksLikeBody(line("合计 46")))
        XCTAssertTrue(TableLines.looksLikeBody(line("一、支出合计 其中 250000 -")))
        XCTAssertTrue(TableLines.looksLikeBody(line("支出合计 total expenditure 3241839 4523010")))
        XCTAssertFalse(TableLines.looksLikeBody(line("项目 2019 2020")))
        XCTAssertFalse(TableLines.looksLikeBody(line("项目 2019年 预算 2020")))
        // A word processor's years set apart from their 年: a header's years, or a row named by one.
        XCTAssertFalse(TableLines.looksLikeBody(line("          2020 年         2021 年")))
        XCTAssertTrue(TableLines.looksLikeBody(line("2015 年            2840   90       1400")))
        XCTAssertTrue(TableLines.looksLikeBody(line("2015 社会保障")), "a code and its name")
    }

    func testMangledTitleUndoesDoubledTokens() {
        let t = table([
            "支出决算表支出决算表",
            "项目项目 金额金额",
            "合计合计 100.00100.00",
            "301301 工资福利支出 2645523.0030201 办公费 1.00",
        ])
        XCTAssertTrue(t.mangled)
        XCTAssertEqual(texts(t.header.first), ["项目", "金额"])
        XCTAssertEqual(texts(t.body.first), ["合计", "100.00"])
        XCTAssertEqual(texts(t.body.last), ["301", "工资福利支出", "2645523.00", "30201", "办公费", "1.00"])
        XCTAssertEqual(t.body.last?.tokens.map(\.column), [0, 7, 14, 24, 30, 34])
    }

    func testNotMangledKeepsDoubledLookingTokens() {
        let t = table(["支出决算表", "项目 金额", "哈哈 301301 1.00"])
        XCTAssertFalse(t.mangled)
        XCTAssertEqual(texts(t.body.first), ["哈哈", "301301", "1.00"])
    }

    func testEndsWithSpaceAndCompact() {
        let line = TableLines.prepare("合 计 1.00 ", number: 4, tab: false, mangled: false)
        XCTAssertTrue(line.endsWithSpace)
        XCTAssertEqual(line.trailingSpaces, 1)
        XCTAssertEqual(TableLines.prepare("合计 1.00   ", number: 4, tab: false, mangled: false).trailingSpaces, 3)
        XCTAssertEqual(line.compact, "合计1.00")
        XCTAssertEqual(line.number, 4)
        XCTAssertFalse(TableLines.prepare("合计 1.00", number: 4, tab: false, mangled: false).endsWithSpace)
        XCTAssertTrue(TableLines.prepare("合计 1.00\u{3000}", number: 4, tab: false, mangled: false).endsWithSpace)
    }
}
