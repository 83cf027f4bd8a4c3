import XCTest
@testable import BudgetETL

/// Single-space rows of a name and one whole number: a number of three digits that ends the
/// line of its row's name is that row's value, not the code of the row named on the next line
/// (a code stands before its name, on its line).
final class ExtractStreamValueAfterNameTests: XCTestCase {
    func testThreeDigitValueAfterItsNameIsTheRowsValue() throws {
        let document = FamilyFixture.extract([
            "某某资金分配表",
            "单位：万元",
            "项目 资金分配额",
            "合计 4310",
            "甲区 819",
            "乙区 305",
            "丙县 3186",
        ])
        let section = try XCTUnwrap(document.tables.first?.sections.first)
        XCTAssertEqual(section.rows.map { "\($0.codeParts.joined())|\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" },
                       ["|合计=4310", "|甲区=819", "|乙区=305", "|丙县=3186"])
    }
}
