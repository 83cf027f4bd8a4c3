import XCTest
@testable import BudgetETL

/// A `|` table whose header row names only measures (`| 预算数 | 执行数 |`, its blank corner cell
/// read as the row's opening "|"), one cell narrower than rows that start with their names: the
/// measures stand over the value columns, not one column to the left (`GridReader.withCorner`).
final class ExtractGridCornerTests: XCTestCase {
    func testMeasuresOnlyHeaderOneCellNarrowerLostItsCorner() {
        let doc = FamilyFixture.extract([
            "某某债务余额情况表",
            "单位:亿元",
            "| 预算数 | 执行数 |",
            "一、上年末余额 | | 812.40 |",
            "二、本年限额 | 950.00 | |",
            "三、本年发行额 | | 133.60 |",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["预算数", "执行数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 |一、上年末余额 → 执行数=812.40@4",
            "L5 |二、本年限额 → 预算数=950.00@5",
            "L6 |三、本年发行额 → 执行数=133.60@6",
        ])
    }

    /// A header that names its name column, or as many cells as the rows, keeps its places.
    func testAHeaderWithItsNameColumnOrFullWidthKeepsItsPlaces() {
        let line = { (n: Int, texts: [String]) in
            TableLines.Line(number: n, tokens: texts.map { Token(text: $0, line: n, column: 0) }, compact: texts.joined())
        }
        let body = [line(2, ["甲", "", "1.00"]), line(3, ["乙", "2.00", ""])]
        for header in [["项目", "预算数"], ["预算数", "执行数", "决算数"]] {
            XCTAssertEqual(GridReader.withCorner([line(1, header)], body: body).first?.tokens.map(\.text), header)
        }
        XCTAssertEqual(GridReader.withCorner([line(1, ["预算数", "执行数"])], body: body).first?.tokens.map(\.text), ["", "预算数", "执行数"])
    }
}
