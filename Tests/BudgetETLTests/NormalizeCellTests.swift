import XCTest
@testable import BudgetETL

final class NormalizeCellTests: XCTestCase {
    private func number(_ s: String) -> String? {
        if case .number(let v, percent: false) = CellReader.read(s) { return v.description }
        return nil
    }

    func testBlankPlaceholders() {
        for blank in ["", "  ", "-", "—", "－", "/", "──", "────", "——", "--", "／", " - ", "— —", "\u{3000}", "–", "━━"] {
            XCTAssertEqual(CellReader.read(blank), .blank, "\(blank.debugDescription) is a blank")
        }
    }

    func testNumbers() {
        XCTAssertEqual(number("131,792.35"), "131792.35")
        XCTAssertEqual(number(" 842.48 "), "842.48")
        XCTAssertEqual(number("-5"), "-5")
        XCTAssertEqual(number("（12.30）"), "-12.30")
        XCTAssertEqual(number("0"), "0")
        XCTAssertEqual(number("1,234\u{200B}"), "1234")
    }

    func testPercent() {
        XCTAssertEqual(CellReader.read("12.5%"), .number(ExactDecimal(mantissa: 125, scale: 1), percent: true))
        XCTAssertEqual(CellReader.read("-3.20％"), .number(ExactDecimal(mantissa: -320, scale: 2), percent: true))
        XCTAssertEqual(CellReader.read("12.5 %"), .number(ExactDecimal(mantissa: 125, scale: 1), percent: true))
        if case .invalid = CellReader.read("%") {} else { XCTFail("% alone is not a number") }
    }

    func testInvalid() {
        for bad in ["abc", "12.3.4", "1,2,3", "12.30万", "1.2e5", "—12", "*", "12%%", "见附表"] {
            if case .invalid = CellReader.read(bad) {} else { XCTFail("\(bad) should be invalid") }
        }
    }
}
