import XCTest
@testable import BudgetETL

/// A caption alone on its line that pdfplumber's layout text sets exactly over the middle column's
/// name (each Chinese character one column): it names the whole its columns are parts of, so it
/// heads them all rather than being that name's first line (`HeaderFit.namesWholeOfParts`).
final class ExtractParallelPartsCaptionTests: XCTestCase {
    private func page(caption: String, columns: [String]) -> [String] {
        [
            "                                   某单位支出预算表",
            "        编制单位：某单位                                                   单位：元",
            "                                                   \(caption)",
            "            科目编码         科目名称           \(columns[0])         \(columns[1])          \(columns[2])",
            "                   201一般公共服务支出             5000          3000        2000",
            "                 20101人大事务                 1200           700         500",
            "                     合计                      5000          3000        2000",
        ]
    }

    func testACaptionNamingTheWholeOfItsPartsHeadsThemAll() {
        let doc = FamilyFixture.extract(page(caption: "资金来源", columns: ["合计", "财政资金", "自筹资金"]))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined),
                       ["资金来源 / 合计", "资金来源 / 财政资金", "资金来源 / 自筹资金"])
        XCTAssertEqual(FamilyFixture.rows(section)[1],
                       "L6 20101|人大事务 → 资金来源 / 合计=1200@6 资金来源 / 财政资金=700@6 资金来源 / 自筹资金=500@6")
    }

    func testAWrappedNamesFirstLineNamesNoWholeAndStaysItsFirstLine() {
        // `事业单位` does not hold `收入`, the head word `经营收入` shares with `其他收入`.
        let doc = FamilyFixture.extract(page(caption: "事业单位", columns: ["合计", "经营收入", "其他收入"]))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "事业单位经营收入", "其他收入"])
    }

    func testTheRuleAsksForASiblingBesideTheColumnAndTheHeadWordInTheCaption() {
        let node = { (text: String, start: Int, line: Int) in
            AlignedHeader.Node(text: text, start: start, end: start + text.count, firstLine: line, lastLine: line)
        }
        let caption = node("支出预算", 51, 0)
        let units = [node("合计", 40, 1), node("基本支出", 51, 1), node("项目支出", 65, 1)]
        XCTAssertTrue(HeaderFit.namesWholeOfParts(caption, over: 1, in: units, line: [caption]))
        XCTAssertFalse(HeaderFit.namesWholeOfParts(caption, over: 1, in: units, line: [caption, node("单位", 70, 0)]),
                       "a word beside others on its line is no lone caption")
        let unlike = [node("合计", 40, 1), node("基本支出", 51, 1), node("项目经费", 65, 1)]
        XCTAssertFalse(HeaderFit.namesWholeOfParts(caption, over: 1, in: unlike, line: [caption]), "no sibling beside it")
        let other = node("资金预算", 51, 0)
        XCTAssertFalse(HeaderFit.namesWholeOfParts(other, over: 1, in: units, line: [other]), "the caption names another whole")
        let lower = [node("合计", 40, 1), node("基本支出", 51, 1), node("项目支出", 65, 2)]
        XCTAssertFalse(HeaderFit.namesWholeOfParts(caption, over: 1, in: lower, line: [caption]), "the sibling stands on another line")
    }
}
