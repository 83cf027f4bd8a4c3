import XCTest
@testable import BudgetETL

/// A row's economic code glued to the 款 digits of the second code its name prints in brackets
/// (`3023901 办公经费]` under `其他交通费用 [502`), as a converter joining close characters prints it.
final class ExtractBracketCodeDigitsTests: XCTestCase {
    func testTwoDigitsTooManyGoBackIntoTheBracket() {
        let split = BracketCodeDigits.split(code: "3023901", label: "其他交通费用 [502 办公经费]")
        XCTAssertEqual(split?.code, "30239")
        XCTAssertEqual(split?.label, "其他交通费用 [502 01 办公经费]")
        // The bracket's opening line went to the row above: the row prints the bracket's end.
        let end = BracketCodeDigits.split(code: "3023901", label: "办公经费]")
        XCTAssertEqual(end?.code, "30239")
        XCTAssertEqual(end?.label, "01 办公经费]")
        // A department's code in a government code's row alike, with full-width brackets.
        XCTAssertEqual(BracketCodeDigits.split(code: "5020199", label: "办公费【301 其他】")?.code, "50201")
    }

    func testWholeCodesAndWholeBracketsStay() {
        // The bracket holds its 款 digits already: the code's two digits are no piece of it.
        XCTAssertNil(BracketCodeDigits.split(code: "3023901", label: "其他交通费用 [502 01 办公经费]"))
        // A function code has seven digits of its own.
        XCTAssertNil(BracketCodeDigits.split(code: "2080505", label: "机关事业单位 [502 办公经费]"))
        // No bracketed class to take the digits.
        XCTAssertNil(BracketCodeDigits.split(code: "3023901", label: "其他交通费用 办公经费"))
        XCTAssertNil(BracketCodeDigits.split(code: "30239", label: "其他交通费用 [502 办公经费]"))
        XCTAssertNil(BracketCodeDigits.split(code: "3023901", label: "01 办公经费]"))
    }

    func testRowsKeepTheirValues() {
        let cell = RawCell(column: 0, text: "51.57", line: 3, guessed: false)
        let rows = BracketCodeDigits.restored([ExtractedRow(line: 3, codeParts: ["3023901"], label: "其他交通费用 [502 办公经费]", cells: [cell])])
        XCTAssertEqual(rows.map(\.codeParts), [["30239"]])
        XCTAssertEqual(rows[0].cells, [cell])
    }
}
