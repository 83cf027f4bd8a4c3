import XCTest
@testable import BudgetETL

/// Layer 4 (positional layout): column roles, merged header cells, sections, realigned parents,
/// and the rows GridReader cuts from tab-separated bodies.
final class ExtractColumnGridTests: XCTestCase {
    private func row(_ cells: [String], line: Int = 1) -> [Token] {
        cells.enumerated().map { Token(text: $0.element, line: line, column: $0.offset) }
    }
    private func paths(_ section: ColumnGrid.Section) -> [[String]] { section.paths.map(\.components) }

    /// Reads a tab-separated table (lines[0] is the title) through TableLines and GridReader.
    private func read(_ lines: [String]) -> [ExtractedSection] {
        let region = TableRegion(key: "k", title: "t", titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false)
        let table = TableLines(lines: lines, region: region, titleLine: lines[0])
        XCTAssertTrue(table.tabSeparated)
        return GridReader(table: table).read().sections
    }

    // MARK: ColumnGrid

    func testRolesAndSplitCodeColumns() {
        let grid = ColumnGrid(header: [["科目编码", "", "", "科目名称", "本年支出", "", ""],
                                       ["类", "款", "项", "", "合计", "基本支出", "项目支出"]],
                              body: [row(["208", "05", "05", "行政单位离退休", "100.00", "60.00", "40.00"])],
                              columnNumbers: [])
        XCTAssertEqual(grid.sections.count, 1)
        let s = grid.sections[0]
        XCTAssertEqual(s.name, "")
        XCTAssertEqual(s.codeColumns, [0, 1, 2])
        XCTAssertEqual(s.labelColumns, [3])
        XCTAssertEqual(s.valueColumns, [4, 5, 6])
        XCTAssertEqual(paths(s), [["本年支出", "合计"], ["本年支出", "基本支出"], ["本年支出", "项目支出"]])
    }

    func testWholeAmountsUnderAMeasureOrARateAreValuesNotCodes() {
        let body = [row(["一般公共服务支出", "946", "965", "100"])]
        let header = [["项目", "2019年决算数", "2020年预算 调整数", "占调整预算%"]]
        XCTAssertEqual(ColumnGrid.role(of: 1, header: header, body: body), .value)
        XCTAssertEqual(ColumnGrid.role(of: 2, header: header, body: body), .value)
        XCTAssertEqual(ColumnGrid.role(of: 3, header: header, body: body), .value)
        // Under no measure's name, three-digit whole numbers are still codes.
        XCTAssertEqual(ColumnGrid.role(of: 1, header: [], body: body), .code)
    }

    /// A performance form's indicator columns (一级指标 … 三级指标) name the row and its 说明 column
    /// holds text: a rate a converter shifted into one of them is no value of the column (rejected),
    /// and only 指标值 holds the targets.
    func testIndicatorAndRemarkColumnsHoldNoValues() {
        let grid = ColumnGrid(header: [["一级指标", "二级指标", "三级指标", "指标值", "指标值说明"]],
                              body: [row(["产出指标", "数量", "完成率", "100%", "说明"]),
                                     row(["监控完成率", "100%", "", "说明", ""]),
                                     row(["", "管理", "编制完成率", "100%", "95%"])],
                              columnNumbers: [])
        XCTAssertEqual(grid.sections.map(\.labelColumns), [[0, 1, 2]])
        XCTAssertEqual(grid.sections.map(\.valueColumns), [[3]])
        XCTAssertEqual(grid.sections.map(paths), [[["指标值"]]])
    }

    func testRolesFromBodyWhenHeaderSaysNothing() {
        let body = [row(["2080505", "机关事业单位基本养老保险缴费支出", "10.00", "-"]),
                    row(["", "合计", "10.00", ""])]
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [], body: body), .code)
        XCTAssertEqual(ColumnGrid.role(of: 1, header: [], body: body), .label)
        XCTAssertEqual(ColumnGrid.role(of: 2, header: [], body: body), .value)
        XCTAssertEqual(ColumnGrid.role(of: 3, header: [], body: body), .value)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["行次"]], body: [row(["1"])]), .value)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["序号"]], body: [row(["1"])]), .value)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["项目"]], body: [row(["1.00"])]), .label)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["功能分类科目编码"]], body: []), .code)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["金额"]], body: []), .value)
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [[""]], body: []), .label)
    }

    func testThreeLevelMergedHeader() {
        let grid = ColumnGrid(header: [["项目", "本年支出", "", "", ""],
                                       ["", "小计", "基本支出", "", "项目支出"],
                                       ["", "", "人员经费", "公用经费", ""]],
                              body: [row(["合计", "3.00", "2.00", "1.00", "0.00"])], columnNumbers: [])
        XCTAssertEqual(paths(grid.sections[0]), [["本年支出", "小计"], ["本年支出", "基本支出", "人员经费"],
                                                 ["本年支出", "基本支出", "公用经费"], ["本年支出", "项目支出"]])
    }

    func testBlankHeaderCellNotSplitBelowStaysEmpty() {
        // column 2's blank top cell has nothing below it: it does not inherit "合计"
        let grid = ColumnGrid(header: [["项目", "合计", "", "基本支出", ""],
                                       ["", "", "", "人员经费", "公用经费"]],
                              body: [row(["合计", "3.00", "1.00", "1.00", "1.00"])], columnNumbers: ["栏次", "1", "2", "3", "4"])
        XCTAssertEqual(paths(grid.sections[0]), [["合计"], ["栏次 2"], ["基本支出", "人员经费"], ["基本支出", "公用经费"]])
    }

    func testColumnNumbersNameUnnamedColumns() {
        let grid = ColumnGrid(header: [["项目"]], body: [row(["合计", "1.00", "2.00"])], columnNumbers: ["栏次", "1", "2"])
        XCTAssertEqual(paths(grid.sections[0]), [["栏次 1"], ["栏次 2"]])
        let noNumbers = ColumnGrid(header: [["项目"]], body: [row(["合计", "1.00", "2.00"])], columnNumbers: [])
        XCTAssertEqual(paths(noNumbers.sections[0]), [["栏次 1"], ["栏次 2"]])
    }

    func testSectionsWhereIdentifyingColumnsRecur() {
        let grid = ColumnGrid(header: [["收入", "", "", "支出", "", ""],
                                       ["项目", "行次", "金额", "项目", "行次", "金额"]],
                              body: [row(["一、一般公共预算财政拨款收入", "1", "100.00", "一、一般公共服务支出", "32", "50.00"])],
                              columnNumbers: [])
        XCTAssertEqual(grid.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(grid.sections.map(\.labelColumns), [[0], [3]])
        XCTAssertEqual(grid.sections.map(\.valueColumns), [[1, 2], [4, 5]])
        XCTAssertEqual(grid.sections.map(paths), [[["行次"], ["金额"]], [["行次"], ["金额"]]])
    }

    /// Section names wrapped over two lines (a tall header printed by a browser): the line under
    /// the names fills the same cells with their rests, and the pieces make one name each; a
    /// complete name over the next header line stays alone.
    func testSectionNamesWrappedOverTwoLinesJoin() {
        let wrapped = ColumnGrid(header: [["人员", "", "", "公用", "", ""],
                                          ["经费", "", "", "经费", "", ""],
                                          ["科目代码", "科目名称", "决算数", "科目代码", "科目名称", "决算数"]],
                                 body: [row(["301", "工资福利支出", "1.00", "302", "商品和服务支出", "2.00"])], columnNumbers: [])
        XCTAssertEqual(wrapped.sections.map(\.name), ["人员经费", "公用经费"])
        XCTAssertEqual(wrapped.sections.map(paths), [[["决算数"]], [["决算数"]]])
        XCTAssertFalse(ColumnGrid.continuesNames(["收入", "", "", "支出", "", ""], ["项目", "", "", "项目", "", ""]))
        XCTAssertFalse(ColumnGrid.continuesNames(["人员", "", "", "公用", "", ""], ["经费", "", "", "", "", ""]))
    }

    func testSectionsWithoutNameRow() {
        let grid = ColumnGrid(header: [["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]],
                              body: [row(["301", "工资福利支出", "1.00", "302", "商品和服务支出", "2.00"])], columnNumbers: [])
        XCTAssertEqual(grid.sections.map(\.name), ["", ""])
        XCTAssertEqual(grid.sections.map(\.codeColumns), [[0], [3]])
        XCTAssertEqual(grid.sections.map(paths), [[["决算数"]], [["决算数"]]])
    }

    func testParentPrintedOneColumnEarlyIsRealignedOverSubtotal() {
        let rows = ColumnGrid.alignParentsToSubtotals([["项目", "本年收入", "", ""],
                                                        ["", "年初结转", "小计", "财政拨款"]])
        XCTAssertEqual(rows, [["项目", "", "本年收入", ""], ["", "年初结转", "小计", "财政拨款"]])
        let grid = ColumnGrid(header: [["项目", "本年收入", "", ""], ["", "年初结转", "小计", "财政拨款"]],
                              body: [row(["合计", "1.00", "2.00", "2.00"])], columnNumbers: [])
        XCTAssertEqual(paths(grid.sections[0]), [["年初结转"], ["本年收入", "小计"], ["本年收入", "财政拨款"]])
    }

    func testParentAlreadyOverSubtotalUntouched() {
        let header = [["项目", "年初结转", "本年收入", ""], ["", "", "小计", "财政拨款"]]
        XCTAssertEqual(ColumnGrid.alignParentsToSubtotals(header), header)
    }

    func testIsNameRowAndNearestFilled() {
        XCTAssertTrue(ColumnGrid.isNameRow(["收入", "", "", "支出", "", ""], ranges: [0..<3, 3..<6]))
        XCTAssertFalse(ColumnGrid.isNameRow(["项目", "行次", "金额", "项目", "行次", "金额"], ranges: [0..<3, 3..<6]))
        XCTAssertFalse(ColumnGrid.isNameRow(["", "", ""], ranges: [0..<1, 1..<3]))
        XCTAssertEqual(ColumnGrid.nearestFilled(["收入", "", ""], at: 2), "收入")
        XCTAssertEqual(ColumnGrid.nearestFilled([" 支出 "], at: 4), "支出")
        XCTAssertNil(ColumnGrid.nearestFilled(["", ""], at: 1))
    }

    // MARK: GridReader

    func testReadSplitCodesWholeCodesAndTotals() {
        let sections = read([
            "一般公共预算财政拨款支出决算表",                           // 1
            "科目编码\t\t\t科目名称\t本年支出\t\t",                      // 2
            "类\t款\t项\t\t合计\t基本支出\t项目支出",                    // 3
            "\t\t\t合计\t100.00\t60.00\t40.00",                      // 4
            "208\t\t\t社会保障和就业支出\t100.00\t60.00\t40.00",         // 5
            "208\t05\t\t行政事业单位养老支出\t100.00\t60.00\t40.00",      // 6
            "208\t05\t05\t机关事业单位基本养老保险缴费支出\t100.00\t60.00\t", // 7
            "2080506\t\t\t机关事业单位职业年金缴费支出\t\t\t-",            // 8
        ])
        XCTAssertEqual(sections.count, 1)
        let s = sections[0]
        XCTAssertEqual(s.name, "")
        XCTAssertEqual(s.columns.map(\.components), [["本年支出", "合计"], ["本年支出", "基本支出"], ["本年支出", "项目支出"]])
        XCTAssertEqual(s.rows.map(\.line), [4, 5, 6, 7, 8])
        XCTAssertEqual(s.rows.map(\.codeParts), [[], ["208"], ["208", "05"], ["208", "05", "05"], ["2080506"]])
        XCTAssertEqual(s.rows.map(\.label), ["合计", "社会保障和就业支出", "行政事业单位养老支出",
                                            "机关事业单位基本养老保险缴费支出", "机关事业单位职业年金缴费支出"])
        XCTAssertEqual(s.rows[0].cells, [RawCell(column: 0, text: "100.00", line: 4), RawCell(column: 1, text: "60.00", line: 4),
                                         RawCell(column: 2, text: "40.00", line: 4)])
        XCTAssertEqual(s.rows[3].cells, [RawCell(column: 0, text: "100.00", line: 7), RawCell(column: 1, text: "60.00", line: 7)])
        XCTAssertEqual(s.rows[4].cells, [RawCell(column: 2, text: "-", line: 8)])
    }

    func testReadTwoSidedTable() {
        let sections = read([
            "收入支出决算总表",
            "单位：万元",
            "收入\t\t\t支出\t\t",
            "项目\t行次\t金额\t项目\t行次\t金额",
            "栏次\t\t1\t栏次\t\t2",
            "一、一般公共预算财政拨款收入\t1\t100.00\t一、一般公共服务支出\t32\t50.00",
            "二、政府性基金预算财政拨款收入\t2\t\t二、外交支出\t33\t50.00",
            "\t\t\t三、国防支出\t34\t",
        ])
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections.map { $0.columns.map(\.components) }, [[["行次"], ["金额"]], [["行次"], ["金额"]]])
        XCTAssertEqual(sections[0].rows.map(\.label), ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入"])
        XCTAssertEqual(sections[0].rows.map(\.line), [6, 7])
        XCTAssertEqual(sections[0].rows[1].cells, [RawCell(column: 0, text: "2", line: 7)])
        XCTAssertEqual(sections[1].rows.map(\.label), ["一、一般公共服务支出", "二、外交支出", "三、国防支出"])
        XCTAssertEqual(sections[1].rows.map(\.line), [6, 7, 8])
        XCTAssertEqual(sections[1].rows[0].cells, [RawCell(column: 0, text: "32", line: 6), RawCell(column: 1, text: "50.00", line: 6)])
        XCTAssertEqual(sections[1].rows[2].cells, [RawCell(column: 0, text: "34", line: 8)])
    }

    func testReadUnnamedSectionsAreNumbered() {
        let sections = read([
            "支出决算表",
            "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数",
            "301\t工资福利支出\t1.00\t302\t商品和服务支出\t2.00",
        ])
        XCTAssertEqual(sections.map(\.name), ["第1部分", "第2部分"])
        XCTAssertEqual(sections.map { $0.rows.map(\.codeParts) }, [[["301"]], [["302"]]])
        XCTAssertEqual(sections[1].rows[0].cells, [RawCell(column: 0, text: "2.00", line: 3)])
    }

    func testSecondCodeAfterNameKeptInLabel() {
        let sections = read([
            "支出决算表",
            "部门经济分类科目编码\t科目名称\t政府经济分类科目编码\t金额",
            "30101\t基本工资\t50101\t10.00",
        ])
        XCTAssertEqual(sections.count, 1)
        XCTAssertEqual(sections[0].rows.first?.codeParts, ["30101"])
        XCTAssertEqual(sections[0].rows.first?.label, "基本工资 [50101]")
        XCTAssertEqual(sections[0].rows.first?.cells, [RawCell(column: 0, text: "10.00", line: 3)])
    }

    func testCodeInsideLabelCellIsSplitOff() {
        let sections = read([
            "支出决算表",
            "项目\t金额",
            "2080505机关事业单位基本养老保险缴费支出\t10.00",
            "208 社会保障和就业支出\t10.00",
            "合计\t20.00",
        ])
        XCTAssertEqual(sections[0].rows.map(\.codeParts), [["2080505"], ["208"], []])
        XCTAssertEqual(sections[0].rows.map(\.label), ["机关事业单位基本养老保险缴费支出", "社会保障和就业支出", "合计"])
    }

    func testValueCellsThatAreNotNumbersAreDropped() {
        let sections = read([
            "支出决算表",
            "项目\t决算数\t预算数\t备注",
            "一、基本支出\t1.00\t2.00\t-",
            "二、项目支出\t1.2e5\t详见说明\t/",
        ])
        XCTAssertEqual(sections.count, 1)
        XCTAssertEqual(sections[0].rows.map(\.label), ["一、基本支出", "二、项目支出"])
        XCTAssertEqual(sections[0].rows.last?.cells, [RawCell(column: 0, text: "1.2e5", line: 4),
                                                      RawCell(column: 2, text: "/", line: 4)])
    }

    func testamountWithUnitInTabCellDoesNotShiftLaterCells() throws {
        let sections = read([
            "支出决算表",
            "项目\t决算数\t预算数",
            "合计\t12.30万\t5.00",
            "一、基本支出\t1.00\t2.00",
        ])
        XCTAssertEqual(sections.count, 1)
        XCTAssertEqual(sections.first?.rows.first?.cells.map(\.column), [0, 1])
        XCTAssertEqual(sections.first?.rows.first?.cells.last, RawCell(column: 1, text: "5.00", line: 3))
    }

    func testAmountInNameColumnIsReported() {
        let lines = ["支出决算表", "项目\t金额", "合计\t3.00", "1.00\t2.00"]
        let region = TableRegion(key: "k", title: "t", titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false)
        let result = GridReader(table: TableLines(lines: lines, region: region, titleLine: lines[0])).read()
        XCTAssertEqual(result.rejects.map(\.line), [4])
        XCTAssertEqual(result.rejects.map(\.text), ["1.00"])
        XCTAssertTrue(result.rejects.first?.reason == .amountInIdentifyingColumn(column: 1))
        XCTAssertEqual(result.sections.first?.rows.map(\.label), ["合计", ""])
        XCTAssertEqual(result.sections.first?.rows.last?.cells, [RawCell(column: 0, text: "2.00", line: 4)])
    }

    func testLongIdentifierPrintedWithASpace() {
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("410800220000 000014330"), "410800220000000014330")
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("208 05"), "208 05")
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("410800220000 合计"), "410800220000 合计")
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("410800220000000014330"), "410800220000000014330")
        let sections = read([
            "项目支出决算表",
            "项目编码\t项目名称\t金额",
            "410800220000 000014330\t办公楼维修\t1.00",
        ])
        XCTAssertEqual(sections.first?.rows.first?.codeParts, ["410800220000000014330"])
        XCTAssertEqual(sections.first?.rows.first?.label, "办公楼维修")
    }

    func testCodeGluedToNameStartingWithAChineseNumeral() {
        // 一 is a Unicode number but no digit: it starts the name, the code before it is whole.
        XCTAssertEqual(CodeSplitter.leadingCode("2010302一般行政管理事务")?.code, "2010302")
        XCTAssertEqual(CodeSplitter.leadingCode("2010302一般行政管理事务")?.rest, "一般行政管理事务")
        XCTAssertEqual(CodeSplitter.leadingCode("201二〇一")?.code, "201")
        // A full-width digit after the code is still a digit: no code then.
        XCTAssertNil(CodeSplitter.leadingCode("201１２"))
    }

    func testCellTextAndCodeSplitter() {
        func may(_ s: String) -> Bool { CellText.mayBeNumber(Token(text: s, line: 1, column: 0)) }
        XCTAssertTrue(may("1.00"))
        XCTAssertTrue(may("12"))
        XCTAssertTrue(may("—"))
        XCTAssertTrue(may("12.30万元"))
        XCTAssertTrue(may("1.2e5"))
        XCTAssertTrue(may("12.3.4"))
        XCTAssertFalse(may(""))
        XCTAssertFalse(may("合计"))
        XCTAssertFalse(may("12.3x"))
        XCTAssertFalse(may("万元"))
        XCTAssertEqual(CodeSplitter.leadingCode("208 社会保障和就业支出")?.code, "208")
        XCTAssertEqual(CodeSplitter.leadingCode("208 社会保障和就业支出")?.rest, "社会保障和就业支出")
        XCTAssertEqual(CodeSplitter.leadingCode("313002某某局")?.code, "313002")
        XCTAssertNil(CodeSplitter.leadingCode("2080 社会保障"))
        XCTAssertNil(CodeSplitter.leadingCode("208"))
        XCTAssertNil(CodeSplitter.leadingCode("208.00"))
        XCTAssertNil(CodeSplitter.leadingCode("合计"))
        XCTAssertEqual(SectionNaming.name("", index: 1, count: 2), "第2部分")
        XCTAssertEqual(SectionNaming.name("", index: 0, count: 1), "")
        XCTAssertEqual(SectionNaming.name(" 收 入 ", index: 0, count: 2), "收入")
    }

    func testHeaderWordsOfOtherTemplates() {
        XCTAssertTrue(HeaderWords.isLabel("项目(按功能分类)"))
        XCTAssertTrue(HeaderWords.isLabel("功能分类科目名称"))
        XCTAssertTrue(HeaderWords.isCode("经济科目编码"))
        XCTAssertFalse(HeaderWords.isStructural("项目支出"))
        // A code column naming a second code in brackets: a code column whatever its rows hold
        // (a total row with its blank code and name cells dropped puts amounts under it).
        XCTAssertTrue(HeaderWords.isCode("单位编码(项目编码)"))
        XCTAssertFalse(HeaderWords.isCode("编码(说明)"))
        XCTAssertEqual(ColumnGrid.role(of: 0, header: [["单位编码(项目编码)", "项目名称", "金额"]],
                                       body: [Tokenizer.tabTokens("7877.00\t7877.00", number: 4)]), .code)
    }
    /// A name column's header wrapped over more lines than the measures' ("单位（" / "科目名" / "称）"):
    /// the word over it is its own name, never a parent moved onto the measure on its right.
    func testWordOverANameColumnIsNotMovedOntoTheMeasures() {
        let rows = [["科目编码", "", "单位（科目名", "", "基本支出"], ["类", "款", "", "总计", ""], ["", "", "称）", "", ""],
                    ["", "", "", "", "合计"]]
        let body = [row(["208", "05", "培训支出", "3.00", "3.00"])]
        let grid = ColumnGrid(header: rows, body: body, columnNumbers: [])
        XCTAssertEqual(grid.sections.map(paths), [[["总计"], ["基本支出", "合计"]]])
        // Nor onto a 合计 on its right as the parent of a subtotal.
        let subtotal = [["科目编码", "", "单位（科目名", "", "基本支出"], ["类", "款", "", "合计", ""], ["", "", "称）", "", "小计"]]
        XCTAssertEqual(ColumnGrid(header: subtotal, body: body, columnNumbers: []).sections.map(paths), [[["合计"], ["基本支出", "小计"]]])
        // A lone code word under a measure's name stopped mid-word is the name's last character.
        XCTAssertTrue(WrappedGridCells.isWrapped("其他运转", before: "类"))
        XCTAssertFalse(WrappedGridCells.isWrapped("科目编码", before: "类"))
    }
}
