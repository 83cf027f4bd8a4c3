import XCTest
@testable import BudgetETL

/// A centred header's top-level column printed wholly above the code and name words is a
/// caption whose columns were not found under it (`CaptionAboveNames`).
final class ExtractCaptionAboveNamesTests: XCTestCase {
    private let reason = RejectReason.captionOverNoColumn.description

    func testACaptionAboveTheNameLineHeadingNoColumnLeavesNoValuePlaced() {
        let doc = FamilyFixture.extract([
            "                             部门收入预算表",                                                                 // 1
            "单位：万元",                                                                                               // 2
            "                                   合计                                                    本年收入",        // 3
            "  科目编码     科目名称           总计                                                                 一般公共预算", // 4
            "                                一般公共预算           合计",                                              // 5
            "                                                                                          小计         其中:财政拨款", // 6
            "             合计                  30.00          30.00          30.00       30.00    20.00",               // 7
            "    201      一般公共服务           30.00          30.00          30.00       30.00    20.00",               // 8
        ])
        let table = try! XCTUnwrap(doc.tables.first)
        XCTAssertTrue(table.sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) }, "\(table.sections.map(FamilyFixture.rows))")
        XCTAssertEqual(doc.rejects.filter { $0.reason == reason }.count, 10)
    }

    func testAColumnCentredOnTheNameLineIsRead() {
        // 合计 and 一般公共预算 on the line of 科目编码 / 科目名称: full-height cells, centred.
        let doc = FamilyFixture.extract([
            "                 部门收入预算表",                          // 1
            "单位：万元",                                              // 2
            "                                   本年收入",             // 3
            "  科目编码     科目名称     合计     一般公共预算",          // 4
            "                                   小计     其中",        // 5
            "    201      一般公共服务    30.00    20.00    20.00",      // 6
        ])
        XCTAssertFalse(doc.rejects.contains { $0.reason == reason }, "\(doc.rejects.map(\.reason))")
    }
}
