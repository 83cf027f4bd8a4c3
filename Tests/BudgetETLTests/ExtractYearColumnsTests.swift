import XCTest
@testable import BudgetETL

/// Tables whose columns are years, the header printed as the years alone (`YearColumns`).
final class ExtractYearColumnsTests: XCTestCase {
    private let page = [
        "2019-2021年全区学校经费情况",
        "日期:2022-03-01         来源:",
        "",
        "单位:万元",
        "",
        "2019",
        "",
        "2020",
        "",
        "2021",
        "",
        " 小学",
        " 总经费 120.5 130 141.2",
        "   内:拨款 80 85.5 90",
        " 中学",
        " 总经费 200 210.5 230",
    ]

    func testYearsAloneHeadTheColumnsAndTheCaptionTitlesTheTable() {
        let doc = FamilyFixture.extract(page)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].title, "2019-2021年全区学校经费情况")
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2019", "2020", "2021"])
        let rows = FamilyFixture.rows(section)
        // Each row's numbers one per year, in order (a heading's words may open the row's name).
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[0].hasSuffix("总经费 → 2019=120.5@13 2020=130@13 2021=141.2@13"), "\(rows)")
        XCTAssertEqual(rows[1], "L14 |内:拨款 → 2019=80@14 2020=85.5@14 2021=90@14")
        XCTAssertTrue(rows[2].hasSuffix("总经费 → 2019=200@16 2020=210.5@16 2021=230@16"), "\(rows)")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testARowOfAnotherCountLeavesTheYearsNoHeader() {
        // One row prints two numbers for three years: which year is blank is not told.
        var short = page
        short[15] = " 总经费 200 230"
        XCTAssertNil(YearColumns.headerLines(short.dropFirst(5).filter { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }, from: 0))
        XCTAssertTrue(FamilyFixture.extract(short).tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).isEmpty)
    }

    func testHeaderLinesNeedYearsRunningForwardAndRows() {
        func cells(_ lines: [String]) -> [[String]] { lines.map { $0.split(separator: " ").map(String.init) } }
        XCTAssertEqual(YearColumns.headerLines(cells(["2019", "2020", "总经费 1 2", "拨款 3 4"]), from: 0), 2)
        XCTAssertEqual(YearColumns.headerLines(cells(["2019 2020", "小学", "总经费 1 2", "拨款 3 4"]), from: 0), 1)
        // Years running back, one row only, or a row of numbers without a name: no header.
        XCTAssertNil(YearColumns.headerLines(cells(["2020", "2019", "总经费 1 2", "拨款 3 4"]), from: 0))
        XCTAssertNil(YearColumns.headerLines(cells(["2019", "2020", "总经费 1 2"]), from: 0))
        XCTAssertNil(YearColumns.headerLines(cells(["2019", "2020", "1 2", "拨款 3 4"]), from: 0))
        // Before a region's end is known, the rows run to the first line that is no row.
        XCTAssertEqual(YearColumns.headerLines(cells(["2019", "2020", "总经费 1 2", "拨款 3 4", "其他 5 6 7"]), from: 0, throughEnd: false), 2)
    }

    func testPublicationLineAndYearSpanInTheCaption() {
        XCTAssertTrue(YearColumns.isPublicationLine("日期:2022-03-01         来源:"))
        XCTAssertTrue(YearColumns.isPublicationLine("发布时间：2022-03-01"))
        XCTAssertFalse(YearColumns.isPublicationLine("日常公用经费 12.5"))
        XCTAssertEqual(TitleMatcher.shapedTitle("2019-2021年全区学校经费情况", afterMarker: true), "2019-2021年全区学校经费情况")
        XCTAssertNil(TitleMatcher.shapedTitle("2019-21全区学校经费情况", afterMarker: true))
    }
}
