import XCTest
@testable import BudgetETL

/// Tables written one cell per line, in content-stream order (pdftotext -raw, pasted web pages):
/// rows are rebuilt from codes, names and the header's column count; 行次 numbers stand on lines
/// of their own next to the amounts.
final class ExtractFamilyCellPerLineTests: XCTestCase {
    func testCodedRowsOneCellPerLine() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",        // 1
            "单位：万元",            // 2
            "科目编码",             // 3
            "科目名称",             // 4
            "合计",                // 5
            "基本支出",             // 6
            "项目支出",             // 7
            "201",                // 8
            "一般公共服务支出",      // 9
            "300.00",             // 10
            "100.00",             // 11
            "200.00",             // 12
            "20101",              // 13
            "人大事务",             // 14
            "300.00",             // 15
            "100.00",             // 16
            "200.00",             // 17
            "合计",                // 18
            "300.00",             // 19
            "100.00",             // 20
            "200.00",             // 21
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L8 201|一般公共服务支出 → 合计=300.00@10 基本支出=100.00@11 项目支出=200.00@12",
            "L13 20101|人大事务 → 合计=300.00@15 基本支出=100.00@16 项目支出=200.00@17",
            "L18 |合计 → 合计=300.00@19 基本支出=100.00@20 项目支出=200.00@21",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testCellsBetweenPipeLinesWithWrappedHeaderCellsAndANoteAfter() {
        let doc = FamilyFixture.extract([
            "“三公”经费预算表",                         // 1
            "单位：万元",                               // 2
            "|", "项 目", "|", "合计", "|",              // 3-7: a letter-spaced cell
            "一般公共", "预算", "|",                     // 8-10: one cell wrapped over two lines
            "政府性基金", "预算", "|", "|",               // 11-14
            "公务接待费", "|", "3.00", "|", "2.00", "|", "1.00", "|", "|", // 15-23
            "公务用车运行费", "|", "5.00", "|", "5.00", "|", "0.00", "|",  // 24-31
            "会议费", "|", "4.00", "|", "4.00", "|", "0.00", "|",         // 32-39
            "培训费", "|", "6.00", "|", "6.00", "|", "0.00", "|",         // 40-47
            "说明: 本表 公务接待费 增加 的 原因 是 接待 任务 增加。",   // 48: a note with spaces
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "一般公共预算", "政府性基金预算"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L15 |公务接待费 → 合计=3.00@17 一般公共预算=2.00@19 政府性基金预算=1.00@21",
            "L24 |公务用车运行费 → 合计=5.00@26 一般公共预算=5.00@28 政府性基金预算=0.00@30",
            "L32 |会议费 → 合计=4.00@34 一般公共预算=4.00@36 政府性基金预算=0.00@38",
            "L40 |培训费 → 合计=6.00@42 一般公共预算=6.00@44 政府性基金预算=0.00@46",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testPipeLinesJoinOnlyWrappedTextCells() {
        XCTAssertEqual(PipeCells.joiningWrappedCells(["|", "一般公共", "预算", "|", "3.00", "|"]),
                       ["|", "一般公共预算", "", "|", "3.00", "|"])
        // A title and its unit line, numbers, or more lines than a cell wraps over stay as they are.
        XCTAssertEqual(PipeCells.joiningWrappedCells(["|", "某某预算表", "单位：万元", "|"]), ["|", "某某预算表", "单位：万元", "|"])
        XCTAssertEqual(PipeCells.joiningWrappedCells(["|", "合计", "3.00", "|"]), ["|", "合计", "3.00", "|"])
        XCTAssertEqual(PipeCells.joiningWrappedCells(["|", "甲", "乙", "丙", "丁", "|"]), ["|", "甲", "乙", "丙", "丁", "|"])
    }

    func testTwoSidedRowsWithLineNumbersOnTheirOwnLines() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表",       // 1
            "单位：万元",            // 2
            "收入",                // 3
            "支出",                // 4
            "项目",                // 5
            "行次",                // 6
            "金额",                // 7
            "项目",                // 8
            "行次",                // 9
            "金额",                // 10
            "一、财政拨款收入",       // 11
            "1",                  // 12
            "500.00",             // 13
            "一、一般公共服务支出",    // 14
            "3",                  // 15
            "500.00",             // 16
            "收入总计",              // 17
            "2",                  // 18
            "500.00",             // 19
            "支出总计",              // 20
            "4",                  // 21
            "500.00",             // 22
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["行次", "金额"], ["行次", "金额"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L11 |一、财政拨款收入 → 行次=1@12 金额=500.00@13",
            "L17 |收入总计 → 行次=2@18 金额=500.00@19",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L14 |一、一般公共服务支出 → 行次=3@15 金额=500.00@16",
            "L20 |支出总计 → 行次=4@21 金额=500.00@22",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Placed left to right and marked guessed: normalize places the row by the table's sums, or
    /// rejects it with the reason.
    func testRowWithABlankCellDroppedIsLeftToTheSums() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：万元", "科目编码", "科目名称", "合计", "基本支出", "项目支出",
            "201", "一般公共服务支出", "300.00", "100.00", "200.00",        // 8-12
            "208", "社会保障和就业支出", "50.00", "50.00",                  // 13-16: one blank cell dropped
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L8 201|一般公共服务支出 → 合计=300.00@10 基本支出=100.00@11 项目支出=200.00@12",
            "L13 208|社会保障和就业支出 → 合计=50.00@15 基本支出=50.00@16",
        ])
        XCTAssertEqual(section.rows[1].cells.map(\.guessed), [true, true])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testCodesSplitOverCellsAndASideBySideRowThatFallsShort() {
        let chunks = RowStreamReader.chunks(["201", "03", "01", "行政运行", "12.00", "5", "合计", "12.00"].enumerated().map {
            Token(text: $1, line: $0 + 1, column: 0)
        })
        XCTAssertEqual(chunks.map { $0.codes.map(\.text) }, [["201", "03", "01"], []])
        XCTAssertEqual(chunks.map { $0.values.map(\.text) }, [["12.00", "5"], ["12.00"]])
        let doc = FamilyFixture.extract([
            "部门收支预算总表", "单位：万元", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额",
            "一、财政拨款收入", "1", "500.00",               // 11-13
            "一、一般公共服务支出", "3",                      // 14-15: blank amount dropped
            "收入总计", "2", "500.00",                      // 16-18
            "支出总计", "4", "500.00",                      // 19-21
        ])
        XCTAssertEqual(doc.rejects.map(\.line), [12, 13, 15, 17, 18, 20, 21])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.sectionUnknown.description])
    }

    func testNamedRowWithAllCellsBlankEndsBeforeTheNextNumberedName() {
        let chunks = RowStreamReader.chunks(["一、财政拨款收入", "二、事业收入", "100.00"].enumerated().map {
            Token(text: $1, line: $0 + 1, column: 0)
        })
        XCTAssertEqual(chunks.map { $0.labels.map(\.text) }, [["一、财政拨款收入"], ["二、事业收入"]])
        XCTAssertEqual(chunks.map { $0.values.map(\.text) }, [[], ["100.00"]])
    }

    func testColumnNumbersCutIntoCellsStayInTheHeader() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表", "单位：万元", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额",
            "栏次", "1", "栏次", "2",                        // 11-14: the 栏次 row, one cell per line
            "一、财政拨款收入", "1", "500.00",               // 15-17
            "一、一般公共服务支出", "3", "500.00",            // 18-20
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["行次", "金额"], ["行次", "金额"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), ["L15 |一、财政拨款收入 → 行次=1@16 金额=500.00@17"])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), ["L18 |一、一般公共服务支出 → 行次=3@19 金额=500.00@20"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A caption without 表 after the document's prose heads a table of one cell per line; years
    /// name its rows; the header nests its last word over a run that starts with 合计 (which the
    /// run's other columns add up to); a row of rates (增减%) is read too, and a three-digit
    /// amount that ends a row is no code.
    func testCaptionedTableWithNestedHeaderAndYearRows() {
        let doc = FamilyFixture.extract([
            "本单位两年的支出比较如下，单位为万元。",   // 1
            "两年支出对比情况",      // 2
            "年度",                // 3
            "合计",                // 4
            "会议费",               // 5
            "车辆费用",             // 6
            "合计",                // 7
            "购置",                // 8
            "运行",                // 9
            "2020年",              // 10
            "500",                // 11
            "100",                // 12
            "400",                // 13
            "150",                // 14
            "250",                // 15
            "2021年",              // 16
            "600",                // 17
            "120",                // 18
            "480",                // 19
            "80",                 // 20
            "400",                // 21
            "增减%",               // 22
            "20.00",              // 23
            "20.00",              // 24
            "20.00",              // 25
            "-46.67",             // 26
            "60.00",              // 27
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "会议费", "车辆费用 / 合计", "车辆费用 / 购置", "车辆费用 / 运行"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L10 |2020年 → 合计=500@11 会议费=100@12 车辆费用 / 合计=400@13 车辆费用 / 购置=150@14 车辆费用 / 运行=250@15",
            "L16 |2021年 → 合计=600@17 会议费=120@18 车辆费用 / 合计=480@19 车辆费用 / 购置=80@20 车辆费用 / 运行=400@21",
            "L22 |增减% → 合计=20.00@23 会议费=20.00@24 车辆费用 / 合计=20.00@25 车辆费用 / 购置=-46.67@26 车辆费用 / 运行=60.00@27",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A header whose words do not add up to the rows' columns is not forced: the run's 合计 is
    /// not the sum of the rest, so which word is whose parent is unknown.
    func testNestedHeaderIsNotGuessedWhenTheRunDoesNotAddUp() {
        let words = ["年度", "合计", "会议费", "车辆费用", "合计", "购置", "运行"]
        func row(_ values: [String]) -> RowStreamReader.Chunk {
            RowStreamReader.Chunk(labels: [Token(text: "2020年", line: 1, column: 0)],
                                  values: values.map { Token(text: $0, line: 2, column: 0) })
        }
        let adding = [row(["500", "100", "400", "150", "250"]), row(["600", "120", "480", "80", "400"])]
        XCTAssertEqual(StreamHeader.tree(words, columns: 5, rows: adding)?.map(\.joined),
                       ["合计", "会议费", "车辆费用 / 合计", "车辆费用 / 购置", "车辆费用 / 运行"])
        let notAdding = [row(["500", "100", "400", "150", "260"]), row(["600", "120", "480", "80", "410"])]
        XCTAssertNil(StreamHeader.tree(words, columns: 5, rows: notAdding))
        XCTAssertEqual(StreamHeader.fullRowWidth(adding), 5)
        XCTAssertNil(StreamHeader.fullRowWidth([row(["1", "2"]), row(["1", "2", "3"])]))
    }

    /// A header of three rows (项目 | 支出 over 科目编码 科目名称 合计 基本支出 项目支出 over 类 款 项):
    /// the name columns' words of the lower rows stand between the value columns' words; the word
    /// before the run that starts with 合计 heads the run, as the rows' sums say.
    func testGroupWordOverTotalRunWithNameWordsBetween() {
        let doc = FamilyFixture.extract([
            "部门支出总表", "单位：元",                                        // 1-2
            "项目", "支出", "功能分类科目编码", "功能分类科目名称",                // 3-6
            "合计", "基本支出", "项目支出", "类", "款", "项",                    // 7-12
            "201", "一般公共服务支出", "500", "100", "400",                    // 13-17
            "201", "03", "政府办公厅(室)及相关机构事务", "500", "100", "400",   // 18-23
            "201", "03", "01", "行政运行", "100", "100",                       // 24-29: 项目支出 blank
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["支出 / 合计", "支出 / 基本支出", "支出 / 项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L13 201|一般公共服务支出 → 支出 / 合计=500@15 支出 / 基本支出=100@16 支出 / 项目支出=400@17",
            "L18 201,03|政府办公厅(室)及相关机构事务 → 支出 / 合计=500@21 支出 / 基本支出=100@22 支出 / 项目支出=400@23",
            "L24 201,03,01|行政运行 → 支出 / 合计=100@28 支出 / 基本支出=100@29",
        ])
        // Its 项目支出 blank: left to the sums.
        XCTAssertEqual(section.rows[2].cells.map(\.guessed), [true, true])
    }

    /// A header of several rows whose value words outnumber the rows' values by more than one
    /// group word (a cell wrapped over two rows: 事业单位 / 经营收入): which word names which
    /// column is unknown, and the values are rejected rather than named by a guess.
    func testStackedHeaderWithMoreWordsThanATreeIsRejected() {
        let doc = FamilyFixture.extract([
            "部门收入总表", "单位：元",                                        // 1-2
            "项目", "收入", "功能分类科目编码", "事业单位", "功能分类科目名称",   // 3-7
            "合计", "财政拨款收入", "其他收入", "类", "款", "项", "经营收入",     // 8-14
            "201", "一般公共服务支出", "500", "400", "60", "40",                // 15-20
            "20101", "人大事务", "500", "400", "60", "40",                      // 21-26
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections[0].rows.allSatisfy(\.cells.isEmpty))
        XCTAssertEqual(doc.rejects.map(\.line), [17, 18, 19, 20, 23, 24, 25, 26])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason == RejectReason.headerRowsUnknown.description })
    }

    /// Rows' breaks known from the lower row's name words: a top row of several value words does
    /// not say which heads the run (the last one may stand right of the group), and rows whose
    /// total is zero add up under any reading.
    func testRunHeadOnlyFromALoneTopWordAndRowsThatAreNotZero() {
        func row(_ values: [String]) -> RowStreamReader.Chunk {
            RowStreamReader.Chunk(labels: [Token(text: "合计", line: 1, column: 0)],
                                  values: values.map { Token(text: $0, line: 2, column: 0) })
        }
        let several = ["项目", "年初结余", "本年收入", "本年支出", "年末结余", "科目编码", "科目名称", "小计", "基本支出", "项目支出"]
        let adding = [row(["1", "9", "8", "6", "2", "4"]), row(["0", "5", "5", "5", "1", "4"])]
        XCTAssertNil(StreamHeader.tree(several, columns: 6, rows: adding))
        let lone = ["项目", "支出", "科目编码", "科目名称", "合计", "基本支出", "项目支出"]
        XCTAssertEqual(StreamHeader.tree(lone, columns: 3, rows: [row(["6", "2", "4"])], flat: false)?.map(\.joined),
                       ["支出 / 合计", "支出 / 基本支出", "支出 / 项目支出"])
        // Rows whose total is zero confirm no sum, but a top row of name words and one measure word
        // heads every measure below by its form alone (`StreamHeader.underOneTopWord`).
        XCTAssertEqual(StreamHeader.tree(lone, columns: 3, rows: [row(["0.00", "0.00", "0.00"])], flat: false)?.map(\.joined),
                       ["支出 / 合计", "支出 / 基本支出", "支出 / 项目支出"])
    }

    /// Names printed after their item number or lead-in with a space ("(一) 一般公共服务支出",
    /// "其中: 财政拨款") and marker or year lines printed with spaces ("公开 07 表", "2023 年度")
    /// are single cells: the table is still one cell per line. Two amounts on a line are not.
    func testMarkedNamesAndSpacedMarkerLinesAreSingleCells() {
        let lines = ["公开 07 表", "2023 年度", "项目", "金额", "(一) 一般公共服务支出", "300.00", "其中: 财政拨款",
                     "200.00", "(二) 外交支出", "100.00", "一、 教育支出", "50.00"]
        XCTAssertTrue(StreamLayout.isCellPerLine(lines))
        XCTAssertFalse(StreamLayout.isCellPerLine(lines.map { $0 == "300.00" ? "300.00 100.00" : $0 }
                                                   + ["1.00 2.00", "3.00 4.00"]))
        XCTAssertTrue(StreamLayout.isMarkedName(["(十一)", "节能环保支出"]))
        XCTAssertFalse(StreamLayout.isMarkedName(["(十一)", "300.00"]))
        XCTAssertFalse(StreamLayout.isMarkedName(["一般公共", "预算"]))
    }

    /// The first row's numbered name wrapped onto the next cell ("一、一般公共预算财政" /
    /// "拨款收入") is the row's: the body starts at its number, not at the name's second piece.
    func testNumberedFirstRowNameWrappedOntoTheNextCell() {
        let doc = FamilyFixture.extract([
            "收入决算表", "单位：元", "项目", "决算数",                 // 1-4
            "一、一般公共预算财政", "拨款收入", "300.00",                // 5-7
            "二、事业收入", "100.00",                                  // 8-9
            "合计", "400.00",                                         // 10-11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["决算数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |一、一般公共预算财政 拨款收入 → 决算数=300.00@7",
            "L8 |二、事业收入 → 决算数=100.00@9",
            "L10 |合计 → 决算数=400.00@11",
        ])
    }

    /// One cell per line, a column name the header reader joined from cells of several lines
    /// (an agency's name over a group's over a measure) took them for one wrapped cell: its values
    /// are rejected, the columns named by one cell each keep theirs.
    func testColumnJoinedFromSeveralCellsRejectsOnlyItsValues() {
        let doc = FamilyFixture.extract([
            "部门整体自评表",                                                   // 1
            "部门(单位)名称", "某某局", "部门整体支出情况",                        // 2-4
            "年初预算数", "全年预算数", "全年执行数",                             // 5-7
            "部门预算总额", "100.00", "90.00", "80.00",                          // 8-11
            "基本支出", "60.00", "50.00", "40.00",                              // 12-15
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.count, 3)
        XCTAssertEqual(Array(section.columns.map(\.joined).dropFirst()), ["全年预算数", "全年执行数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L8 |部门预算总额 → 全年预算数=90.00@10 全年执行数=80.00@11",
            "L12 |基本支出 → 全年预算数=50.00@14 全年执行数=40.00@15",
        ])
        XCTAssertEqual(doc.rejects.map(\.line), [9, 13])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason == RejectReason.headerCellsJoined.description })
    }

    /// A column joined from two pieces that spell a column of the "三公" form (公务 / 接待费) is
    /// that wrapped cell: its value is placed; a join that spells no such column stays rejected.
    func testWrappedFormColumnNameIsNoGuess() {
        XCTAssertEqual(StreamHeader.joinedColumns([HeaderPath(["因公出国(境)费"]), HeaderPath(["公务接待费"]), HeaderPath(["某某接待费"])],
                                                  words: ["因公出国(境)费", "公务", "接待费", "某某"]), [2])
        let doc = FamilyFixture.extract([
            "某某区2031年", "一、2031年“三公”经费预算表", "单位:万元",                       // 1-3
            "“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "公务", "接待费",  // 4-8
            "小计", "公务用车购置费", "公务用车运行费",                               // 9-11
            "60", "5", "30", "20", "10", "25",                                   // 12-17
            "二、2031年“三公”经费预算情况说明",                                      // 18
        ])
        let section = doc.tables.first?.sections.first
        XCTAssertEqual(section?.columns.last?.joined, "公务接待费")
        XCTAssertEqual(section?.rows.flatMap(\.cells).map(\.text), ["60", "5", "30", "20", "10", "25"])
        XCTAssertEqual(section?.rows.flatMap(\.cells).last?.column, 5)
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }

    /// A top row whose words repeat stands over the row below it word for word.
    func testRepeatedTopRowPairsWithTheRowBelow() {
        let words = ["项目", "2020年", "2021年", "2021年", "完成数", "预算数", "完成数"]
        XCTAssertEqual(StreamHeader.tree(words, columns: 3, rows: [])?.map(\.joined),
                       ["2020年 / 完成数", "2021年 / 预算数", "2021年 / 完成数"])
    }

    /// A table that states no unit takes the one the text before it quotes its amounts in, when
    /// every quoted amount found in the table agrees; small numbers and amounts not in it say nothing.
    func testUnitQuotedForTheTablesAmountsInTheTextBefore() {
        let lines = ["全年支出600万元，其中会议费120万元，共开会12元次。", "车辆购置80元。"]
        XCTAssertEqual(StatedUnit.quoted(lines, in: 0..<2, values: ["600", "120", "480"]), "万元")
        XCTAssertNil(StatedUnit.quoted(lines, in: 0..<2, values: ["700"]))
        XCTAssertNil(StatedUnit.quoted(["全年支出600万元，另600元。"], in: 0..<1, values: ["600"]))
    }

    /// A table that states no unit, with no text before it, takes the unit the section after its
    /// last row quotes its amounts in (the explanation running on under a one-cell-per-line body),
    /// not a unit quoted for amounts the table does not hold.
    func testUnitQuotedForTheTablesAmountsInTheSectionAfterIt() {
        let lines = [
            "一、2031年“三公”经费预算表",                         // 1
            "项目", "预算数",                                      // 2-3
            "合计", "25.6", "公务接待费", "13.2", "公务用车运行费", "12.40",  // 4-9
            "二、2031年“三公”经费支出预算情况说明",                // 10
            "某某局2031年度“三公”经费支出预算为25.6万元，公务接待费13.2万元。",  // 11
        ]
        let table = FamilyFixture.extract(lines).tables.first
        XCTAssertEqual(table?.unitText, "万元")
        XCTAssertEqual(table?.sections.first?.rows.flatMap(\.cells).map(\.text), ["25.6", "13.2", "12.40"])
        var other = lines
        other[10] = "某某局2031年度“三公”经费支出预算为31.6万元。"
        XCTAssertNil(FamilyFixture.extract(other).tables.first?.unitText)
        XCTAssertNil(StatedUnit.quoted(lines, title: 0, previous: 0, lastRow: 11, next: 11, values: ["25.6"]))
        XCTAssertEqual(StatedUnit.quoted(lines, title: 0, previous: 0, lastRow: 9, next: 11, values: ["25.6"]), "万元")
    }

    /// A unit line a narrow cell wrapped after 单位 ("编制单位：某某局单位" / "：万元"), as after 万.
    func testUnitLineWrappedAfterItsLabel() {
        XCTAssertEqual(StatedUnit.split(["编制单位：某某", "县某某局单位", "：万元"], in: 0..<3), "万元")
        XCTAssertEqual(StatedUnit.split(["金额单位:", "元"], in: 0..<2), "元")
        XCTAssertEqual(StatedUnit.split(["单位：万", "元"], in: 0..<2), "万元")
        XCTAssertNil(StatedUnit.split(["预算单位", "元旦补助"], in: 0..<2))
    }

    func testRowNamingPercentHoldsRates() {
        XCTAssertTrue(Normalizer.isRateRow("2021年比2020年增减%"))
        XCTAssertTrue(Normalizer.isRateRow("增长率(%)"))
        XCTAssertFalse(Normalizer.isRateRow("会议费"))
    }
    /// A yearbook's page: one cell per line between lone "|" lines, 项目 printed with a space inside
    /// its cell, a bare year as the only column's name, section rows without values.
    func testYearColumnSpacedHeaderWordAndSectionRowsWithoutValues() {
        let doc = FamilyFixture.extract([
            "3-1 某市财政收支表 |",   // 1
            "|",                     // 2
            "单位:亿元 |",            // 3
            "项 目 |",               // 4
            "2019 |",                // 5
            "|",                     // 6
            "经常性收支 |",           // 7
            "|",                     // 8
            "经常性收入合计 |",        // 9
            "12.5 |",                // 10
            "|",                     // 11
            "各项税收 |",             // 12
            "-3.25 |",               // 13
            "|",                     // 14
            "其他收入 |",             // 15
            "15.75 |",               // 16
            "支出 |",                 // 17
            "|",                     // 18
            "基本建设支出 |",          // 19
            "6.5 |",                 // 20
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].title, "某市财政收支表")
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2019"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L7 |经常性收支 → ",
            "L9 |经常性收入合计 → 2019=12.5@10",
            "L12 |各项税收 → 2019=-3.25@13",
            "L15 |其他收入 → 2019=15.75@16",
            "L17 |支出 → ",
            "L19 |基本建设支出 → 2019=6.5@20",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testCodeHeaderCellsOnOneLineAreNotOneSpacedWord() {
        let line = TableLines.Line(number: 1, tokens: ["类", "款", "项"].map { Token(text: $0, line: 1, column: 0) }, compact: "类款项")
        XCTAssertEqual(TableLines.spacedWordJoined(line).tokens.map(\.text), ["类", "款", "项"])
        let word = TableLines.Line(number: 1, tokens: ["合", "计"].map { Token(text: $0, line: 1, column: 0) }, compact: "合计")
        XCTAssertEqual(TableLines.spacedWordJoined(word).tokens.map(\.text), ["合 计"])
    }

    /// Every cell closed by " |", an empty cell a lone "|", and the one-cell rows (title, unit)
    /// padded to the table's width with "|" ("||||"): the pads tell the width, the cells fold
    /// back into rows, and a blank cell keeps its column. A column of line letters and formulas
    /// (公式: A=B+C) names no row.
    func testClosedCellsFoldIntoRowsOfTheWidthThePadsTell() {
        let doc = FamilyFixture.extract([
            "某某限额情况表 |",            // 1
            "||||",                     // 2
            "单位:亿元 |",                // 3
            "||||",                     // 4
            "项目 |", "公 式 |", "本地区 |", "本级 |", "下级 |",   // 5–9
            "一、限额 |", "A=B+C |", "30 |", "20 |", "10 |",   // 10–14
            "其中:甲限额 |", "B |", "12 |", "12 |", "|",      // 15–19: 下级 blank
            "乙限额 |", "C |", "18 |", "|", "18 |",           // 20–24: 本级 blank
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某某限额情况表"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["公 式", "本地区", "本级", "下级"])
        XCTAssertEqual(section.rows.map(\.label), ["一、限额", "其中:甲限额", "乙限额"])
        XCTAssertEqual(section.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } },
                       [["1=30", "2=20", "3=10"], ["1=12", "2=12"], ["1=18", "3=18"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        // Letters alone, without a formula among them, may be a classification's: they stay names.
        let tokens = { (texts: [String]) in texts.map { Token(text: $0, line: 1, column: 0) } }
        XCTAssertTrue(ColumnGrid.isLineReferences(tokens(["A=B+C", "B", "C"])))
        XCTAssertFalse(ColumnGrid.isLineReferences(tokens(["A", "B", "C"])))
        XCTAssertFalse(ColumnGrid.isLineReferences(tokens(["A=B+C", "行政运行"])))
    }

    /// Pads after a row of several cells ("收入 | 支出 | ||") leave the spans of its merged cells
    /// unknown: the cells are not folded (nothing guessed); lines that close no cell end a run.
    func testClosedCellsAreNotFoldedWhenMergedCellsSpansAreUnknown() {
        let padded = ["单位:万元 |", "||", "序号 |", "收入 |", "支出 | ||", "项目 |", "预算数 |", "项目 |", "预算数 |", "1 |"]
        XCTAssertEqual(ClosedCells.folded(padded), padded)
        XCTAssertEqual(ClosedCells.cells(of: "X | ||"), ["X", "", ""])
        XCTAssertEqual(ClosedCells.cells(of: "||||"), ["", "", "", ""])
        XCTAssertEqual(ClosedCells.cells(of: "|"), [""])
        XCTAssertNil(ClosedCells.cells(of: "| a | b |"))
        XCTAssertNil(ClosedCells.cells(of: "a | b"))
        // Rows of several cells are rows already: two short ones are never joined into one.
        let rows = ["某某表 | |||", "单位:万元 | |||", "项目 | 甲 | 乙 | 丙 |", "合计 | 1 |", "其他 | 3 |", "一 |", "|||",
                    "二 |", "|||"]
        XCTAssertEqual(ClosedCells.folded(rows), rows)
        // No pads at all: nothing tells the width.
        let plain = ["项目 |", "预算数 |", "合计 |", "10 |", "甲 |", "4 |", "乙 |", "6 |"]
        XCTAssertEqual(ClosedCells.folded(plain), plain)
    }

    /// A form of two sides pasted one cell per line, closed by " |", with no pads to tell the rows'
    /// width (a merged unit line and side names print no empty cells): the header row (项目 行次 金额
    /// twice) gives it, and every row must put a name or nothing under 项目 and a number or nothing
    /// elsewhere. "| |" opens a row before one empty cell (a row of one side only, its name blank).
    func testClosedCellsOfTwoSidesFoldByTheHeaderRowsWidth() {
        XCTAssertEqual(ClosedCells.cells(of: "| |"), [""])
        let doc = FamilyFixture.extract([
            "收入支出决算总表 |", "| |", "|", "|", "|", "|",          // 1–6: title, its row's blanks
            "金额单位:万元 |", "收入 |", "支出 |",                        // 7–9
            "项目 |", "行次 |", "金额 |", "项目 |", "行次 |", "金额 |",      // 10–15
            "一、甲收入 |", "1 |", "12 |", "一、丙支出 |", "5 |", "|",      // 16–21
            "二、乙收入 |", "2 |", "|", "二、丁支出 |", "6 |", "30 |",      // 22–27
            "| |", "3 |", "|", "三、戊支出 |", "7 |", "8 |",              // 28–33: no income row
        ])
        guard let table = doc.tables.first else { return XCTFail("no table") }
        XCTAssertEqual(table.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(table.sections.map { $0.rows.map(\.label) }, [["一、甲收入", "二、乙收入", ""], ["一、丙支出", "二、丁支出", "三、戊支出"]])
        XCTAssertEqual(table.sections.map { $0.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } } },
                       [[["0=1", "1=12"], ["0=2"], ["0=3"]], [["0=5"], ["0=6", "1=30"], ["0=7", "1=8"]]])
        XCTAssertEqual(table.sections.map { $0.columns.map(\.joined) }, [["行次", "金额"], ["行次", "金额"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }
}
