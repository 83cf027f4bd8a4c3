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
