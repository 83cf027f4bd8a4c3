import XCTest
@testable import BudgetETL

/// A yearbook's bilingual row name printed over lines of its own, its values on the line after
/// (`WrappedStreamNames.nameFromLineAbove`): the name's words, from the line opening the numbered
/// item down to the values, are the row's name.
final class ExtractValuesUnderWrappedNameTests: XCTestCase {
    private let page = [
        "7-2  某省地方财政收入",                                           // 1
        "general revenue of local government",                             // 2
        "单位:万元 10000  yuan",                                           // 3
        "    item 2019 2020 2021",                                         // 4
        "收入合计 total revenue 2000 2100 2300",                           // 5
        "1.增值税 value-added tax 500 520 560",                            // 6
        "2.契税 deed tax on the transfer of land",                         // 7
        "       and houses",                                               // 8
        "300 310 330",                                                     // 9
        "3.其他收入 other revenue 1200 1270 1410",                          // 10
        "4.补贴收入 subsidies to loss-making enterprises",                  // 11
        "-100 -110 -120",                                                  // 12
        "5.罚没收入 penalty income 100 110 120",                            // 13
    ]

    func testANameOverLinesOfItsOwnNamesTheValuesUnderIt() {
        let doc = FamilyFixture.extract(page)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2019", "2020", "2021"])
        let rows = section.rows.map { row in "\(row.label) → \(row.cells.map(\.text).joined(separator: " "))@\(row.cells.first?.line ?? 0)" }
        XCTAssertEqual(rows, [
            "收入合计 total revenue → 2000 2100 2300@5",
            "1.增值税 value-added tax → 500 520 560@6",
            "2.契税 deed tax on the transfer of land and houses → 300 310 330@9",
            "3.其他收入 other revenue → 1200 1270 1410@10",
            "4.补贴收入 subsidies to loss-making enterprises → -100 -110 -120@12",
            "5.罚没收入 penalty income → 100 110 120@13",
        ])
    }
}
