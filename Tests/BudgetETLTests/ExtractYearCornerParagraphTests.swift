import XCTest
@testable import BudgetETL

/// A page that prints every cell as a paragraph under a heading printed twice: the second heading
/// (its years run together) is the title again, the unit's name in the corner stands over rising
/// years that head the columns, and two names in separate paragraphs are two rows (the first a
/// heading without values).
final class ExtractYearCornerParagraphTests: XCTestCase {
    private let page = ["首页 > 信息公开", "", "2019、2020年度某某单位财务信息一览表", "", "  20192020年度某某单位财务信息一览表", "",
                        "某某单位", "", "2019", "", "2020", "", "收入", "", "事业收入(万元)", "", "100.5", "", "120", "",
                        "人均费用", "", "门诊费用(元)", "", "30.5", "", "40", "", "单项费用(元)", "", "甲项", "", "500", "", "600",
                        "", "", "上一页", "下一页"]

    func testTheCornerOverRisingYearsHeadsTheColumnsAndParagraphsPartTheNames() {
        let doc = FamilyFixture.extract(page)
        XCTAssertEqual(doc.tables.count, 1)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2019", "2020"])
        XCTAssertEqual(FamilyFixture.rows(section).filter { !$0.hasSuffix("→ ") }, [
            "L15 |事业收入(万元) → 2019=100.5@17 2020=120@19",
            "L23 |门诊费用(元) → 2019=30.5@25 2020=40@27",
            "L31 |甲项 → 2019=500@33 2020=600@35",
        ])
        XCTAssertTrue(section.rows.contains { $0.label == "人均费用" && $0.cells.isEmpty })
    }

    func testATitlePrintedAgainIsTheTitleAndOnlyRisingYearsUnderTheFirstCellHeadColumns() {
        let title = "2019、2020年度某某单位财务信息一览表"
        XCTAssertTrue(TableLines.repeatsTitle(TableLines.prepare("  20192020年度某某单位财务信息一览表", number: 1, tab: false, mangled: false), title))
        XCTAssertFalse(TableLines.repeatsTitle(TableLines.prepare("某某单位", number: 1, tab: false, mangled: false), title))
        func lines(_ words: [String]) -> [TableLines.Line] {
            words.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: false, mangled: false) }
        }
        XCTAssertTrue(StreamLayout.isYearHeader(1, lines(["某某单位", "2019", "2020", "收入"])))
        XCTAssertFalse(StreamLayout.isYearHeader(1, lines(["某某单位", "2020", "2019", "收入"])))
        XCTAssertFalse(StreamLayout.isYearHeader(2, lines(["收入", "某某单位", "2019", "2020"])))
        XCTAssertTrue(StreamLayout.endsWithYears(lines(["某某单位", "2019", "2020"])))
        XCTAssertFalse(StreamLayout.endsWithYears(lines(["某某单位", "2019"])))
    }

    func testWithoutABlankLineBetweenCellsNamesAreNotPartedByParagraph() {
        let tokens = [Token(text: "人均", line: 1, column: 0), Token(text: "费用", line: 2, column: 0), Token(text: "30.5", line: 3, column: 0)]
        let chunks = [RowStreamReader.Chunk(labels: Array(tokens[0...1]), values: [tokens[2]])]
        XCTAssertEqual(ParagraphNames.split(chunks, tokens: tokens).map { $0.labels.map(\.text) }, [["人均", "费用"]])
        let spaced = tokens.enumerated().map { Token(text: $1.text, line: 2 * $0 + 1, column: 0) }
        let parted = ParagraphNames.split([RowStreamReader.Chunk(labels: Array(spaced[0...1]), values: [spaced[2]])], tokens: spaced)
        XCTAssertEqual(parted.map { $0.labels.map(\.text) }, [["人均"], ["费用"]])
        XCTAssertEqual(parted.map { $0.values.map(\.text) }, [[], ["30.5"]])
    }
}
