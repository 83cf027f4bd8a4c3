import XCTest
@testable import BudgetETL

/// A row's name that states its unit sets its amounts' unit; where the rows state several units, a
/// row stating none takes its heading's (a row without values over it) or is of unknown unit.
final class NormalizeRowUnitTests: XCTestCase {
    func testARowsOwnUnitOrItsHeadingsHolds() {
        XCTAssertEqual(RowUnit.stated(in: "门诊次均费用(元)"), .yuan)
        XCTAssertEqual(RowUnit.stated(in: "医疗收入（万元）"), .wanYuan)
        XCTAssertNil(RowUnit.stated(in: "百元固定资产医疗收入(不含药品)"))
        XCTAssertNil(RowUnit.stated(in: "收入(万元)合计"))
        let read = RowUnit.units(labels: ["医疗收入(万元)", "门诊费用(元)", "单病种费用(元)", "肝炎", "医疗费用", "其他"],
                                 hasValues: [true, true, false, true, false, true])
        XCTAssertEqual(read.units, [.wanYuan, .yuan, .yuan, .yuan, nil, nil])
        XCTAssertEqual(read.unknown, [5])
    }

    func testRowsStatingOneUnitLeaveTheOthersToTheTable() {
        let read = RowUnit.units(labels: ["人均费用(元)", "总费用"], hasValues: [true, true])
        XCTAssertEqual(read.units, [.yuan, nil])
        XCTAssertEqual(read.unknown, [])
    }
}
