import XCTest
@testable import BudgetETL

/// Column-aligned text whose row names and header words were wrapped inside their cells: the
/// pieces join by the columns they stand in, not by the line they happen to follow.
final class ExtractFamilyWrappedTests: XCTestCase {
    func testNameFragmentsBeforeAndAfterTheNumberLineJoinItsRow() {
        let doc = FamilyFixture.extract([
            "                          部门收支预算总表",                                            // 1
            "单位：万元",                                                                          // 2
            "            收入                              支出",                                  // 3
            "    项目             预算数           项目                    预算数",                   // 4
            "一、财政拨款          1,513.50     一、一般公共服务支出          1,203.50",                 // 5
            "    1.一般公共预",                                                                    // 6
            "                    1,203.50     二、外交支出                    310.00",              // 7
            "    算",                                                                             // 8
            "    2.政府性基金        310.00     三、教育支出",                                      // 9
            "                                  （义务教育）                       0.00",           // 10
            "收入总计              1,513.50     支出总计                      1,513.50",             // 11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L5 |一、财政拨款 → 预算数=1,513.50@5",
            // 1.一般公共预 above and 算 below the number line, both in the name column
            "L7 |1.一般公共预 算 → 预算数=1,203.50@7",
            "L9 |2.政府性基金 → 预算数=310.00@9",
            "L11 |收入总计 → 预算数=1,513.50@11",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L5 |一、一般公共服务支出 → 预算数=1,203.50@5",
            "L7 |二、外交支出 → 预算数=310.00@7",
            // the number line of 三、教育支出 is below it: the name above joins it
            "L10 |三、教育支出 （义务教育） → 预算数=0.00@10",
            "L11 |支出总计 → 预算数=1,513.50@11",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testHeaderWordWrappedOverThreeLinesJoinsByColumn() {
        let doc = FamilyFixture.extract([
            "                  部门三公经费预算表",                                         // 1
            "单位：万元",                                                               // 2
            "                           因公出                  公务用车",         // 3
            "   合计                      国（境）     公务接待费       购置及运",    // 4
            "                           费                    行费",              // 5
            "  120.00                  40.00     30.00      50.00",             // 6
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L6 | → 合计=120.00@6 因公出国（境）费=40.00@6 公务接待费=30.00@6 公务用车购置及运行费=50.00@6",
        ])
    }
}
