import XCTest
@testable import BudgetETL

/// The money unit wherever a document states it: split over two lines, inside the header, only
/// on the cover, or a different one for each table.
final class ExtractFamilyUnitTests: XCTestCase {
    func testUnitSplitOverTwoLinesInColumnAlignedText() {
        let doc = FamilyFixture.extract([
            "                         部门支出预算表",                                              // 1
            "编制单位：某某局                                                  单位：万",          // 2
            "                                                                  元",                // 3
            "科目编码     科目名称                 合计       基本支出     项目支出",                 // 4
            "201          一般公共服务支出        300.00        100.00       200.00",               // 5
        ])
        XCTAssertEqual(doc.tables.map(\.unitText), ["万元"])
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]),
                       ["L5 201|一般公共服务支出 → 合计=300.00@5 基本支出=100.00@5 项目支出=200.00@5"])
    }

    func testUnitSplitOverTwoLinesInSingleSpaceText() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                // 1
            "单位：万",                                     // 2
            "元",                                         // 3
            "科目编码 科目名称 合计 基本支出 项目支出",          // 4
            "201 一般公共服务支出 300.00 100.00 200.00",      // 5
        ])
        XCTAssertEqual(doc.tables.map(\.unitText), ["万元"])
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map(\.label), ["一般公共服务支出"])
    }

    func testUnitInsideTheHeader() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                     // 1
            "科目编码\t科目名称\t本年预算（金额单位：万元）",          // 2
            "201\t一般公共服务支出\t300.00",                      // 3
        ])
        XCTAssertEqual(doc.tables.map(\.unitText), ["万元"])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]),
                       ["L3 201|一般公共服务支出 → 本年预算（金额单位：万元）=300.00@3"])
    }

    func testUnitOnlyOnTheCoverAndADifferentUnitForOneTable() {
        let doc = FamilyFixture.extract([
            "某某局部门预算",                                    // 1
            "（金额单位：万元）",                                 // 2
            "目录",                                             // 3
            "一、部门职责",                                       // 4
            "二、部门预算表",                                     // 5
            "部门支出预算表",                                     // 6
            "科目编码 科目名称 合计",                               // 7
            "201 一般公共服务支出 300.00",                        // 8
            "部门三公经费预算表",                                  // 9
            "单位：元",                                          // 10
            "合计 因公出国（境）费 公务接待费",                      // 11
            "3,000.00 1,000.00 2,000.00",                       // 12
        ])
        XCTAssertEqual(doc.tables.map(\.unitText), ["万元", "元"])
        XCTAssertEqual(doc.tables[1].sections[0].rows.first?.cells.map(\.text), ["3,000.00", "1,000.00", "2,000.00"])
    }
}
