import XCTest
@testable import BudgetETL

/// Rows named by year under a 年份 column (statistical yearbooks).
final class ExtractYearRowsTests: XCTestCase {
    func testYearsOpeningRowsUnderAYearColumnAreTheRowsNames() {
        let doc = FamilyFixture.extract([
            "8-12 某某资金分项目支出",
            "单位:亿元",
            "年份 合 计 甲支出 乙支出",
            "1996 300.50 1,100.25 -799.75",
            "1997 20.00 15.00 5.00",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "甲支出", "乙支出"])
        XCTAssertEqual(section.rows.map(\.label), ["1996", "1997"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["300.50", "1,100.25", "-799.75"], ["20.00", "15.00", "5.00"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Under any other name column a year opening a line is left as the text reads it.
    func testAYearUnderAnotherNameColumnIsLeftAlone() {
        let line = TableLines.prepare("1996 300.50 20.00", number: 4, tab: false, mangled: false)
        let header = [TableLines.prepare("项目 合计 甲支出", number: 3, tab: false, mangled: false)]
        XCTAssertEqual(YearRows.retyped([line], header: header)[0].tokens[0].kind, line.tokens[0].kind)
        let years = [TableLines.prepare("年份 合计 甲支出", number: 3, tab: false, mangled: false)]
        XCTAssertEqual(YearRows.retyped([line], header: years)[0].tokens[0].kind, .text)
        XCTAssertTrue(HeaderWords.isLabel("年份"))
    }

    /// A workbook printed to PDF: the caption wrapped twice in a narrow cell over the unit line,
    /// the name column headed 项目, every row opening with its own year.
    func testRowsEachOpeningWithItsOwnYearUnderAnyNameColumnAreNamedByIt() {
        let doc = FamilyFixture.extract([
            "预算外资",
            "金分项目",
            "支出",
            "单位：亿元",
            "  项目        合计       甲支出       乙支出",
            "     1996    300.50      100.25     200.25",
            "     1997     20.00       15.00       5.00",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["预算外资金分项目支出"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.rows.map(\.label), ["1996", "1997"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["300.50", "100.25", "200.25"], ["20.00", "15.00", "5.00"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRowsOfYearsNeedEveryNumberedRowToOpenWithADifferentYear() {
        let header = [TableLines.prepare("项目 合计 甲支出", number: 3, tab: false, mangled: false)]
        func rows(_ lines: [String]) -> [TableLines.Line] {
            lines.enumerated().map { TableLines.prepare($1, number: $0 + 4, tab: false, mangled: false) }
        }
        XCTAssertTrue(YearRows.namedByYearsUnderNameColumn(rows(["1996 300.50 20.00", "Page 1", "1997 3.00 2.00"]), header: header))
        XCTAssertFalse(YearRows.namedByYearsUnderNameColumn(rows(["1996 300.50 20.00", "201 3.00 2.00"]), header: header),
                       "a code opens a row")
        XCTAssertFalse(YearRows.namedByYearsUnderNameColumn(rows(["1996 300.50 20.00", "1996 3.00 2.00"]), header: header),
                       "a year twice is an amount")
        let unnamed = [TableLines.prepare("合计 甲支出", number: 3, tab: false, mangled: false)]
        XCTAssertFalse(YearRows.namedByYearsUnderNameColumn(rows(["1996 300.50 20.00", "1997 3.00 2.00"]), header: unnamed),
                       "no name column")
    }
}
