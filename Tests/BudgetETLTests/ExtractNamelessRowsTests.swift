import XCTest
@testable import BudgetETL

/// A row of amounts with neither code nor name, past the first line under the header, among rows
/// that have them: its name went elsewhere (a page break, a centred cell), so its amounts have no
/// certain row and are rejected.
final class ExtractNamelessRowsTests: XCTestCase {
    private let header = [
        "                              部门支出预算表",
        "编制单位：某某中心                                          单位：万元",
        "科目编码     科目名称                合计          基本支出        项目支出",
    ]

    func testAmountsWithoutNameAmongNamedRowsAreRejected() {
        let doc = FamilyFixture.extract(header + [
            "201          一般公共服务支出        10.00          4.00           6.00",
            "20101        人大事务                10.00          4.00           6.00",
            "",
            "                                      5.00          5.00",
            "",
            "205          教育支出                 5.00          5.00",
        ])
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertEqual(rows.map { $0.components(separatedBy: " → ")[0] }, ["L4 201|一般公共服务支出", "L5 20101|人大事务", "L9 205|教育支出"])
        XCTAssertEqual(doc.rejects.map(\.text), ["5.00", "5.00"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason == RejectReason.rowNameUnknown.description }, "\(doc.rejects)")
    }

    func testNamelessTotalsFirstUnderTheHeaderAreKept() {
        let doc = FamilyFixture.extract(header + [
            "                                     15.00          9.00           6.00",
            "201          一般公共服务支出        10.00          4.00           6.00",
            "205          教育支出                 5.00          5.00",
        ])
        XCTAssertEqual(doc.tables[0].sections[0].rows.count, 3)
        XCTAssertEqual(doc.rejects, [])
    }
}
