import XCTest
@testable import BudgetETL

/// Ruled-table conversions that glued cells: the title, unit and first header word in one tab
/// cell, and header words of several columns in one tab cell.
final class ExtractFamilyGluedCellsTests: XCTestCase {
    private func table(_ lines: [String]) -> TableLines {
        let region = TableRegion(key: "k", title: "部门支出预算表", titleIndex: 0, body: 1..<lines.count,
                                 unitText: nil, statedEmpty: false)
        return TableLines(lines: lines, region: region, titleLine: lines[0])
    }

    func testTitleUnitAndHeaderInOneTabCell() {
        let table = table([
            "部门支出预算表 单位：万元 科目编码\t科目名称\t合计\t基本支出\t项目支出",     // 1
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",                       // 2
            "\t合计\t300.00\t100.00\t200.00",                                     // 3
        ])
        XCTAssertEqual(table.layout, .tabGrid)
        XCTAssertEqual(table.header.map { $0.tokens.map(\.text) }, [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]])
        let section = table.layout.reader(for: table).read().sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L2 201|一般公共服务支出 → 合计=300.00@2 基本支出=100.00@2 项目支出=200.00@2",
            "L3 |合计 → 合计=300.00@3 基本支出=100.00@3 项目支出=200.00@3",
        ])
    }

    func testHeaderWordsOfSeveralColumnsInOneTabCell() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                    // 1
            "单位：万元",                                                       // 2
            "科目编码 科目名称\t合计 基本支出 项目支出",                            // 3
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",                     // 4
            "208\t社会保障和就业支出\t50.00\t50.00\t",                           // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 201|一般公共服务支出 → 合计=300.00@4 基本支出=100.00@4 项目支出=200.00@4",
            "L5 208|社会保障和就业支出 → 合计=50.00@5 基本支出=50.00@5",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }
}
