import XCTest
@testable import BudgetETL

/// Title recognition: a line is a title only when its normal form fully matches a catalog pattern.
final class ExtractTitleMatcherTests: XCTestCase {
    private let catalog = Catalog(kinds: [
        TableKind(key: "income_expenditure_total", titlePatterns: ["收入支出决算总表", "(部门)?收支(预算)?总表"]),
        TableKind(key: "expenditure_final", titlePatterns: ["支出决算表"]),
        TableKind(key: "general_budget_expenditure", titlePatterns: ["一般公共预算财政拨款支出决算表"]),
        TableKind(key: "three_public", titlePatterns: ["一般公共预算财政拨款三公经费支出决算表"]),
        TableKind(key: "operating_costs", titlePatterns: ["机关运行经费"]),
    ])
    private var matcher: TitleMatcher { TitleMatcher(catalog: catalog) }

    private func key(_ line: String) -> String? { matcher.match(line)?.key }

    func testPlainTitles() {
        XCTAssertEqual(matcher.match("收入支出决算总表")?.key, "income_expenditure_total")
        XCTAssertEqual(matcher.match("收入支出决算总表")?.title, "收入支出决算总表")
        XCTAssertEqual(key("支出决算表"), "expenditure_final")
        XCTAssertEqual(key("收支总表"), "income_expenditure_total")
        XCTAssertEqual(key("部门收支预算总表"), "income_expenditure_total")
    }

    func testWholeMatchNotPrefixOrSuffix() {
        // "支出决算表" is a suffix of this title, but only the full pattern matches.
        XCTAssertEqual(key("一般公共预算财政拨款支出决算表"), "general_budget_expenditure")
        XCTAssertNil(key("基本支出决算表"))
        XCTAssertNil(key("支出决算表附表"))
    }

    func testYearSpacingAndParentheses() {
        for line in ["2023年度收入支出决算总表", "2023年收入支出决算总表", "2023 年度 收入支出决算总表",
                     "收入支出决算总表(2023年度)", "收入支出决算总表（2023年度）", "收入支出决算总表（2023年）",
                     "收 入 支 出 决 算 总 表", "  收入支出决算总表\u{3000}", "\t收入支出决算总表\t"] {
            XCTAssertEqual(matcher.match(line)?.key, "income_expenditure_total", line)
            XCTAssertEqual(matcher.match(line)?.title, "收入支出决算总表", line)
        }
    }

    func testTableLabelsAndListMarkersRemoved() {
        for line in ["公开01表 收入支出决算总表", "收入支出决算总表 公开01表", "预算01表收入支出决算总表",
                     "附1表 收入支出决算总表", "一、收入支出决算总表", "1.收入支出决算总表", "1、收入支出决算总表",
                     "（一）收入支出决算总表", "(1)收入支出决算总表", "- 收入支出决算总表",
                     "2023年度公开01表收入支出决算总表", "1.2023年度收入支出决算总表"] {
            XCTAssertEqual(matcher.match(line)?.title, "收入支出决算总表", line)
        }
    }

    func testDoubledBoldTitle() {
        XCTAssertEqual(matcher.match("收入支出决算总表收入支出决算总表")?.title, "收入支出决算总表")
        XCTAssertEqual(matcher.match("收入支出决算总表 收入支出决算总表")?.title, "收入支出决算总表")
        XCTAssertEqual(matcher.match("2023年度收入支出决算总表2023年度收入支出决算总表")?.title, "收入支出决算总表")
        XCTAssertEqual(matcher.match("公开01表收入支出决算总表公开01表收入支出决算总表")?.title, "收入支出决算总表")
    }

    func testQuotesRemoved() {
        XCTAssertEqual(key("一般公共预算财政拨款“三公”经费支出决算表"), "three_public")
        XCTAssertEqual(key("一般公共预算财政拨款\"三公\"经费支出决算表"), "three_public")
        XCTAssertEqual(key("2023年度一般公共预算财政拨款“三公”经费支出决算表"), "three_public")
    }

    func testTitleEndingInJingFei() {
        XCTAssertEqual(key("机关运行经费"), "operating_costs")
        XCTAssertEqual(key("三、机关运行经费"), "operating_costs")
    }

    func testTableOfContentsLinesAreNotTitles() {
        for line in ["一、收入支出决算总表..........5", "收入支出决算总表 5", "收入支出决算总表\t3",
                     "收入支出决算总表……………………12", "目录", "收入支出决算总表 第5页"] {
            XCTAssertNil(matcher.match(line), line)
        }
    }

    func testNarrativeSentencesAreNotTitles() {
        for line in ["详见收入支出决算总表", "详见收入支出决算总表。", "本部门2023年度收入支出决算总表",
                     "2023年度收入支出决算总表反映了本部门全部收支情况",
                     "（一）收入支出决算总表中的收入合计为100万元。", "机关运行经费支出比上年减少",
                     "第二部分 部门决算表", "部门决算表"] {
            XCTAssertNil(matcher.match(line), line)
        }
    }

    func testTooShortOrTooLong() {
        XCTAssertNil(TitleMatcher(catalog: Catalog(kinds: [TableKind(key: "k", titlePatterns: ["表"])])).match("表"))
        let long = String(repeating: "收", count: 60) + "表"
        XCTAssertNil(TitleMatcher(catalog: Catalog(kinds: [TableKind(key: "k", titlePatterns: ["收+表"])])).match(long))
        let ok = String(repeating: "收", count: 59) + "表"
        XCTAssertEqual(TitleMatcher(catalog: Catalog(kinds: [TableKind(key: "k", titlePatterns: ["收+表"])])).match(ok)?.key, "k")
    }

    func testFirstMatchingKindWinsAndBadPatternIgnored() {
        let c = Catalog(kinds: [TableKind(key: "broken", titlePatterns: ["[", "收入支出决算总表"]),
                                TableKind(key: "second", titlePatterns: ["收入支出决算总表"])])
        XCTAssertEqual(TitleMatcher(catalog: c).match("收入支出决算总表")?.key, "broken")
    }

    func testNormalize() {
        XCTAssertEqual(TitleMatcher.normalize("2023年度 公开01表 收入支出决算总表（2023年度）"), "收入支出决算总表")
        XCTAssertEqual(TitleMatcher.normalize("（三）支出决算表"), "支出决算表")
        // A yearbook's chapter-and-table number before a space; a span of years is no marker.
        XCTAssertEqual(TitleMatcher.normalize("8-2 国家财政收支平衡表"), "国家财政收支平衡表")
        XCTAssertEqual(TitleMatcher.normalize("12-3 某县财政收支表"), "某县财政收支表")
        XCTAssertEqual(TitleMatcher.normalize("2016-2017年收支对比表"), "2016-2017年收支对比表")
        XCTAssertEqual(TitleMatcher.normalize("一般公共预算财政拨款“三公”经费支出决算表"), "一般公共预算财政拨款三公经费支出决算表")
        XCTAssertEqual(TitleMatcher.normalize("详见收入支出决算总表"), "详见收入支出决算总表")
    }

    func testTitlesAfterAnAgencyNameOrATableNumber() {
        let matcher = TitleMatcher(catalog: Catalog(kinds: [
            TableKind(key: "income_expenditure_budget", titlePatterns: ["(部门)?收支预算(总)?表"]),
            TableKind(key: "income_expenditure_final", titlePatterns: ["(部门|单位)?收入支出决算总表"]),
        ]))
        XCTAssertEqual(matcher.match("某某市医疗保障局2024年部门收支预算表")?.key, "income_expenditure_budget")
        XCTAssertEqual(matcher.match("某某市医疗保障局2024年部门收支预算表")?.title, "部门收支预算表")
        XCTAssertEqual(matcher.match("某某县社会保险中心收入支出决算总表")?.key, "income_expenditure_final")
        XCTAssertEqual(matcher.match("附表1：收入支出决算总表")?.key, "income_expenditure_final")
        XCTAssertEqual(matcher.match("表一 部门收支预算表")?.key, "income_expenditure_budget")
        XCTAssertEqual(matcher.match("收入支出决算总表          单位：万元")?.key, "income_expenditure_final")
        XCTAssertEqual(matcher.match("部门收支预算表   编制单位：某某局")?.key, "income_expenditure_budget")
        XCTAssertNil(matcher.match("某某局关于编制收入支出决算总表的说明"))
        XCTAssertNil(matcher.match("详见某某局收入支出决算总表及附表"))
    }

    /// pdftotext -layout may print the page number on the caption's line (`12 某省…表`): under a
    /// marker line the caption after it is the title.
    func testPageNumberBeforeACaptionUnderAMarker() {
        XCTAssertEqual(TitleMatcher.withoutPageNumber("        12 某省2031年债务余额情况表"), "某省2031年债务余额情况表")
        XCTAssertNil(TitleMatcher.withoutPageNumber("2031年债务余额情况表"))
        XCTAssertNil(TitleMatcher.withoutPageNumber("1234 某表"))
        XCTAssertNil(TitleMatcher.withoutPageNumber("12  34.5"))
        let doc = FamilyFixture.extract([
            "表9-1",
            "",
            "               12 某省2031年项目支出情况表",
            "                                        单位：万元",
            "项目                        预算数          决算数",
            "甲项目                      10.00           9.00",
            "乙项目                      20.00           19.00",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某省2031年项目支出情况表"])
        XCTAssertEqual(doc.tables.first?.sections.first?.rows.map(\.label), ["甲项目", "乙项目"])
    }
}
