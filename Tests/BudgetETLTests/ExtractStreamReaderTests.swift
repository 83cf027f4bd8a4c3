import XCTest
@testable import BudgetETL

/// Space layout bodies read as a token stream: [code] label values…, sections in rotation,
/// codes choosing the section that holds their class, mangled lines that wrap.
final class ExtractStreamReaderTests: XCTestCase {
    /// lines[0] is the title; line numbers are 1-based indexes into `lines`.
    private func read(_ lines: [String]) -> TableReading {
        let region = TableRegion(key: "k", title: "t", titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false)
        let table = TableLines(lines: lines, region: region, titleLine: lines[0])
        XCTAssertFalse(table.tabSeparated)
        return StreamReader(table: table).read()
    }
    private func cell(_ column: Int, _ text: String, _ line: Int) -> RawCell { RawCell(column: column, text: text, line: line) }
    private func guessed(_ column: Int, _ text: String, _ line: Int) -> RawCell {
        RawCell(column: column, text: text, line: line, guessed: true)
    }

    func testSpaceLayoutRowsCodesAndBlankRuns() {
        let result = read([
            "一般公共预算财政拨款支出决算表",                              // 1
            "单位：万元",                                               // 2
            "科目编码 科目名称 本年支出",                                  // 3
            "小计 基本支出 项目支出",                                     // 4
            "栏次 1 2 3",                                              // 5
            "合计 100.00 60.00 40.00",                                 // 6
            "208 社会保障和就业支出 100.00 60.00 40.00",                  // 7
            "20805 行政事业单位养老支出 100.00 60.00 40.00",              // 8
            "2080505 机关事业单位基本养老保险缴费支出 80.00  80.00",        // 9: blank 基本支出
            "2080506 机关事业单位职业年金缴费支出 20.00 20.00",            // 10: blank 项目支出 dropped at the end
        ])
        XCTAssertEqual(result.sections.count, 1)
        let s = result.sections[0]
        XCTAssertEqual(s.name, "")
        XCTAssertEqual(s.columns.map(\.components), [["本年支出", "小计"], ["本年支出", "基本支出"], ["本年支出", "项目支出"]])
        XCTAssertEqual(s.rows.map(\.line), [6, 7, 8, 9, 10])
        XCTAssertEqual(s.rows.map(\.codeParts), [[], ["208"], ["20805"], ["2080505"], ["2080506"]])
        XCTAssertEqual(s.rows.map(\.label), ["合计", "社会保障和就业支出", "行政事业单位养老支出",
                                            "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"])
        XCTAssertEqual(s.rows[0].cells, [cell(0, "100.00", 6), cell(1, "60.00", 6), cell(2, "40.00", 6)])
        XCTAssertEqual(s.rows[3].cells, [cell(0, "80.00", 9), cell(2, "80.00", 9)])
        // two values for three columns, blanks dropped: placed left to right, and marked as a guess
        XCTAssertEqual(s.rows[4].cells, [guessed(0, "20.00", 10), guessed(1, "20.00", 10)])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    /// Plain pdftotext (reading order) may print a row's code alone on its line, apart from its
    /// name: a whole code under the class of the row before is that row's code, not an amount
    /// the sums would then place.
    func testWholeCodeAloneOnItsLineUnderTheClassBefore() {
        let result = read([
            "收入决算表",                                                // 1
            "单位：万元",                                                // 2
            "科目编码 科目名称 本年收入合计 财政拨款收入",                     // 3
            "208 社会保障和就业支出 52.10 50.00",                          // 4
            "20805",                                                   // 5
            "",                                                        // 6
            "52.10 50.00",                                             // 7
            "2080505 机关事业单位基本养老保险缴费支出 52.10 50.00",          // 8
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.codeParts), [["208"], ["20805"], ["2080505"]])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "52.10", 7), cell(1, "50.00", 7)])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    func testLabelOnlyRowAndPlaceholders() {
        let result = read([
            "支出决算表",
            "项目 决算数 预算数",
            "合计 3.00 3.00",
            "一、基本支出",
            "工资福利支出 - 3.00",
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["合计", "一、基本支出", "工资福利支出"])
        XCTAssertEqual(s.rows.map(\.line), [3, 4, 5])
        XCTAssertEqual(s.rows.map(\.cells), [[cell(0, "3.00", 3), cell(1, "3.00", 3)], [],
                                             [cell(0, "-", 5), cell(1, "3.00", 5)]])
    }

    func testRowsAfterALeftGrandTotalBelongToTheOtherSide() {
        // pdftotext -raw of a 收入 | 支出 table whose 支出 side is longer: under 收入总计 the
        // lines hold 支出 rows alone.
        let result = read([
            "财政拨款收支预算总表",                                            // 1
            "收入 支出",                                                      // 2
            "项目 预算数 项目 合计 一般公共预算",                                 // 3
            "一、一般公共预算资金 300.00 一、一般公共服务支出 100.00 100.00", // 4
            "收入总计 300.00 二、教育支出 150.00 150.00",             // 5
            "三、卫生健康支出 50.00 50.00",                          // 6
            "支出总计 300.00 300.00",                                // 7
        ])
        XCTAssertEqual(result.sections.map { $0.rows.map(\.label) },
                       [["一、一般公共预算资金", "收入总计"], ["一、一般公共服务支出", "二、教育支出", "三、卫生健康支出", "支出总计"]])
        XCTAssertEqual(result.sections[1].rows[2].cells, [cell(0, "50.00", 6), cell(1, "50.00", 6)])
        XCTAssertEqual(result.sections[1].rows[3].cells, [cell(0, "300.00", 7), cell(1, "300.00", 7)])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    func testLoneRowWithMoreValuesThanTheFirstSideIsALaterSides() {
        let result = read([
            "财政拨款收支预算表",                                               // 1
            "收入 支出",                                                      // 2
            "项目 金额 项目 合计 基本支出 项目支出",                               // 3
            "收入合计 300.00 支出合计 300.00 200.00 100.00",                     // 4
            "一、一般公共预算拨款 300.00 一、教育支出 100.00 100.00 0.00",            // 5
            "二、卫生健康支出 150.00 50.00 100.00",                              // 6
            "三、住房保障支出 50.00 50.00",                                      // 7: a blank cell dropped
        ])
        XCTAssertEqual(result.sections.map { $0.rows.map(\.label) },
                       [["收入合计", "一、一般公共预算拨款"], ["支出合计", "一、教育支出", "二、卫生健康支出", "三、住房保障支出"]])
        XCTAssertEqual(result.sections[1].rows[2].cells, [cell(0, "150.00", 6), cell(1, "50.00", 6), cell(2, "100.00", 6)])
        XCTAssertEqual(result.sections[1].rows[3].cells, [guessed(0, "50.00", 7), guessed(1, "50.00", 7)])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    func testLoneRowOfALaterSideWithLineNumbers() {
        let result = read([
            "收入支出决算总表",                                            // 1
            "收入 支出",                                                  // 2
            "项目 行次 金额 项目 行次 合计 基本支出",                          // 3
            "一、财政拨款收入 1 100.00 一、教育支出 33 60.00 60.00",            // 4
            "二、卫生健康支出 34 40.00 40.00",                               // 5: 40.00 where a 行次 would follow: none
            "二、事业收入 2 0.00 35",                                        // 6: the 支出 side's 35 has no name
        ])
        XCTAssertEqual(result.sections.map { $0.rows.map(\.label) },
                       [["一、财政拨款收入", "二、事业收入"], ["一、教育支出", "二、卫生健康支出", ""]])
        XCTAssertEqual(result.sections[1].rows[1].cells, [cell(0, "34", 5), cell(1, "40.00", 5), cell(2, "40.00", 5)])
    }

    func testWrappedLoneRowOfALaterSide() {
        // Names wrapped onto lines of their own (rows continue over lines); the 支出 row's values
        // fill a line by themselves, the 收入 side blank.
        let result = read([
            "收入支出决算总表",                                            // 1
            "收入 支出",                                                  // 2
            "项目 行次 金额 项目 行次 合计 基本支出",                          // 3
            "一、财政拨款收",                                              // 4
            "入",                                                        // 5
            "1 100.00 一、教育支出 33 60.00 60.00",                        // 6
            "二、卫生健康支",                                              // 7
            "出",                                                        // 8
            "34 40.00 40.00",                                            // 9
            "本年收入合计 2 100.00 本年支出合计 35 100.00 100.00",           // 10
        ])
        XCTAssertEqual(result.sections[1].rows.map(\.line), [6, 7, 10])
        XCTAssertEqual(result.sections[1].rows[1].cells, [cell(0, "34", 9), cell(1, "40.00", 9), cell(2, "40.00", 9)])
        XCTAssertFalse(result.sections[0].rows.contains { $0.cells.contains { $0.line == 9 } })
    }

    func testTotalsGoToTheSideTheyNameOrAreRejected() {
        // Rows continue over lines, and a row printed alone ("三、其他收入" with no 支出 row beside
        // it) puts the rotation out of step: each total names its own side.
        let lines = [
            "收入支出决算总表",                                            // 1
            "收入 支出",                                                  // 2
            "项目 行次 金额 项目 行次 合计 基本支出",                          // 3
            "一、财政拨款收",                                              // 4
            "入",                                                        // 5
            "1 100.00 一、教育支出 33 60.00 60.00",                        // 6
            "二、卫生健康支",                                              // 7
            "出",                                                        // 8
            "34 40.00 40.00",                                            // 9
            "三、其他收入 3 0.00",                                         // 10
        ]
        // Its values all read before the next name, and no more than 收入 holds: moved there.
        let moved = read(lines + ["本年收入合计 2 100.00 本年支出合计 35 100.00 100.00"])
        XCTAssertEqual(moved.sections[0].rows.last?.label, "本年收入合计")
        XCTAssertEqual(moved.sections[0].rows.last?.cells, [cell(0, "2", 11), cell(1, "100.00", 11)])
        XCTAssertFalse(moved.sections[1].rows.contains { $0.label == "本年收入合计" })
        // Read to the narrower 收入 side's width, which of its values are its own is not known.
        let rejected = read(lines + ["三、其他支出 36 0.00 0.00", "本年支出合计 35 100.00 100.00"])
        XCTAssertFalse(rejected.sections.contains { $0.rows.contains { $0.label == "本年支出合计" } })
        XCTAssertEqual(rejected.rejects.filter { $0.line == 12 }.map(\.reason), [.sectionUnknown, .sectionUnknown])
    }

    func testNamelessRowWithLineNumbersPlacesOnlyItsLineNumber() {
        let result = read([
            "收入支出决算总表",                                            // 1
            "收入 支出",                                                  // 2
            "项目 行次 决算数 项目 行次 决算数",                              // 3
            "一、财政拨款收入 1 100.00 一、教育支出 32 100.00",                // 4
            "2 61.00",                                                   // 5: 行次 2, then 行次 33 printed 61.00?
            "总计 3 100.00 总计 34 100.00",                                 // 6
        ])
        XCTAssertEqual(result.sections[0].rows.map(\.cells.count), [2, 1, 2])
        XCTAssertEqual(result.rejects, [ReaderReject(line: 5, text: "61.00", reason: .sectionUnknown)])
    }

    func testYearInsideAWrappedNameStaysInTheName() {
        let result = read([
            "项目支出决算表",                                  // 1
            "项目名称 全年预算数 全年执行数",                      // 2
            "某某局 2022 年医疗服务补助资金 2.00 1.50",            // 3
            "某某局 2022 年",                                  // 4: a name wrapped onto the next line
            "差旅费 4.00 4.00",                                // 5
        ])
        let s = result.sections[0]
        // The year joins its 年 (a word processor's font change printed the space between them).
        XCTAssertEqual(s.rows.first?.label, "某某局 2022年医疗服务补助资金")
        XCTAssertEqual(s.rows.first?.cells, [cell(0, "2.00", 3), cell(1, "1.50", 3)])
        XCTAssertFalse(s.rows.flatMap(\.cells).contains { $0.text == "2022" })
        XCTAssertFalse(result.rejects.contains { $0.text == "2022" })
    }

    func testFirstRowNameWrappedUnderTheHeaderIsNoHeaderWord() {
        // pdftotext -raw: the first row's wrapped name printed on lines of its own above its
        // numbers, right under the header's last line.
        let result = read([
            "财政拨款收入支出决算总表",                              // 1
            "收入 支出",                                            // 2
            "项目 行次 金额 项目 行次 合计 基本支出",                   // 3
            "一、一般公共预算财政",                                  // 4
            "拨款",                                                // 5
            "1 842.48 一、一般公共服务支出 33 842.48 842.48",          // 6
        ])
        XCTAssertEqual(result.sections.map { $0.columns.map(\.joined) }, [["行次", "金额"], ["行次", "合计", "基本支出"]])
        XCTAssertEqual(result.sections[0].rows.map(\.label), ["一、一般公共预算财政 拨款"])
        XCTAssertEqual(result.sections[0].rows.first?.cells, [cell(0, "1", 6), cell(1, "842.48", 6)])
        XCTAssertEqual(result.sections[1].rows.map(\.label), ["一、一般公共服务支出"])
    }

    func testSectionsInRotation() {
        let result = read([
            "收入支出决算总表",                                                // 1
            "收入 支出",                                                      // 2
            "项目 行次 金额 项目 行次 金额",                                     // 3
            "栏次 1 栏次 2",                                                  // 4
            "一、一般公共预算财政拨款收入 1 100.00 一、一般公共服务支出 32 50.00",   // 5
            "二、政府性基金预算财政拨款收入 2 二、外交支出 33 50.00",               // 6: income amount blank
            "本年收入合计 3 100.00 本年支出合计 34 100.00",                      // 7
        ])
        let s = result.sections
        XCTAssertEqual(s.map(\.name), ["收入", "支出"])
        XCTAssertEqual(s.map { $0.columns.map(\.components) }, [[["行次"], ["金额"]], [["行次"], ["金额"]]])
        XCTAssertEqual(s[0].rows.map(\.label), ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "本年收入合计"])
        XCTAssertEqual(s[0].rows.map(\.line), [5, 6, 7])
        XCTAssertEqual(s[0].rows[1].cells, [guessed(0, "2", 6)])
        XCTAssertEqual(s[1].rows.map(\.label), ["一、一般公共服务支出", "二、外交支出", "本年支出合计"])
        XCTAssertEqual(s[1].rows[1].cells, [cell(0, "33", 6), cell(1, "50.00", 6)])
        XCTAssertEqual(s[1].rows[2].cells, [cell(0, "34", 7), cell(1, "100.00", 7)])
    }

    func testCodesChooseTheSectionHoldingTheirClass() {
        let result = read([
            "支出决算表",                                          // 1
            "人员经费 公用经费",                                     // 2
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",          // 3
            "301 工资福利支出 100.00 302 商品和服务支出 50.00",         // 4
            "30101 基本工资 60.00 30201 办公费 10.00",               // 5
            "30102 津贴补贴 40.00",                                 // 6
            "30202 印刷费 5.00",                                    // 7: only the 公用经费 side on this line
        ])
        let s = result.sections
        XCTAssertEqual(s.map(\.name), ["人员经费", "公用经费"])
        XCTAssertEqual(s[0].rows.map(\.codeParts), [["301"], ["30101"], ["30102"]])
        XCTAssertEqual(s[1].rows.map(\.codeParts), [["302"], ["30201"], ["30202"]])
        XCTAssertEqual(s[1].rows.map(\.label), ["商品和服务支出", "办公费", "印刷费"])
        XCTAssertEqual(s[1].rows[2].line, 7)
        XCTAssertEqual(s[1].rows[2].cells, [cell(0, "5.00", 7)])
    }

    func testMangledLayoutDoubledWrappedAndGlued() {
        let result = read([
            "一般公共预算财政拨款支出决算表一般公共预算财政拨款支出决算表", // 1
            "科目编码科目编码 科目名称科目名称 决算数决算数",              // 2
            "合计合计 300.00300.00",                                  // 3
            "201 一般公共服务支出 100.0020101 人大事务",                  // 4: amount glued to the next code
            "100.00",                                                // 5: its value on the next line
            "2080505 机关事业单位基本养老",                               // 6: label wrapped
            "保险缴费支出 150.00",                                      // 7
            "2080506",                                               // 8: code alone on its line
            "机关事业单位职业年金缴费支出 40.00一、其他支出",              // 9: amount glued to text
            "10.00",                                                 // 10
        ])
        XCTAssertEqual(result.sections.count, 1)
        let s = result.sections[0]
        XCTAssertEqual(s.name, "")
        XCTAssertEqual(s.columns.map(\.components), [["决算数"]])
        XCTAssertEqual(s.rows.map(\.codeParts), [[], ["201"], ["20101"], ["2080505"], ["2080506"], []])
        XCTAssertEqual(s.rows.map(\.label), ["合计", "一般公共服务支出", "人大事务", "机关事业单位基本养老 保险缴费支出",
                                            "机关事业单位职业年金缴费支出", "一、其他支出"])
        XCTAssertEqual(s.rows.map(\.line), [3, 4, 4, 6, 8, 9])
        XCTAssertEqual(s.rows.map(\.cells), [
            [cell(0, "300.00", 3)], [cell(0, "100.00", 4)], [cell(0, "100.00", 5)], [cell(0, "150.00", 7)],
            [cell(0, "40.00", 9)], [cell(0, "10.00", 10)],
        ])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    func testMangledValuesWrapOntoNextLineAndBlankRuns() {
        let result = read([
            "支出决算表支出决算表",      // 1
            "项目项目 决算数 预算数",     // 2
            "合计合计 1.00",             // 3
            "2.00",                    // 4: the rest of 合计's values
            "基本支出 3.00 4.00",        // 5
            "项目支出  5.00",            // 6: blank 决算数
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.columns.map(\.components), [["决算数"], ["预算数"]])
        XCTAssertEqual(s.rows.map(\.label), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(s.rows.map(\.cells), [[cell(0, "1.00", 3), cell(1, "2.00", 4)],
                                             [cell(0, "3.00", 5), cell(1, "4.00", 5)],
                                             [cell(1, "5.00", 6)]])
    }

    func testNotMangledLineEndFinishesTheRow() {
        let result = read([
            "支出决算表",
            "项目 决算数 预算数",
            "合计 1.00",
            "2.00",
            "基本支出 2.00 3.00",
        ])
        let s = result.sections[0]
        // unlike the mangled layout, a value on the next line is not 合计's second value
        XCTAssertEqual(s.rows.first?.label, "合计")
        XCTAssertEqual(s.rows.first?.cells, [guessed(0, "1.00", 3)])
        XCTAssertEqual(s.rows.last?.label, "基本支出")
        XCTAssertEqual(s.rows.last?.cells, [cell(0, "2.00", 5), cell(1, "3.00", 5)])
    }

    func testWrappedNamesInAPlainSpaceLayout() {
        let result = read([
            "支出决算表",                                // 1
            "项目 决算数",                               // 2
            "2080505 机关事业单位基本养老 100.00",          // 3
            "保险缴费支出",                               // 4
            "2080506 机关事业单位职业 50.00",              // 5
            "年金缴费支出",                               // 6
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.codeParts), [["2080505"], ["2080506"]])
        XCTAssertEqual(s.rows.map(\.label), ["机关事业单位基本养老 保险缴费支出", "机关事业单位职业 年金缴费支出"])
        XCTAssertEqual(s.rows.map(\.line), [3, 5])
        XCTAssertEqual(s.rows.map(\.cells), [[cell(0, "100.00", 3)], [cell(0, "50.00", 5)]])
        XCTAssertTrue(StreamReader.rowsWrap(TableLines(lines: ["t", "合计 1.00", "a", "b"], region: TableRegion(
            key: "k", title: "t", titleIndex: 0, body: 1..<4, unitText: nil, statedEmpty: false), titleLine: "t").body))
        XCTAssertFalse(StreamReader.rowsWrap(TableLines(lines: ["t", "合计 1.00", "a 1.00", "b"], region: TableRegion(
            key: "k", title: "t", titleIndex: 0, body: 1..<4, unitText: nil, statedEmpty: false), titleLine: "t").body))
    }

    func testTotalRowGoesToTheSectionItNames() {
        let result = read([
            "支出决算表",                                          // 1
            "人员经费 公用经费",                                     // 2
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",          // 3
            "301 工资福利支出 100.00 302 商品和服务支出 50.00",         // 4
            "人员经费合计 100.00 公用经费合计 50.00",                   // 5
            "公用经费合计 50.00",                                    // 6: alone on its line
        ])
        XCTAssertEqual(result.sections[0].rows.map(\.label), ["工资福利支出", "人员经费合计"])
        XCTAssertEqual(result.sections[1].rows.map(\.label), ["商品和服务支出", "公用经费合计", "公用经费合计"])
        XCTAssertEqual(result.sections[1].rows.map(\.line), [4, 5, 6])
    }

    /// A line of totals after a name that starts a row of its own (6.其他支出): the name is no
    /// wrapped piece of the row read last.
    func testTotalsLineDoesNotJoinARowStartingNameToTheLastRow() {
        let result = read([
            "支出决算表",                                  // 1
            "人员经费 公用经费",                             // 2
            "科目名称 决算数 科目名称 决算数",                  // 3
            "基本工资 1.00 办公费 2.00",                      // 4
            "甲乙丙丁",                                     // 5: a wrapped name's piece
            "津贴补贴 1.00 邮电费 2.00",                      // 6
            "戊己庚辛",                                     // 7
            "奖金 1.00 差旅费 2.00",                         // 8
            "6.其他支出",                                   // 9: starts a row of its own
            "人员经费合计 3.00 公用经费合计 4.00",             // 10
        ])
        let labels = result.sections.flatMap { $0.rows.map(\.label) }
        XCTAssertFalse(labels.contains("差旅费 6.其他支出"), "\(labels)")
        XCTAssertEqual(result.sections[0].rows.first { $0.label == "6.其他支出" }?.cells, [])
        XCTAssertTrue(result.sections[1].rows.contains { $0.label == "差旅费" }, "\(labels)")
        XCTAssertEqual(result.sections[0].rows.map(\.label).last, "人员经费合计")
        XCTAssertEqual(result.sections[1].rows.map(\.label).last, "公用经费合计")
    }

    func testTextLinesThatStartRowsAreRowsNotWrappedPieces() {
        let result = read([
            "“三公”经费预算表",                           // 1
            "单位：万元",                                 // 2
            "项目 预算数 决算数",                          // 3
            "一、合计 30.00 28.00",                       // 4
            "(一)因公出国(境)费 不需填列 不需填列",          // 5: text cells
            "(二)公务接待费 20.00 18.00",                  // 6
            "  1.公务用车购置费    ",                      // 7: blank cells shown by spacing
            "  2.公务用车运行费 10.00 10.00",              // 8
        ])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.line), [4, 5, 6, 7, 8])
        XCTAssertEqual(s.rows[2].label, "(二)公务接待费")
        XCTAssertEqual(s.rows[2].cells, [cell(0, "20.00", 6), cell(1, "18.00", 6)])
        XCTAssertEqual(s.rows[3].label, "1.公务用车购置费")
        XCTAssertEqual(s.rows[3].cells, [])
        XCTAssertEqual(s.rows[4].cells, [cell(0, "10.00", 8), cell(1, "10.00", 8)])
    }

    func testSideBySideCodeWithBlankValues() {
        let result = read([
            "支出决算表",                                          // 1
            "人员经费 公用经费",                                     // 2
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",          // 3
            "301 工资福利支出 100.00 302 商品和服务支出 50.00",         // 4
            "30101 基本工资 30201 办公费 10.00",                     // 5: 基本工资 has no value
        ])
        XCTAssertEqual(result.sections[0].rows.map(\.codeParts), [["301"], ["30101"]])
        XCTAssertEqual(result.sections[0].rows.last?.cells, [])
        XCTAssertEqual(result.sections[1].rows.map(\.codeParts), [["302"], ["30201"]])
        XCTAssertEqual(result.sections[1].rows.last?.cells, [cell(0, "10.00", 5)])
    }

    func testSecondCodeAfterNameStaysInLabel() {
        let result = read([
            "支出决算表",
            "项目 决算数",
            "301 工资福利支出 501 机关工资福利支出 10.00",
        ])
        XCTAssertEqual(result.sections[0].rows, [ExtractedRow(line: 3, codeParts: ["301"], label: "工资福利支出 501 机关工资福利支出",
                                                              cells: [cell(0, "10.00", 3)])])
    }

    func testnumberLikeTextInValuePositionStaysAValue() throws {
        let result = read([
            "支出决算表",
            "项目 决算数 预算数",
            "合计 12万 5.00",
        ])
        XCTAssertEqual(result.sections[0].rows.map(\.label), ["合计"])
        XCTAssertEqual(result.sections[0].rows.first?.cells, [cell(0, "12万", 3), cell(1, "5.00", 3)])
    }

    func testextraValuesAreRejectedNotAPhantomRow() throws {
        let result = read([
            "支出决算表",
            "项目 决算数 预算数",
            "合计 1.00 2.00 3.00",
        ])
        XCTAssertEqual(result.sections[0].rows.count, 1)
        XCTAssertEqual(result.sections[0].rows[0].cells, [cell(0, "1.00", 3), cell(1, "2.00", 3)])
        XCTAssertEqual(result.rejects.map(\.line), [3])
    }

    /// Numbers inside a bracket of the name (a second classification printed with the name) are
    /// the name's, not values or a new row.
    func testNumbersInsideABracketedNameStayInTheName() {
        let result = read([
            "支出经济分类汇总表",                                              // 1
            "单位：万元",                                                    // 2
            "科目编码 科目名称 总计 一般公共预算",                                // 3
            "30101 基本工资 [501 01 工资奖金津补贴] 274.75 274.75",              // 4
            "30108 机关事业单位基本养老保险缴费 （501 02 社会保障缴费） 95.30 95.30", // 5
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.codeParts), [["30101"], ["30108"]])
        XCTAssertEqual(s.rows.map(\.label), ["基本工资 [501 01 工资奖金津补贴]", "机关事业单位基本养老保险缴费 （501 02 社会保障缴费）"])
        XCTAssertEqual(s.rows[0].cells, [cell(0, "274.75", 4), cell(1, "274.75", 4)])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "95.30", 5), cell(1, "95.30", 5)])
        XCTAssertTrue(result.rejects.isEmpty)
    }

    /// A whole number of three, five or seven digits that ends a row, before a numbered name on the
    /// next line ("1.基本支出"), is that row's last value: a classification's name is never a
    /// numbered item, so it is no code of the next row.
    func testLastValueBeforeANumberedNameIsNoCode() {
        let result = read([
            "某某支出表",                      // 1
            "单位：万元",                      // 2
            "项目 预算数 执行数",                // 3
            "支出合计 400 650",                // 4
            "1.基本支出 100 300",              // 5
            "2.项目支出 300 350",              // 6
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["支出合计", "1.基本支出", "2.项目支出"])
        XCTAssertEqual(s.rows.map(\.codeParts), [[], [], []])
        XCTAssertEqual(s.rows[0].cells, [cell(0, "400", 4), cell(1, "650", 4)])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "100", 5), cell(1, "300", 5)])
        XCTAssertEqual(s.rows[2].cells, [cell(0, "300", 6), cell(1, "350", 6)])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
    }

    /// A run of spaces between a name and values that fill the row by themselves is spacing, not a
    /// blank first cell; where the row has room for it, it stays a blank cell.
    func testSpacesBeforeAFullRowAreNoBlankCell() {
        let result = read([
            "某某支出表",                                // 1
            "单位：万元",                                // 2
            "项目 2019年 2020年 2021年",                  // 3
            "支出合计 total 60.00 70.00 80.00",          // 4
            "1.基本支出 basic  40.00 50.00 60.00",        // 5: two spaces, three values
            "2.项目支出 project  20.00 20.00",            // 6: two spaces, two values
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["支出合计 total", "1.基本支出 basic", "2.项目支出 project"])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "40.00", 5), cell(1, "50.00", 5), cell(2, "60.00", 5)])
        XCTAssertEqual(s.rows[2].cells, [cell(1, "20.00", 6), cell(2, "20.00", 6)])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
    }

    /// A name wrapped onto an indented line of its own: the indentation is no blank cell that
    /// would end the row before its name is complete.
    func testIndentedNamePieceJoinsItsRow() {
        let result = read([
            "某某支出表",                          // 1
            "单位：万元",                          // 2
            "项目 2019年 2020年",                  // 3
            "合计 total 10.00 20.00",             // 4
            "1.甲支出 alpha beta",                 // 5
            "         gamma",                     // 6
            "4.00 8.00",                          // 7
            "2.乙支出 delta 6.00 12.00",           // 8
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["合计 total", "1.甲支出 alpha beta gamma", "2.乙支出 delta"])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "4.00", 7), cell(1, "8.00", 7)])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
    }

    /// In a table whose names wrap, text alone after a row is the rest of that row's name, but not
    /// when it starts a row of its own ("3.丙支出" with no values): then it is that row.
    func testNumberedNameWithoutValuesIsNoRestOfTheRowBefore() {
        let result = read([
            "某某支出表",                          // 1
            "单位：万元",                          // 2
            "项目 2019年 2020年",                  // 3
            "合计 total 10.00 20.00",             // 4
            "1.甲支出 alpha",                      // 5
            "beta",                               // 6
            "4.00 8.00",                          // 7
            "2.乙支出 gamma 6.00 12.00",           // 8
            "3.丙支出 delta",                      // 9: its values are not printed
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["合计 total", "1.甲支出 alpha beta", "2.乙支出 gamma", "3.丙支出 delta"])
        XCTAssertEqual(s.rows[3].cells, [])
    }

    /// A run of spaces between the two words of a bilingual name ("甲收入   Alpha Revenue") is
    /// spacing when the values after the name fill the row: the name is whole, no row breaks off.
    /// Where they do not fill it, the run stays a blank cell.
    func testSpacesInsideANameBeforeAFullRowAreNoBlankCell() {
        let result = read([
            "某某收入",                                        // 1
            "单位：万元",                                      // 2
            "项目 2020 2021",                                  // 3
            "收入合计 Total Revenue 30 45",                    // 4
            " 甲收入   Alpha Revenue 10 15",                   // 5: three spaces inside the name
            " 乙收入  Beta Revenue 20 30",                     // 6: two spaces inside the name
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.label), ["收入合计 Total Revenue", "甲收入 Alpha Revenue", "乙收入 Beta Revenue"])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "10", 5), cell(1, "15", 5)])
        XCTAssertEqual(s.rows[2].cells, [cell(0, "20", 6), cell(1, "30", 6)])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
    }

    /// A whole number of a code's length that ends a line whose row still lacks a value is that
    /// row's last value, not the code of the name on the next line (nothing is lost as a code).
    func testCodeLengthNumberEndingAShortRowIsItsValue() {
        let result = read([
            "某某收入",                                        // 1
            "单位：万元",                                      // 2
            "项目 2020 2021",                                  // 3
            "附:甲收入 Alpha 5702186 5943024",                 // 4: 5943024 has a code's length
            "乙收入 Beta 406982 406983",                       // 5
        ])
        let s = result.sections[0]
        XCTAssertEqual(s.rows.map(\.codeParts), [[], []])
        XCTAssertEqual(s.rows.map(\.label), ["附:甲收入 Alpha", "乙收入 Beta"])
        XCTAssertEqual(s.rows[0].cells, [cell(0, "5702186", 4), cell(1, "5943024", 4)])
        XCTAssertEqual(s.rows[1].cells, [cell(0, "406982", 5), cell(1, "406983", 5)])
        XCTAssertTrue(result.rejects.isEmpty, "\(result.rejects)")
    }

    func testTotalsLineOfAWrappingSideBySideTableStartsAtTheFirstSide() {
        // Three side-by-side code lists whose names wrap onto lines of their own; the last code
        // row is the second side's alone, and the totals line after it starts at the first side.
        let lines = [
            "基本支出明细表",                                                        // 1
            "单位：万元",                                                            // 2
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数 科目编码 科目名称 决算数",  // 3
            "301 工资福利支出 10.00 302 商品和服务支出 5.00 310 资本性支出 0.00",        // 4
            "甲乙丙丁",                                                              // 5
            "30101 戊己 6.00 30201 办公费 3.00 31001 房屋 0.00",                       // 6
            "庚辛壬癸",                                                              // 7
            "30102 子丑 4.00 30202 印刷费 2.00",                                      // 8
            "30299 其他商品和服 0.00",                                               // 9
            "务支出",                                                                // 10: the name's last piece alone
            "人员经费合计 10.00 公用经费合计 5.00",                                     // 11
        ]
        let result = read(lines)
        XCTAssertEqual(result.sections.count, 3)
        XCTAssertEqual(result.sections[0].rows.last?.label, "人员经费合计")
        XCTAssertEqual(result.sections[0].rows.last?.cells, [cell(0, "10.00", 11)])
        XCTAssertEqual(result.sections[1].rows.last?.label, "公用经费合计")
        XCTAssertEqual(result.sections[1].rows.last?.cells, [cell(0, "5.00", 11)])
        XCTAssertFalse(result.sections[2].rows.contains { $0.line == 11 })
        XCTAssertEqual(result.sections[1].rows.first { $0.codeParts == ["30299"] }?.label, "其他商品和服 务支出")
    }

    /// Side-by-side code lists whose names wrap around the number line: a bracket opened by a name
    /// piece above closes after the code that starts the number line. The code is the row's, not a
    /// number inside the name's bracket.
    func testCodeStartingALineIsNoNumberInsideABracketOpenedAbove() {
        let result = read([
            "基本支出明细表",                                                        // 1
            "单位：万元",                                                            // 2
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数 科目编码 科目名称 决算数",  // 3
            "301 工资福利支出 10.00 302 商品和服务支出 5.00 310 资本性支出 0.00",        // 4
            "甲乙丙丁",                                                              // 5
            "30101 戊己 6.00 30201 办公费 3.00 31001 房屋 0.00",                       // 6
            "庚辛（壬 癸子 丑寅",                                                     // 7: three names' first pieces
            "30102 ）卯 4.00 30202 辰 2.00 31002 巳午 0.00",                          // 8
        ])
        let s = result.sections
        XCTAssertEqual(s[0].rows.map(\.codeParts), [["301"], ["30101"], ["30102"]])
        XCTAssertEqual(s[0].rows.last?.cells, [cell(0, "4.00", 8)])
        XCTAssertEqual(s[1].rows.last?.cells, [cell(0, "2.00", 8)])
        XCTAssertFalse(s.contains { $0.rows.contains { $0.label.contains("30102") } })
        XCTAssertFalse(result.rejects.contains { $0.text == "30102" })
    }
}
