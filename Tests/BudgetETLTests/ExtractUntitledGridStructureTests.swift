import XCTest
@testable import BudgetETL

/// `|` tables whose title holds no 表 and whose header uses no header word: the caption over the
/// unit line is the title, and header rows over rows of a name then amounts make the table.
final class ExtractUntitledGridStructureTests: XCTestCase {
    /// A caption over two lines, the unit line, a header that dropped its corner and its spans
    /// (总支出 | 其中: over the four parts), then rows of a name and five amounts.
    private let hospitalCosts = [
        "某省各类卫生机构、乡镇卫生院 | |||||",                                      // 1
        "院均总支出情况 | |||||",                                                   // 2
        "单位:千元 | |||||",                                                       // 3
        "总支出 | 其中: | ||||",                                                   // 4
        "人员支出 | 药品支出 | 设备支出 | 其他支出 | ||",                              // 5
        "机构合计 | 1,200.50 | 600.25 | 300.00 | 200.25 | 100.00 |",                // 6
        "甲类 | 800.00 | 400.00 | 200.00 | 150.00 | 50.00 |",                      // 7
        "乙类 | 400.50 | 200.25 | 100.00 | 50.25 | 50.00 |",                       // 8
    ]

    func testCaptionOverTheUnitLineTitlesAGridOfAmountRows() {
        let doc = FamilyFixture.extract(hospitalCosts)
        XCTAssertEqual(doc.tables.map(\.title), ["某省各类卫生机构、乡镇卫生院院均总支出情况"])
        XCTAssertEqual(doc.tables.first?.unitText, "千元")
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["总支出", "其中: / 人员支出", "其中: / 药品支出", "其中: / 设备支出", "其中: / 其他支出"])
        XCTAssertEqual(FamilyFixture.rows(section)[1],
                       "L7 |甲类 → 总支出=800.00@7 其中: / 人员支出=400.00@7 其中: / 药品支出=200.00@7 其中: / 设备支出=150.00@7 其中: / 其他支出=50.00@7")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testProseOverTheUnitLineIsNoCaption() {
        var lines = hospitalCosts
        lines[1] = "本表反映各类机构院均支出，数据来自年报。"
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), [""])
        XCTAssertEqual(doc.tables.first?.titleLine, 3)
    }

    func testRowsOfUnequalAmountsUnderOtherWordsMakeNoTable() {
        // Without a header word, the structure must hold: two rows of as many amounts.
        let doc = FamilyFixture.extract(["单位:万元 | ||", "本年 | 上年 | |", "甲 | 1.00 | 2.00 |", "乙 | 3.00 | |"])
        XCTAssertTrue(doc.tables.isEmpty)
        let short = FamilyFixture.extract(["单位:万元 | ||", "本年 | |", "甲 | 1.00 | 2.00 |", "乙 | 3.00 | 4.00 |"])
        XCTAssertTrue(short.tables.isEmpty, "one header cell cannot name two columns")
    }

    func testAHeaderOneCellNarrowerThanTheBodyMakesNoTable() {
        // Five words over a name and five amounts: the corner or the last word was lost, alike.
        let doc = FamilyFixture.extract([
            "某省各类医院院均收入情况 | |||||", "单位:千元 | |||||",
            "医疗收入 | 财政补助收入 | 科教项目收入 | 其他收入 | 经营收入 | |",
            "综合医院 | 1.00 | 2.00 | 3.00 | 4.00 | 5.00 |", "专科医院 | 1.50 | 2.50 | 3.50 | 4.50 | 5.50 |",
        ])
        XCTAssertTrue(doc.tables.isEmpty, "\(doc.tables.map(\.title))")
        // With its corner word the header stands where it is printed.
        let named = FamilyFixture.extract([
            "某省各类医院院均收入情况 | |||||", "单位:千元 | |||||",
            "医院类别 | 医疗收入 | 财政补助收入 | 科教项目收入 | 其他收入 | 经营收入 |",
            "综合医院 | 1.00 | 2.00 | 3.00 | 4.00 | 5.00 |", "专科医院 | 1.50 | 2.50 | 3.50 | 4.50 | 5.50 |",
        ])
        guard let section = named.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[0],
                       "L4 |综合医院 → 医疗收入=1.00@4 财政补助收入=2.00@4 科教项目收入=3.00@4 其他收入=4.00@4 经营收入=5.00@4")
    }

    func testDroppedCornerWithTwoPossibleSpansRejectsTheirValues() {
        // Two first-row cells could each head the sub-headers: the values from the first one on are
        // not placed by guess.
        let doc = FamilyFixture.extract([
            "某区院均收支情况 | ||||", "单位:千元 | ||||", "经常性 | 资本性 | |||", "收入 | 支出 | 结余 | |",
            "甲类 | 10.00 | 4.00 | 3.00 | 3.00 |", "乙类 | 20.00 | 8.00 | 6.00 | 6.00 |",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertTrue(section.rows.allSatisfy { $0.cells.isEmpty }, "\(FamilyFixture.rows(section))")
        XCTAssertEqual(doc.rejects.map(\.reason), Array(repeating: RejectReason.spanUnknown.description, count: 8))
    }

    func testANamedCornerIsNeverTakenForADroppedOne() {
        // 项目 names the name column: the first row keeps its corner, and its widths say no span.
        let header = [Token(text: "项目", line: 1, column: 0), Token(text: "其中:", line: 1, column: 1)]
        let subs = ["甲", "乙", "丙"].map { Token(text: $0, line: 2, column: 0) }
        let row = ["合计", "3.00", "1.00", "1.00", "1.00"].map { Token(text: $0, line: 3, column: 0) }
        let lines = [header, subs, row].map { TableLines.Line(number: $0[0].line, tokens: $0, compact: "") }
        XCTAssertNil(HeaderSpans.spanning(Array(lines[..<2]), body: [lines[2]], firstColumnNames: true))
    }

    /// The same tables as pdftotext -layout prints them: cells parted by runs of spaces, a
    /// spanning header word alone on its line, a caption without 表 over the unit line.
    private let laidOut = [
        "                    某县部门收支对比情况",                                        // 1
        "                                                      单位：万元",                   // 2
        "                           其中:",                                                 // 3
        "     项目      合计",                                                               // 4
        "                      基本支出      项目支出",                                        // 5
        "甲类             12.00      10.00       2.00",                                       // 6
        "乙类              8.00       6.00       2.00",                                       // 7
    ]

    func testACaptionOverALaidOutGridTitlesIt() {
        let doc = FamilyFixture.extract(laidOut)
        XCTAssertEqual(doc.tables.map(\.title), ["某县部门收支对比情况"])
        XCTAssertEqual(doc.tables.first?.unitText, "万元")
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L6 |甲类 → 合计=12.00@6 其中: / 基本支出=10.00@6 其中: / 项目支出=2.00@6",
            "L7 |乙类 → 合计=8.00@7 其中: / 基本支出=6.00@7 其中: / 项目支出=2.00@7",
        ])
    }

    func testALaidOutUnitLineInsideATableHeadsNoOtherTable() {
        // A unit line under a row of amounts is inside a table, not the start of one.
        let doc = FamilyFixture.extract(["     项目      合计       小计", "甲类        1.00       2.00"] + laidOut.dropFirst())
        XCTAssertFalse(doc.tables.contains { $0.titleLine == 3 }, "\(doc.tables.map(\.titleLine))")
        let prose = FamilyFixture.extract(["本表反映各类机构的收支，数据来自年报，如有出入以决算为准。"] + laidOut.dropFirst())
        XCTAssertEqual(prose.tables.map(\.title), [""], "prose over the unit line is no caption")
    }

    func testACaptionOverALaidOutHeaderStartsTheNextTable() {
        // A second table without 表 and without a unit line under the first one's last row.
        let counts = ["               某县公务用车情况", "          项目          数量", "购置数                    3", "保有量                   40"]
        let doc = FamilyFixture.extract(laidOut + counts)
        XCTAssertEqual(doc.tables.map(\.title), ["某县部门收支对比情况", "某县公务用车情况"])
        guard let first = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(first).count, 2, "\(FamilyFixture.rows(first))")
    }

    func testAHeaderWordSpanningItsColumnsIsNoCaption() {
        // Under the unit line, and repeated after a page break under a row of amounts.
        let lines = ["某县部门收支对比表", "                单位：万元", "                    经费预算数", "     项目      合计       小计",
                     "甲类        1.00       2.00", "                    经费预算数", "     项目      合计       小计",
                     "乙类        3.00       4.00"]
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), ["某县部门收支对比表"])
        // A part's name over its own header under the first part's rows.
        var parts = lines
        parts[5] = "绩效指标"
        XCTAssertEqual(FamilyFixture.extract(parts).tables.map(\.title), ["某县部门收支对比表"])
    }

    func testAWrappedCellsPieceBeforeTheUnitIsNoUnitLine() {
        var lines = laidOut
        lines[1] = "                                         斯镇单位：万元"
        XCTAssertTrue(FamilyFixture.extract(lines).tables.isEmpty)
        lines[1] = "斯镇单位：万元"
        XCTAssertTrue(FamilyFixture.extract(lines).tables.isEmpty, "a workbook's wrapped cell starts at the margin")
    }
    func testACaptionOverALaidOutHeaderIsAskedOfItsLineAlone() {
        // The rule's conditions on the line under a table's last row, each asked on its own.
        let table = ["某县部门收支对比表", "     项目      合计       小计", "甲类        1.00       2.00"]
        let next = ["          项目          数量", "购置数                    3"]
        func asks(_ caption: String) -> Bool {
            UntitledGrid.captionOverLaidOutHeader(at: 3, in: table + [caption] + next, title: 0)
        }
        XCTAssertTrue(asks("               某县公务用车情况"))
        XCTAssertTrue(asks("某县公务用车 情况"), "the caption's spaces are left out")
        XCTAssertFalse(asks("               某县公务用车"), "a caption ends in 情况")
        XCTAssertFalse(asks("某县公务用车情况\t"), "a tab row is no caption")
        XCTAssertFalse(asks("某县公务用车情况    合计"), "a caption is one cell")
        XCTAssertFalse(UntitledGrid.captionOverLaidOutHeader(at: 3, in: table + ["某县公务用车情况", "     项目"] + next, title: 0),
                       "a header of one cell")
    }

    func testAHeaderSetOneSpaceApartHeadsRowsOfAsManyAmounts() {
        // A word processor sets narrow header cells one space apart (three words, two runs of two
        // spaces): they still name as many columns as the rows hold amounts.
        let lines = ["                              某市资金分配情况", "单位：万元", " 项目    资金合计 中央资金 省级资金",
                     "甲县     1116.7   10   1106.7", "乙县     1150.9   10   1140.9"]
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), ["某市资金分配情况"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L5 |乙县 → 资金合计=1150.9@5 中央资金=10@5 省级资金=1140.9@5")
        // Two words cannot name three columns.
        var short = lines
        short[2] = " 项目    资金合计"
        XCTAssertTrue(FamilyFixture.extract(short).tables.isEmpty)
    }

    func testAnAgencyLineWithTheUnitPushedRightIsTheUnitLine() {
        // "编制单位：…   单位：万元" as a document prints it under a caption, the unit over the last column.
        var lines = laidOut
        lines[1] = "编制单位：某县某局                                     单位：万元"
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), ["某县部门收支对比情况"])
        XCTAssertEqual(doc.tables.first?.unitText, "万元")
        XCTAssertEqual(doc.tables.first?.sections.first.map { FamilyFixture.rows($0).count }, 2)
        lines[0] = "                    某县 2016 年部门收支对比情况"
        XCTAssertEqual(FamilyFixture.extract(lines).tables.map(\.title), ["某县2016年部门收支对比情况"], "a word processor's spaces round the year")
        XCTAssertTrue(UntitledGrid.isLaidOutUnitLine("编制单位：某县某局单位：万元", over: nil), "the two set side by side")
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("编制单位：某县某局", over: nil), "no unit")
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("某县某局编制单位：万元", over: nil), "no agency label first")
    }

    func testGroupCaptionsOverTheHeaderLetItNameItsColumns() {
        // Two spanning captions over the row of column names (项目, 合计, 小计 …).
        let doc = FamilyFixture.extract([
            "                                                        单位：万元",
            "                               公用经费             公务接待费",
            "     项目          合计     小计     商品服务     小计       接待",
            "甲类               12.00    10.00      10.00      2.00       2.00",
            "乙类                8.00     6.00       6.00      2.00       2.00",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L5 |乙类 → 合计=8.00@5 公用经费 / 小计=6.00@5 公用经费 / 商品服务=6.00@5 "
                       + "公务接待费 / 小计=2.00@5 公务接待费 / 接待=2.00@5")
    }

    func testACaptionWrappedPastWhatIsReadStartsNoTable() {
        // A caption wrapped inside a narrow cell over more lines than a caption is read over (four),
        // or lost over an agency's line:
        // its table's name is not known, so no table is read under a part of it.
        var wrapped = Array(laidOut.dropFirst())
        wrapped.insert(contentsOf: ["某县部", "门收支", "对比情", "况"], at: 0)
        XCTAssertTrue(FamilyFixture.extract(wrapped).tables.isEmpty, "\(FamilyFixture.extract(wrapped).tables.map(\.title))")
        var overAgency = laidOut
        overAgency.insert("编制单位：某县某局", at: 1)
        XCTAssertEqual(FamilyFixture.extract(overAgency).tables.map(\.title), ["某县部门收支对比情况"], "the caption over the agency's line")
        overAgency[0] = "况表"
        XCTAssertTrue(FamilyFixture.extract(overAgency).tables.isEmpty)
    }

    func testAWordProcessorsHeaderSetOneSpaceApartNamesItsColumns() {
        // Cells one space apart, each year set apart from its 年 (a font change), under the
        // agency and unit set side by side.
        let doc = FamilyFixture.extract([
            "编制单位：某县某局单位：万元",
            "       项目        2022 年预算数 2023 年预算数 2023 年预算数增减",
            "合计               2378.77   2415.44   36.67",
            "1、因公出国(境)费用      0         0         0",
            "2、公务接待费          1114.54   989.86    -124.68",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[0], "L3 |合计 → 2022年预算数=2378.77@3 2023年预算数=2415.44@3 2023年预算数增减=36.67@3")
    }
}
