import XCTest
@testable import BudgetETL

/// Two tables one cell per line (cells closed by ` |`), the second's caption (a year's phrase ending
/// in 情况, no 表) right after the first table's last value: the caption starts a table of its own.
final class ExtractClosingCaptionTests: XCTestCase {
    private let first = [
        "2021年度全县“三公”经费支出情况",
        "经费项目 |",
        "2021年度支出(万元) |",
        "公务接待费 |",
        "12.50 |",
        "公务用车购置费 |",
        "20.00 |",
        "公务用车运行维护费 |",
        "30.20 |",
        "“三公”经费合计 |",
        "62.70 |",
    ]

    func testACaptionAfterTheLastValueStartsTheNextTable() {
        let doc = FamilyFixture.extract(first + [
            "2021年度全县“三公”经费使用情况",
            "使用项目 |",
            "2021年度数量 |",
            "公务用车购置数 |",
            "3 |",
            "因公出国(境)人次 |",
            "2 |",
            "国内公务接待批次 |",
            "15 |",
            "国内公务接待人次 |",
            "415 |",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["全县三公经费支出情况", "全县三公经费使用情况"])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[1].sections[0]), [
            "L15 |公务用车购置数 → 2021年度数量=3@16",
            "L17 |因公出国(境)人次 → 2021年度数量=2@18",
            "L19 |国内公务接待批次 → 2021年度数量=15@20",
            "L21 |国内公务接待人次 → 2021年度数量=415@22",
        ])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map(\.label), ["公务接待费", "公务用车购置费", "公务用车运行维护费", "“三公”经费合计"])
    }

    func testAHeaderRepeatedAfterValuesIsNoCaption() {
        // The first table's caption-like header cell again (a new page): no table of its own.
        let doc = FamilyFixture.extract([
            "2021年度全县“三公”经费支出情况",
            "经费项目 |",
            "2021年度支出情况 |",
            "公务接待费 |",
            "12.50 |",
            "公务用车购置费 |",
            "20.00 |",
            "2021年度支出情况",
            "经费项目 |",
            "公务用车运行维护费 |",
            "30.20 |",
            "“三公”经费合计 |",
            "62.70 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
    }

    func testARowNameAfterValuesIsNoCaption() {
        // A row's name is followed by its values, not by header cells: no new table.
        let doc = FamilyFixture.extract(first + [
            "2021年度培训费支出情况",
            "8.00 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
    }
}
