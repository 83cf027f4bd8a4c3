@testable import BudgetETL
import XCTest

/// Plain pdftotext (reading order) prints a row's values on lines of their own where its cells sit
/// apart, and a page break may interleave rows and reorder the header's cells: a row keeps values
/// gathered from such lines only where they fill its columns and add up to its total.
final class ExtractReadingOrderRowsTests: XCTestCase {
    private func reasons(_ doc: ExtractedDocument) -> Set<String> { Set(doc.rejects.map(\.reason)) }

    func testValuesOnLinesOfTheirOwnThatAddUpArePlaced() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计 基本支出 项目支出",
            "201 一般公共服务支出 300.00 100.00 200.00",
            "2010301 行政运行",
            "300.00",
            "100.00 200.00",
            "合计",
            "600.00",
            "200.00",
            "400.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }, [
            "L6 201|一般公共服务支出 → 合计=300.00@6 基本支出=100.00@6 项目支出=200.00@6",
            "L7 2010301|行政运行 → 合计=300.00@8 基本支出=100.00@9 项目支出=200.00@9",
            "L10 |合计 → 合计=600.00@11 基本支出=200.00@12 项目支出=400.00@13",
        ])
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    func testInterleavedRowsValuesAreRejected() {
        // 一般行政管理事务's 46.00 (合计, then 项目支出 after the next row's first value) and 事业运行's
        // 38.00 / 37.00 (合计, 基本支出) interleave: gathered in print order, 事业运行 would read
        // 38.00 46.00 37.00, which does not add up: no value of it is placed.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计 基本支出 项目支出",
            "201 一般公共服务支出 84.00 37.00 47.00",
            "2010302 一般行政管理事务",
            "46.00",
            "2010350 事业运行",
            "38.00",
            "46.00",
            "37.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows.last, "L9 2010350|事业运行 → ")
        // (一般行政管理事务's one value, carried from a line of its own, does not fill its row either.)
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.valuesOffTheirRow.description }.map(\.text),
                       ["46.00", "38.00", "46.00", "37.00"])
    }

    func testValuesCarriedUnderAWrappedNameProveTheirRowToo() {
        // Names wrapped onto lines of their own (rows go on over lines), each cell on lines of its
        // own as MuPDF prints a cell's block: 一般公共服务支出's 300.00 / 100.00 / 50.00 do not add
        // up (50.00 may be another row's), 行政运行费用's 150.00 / 100.00 / 50.00 do.
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：元", "科目编码", "科目名称", "合计", "基本支出", "项目支出",
            "201 一般公共", "服务支出", "300.00", "100.00", "50.00",
            "2010301 行政运行费用", "（含政府办公厅", "及相关机构）", "150.00", "100.00", "50.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows.first, "L8 201|一般公共 服务支出 → ")
        XCTAssertEqual(rows.last, "L13 2010301|行政运行费用 （含政府办公厅 及相关机构） → 合计=150.00@16 基本支出=100.00@17 项目支出=50.00@18")
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.valuesOffTheirRow.description }.map(\.text),
                       ["300.00", "100.00", "50.00"])
    }

    func testGatheredZeroIsPlacedOnlyWhereNoNamedRowIsShort() {
        func table(_ shortRow: [String]) -> [String] {
            ["部门支出预算表", "单位：元", "科目编码", "科目名称", "合计 基本支出 项目支出",
             "2010301 行政运行", "300.00", "300.00", "0.00"] + shortRow
        }
        // Every named row fills its columns: the table prints its zeros, 0 is the row's own.
        let full = FamilyFixture.extract(table(["2010302 一般行政管理事务", "50.00", "0.00", "50.00"]))
        XCTAssertEqual(full.tables[0].sections.flatMap { FamilyFixture.rows($0) }.first,
                       "L6 2010301|行政运行 → 合计=300.00@7 基本支出=300.00@8 项目支出=0.00@9")
        // A named row short of a value: the table drops blank cells, and a 0 after a row's values
        // may be the next row's.
        let short = FamilyFixture.extract(table(["2010302 一般行政管理事务", "50.00", "50.00"]))
        XCTAssertEqual(short.tables[0].sections.flatMap { FamilyFixture.rows($0) }.first, "L6 2010301|行政运行 → ")
        XCTAssertTrue(reasons(short).contains(RejectReason.valuesOffTheirRow.description))
    }

    func testProofNeedsEveryColumnAndAFirstTotal() {
        let paths = [HeaderPath(["合计"]), HeaderPath(["基本支出"]), HeaderPath(["项目支出"])]
        XCTAssertTrue(ContinuedValues.proveTheirRow(["1,300.50", "300.50", "1,000"], gathered: 2, under: paths, zerosPrinted: false))
        // Off the sum, short of a column, or a gathered zero where zeros are not printed.
        XCTAssertFalse(ContinuedValues.proveTheirRow(["1,300.50", "300.50", "999"], gathered: 2, under: paths, zerosPrinted: false))
        XCTAssertFalse(ContinuedValues.proveTheirRow(["300.50", "300.50"], gathered: 1, under: paths, zerosPrinted: false))
        XCTAssertFalse(ContinuedValues.proveTheirRow(["300.50", "300.50", "0"], gathered: 1, under: paths, zerosPrinted: false))
        XCTAssertTrue(ContinuedValues.proveTheirRow(["300.50", "300.50", "0"], gathered: 1, under: paths, zerosPrinted: true))
        // No total first: nothing to prove the values by.
        let flat = [HeaderPath(["基本支出"]), HeaderPath(["项目支出"]), HeaderPath(["合计"])]
        XCTAssertFalse(ContinuedValues.proveTheirRow(["100", "200", "300"], gathered: 2, under: flat, zerosPrinted: true))
    }

    func testHeaderPrintedAgainInAnotherLineOrderIsARepeat() {
        func line(_ text: String, _ number: Int) -> TableLines.Line {
            TableLines.prepare(text, number: number, tab: false, mangled: false, aligned: false)
        }
        let header = ["科目编码", "科目名称", "收入预算", "合计", "财政拨款收入"].enumerated().map { line($1, $0 + 1) }
        let finder = RepeatedHeaderFinder(header: header)
        let row = line("2080599 其他行政事业单位养老支出 14,820.00 14,820.00", 20)
        // Every header line once, in another order: the header again.
        let reordered = ["科目编码", "收入预算", "科目名称", "合计", "财政拨款收入"].enumerated().map { line($1, $0 + 10) }
        XCTAssertEqual(finder.without(reordered + [row]).map(\.number), [20])
        // One header line missing (a row's name piece in its place): no repeat of the whole header.
        let partial = ["科目编码", "收入预算", "行政运行", "合计", "财政拨款收入"].enumerated().map { line($1, $0 + 10) }
        XCTAssertEqual(finder.without(partial + [row]).map(\.number).prefix(3), [10, 11, 12])
    }

    func testCaptionOverATotalAndItsPartReadsAsATreeByTheSums() {
        // 收入预算 over 合计 and 财政拨款收入, its words one a line: read flat, 收入预算合计 joins two
        // lines' words; the rows' sums (合计 = 财政拨款收入) confirm the caption over both.
        let doc = FamilyFixture.extract([
            "部门收入预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "收入预算",
            "合计",
            "财政拨款收入",
            "201 一般公共服务支出 82.00 82.00",
            "2010301 行政运行 12.00 12.00",
            "2010302 一般行政管理事务",
            "70.00",
            "70.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.joined), ["收入预算 / 合计", "收入预算 / 财政拨款收入"])
        XCTAssertEqual(doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }.last,
                       "L10 2010302|一般行政管理事务 → 收入预算 / 合计=70.00@11 收入预算 / 财政拨款收入=70.00@12")
        XCTAssertTrue(doc.rejects.isEmpty)
    }
}

/// Reading order's header rows and codes: a header row whose cells all wrap, a caption printed
/// before the name columns' words, a code alone on its line.
final class ExtractReadingOrderHeaderTests: XCTestCase {
    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: false, mangled: false, aligned: false)
    }

    func testHeaderRowWhoseCellsAllWrapIsJoinedBack() {
        let header = ["合计", "事业收 事业单位经营 其他收", "入", "收入", "入"].enumerated().map { line($1, $0 + 1) }
        let joined = WrappedHeaderRow.joined(header)
        XCTAssertEqual(joined.map { $0.tokens.filter { !$0.isBlank }.map(\.text) },
                       [["合计"], ["事业收入", "事业单位经营收入", "其他收入"]])
        // A word already finished (基本支出) is no piece's start; nor is a piece that leaves the word
        // unfinished (`经营` + `事业`): the lines stay.
        let finished = ["基本支出 项目支", "出", "合计"].enumerated().map { line($1, $0 + 1) }
        XCTAssertEqual(WrappedHeaderRow.joined(finished).count, 3)
        let unfinished = ["事业收 事业单位经营", "入", "事业"].enumerated().map { line($1, $0 + 1) }
        XCTAssertEqual(WrappedHeaderRow.joined(unfinished).count, 3)
    }

    func testCaptionBeforeNameWordsHeadsTheTotalAndItsParts() {
        let rows = [["30.00", "10.00", "20.00"], ["6.00", "1.00", "5.00"]].map { values in
            RowStreamReader.Chunk(values: values.map { Token(text: $0, line: 1, column: 0) })
        }
        let paths = StreamHeader.tree(["支出预算", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                      columns: 3, rows: rows, flat: false)
        XCTAssertEqual(paths?.map(\.joined), ["支出预算 / 合计", "支出预算 / 基本支出", "支出预算 / 项目支出"])
        // Rows whose 合计 is not the sum of the rest confirm no caption over them.
        let off = [["30.00", "10.00", "25.00"], ["6.00", "1.00", "4.00"]].map { values in
            RowStreamReader.Chunk(values: values.map { Token(text: $0, line: 1, column: 0) })
        }
        XCTAssertNil(StreamHeader.tree(["支出预算", "科目编码", "科目名称", "合计", "基本支出", "项目支出"],
                                       columns: 3, rows: off, flat: false))
    }

    func testCodeAloneAfterNamedCodeRowStartsTheNextRow() {
        // 2012902's values were printed before its name; 20132 alone on its line starts the next
        // row, whose name and values follow: never a second classification of 2012902.
        let doc = FamilyFixture.extract([
            "部门收入预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计 财政拨款收入",
            "201 一般公共服务支出",
            "90.00",
            "90.00",
            "2012902 一般行政管理事务",
            "20132",
            "组织事务",
            "80.00",
            "80.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }.suffix(2), [
            "L9 2012902|一般行政管理事务 → ",
            "L10 20132|组织事务 → 合计=80.00@12 财政拨款收入=80.00@13",
        ])
    }

    /// Without a code column, a whole amount of a code's length alone on its line before a
    /// numbered name (`2932700` / `二、公共安全支出`) is the row above's value, not the next row's code.
    func testCodeLikeAmountBeforeANumberedNameIsTheValueAbove() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "项目 预算数",
            "一、一般公共服务支出",
            "2932700",
            "二、公共安全支出",
            "1633000",
            "三、教育支出",
            "250000",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let rows = doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(rows.contains { $0.contains("2932700|") }, "\(rows)")
        XCTAssertFalse(rows.contains { $0.contains("二、公共安全支出") && $0.contains("2932700") }, "\(rows)")
    }

    /// Side by side in reading order (pdfminer's text boxes), a side's row names printed as one run
    /// (`本年收入合计` / `上年结转结余` / `收入总计`) gather into one row's name: from there on the
    /// values are no longer paired with their names, and none is placed.
    func testRowNamesGatheredSideBySidePlaceNothingAfter() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表", "",
            "单位：万元", "",
            "收入", "", "支出", "",
            "项目", "", "预算数", "", "项目", "", "预算数", "",
            "一、一般公共预算拨款收入 675.82 一、一般公共服务支出 516.39", "",
            "本年收入合计", "", "上年结转结余", "", "收入总计", "",
            "675.82 八、社会保障和就业支出 98.25", "",
            "14.54 十、卫生健康支出", "",
            "690.36 十三、农林水支出", "",
            "二十、住房保障支出", "", "本年支出合计", "", "支出总计", "",
            "21.53", "", "14.54", "", "39.65", "", "690.36", "", "690.36",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let placed = doc.tables[0].sections.flatMap { $0.rows.flatMap(\.cells) }
        XCTAssertEqual(placed.map(\.line), [17, 17], "\(doc.tables[0].sections.map(FamilyFixture.rows))")
        XCTAssertTrue(Set(doc.rejects.map(\.reason)).contains(RejectReason.rowNamesGathered.description), "\(doc.rejects)")
    }

    /// A code under the row's own class among its name's pieces (`21011` after `210`'s name) is the
    /// next row's: the names ran on as one run, their values after it, and no value is placed.
    func testCodeUnderTheRowsClassInItsNameGathersRows() {
        let doc = FamilyFixture.extract([
            "部门收入预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计 财政拨款收入",
            "210",
            "卫生健康支出",
            "21011 行政事业单位医疗",
            "2101101 行政单位医疗",
            "90.00",
            "90.00",
            "90.00",
            "90.00",
            "90.00",
            "90.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) },
                      "\(doc.tables[0].sections.map(FamilyFixture.rows))")
        XCTAssertTrue(Set(doc.rejects.map(\.reason)).contains(RejectReason.rowNamesGathered.description), "\(doc.rejects)")
    }

    /// In one section, two numbered rows' names printed as one run, their values after it: read as
    /// one name wrapped, the first row would take the values of both; none is placed.
    func testNumberedNamesGatheredInOneSectionPlaceNothingAfter() {
        let doc = FamilyFixture.extract([
            "某局财政拨款三公经费预算表", "",
            "编制单位：某局单位：万元", "",
            "项目", "", "预算数", "",
            "小计 其中:一般公共预算安排数", "",
            "一、“三公”经费合计 21.00 21.00", "",
            "二、会议费", "", "三、培训费", "",
            "7.50 7.50", "", "15.80 15.80",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let placed = doc.tables[0].sections.flatMap { $0.rows.flatMap(\.cells) }
        XCTAssertEqual(placed.map(\.text), ["21.00", "21.00"], "\(doc.tables[0].sections.map(FamilyFixture.rows))")
        XCTAssertTrue(Set(doc.rejects.map(\.reason)).contains(RejectReason.rowNamesGathered.description), "\(doc.rejects)")
        XCTAssertTrue(GatheredRowNames.holdsNumberedItems(["二、会议费", "三、培训费"]))
        XCTAssertFalse(GatheredRowNames.holdsNumberedItems(["二、社会保障和就业", "支出"]))
        // Numbers listed inside a name (`装修 1、2、3、5 楼`) open no item: a marker opens a name.
        XCTAssertFalse(GatheredRowNames.holdsNumberedItems(["某局装修", "1、2、3、5", "楼项目"]))
        XCTAssertTrue(GatheredRowNames.holdsNumberedItems(["某项目", "(一)办公费"]))
    }
}
