import XCTest
@testable import BudgetETL

/// One cell per line, rows numbered under 序号, one amount column among text columns: a number
/// under the amount column is the row's value even where it reads as a code (three digits before
/// a name); a number under a text column is rejected; nothing is lost.
final class ExtractNumberedCellRowsTests: XCTestCase {
    private func projectList(_ rows: [[String]], header: [String] = ["序号", "项目名称", "实施地点", "补助资金", "主管单位"]) -> [String] {
        ["某县2023年衔接资金项目安排表", ""] + header.flatMap { [$0, ""] } + rows.flatMap { $0.flatMap { [$0, ""] } }
    }

    func testThreeDigitAmountsBeforeANameAreValuesUnderTheAmountColumn() {
        let doc = FamilyFixture.extract(projectList([
            ["1", "道路硬化工程", "东村、西村", "415", "住建局"],
            ["2", "饮水安全巩固", "南乡", "38", "水利局"],
            ["3", "产业园配套", "北镇", "702", "农业农村局"],
        ]))
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L15 |道路硬化工程 → 补助资金=415@19",
            "L25 |饮水安全巩固 → 补助资金=38@29",
            "L35 |产业园配套 → 补助资金=702@39",
        ])
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    func testANumberUnderATextColumnIsRejectedWithItsLine() {
        let doc = FamilyFixture.extract(projectList([
            ["1", "道路硬化工程", "东村", "415", "住建局"],
            ["2", "饮水安全巩固", "2021", "38", "水利局"],
            ["3", "产业园配套", "北镇", "702", "农业农村局"],
        ]))
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.flatMap(\.cells).map(\.text), ["415", "38", "702"])
        XCTAssertEqual(doc.rejects.map { "\($0.line):\($0.text)" }, ["27:2021"])
    }

    func testARowMissingACellIsNotReadByPlace() {
        // The second row dropped its place: its cells are off their columns, so the list is not
        // read cell by cell, and 38 never lands under 补助资金 by place.
        let doc = FamilyFixture.extract(projectList([
            ["1", "道路硬化工程", "东村", "415", "住建局"],
            ["2", "饮水安全巩固", "38", "水利局"],
            ["3", "产业园配套", "北镇", "702", "农业农村局"],
        ]))
        let placed = doc.tables.flatMap(\.sections).flatMap(\.rows).filter { !$0.cells.isEmpty }
        XCTAssertFalse(placed.contains { $0.label == "饮水安全巩固" })
    }

    /// Total rows (小计, 合计) trail a numbered row without a number of their own; a numbered row
    /// short of a cell is left out; the rows are named by the item's name (项目名称), not by the
    /// village before it (村名).
    func testTotalRowsAndAShortRowInANumberedList() {
        let doc = FamilyFixture.extract(projectList([
            ["1", "东村", "道路硬化工程", "415"],
            ["2", "西村", "饮水安全巩固", "38"],
            ["小计", "453"],
            ["3", "南村", "产业园配套", "702"],
            ["4", "北村", "村部修缮"],
            ["5", "中村", "桥梁加固", "120"],
            ["合计", "1275"],
        ], header: ["序号", "村名", "项目名称", "资金金额"]))
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["资金金额"])
        XCTAssertEqual(section.rows.map { "\($0.label)=" + $0.cells.map(\.text).joined(separator: ",") },
                       ["道路硬化工程=415", "饮水安全巩固=38", "小计=453", "产业园配套=702", "桥梁加固=120", "合计=1275"])
        // The row printed without its amount: nothing of it is placed.
        XCTAssertFalse(section.rows.contains { $0.label == "村部修缮" })
    }

    func testAmountNames() {
        for word in ["投资规模", "补助资金", "安排金额", "预算数", "2023年预算数"] {
            XCTAssertTrue(NumberedCellRows.isAmountName(word), word)
        }
        for word in ["建设规模", "建设地点", "责任单位", "项目名称"] {
            XCTAssertFalse(NumberedCellRows.isAmountName(word), word)
        }
    }

    func testMoneyQuotedInWanGivesTheUnstatedUnit() {
        let lines = ["一、住建局：道路资金415万；", "二、水利局：饮水资金38万元。", "三、受益人口702万人"]
        XCTAssertEqual(StatedUnit.quoted(lines, in: 0..<3, values: ["415", "38"]), "万元")
        // 万 before a word counts people, not money.
        XCTAssertNil(StatedUnit.quoted(lines, in: 2..<3, values: ["702"]))
    }
}

/// A number a reader passed over is rejected with its line, never dropped.
final class ExtractUnreadNumbersTests: XCTestCase {
    private func line(_ number: Int, _ texts: [String]) -> TableLines.Line {
        TableLines.Line(number: number, tokens: texts.map { Token(text: $0, line: number, column: 0) }, compact: texts.joined())
    }

    func testANumberNoCellCodeOrNameHoldsIsRejected() {
        let row = ExtractedRow(line: 5, codeParts: ["201"], label: "一般公共服务支出", cells: [RawCell(column: 0, text: "12.50", line: 5)])
        let section = ExtractedSection(name: "", columns: [HeaderPath(["金额"])], rows: [row])
        let body = [line(5, ["201", "一般公共服务支出", "12.50"]), line(6, ["309", "医疗保障局"]), line(7, ["合计", "8.00"]),
                    line(8, ["共计18.00万元。"]), line(9, ["218719"])]
        let rejected = [ReaderReject(line: 7, text: "8.00", reason: .moreValuesThanColumns)]
        let unread = UnreadNumbers.rejects(body, sections: [section], rejected: rejected)
        XCTAssertEqual(unread.map { "\($0.line):\($0.text)" }, ["6:309", "9:218719"])
        XCTAssertTrue(unread.allSatisfy { $0.reason == .numberUnread })
    }

    func testACodeThatNamesNoRowIsRejected() {
        // 660 was taken for a row's code, but the row got neither name nor values: it names nothing.
        let rows = [ExtractedRow(line: 3, codeParts: ["660"], label: "", cells: []),
                    ExtractedRow(line: 5, codeParts: ["201"], label: "一般公共服务支出", cells: [])]
        let section = ExtractedSection(name: "", columns: [HeaderPath(["金额"])], rows: rows)
        let unread = UnreadNumbers.rejects([line(3, ["660"]), line(5, ["201", "一般公共服务支出"])], sections: [section], rejected: [])
        XCTAssertEqual(unread.map { "\($0.line):\($0.text)" }, ["3:660"])
    }

    func testAShortCellInsideALongNumberDoesNotHoldIt() {
        XCTAssertFalse(UnreadNumbers.isTraced("218719", in: ["1"]))
        XCTAssertTrue(UnreadNumbers.isTraced("1,234.565,000.00", in: ["1,234.56", "5,000.00"]))
        XCTAssertTrue(UnreadNumbers.isTraced("50102", in: ["机关事业单位基本养老保险缴费[50102社会保障缴费]"]))
    }
}
