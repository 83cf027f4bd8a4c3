import XCTest
@testable import BudgetETL

/// The byte searches put in front of Foundation and ICU on extraction's hot paths refuse only
/// texts the slow test refuses too: the answers are the slow test's.
final class ExtractByteGuardTests: XCTestCase {
    func testSeparatorLinesAreFoundWhateverTheirWhiteSpace() {
        // A lone "|" between tabs, ideographic or no-break spaces is a separator, as trimmed by
        // Foundation's white space set.
        XCTAssertEqual(PipeCells.joiningWrappedCells(["\t| ", "一般公共", " 预算\u{3000}", "\u{3000}|\u{A0}", "3.00"]),
                       ["\t| ", "一般公共预算", "", "\u{3000}|\u{A0}", "3.00"])
        // "||" or "|" inside text is no separator.
        XCTAssertEqual(PipeCells.joiningWrappedCells(["||", "一般公共", "预算", "||"]), ["||", "一般公共", "预算", "||"])
    }

    func testPinyinReadingsAreDroppedOnlyFromLinesWithAParenthesis() {
        XCTAssertEqual(PinyinReadings.stripped(["經(jīng)費(fèi)", "经费 (1)", "合计"]), ["經費", "经费 (1)", "合计"])
    }

    func testDoubledWordsCountedOverBytesAsOverCharacters() {
        XCTAssertTrue(TableLines.printsWordsTwice(["人员经费人员经费\u{3000}公用经费公用经费", "科目名称科目名称\t金额金额"]))
        XCTAssertFalse(TableLines.printsWordsTwice(["人员经费人员经费 公用经费 基本支出 项目支出"]))
        // A combining mark makes a Character of two scalars: such a line takes the Character
        // path, where "经费e\u{301}经费e\u{301}" is still two equal halves.
        XCTAssertTrue(TableLines.printsWordsTwice(["经费e\u{301}经费e\u{301} 金额合计金额合计 小计小计"]))
        // "经费é" (é as two scalars) is three Characters, too short a word to count; counted by
        // scalars, its four undoubled words would outnumber the three doubled ones.
        XCTAssertTrue(TableLines.printsWordsTwice(["经费e\u{301} 经费e\u{301} 经费e\u{301} 经费e\u{301} 金额金额 合计合计 小计小计"]))
    }

    func testHeaderWordsAnswerAsTheirPatterns() {
        XCTAssertTrue(HeaderWords.isCode("功能分类科目编码"))
        XCTAssertTrue(HeaderWords.isCode("款"))
        XCTAssertFalse(HeaderWords.isCode("金额"))
        XCTAssertFalse(HeaderWords.isCode("编码说明"))
        XCTAssertTrue(HeaderWords.isLabel("部门(单位)名称"))
        XCTAssertTrue(HeaderWords.isLabel("是否政府采购"))
        XCTAssertFalse(HeaderWords.isLabel("决算数"))
        XCTAssertTrue(ColumnGrid.namesAmount("2019年决算数"))
        XCTAssertTrue(ColumnGrid.namesAmount("本年合计"))
        XCTAssertFalse(ColumnGrid.namesAmount("合计数"))
        XCTAssertFalse(ColumnGrid.namesAmount("科目名称"))
    }

    func testMarkerLinesAndTitleRules() {
        XCTAssertTrue(TitleMatcher.isMarkerOnly("公开05表"))
        XCTAssertTrue(TitleMatcher.isMarkerOnly(" 表 五 "))
        XCTAssertFalse(TitleMatcher.isMarkerOnly("附件5"))
        XCTAssertEqual(TitleMatcher.normalize("部门收支总表(续)"), "部门收支总表")
        XCTAssertEqual(TitleMatcher.normalize("一、部门收支总表 单位：万元"), "部门收支总表")
        XCTAssertEqual(TitleMatcher.normalize("附件2 部门收支总表"), "部门收支总表")
        XCTAssertEqual(TitleMatcher.normalize("部门收支总表"), "部门收支总表")
    }

    func testCatalogPatternsNeedTheirRequiredText() throws {
        let pattern = CompiledPattern("(部门)?收支预算(总)?表", wholeText: true)
        XCTAssertEqual(String(decoding: pattern.required, as: UTF8.self), "收支预算")
        XCTAssertTrue(pattern.matches("部门收支预算总表"))
        XCTAssertFalse(pattern.matches("部门收支预算总表附注"))
        XCTAssertFalse(pattern.matches("部门收入预算表"))
        let anywhere = CompiledPattern("科目|功能分类")
        XCTAssertTrue(anywhere.required.isEmpty)
        XCTAssertTrue(anywhere.matches("支出功能分类"))
        let matcher = TitleMatcher(catalog: Catalog(kinds: [TableKind(key: "income_expenditure_budget", titlePatterns: ["(部门)?收支预算(总)?表"])]))
        XCTAssertEqual(matcher.match("某某局2024年部门收支预算总表")?.key, "income_expenditure_budget")
        XCTAssertEqual(matcher.kindKeys(of: "收支预算表"), ["income_expenditure_budget"])
        XCTAssertNil(matcher.match("部门收入预算表"))
    }

    func testTraditionalShareCountsEveryScalarFromU3400() {
        // 10 traditional of 200 characters from U+3400 (full-width "，" is one; é and Latin are
        // not): exactly the share, so the lines are simplified.
        let text = String(repeating: "經", count: 10) + String(repeating: "经", count: 189) + "，é a"
        XCTAssertEqual(TraditionalCharacters.simplified([text]), [String(repeating: "经", count: 199) + "，é a"])
        // A character beyond the basic plane (four bytes) counts too: 10 of 201 is under the share.
        XCTAssertEqual(TraditionalCharacters.simplified([text + "𠀀"]), [text + "𠀀"])
    }
}
