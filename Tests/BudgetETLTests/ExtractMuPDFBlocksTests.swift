import XCTest
@testable import BudgetETL

/// One cell per line in blocks parted by blank lines (MuPDF's text, PyMuPDF `get_text()`): a
/// header's two rows print as two blocks, and a caption of the top row is no piece of the column
/// after it.
final class ExtractMuPDFBlocksTests: XCTestCase {
    /// `其中:` ends the top block: it heads every word of the bottom block, the words before it are
    /// columns of their own (one word more than the rows hold values).
    func testLeadInEndingTheTopBlockHeadsTheBottomBlock() {
        let doc = FamilyFixture.extract([
            "医院收入情况表", "", "单位：千元", "",          // 1-4
            "项目", "总收入", "其中:", "",                  // 5-8
            "医疗收入", "财政补助收入", "其他收入", "",       // 9-12
            "甲医院", "100.00", "80.00", "15.00", "5.00", "", // 13-18
            "乙医院", "50.00", "40.00", "6.00", "4.00", "",   // 19-24
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.components), [["总收入"], ["其中:", "医疗收入"], ["其中:", "财政补助收入"], ["其中:", "其他收入"]])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L13 |甲医院 → 总收入=100.00@14 其中: / 医疗收入=80.00@15 其中: / 财政补助收入=15.00@16 其中: / 其他收入=5.00@17",
            "L19 |乙医院 → 总收入=50.00@20 其中: / 医疗收入=40.00@21 其中: / 财政补助收入=6.00@22 其中: / 其他收入=4.00@23",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A header cell printed with quote marks (`“会议”经费预算数`) names its columns with them, as
    /// the grid readers name them: one column printed by two converters has one name.
    func testQuotedHeaderWordKeepsItsQuoteMarks() {
        let doc = FamilyFixture.extract([
            "会议经费预算表", "", "单位：万元", "",                        // 1-4
            "项目", "“会议”经费预算数", "其中:", "",                      // 5-8
            "国内会议", "国际会议", "",                                  // 9-11
            "甲单位", "30.00", "20.00", "10.00", "",                     // 12-16
            "乙单位", "8.00", "5.00", "3.00", "",                        // 17-21
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.components).first, ["“会议”经费预算数"])
        XCTAssertEqual(FamilyFixture.rows(section).first.map { $0.hasPrefix("L12 |甲单位 → “会议”经费预算数=30.00@13") }, true,
                       "\(FamilyFixture.rows(section))")
    }

    /// A caption stating its columns' state (`比上年增、减情况`) ends the top block: like a lead-in it
    /// is no column of its own, so it heads every word of the bottom block.
    func testStateCaptionEndingTheTopBlockHeadsTheBottomBlock() {
        let doc = FamilyFixture.extract([
            "经费支出对比表", "", "单位：万元", "",                       // 1-4
            "项目", "上年决算数", "本年决算数", "比上年增、减情况", "",     // 5-9
            "增、减金额", "增、减幅度", "",                              // 10-12
            "合计", "30.00", "20.00", "-10.00", "-33.33%", "",           // 13-18
            "1.会议费", "10.00", "5.00", "-5.00", "-50%", "",             // 19-24
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.components), [["上年决算数"], ["本年决算数"],
                                                          ["比上年增、减情况", "增、减金额"], ["比上年增、减情况", "增、减幅度"]])
        XCTAssertEqual(FamilyFixture.rows(section).first,
                       "L13 |合计 → 上年决算数=30.00@14 本年决算数=20.00@15 比上年增、减情况 / 增、减金额=-10.00@16 比上年增、减情况 / 增、减幅度=-33.33%@17")
    }

    /// Without the blank line the lead-in's row is not told: `其中:` joined to the word after it
    /// names a column by guess, the header's rows read as one: no column is certain.
    func testLeadInJoinedToTheNextWordLeavesTheColumnsAfterItUncertain() {
        let doc = FamilyFixture.extract([
            "医院收入情况表", "", "单位：千元", "",          // 1-4
            "项目", "总收入", "其中:",                      // 5-7
            "医疗收入", "财政补助收入", "其他收入", "",       // 8-11
            "甲医院", "100.00", "80.00", "15.00", "5.00", "", // 12-17
            "乙医院", "50.00", "40.00", "6.00", "4.00", "",   // 18-23
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), ["L12 |甲医院 → ", "L18 |乙医院 → "])
        XCTAssertEqual(doc.rejects.map(\.line), [13, 14, 15, 16, 19, 20, 21, 22])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerCellsJoined.description])
    }

    /// Two years over three measures: which year heads two of them is not told, and a year joined to
    /// the measure after it (`2020年2021年完成数`) names no column: nothing is placed.
    func testYearsJoinedToAMeasurePlaceNothing() {
        let doc = FamilyFixture.extract([
            "收入执行情况表", "", "单位：万元", "",     // 1-4
            "项目", "2020年", "2021年", "",          // 5-8
            "完成数", "预算数", "完成数", "",          // 9-12
            "税收收入", "27,631", "33,385", "33,385", "", // 13-17
            "增值税", "13,950", "18,835", "17,585", "",   // 18-22
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) }, "\(doc.tables[0].sections)")
        XCTAssertEqual(doc.rejects.count, 6)
    }

    /// Rows of a 序号 and an amount, the amounts whole: `400` after 甲县's 序号 reads as a code, but
    /// it fills 甲县's row as every other row is filled; the closing total leaves its 序号 blank.
    func testClosingTotalWithoutLineNumberKeepsTheRowsFull() {
        let doc = FamilyFixture.extract([
            "奖励资金安排表", "", "单位：万元", "",   // 1-4
            "项目", "序号", "分配金额", "",          // 5-8
            "甲县", "1", "400", "",                // 9-12
            "乙县", "2", "6", "",                  // 13-16
            "丙县", "3", "215", "",                // 17-20
            "丁县", "4", "26", "",                 // 21-24
            "全省合计", "647", "",                  // 25-27
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(Array(rows.prefix(4)), [
            "L9 |甲县 → 序号=1@10 分配金额=400@11",
            "L13 |乙县 → 序号=2@14 分配金额=6@15",
            "L17 |丙县 → 序号=3@18 分配金额=215@19",
            "L21 |丁县 → 序号=4@22 分配金额=26@23",
        ])
    }

    /// The 三公 form under 项目, its one row's name cell blank: the header's last word, printed
    /// just above the numbers, is no row's name; the row's sums say which top word spans 小计 and
    /// 公务用车运行费.
    func testThreePublicFormUnderItsNameWordWithTheRowNameBlank() {
        let doc = FamilyFixture.extract([
            "三公经费预算表", "", "单位：万元", "",                 // 1-4
            "项目", "“三公”经费合计", "公务用车购置及运行费", "公务接待费", // 5-8
            "小计", "公务用车运行费", "",                          // 9-11
            "3.00", "2.00", "2.00", "1.00", "",                  // 12-16
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["“三公”经费合计", "公务用车购置及运行费 / 小计", "公务用车购置及运行费 / 公务用车运行费", "公务接待费"])
        XCTAssertEqual(section.rows.flatMap { $0.cells.map(\.text) }, ["3.00", "2.00", "2.00", "1.00"])
        XCTAssertEqual(section.rows.flatMap { $0.cells.map(\.column) }, [0, 1, 2, 3])
    }

    /// A whole amount of seven digits before 合计 reads as a code, but a total carries none: it is
    /// the row before's value, and 合计 names its own row (code and name on one line, the values
    /// on lines of their own).
    func testNumberBeforeABareTotalIsNoCode() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "", "单位：元", "",                 // 1-4
            "科目编码", "科目名称", "", "支出预算", "",            // 5-9
            "合计", "基本支出", "项目支出", "",                  // 10-13
            "2210201 住房公积金", "1500000.50", "1500000.50", "", // 14-17
            "2210203 购房补贴", "1867680", "", "1867680", "",      // 18-22
            "合计", "3367680.50", "1500000.50", "1867680", "",    // 23-27
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertFalse(rows.contains { $0.codeParts.joined() == "1867680" }, "\(rows)")
        XCTAssertEqual(rows.first { $0.label == "合计" }?.codeParts, [])
    }

    /// The same one cell per line (the stream cut into rows by codes and names).
    func testNumberBeforeABareTotalIsNoCodeOneCellPerLine() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "", "单位：元", "",                       // 1-4
            "科目编码", "科目名称", "合计", "基本支出", "项目支出", "",     // 5-10
            "2210201", "住房公积金", "1500000.50", "1500000.50", "",     // 11-15
            "2210203", "购房补贴", "1867680", "1867680", "",             // 16-20
            "合计", "3367680.50", "1500000.50", "1867680", "",           // 21-25
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertFalse(rows.contains { $0.codeParts.joined() == "1867680" }, "\(rows)")
        let total = rows.first { $0.label == "合计" }
        XCTAssertEqual(total?.codeParts, [])
        XCTAssertEqual(total?.cells.map(\.text), ["3367680.50", "1500000.50", "1867680"])
    }

    /// MuPDF's blocks: a row's code and name on one line, its values on lines of their own, a
    /// blank line after the row; the last row's blank 项目支出 dropped, so its second amount
    /// stands alone before 合计 and reads as a code. A total carries none.
    func testNumberBeforeABareTotalIsNoCodeInBlocks() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "", "单位：元", "",                         // 1-4
            "科目编码", "科目名称", "", "支出预算", "",                    // 5-9
            "合计", "基本支出", "项目支出", "",                          // 10-13
            "221 住房保障支出", "3367680.50", "1500000.50", "1867680", "", // 14-18
            "机关事业单位基本养", "老保险缴费支出", "机关事业单位职业年",      // 19-21
            "金缴费支出", "",                                          // 22-23
            "2210201 住房公积金", "1500000.50", "1500000.50", "",         // 24-27
            "2210203 购房补贴", "1867680", "1867680", "",                 // 28-31
            "合计", "3367680.50", "1500000.50", "1867680", "",           // 32-36
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertFalse(rows.contains { $0.codeParts.joined() == "1867680" && !$0.cells.isEmpty }, "\(rows)")
        let total = rows.first { $0.label == "合计" }
        XCTAssertEqual(total?.codeParts, [], "\(rows)")
    }

    /// A whole amount alone on its line after a named row's code, outside that code's class, is no
    /// code (the row's values, its blank cell dropped): the next code alone under the class starts
    /// the next row, never a value of the row before.
    func testAmountOutsideTheClassIsNoCodeInBlocks() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "", "单位：元", "",                         // 1-4
            "科目编码", "科目名称", "", "支出预算", "",                    // 5-9
            "合计", "基本支出", "项目支出", "",                          // 10-13
            "20805 行政事业单位养老支出", "3317379.52", "3317379.52", "",  // 14-17
            "机关事业单位基本养", "老保险缴费支出", "机关事业单位职业年",      // 18-20
            "金缴费支出", "",                                          // 21-22
            "2080501 行政单位离退休", "1554220", "1554220", "",           // 23-26
            "2080505", "1763159.52", "1763159.52", "",                 // 27-30
            "2080506", "881579.76", "881579.76", "",                   // 31-34
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertFalse(rows.contains { $0.codeParts.joined() == "1554220" }, "\(rows)")
        XCTAssertFalse(rows.contains { $0.cells.contains { $0.text == "2080506" } }, "\(rows)")
        XCTAssertTrue(rows.contains { $0.codeParts.joined() == "2080506" }, "\(rows)")
    }

    /// A lone word in a block of its own under the header, the next block values alone, where rows
    /// print name and values as one block: the header's bottom word, under the word before it
    /// (`本年拨款` over `一般公共预算`), not the first row's name. A unit's code printed after a
    /// row's amounts, which all print decimals, is the next row's code.
    func testLoneWordInItsBlockUnderTheHeaderIsAHeaderWord() {
        let doc = FamilyFixture.extract([
            "项目支出预算表", "", "单位：万元", "",                 // 1-4
            "科目编码", "科目名称", "合计", "本年拨款", "",          // 5-9
            "一般公共预算", "",                                   // 10-11
            "300.00", "300.00", "",                              // 12-14
            "101001", "甲单位", "300.00", "300.00", "",            // 15-19
            "乙项目经费", "200.00", "200.00", "",                  // 20-23
            "丙项目经费", "100.00", "100.00", "102001", "",         // 24-28
            "乙单位", "50.00", "50.00", "",                       // 29-32
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "本年拨款 / 一般公共预算"])
        XCTAssertFalse(section.rows.contains { $0.label.contains("一般公共预算") }, "\(section.rows)")
        XCTAssertEqual(section.rows.first { $0.label == "乙单位" }?.codeParts, ["102001"])
        XCTAssertFalse(section.rows.contains { $0.cells.contains { $0.text == "102001" } }, "\(section.rows)")
        XCTAssertEqual(section.rows.first { $0.label == "乙项目经费" }?.cells.map(\.text), ["200.00", "200.00"])
    }

    /// Rows that go on with more values in their own block than the header has columns (a wrapped
    /// header cell printed elsewhere): the header lost a column, so no value's column is certain.
    func testRowsRunningPastTheHeaderInTheirBlockPlaceNothing() {
        let doc = FamilyFixture.extract([
            "基本支出决算明细表", "", "单位：元", "",       // 1-4
            "人员经费", "公用经费", "",                              // 5-7
            "科目编码", "科目名称", "金额", "科目编码", "科目名称", "金额", "", // 8-14
            "30101 基本工资", "2645523", "2645523", "",             // 15-18
            "30201 办公费", "79136.5", "79136.5", "",               // 19-22
            "30102 津贴补贴", "1277065", "1277065", "",             // 23-26
            "30202 印刷费", "39930", "39930", "",                   // 27-30
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) }, "\(doc.tables[0].sections)")
        XCTAssertTrue(doc.rejects.contains { $0.reason == RejectReason.headerNarrowerThanRows.description }, "\(doc.rejects)")
    }

    /// 行次 on a line over a value word heads no column: it numbers the rows (`项目 行次` over
    /// `采购金额`, each row's 行次 printed with its name, its amount on the next line).
    func testLineNumberWordIsNoParentOverTheNextWord() {
        let doc = FamilyFixture.extract([
            "部门决算相关信息统计表", "", "单位：元", "",  // 1-4
            "项目 行次", "采购金额", "",                 // 5-7
            "合计 1", "75428.00", "",                  // 8-10
            "货物 2", "35498.00", "",                  // 11-13
            "服务 3", "39930.00", "",                  // 14-16
        ])
        let sections = doc.tables.flatMap(\.sections)
        XCTAssertFalse(sections.contains { $0.columns.contains { $0.components == ["行次", "采购金额"] } }, "\(sections.map(\.columns))")
    }

    /// One cell per line, most rows holding more values than the header names columns (the
    /// amount's wrapped header cell printed elsewhere): no value's column is certain.
    func testRowsHoldingMoreValuesThanTheHeaderPlaceNothing() {
        let doc = FamilyFixture.extract([
            "奖励资金安排表", "", "单位：万元", "",    // 1-4
            "项目", "序号", "",                      // 5-7
            "甲县", "1", "400", "",                  // 8-11
            "乙县", "2", "6", "",                    // 12-15
            "丙县", "3", "26", "",                   // 16-19
            "合计", "432", "",                       // 20-22
        ])
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertTrue(cells.isEmpty, "\(cells)")
        XCTAssertTrue(doc.rejects.contains { $0.reason == RejectReason.headerNarrowerThanRows.description }, "\(doc.rejects)")
    }

    /// Sequential text whose last line holds numbers alone under a name alone (`合计` / `5000`):
    /// the name's values or a row whose name was printed elsewhere; nothing is placed from it.
    func testNumbersAloneUnderTheLastNameAreNotPlaced() {
        let doc = FamilyFixture.extract([
            "扶贫资金分配情况表", "", "单位：万元", "",  // 1-4
            "项目", "市级资金(万元)", "",              // 5-7
            "甲区 280", "",                          // 8-9
            "乙区 280", "",                          // 10-11
            "丙区 75", "",                           // 12-13
            "合计", "635", "",                       // 14-16
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.first { $0.label == "甲区" }?.cells.map(\.text), ["280"])
        XCTAssertFalse(rows.contains { $0.cells.contains { $0.text == "635" } }, "\(rows)")
    }

    /// pdfminer's text boxes: the years over the measures left as lines of their own the header
    /// does not take, the measures read flat name two columns alike: nothing is placed.
    func testMeasuresNamedAlikeInTextBoxesPlaceNothing() {
        let doc = FamilyFixture.extract([
            "收入执行情况表", "", "单位：万元", "",            // 1-4
            "项目", "", "2020 年", "", "2021 年", "",        // 5-10
            "完成数 预算数 完成数", "",                      // 11-12
            "税收收入小计 27,631 33,385 33,385", "",         // 13-14
            "增值税 13,950 18,835 17,585", "",               // 15-16
            "房产税 2,782 2,800 3,800", "",                  // 17-18
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) }, "\(doc.tables[0].sections)")
        XCTAssertEqual(doc.rejects.count, 9)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.columnsNamedAlike.description])
    }

    /// A name and its whole amount of three digits as one block (`梁园区` / `280`) after the header's
    /// block: the first row, not the header's last word over a row coded 280. The header then names
    /// no value column (its word printed after the table), and nothing is placed.
    func testNameAndItsNumberInOneBlockStartTheBody() {
        let doc = FamilyFixture.extract([
            "资金分配情况表", "", "编制单位：市财政局", "单位：万元", "", // 1-5
            "项目", "",                                            // 6-7
            "梁园区", "280", "", "睢阳区", "280", "",                // 8-13
            "示范区", "75", "", "合计", "635", "",                   // 14-19
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.columns.isEmpty && $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(doc.rejects.map(\.line), [9, 12, 15, 18])
    }

    /// Rows of a name and a whole amount, one printed with its number on a line of its own: the
    /// number reads as the code of the next name, whose row then runs over names with their own
    /// numbers. That row's value may be any of those names': it is rejected.
    func testRowWhoseNameHoldsNumbersLosesItsValues() {
        let doc = FamilyFixture.extract([
            "资金分配情况表", "", "编制单位：市财政局单位：万元", "", // 1-4
            "项目", "市级资金(万元)", "",                           // 5-7
            "甲区 280", "", "乙区 275", "", "丙县",                   // 8-12
            "732", "", "丁县 545", "", "戊县 753", "",                // 13-18
            "己县 720", "", "合计", "3305", "",                      // 19-23
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rejected = doc.rejects.filter { $0.reason == RejectReason.valuesAmongNumbersInName.description }
        XCTAssertEqual(rejected.map(\.text), ["720"])
        let placed = doc.tables[0].sections.flatMap(\.rows).flatMap(\.cells).map(\.text)
        XCTAssertFalse(placed.contains("720"))
        XCTAssertTrue(placed.contains("280"))
    }
}
