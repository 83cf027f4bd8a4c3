import XCTest
@testable import BudgetETL

/// A whole table on one line (a web page rendered with single spaces, blank cells dropped): rows
/// rebuilt from codes and names, values placed by the header's column count where that is
/// certain and rejected with the reason where it is not.
final class ExtractFamilyOneLineTests: XCTestCase {
    private let line = "部门支出预算表 单位：万元 科目编码 科目名称 合计 基本支出 项目支出 "
        + "201 一般公共服务支出 300.00 100.00 200.00 20101 人大事务 300.00 100.00 200.00 "
        + "208 社会保障和就业支出 50.00 50.00 合计 350.00 150.00 200.00"

    private func table(_ lines: [String], title: Int) -> TableLines {
        let region = TableRegion(key: "k", title: "部门支出预算表", titleIndex: title, body: title + 1..<lines.count,
                                 unitText: nil, statedEmpty: false)
        return TableLines(lines: lines, region: region, titleLine: lines[title])
    }

    func testTableOnTheTitleLine() {
        let lines = ["某某局", line, "注：本表无其他数据。"]
        let table = table(lines, title: 1)
        XCTAssertEqual(table.layout, .oneLine)
        XCTAssertEqual(table.header.map(\.compact), ["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
        let reading = table.layout.reader(for: table).read()
        XCTAssertEqual(reading.sections.count, 1)
        let section = reading.sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L2 201|一般公共服务支出 → 合计=300.00@2 基本支出=100.00@2 项目支出=200.00@2",
            "L2 20101|人大事务 → 合计=300.00@2 基本支出=100.00@2 项目支出=200.00@2",
            // two values for three columns, blank cells dropped: which one is blank is unknown
            "L2 208|社会保障和就业支出 → ",
            "L2 |合计 → 合计=350.00@2 基本支出=150.00@2 项目支出=200.00@2",
        ])
        XCTAssertEqual(reading.rejects, [
            ReaderReject(line: 2, text: "50.00", reason: .ambiguousPlacement(values: 2, columns: 3)),
            ReaderReject(line: 2, text: "50.00", reason: .ambiguousPlacement(values: 2, columns: 3)),
        ])
    }

    func testTableOnTheLineAfterItsTitle() {
        let body = line.replacingOccurrences(of: "部门支出预算表 ", with: "")
        let table = table(["部门支出预算表", body, "一、部门职责"], title: 0)
        XCTAssertEqual(table.layout, .oneLine)
        let rows = table.layout.reader(for: table).read().sections.flatMap(\.rows)
        XCTAssertEqual(rows.map(\.label), ["一般公共服务支出", "人大事务", "社会保障和就业支出", "合计"])
        XCTAssertEqual(rows.map(\.cells.count), [3, 3, 0, 3])
    }

    func testTitleOfALineThatHoldsATable() {
        XCTAssertEqual(StreamLayout.titleAndTable(line)?.title, "部门支出预算表")
        XCTAssertEqual(StreamLayout.titleAndTable(line)?.table.hasPrefix("单位：万元 科目编码"), true)
    }

    func testTitleLineThatOnlyStatesItsUnitIsNoTable() {
        XCTAssertNil(StreamLayout.tableAfterTitle("部门支出预算表 单位：万元"))
        XCTAssertFalse(StreamLayout.isOneLine("201 一般公共服务支出 300.00 100.00 200.00"))
    }
    /// A two-sided 收入 | 支出 table on one line with blank cells dropped: once the income side runs
    /// out of rows the rows no longer take turns, and each row goes to the side its name says.
    func testTwoSidedRowsGoToTheSideTheirNamesSayOnceTheTurnsBreak() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表",                                                                   // 1
            "收入 支出 项目 预算数 项目 预算数 一、一般公共预算拨款收入 100.00 一、一般公共服务支出 "      // 2
                + "二、事业收入 二、外交支出 三、教育支出 60.00 四、社会保障和就业支出 40.00 上年结转 5.00 "
                + "本年收入合计 100.00 本年支出合计 100.00",
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(FamilyFixture.rows(sections[0]).filter { $0.contains("=") }, [
            "L2 |一、一般公共预算拨款收入 → 预算数=100.00@2",
            "L2 |本年收入合计 → 预算数=100.00@2",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]).filter { $0.contains("=") }, [
            "L2 |三、教育支出 → 预算数=60.00@2",
            "L2 |四、社会保障和就业支出 → 预算数=40.00@2",
            "L2 |本年支出合计 → 预算数=100.00@2",
        ])
        // 上年结转 names no side: its value is not guessed.
        XCTAssertEqual(doc.rejects.map(\.text), ["5.00"])
        XCTAssertEqual(doc.rejects.map(\.reason), [RejectReason.sectionUnknown.description])
    }

    func testSideWords() {
        XCTAssertEqual(SideWords.side(of: "本年收入合计"), 0)
        XCTAssertEqual(SideWords.side(of: "五、教育支出"), 1)
        XCTAssertNil(SideWords.side(of: "用事业基金弥补收支差额"))
        XCTAssertNil(SideWords.side(of: "收入支出差额"))
        // Rows whose names agree with their turns keep the turns.
        let names = ["一般公共预算拨款收入", "一般公共服务支出", "上年结转", "结转下年"].map { [Token(text: $0, line: 1, column: 0)] }
        XCTAssertNil(SideWords.sidesAgainstTurns(["收入", "支出"], names: names))
        XCTAssertNil(SideWords.sidesAgainstTurns(["上年", "本年"], names: names.reversed()))
    }

    /// Several tables on consecutive lines, each whole on its title's line: they are tables, not
    /// a table of contents (whose entries carry no table).
    func testConsecutiveOneLineTablesAreNoContents() {
        let lines = [line, line.replacingOccurrences(of: "部门支出预算表", with: "财政拨款支出预算表"),
                     line.replacingOccurrences(of: "部门支出预算表", with: "一般公共预算支出预算表")]
        XCTAssertEqual(TableOfContents.tableTitles([0, 1, 2], in: lines), [0, 1, 2])
        let contents = ["部门支出预算表", "财政拨款支出预算表", "一般公共预算支出预算表"]
        XCTAssertEqual(TableOfContents.tableTitles([0, 1, 2], in: contents), [])
        XCTAssertEqual(TableOfContents.tableTitles([0, 1, 2, 3], in: contents + [line]), [3])
    }

    /// A header of two rows run together: 项目 and 支出预算 over 科目编码 科目名称 合计 基本支出
    /// 项目支出, 类 款 项 under the code. The one measure word of the top row heads every column.
    func testOneTopWordHeadsTheColumnsOfTheRowBelow() {
        let words = ["项目", "支出预算", "功能分类科目编码", "功能分类科目名称", "合计", "基本支出", "项目支出", "类", "款", "项"]
        XCTAssertEqual(StreamHeader.underOneTopWord(words, structural: 1, columns: 3)?.map(\.joined),
                       ["支出预算 / 合计", "支出预算 / 基本支出", "支出预算 / 项目支出"])
        XCTAssertNil(StreamHeader.underOneTopWord(words, structural: 1, columns: 4))
        // Two words in the top row: which stands over which columns is not told.
        var two = words
        two.insert("预算数", at: 2)
        XCTAssertNil(StreamHeader.underOneTopWord(two, structural: 1, columns: 3))
    }

    /// A header whose rows cannot be rebuilt (a word wrapped in two cells under a top word): the
    /// columns its reading names leave words out, so every value is rejected, not placed under a
    /// flattened name.
    func testValuesUnderAHeaderThatLeavesWordsOutAreRejected() {
        let wrapped = "部门收入预算表 单位：元 项目 收入预算 科目编码 事业单位 科目名称 合计 财政拨款收入 类 款 项 经营收入 "
            + "201 一般公共服务支出 30.00 20.00 10.00 合计 30.00 20.00 10.00"
        let table = table(["某某局", wrapped], title: 1)
        XCTAssertEqual(table.layout, .oneLine)
        let reading = table.layout.reader(for: table).read()
        XCTAssertTrue(reading.sections.flatMap(\.rows).allSatisfy { $0.cells.isEmpty })
        XCTAssertEqual(reading.rejects.count, 6)
        // A header of several rows with more words than values is refused first (headerRowsUnknown);
        // one that passes that check but leaves a word out is refused after (headerWordsUnplaced).
        XCTAssertTrue(reading.rejects.allSatisfy { [.headerRowsUnknown, .headerWordsUnplaced].contains($0.reason) },
                      "\(reading.rejects.map(\.reason))")
    }
}
