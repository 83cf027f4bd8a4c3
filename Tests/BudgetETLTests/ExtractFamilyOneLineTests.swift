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
}
