import XCTest
@testable import BudgetETL

/// A row's name centred vertically on its numbers (a spreadsheet's tall cell through
/// pdftotext -layout) wraps around the number line: a lone year above it, the rest of the name
/// alone under it. The year is the top of that name, not a year heading between rows.
final class ExtractCentredYearNamesTests: XCTestCase {
    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: false, mangled: false, aligned: true)
    }

    func testYearOverNamelessNumbersWithWordsUnderIsKept() {
        let lines = [line("2016年度", 5), line("          7.10     1.00    6.10", 6), line("预算数", 7),
                     line("2015年度", 8), line("          8.20     2.00    6.20", 9), line("决算数", 10)]
        XCTAssertEqual(TableLines.yearsOverNamelessRows(lines), [5, 8])
    }

    func testYearNotOverANamelessRowIsLeftAMetaLine() {
        // Numbers under the year open with a name: a year heading over a named row.
        XCTAssertTrue(TableLines.yearsOverNamelessRows([line("2016年度", 5), line("甲项    7.10    1.00", 6),
                                                        line("预算数", 7)]).isEmpty)
        // Nothing but more numbers under the number line: no name wraps around it.
        XCTAssertTrue(TableLines.yearsOverNamelessRows([line("2016年度", 5), line("    7.10    1.00", 6),
                                                        line("    8.10    2.00", 7)]).isEmpty)
        // A gap between the year and the numbers: not one tall cell.
        XCTAssertTrue(TableLines.yearsOverNamelessRows([line("2016年度", 5), line("    7.10    1.00", 7),
                                                        line("预算数", 8)]).isEmpty)
    }

    func testCentredNamesKeepTheirYears() {
        let doc = FamilyFixture.extract([
            "                     某单位三公经费支出表",
            "                                                单位：万元",
            " 项目      合计     甲费     乙费",
            "2016年度",
            "          7.10     1.00    6.10",
            "预算数",
            "2015年度",
            "          8.20     2.00    6.20",
            "决算数",
            "决算对比    -1.10    -1.00   -0.10",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.rows.map { TextRepair.compact($0.label) }, ["2016年度预算数", "2015年度决算数", "决算对比"],
                       "\(section.rows.map(\.label)) \(doc.rejects.map(\.reason))")
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) },
                       [["7.10", "1.00", "6.10"], ["8.20", "2.00", "6.20"], ["-1.10", "-1.00", "-0.10"]])
    }
}
