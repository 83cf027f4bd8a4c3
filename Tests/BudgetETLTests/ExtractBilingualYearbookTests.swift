import XCTest
@testable import BudgetETL

/// A bilingual yearbook's table printed from a workbook: a caption over the unit line, a header of
/// years under 项目, each row's Chinese then English name wrapped in a narrow cell, its last line
/// holding the numbers.
final class ExtractBilingualYearbookTests: XCTestCase {
    private let page = [
        "                                           Sheet1",                                        // 1
        "",                                                                                          // 2
        "某市财政收入",                                                                              // 3
        "单位：万元",                                                                                // 4
        "                项目                        2020               2021",                      // 5
        "财政收入合计 Total Revenue of",                                                              // 6
        "Local Government                                  42374332          43079643",            // 7
        "一般公共预算收入 General",                                                                   // 8
        "Budgetary Revenue                                 17227892          18842570",            // 9
        "1.增值税 Value-added Tax                              4054969           4403537",          // 10
        "其他收入 Others                                        864442             897899",         // 11
        "政府性基金收入 Revenue from",                                                                // 12
        "Government-controlled Funds                       25146440          24237073",            // 13
    ]

    func testRowsNamedInTwoLanguagesUnderAHeaderOfYears() {
        let doc = FamilyFixture.extract(page)
        XCTAssertEqual(doc.tables.map(\.title), ["某市财政收入"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2020", "2021"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L7 |财政收入合计 Total Revenue of Local Government → 2020=42374332@7 2021=43079643@7",
            "L9 |一般公共预算收入 General Budgetary Revenue → 2020=17227892@9 2021=18842570@9",
            "L10 |1.增值税 Value-added Tax → 2020=4054969@10 2021=4403537@10",
            "L11 |其他收入 Others → 2020=864442@11 2021=897899@11",
            "L13 |政府性基金收入 Revenue from Government-controlled Funds → 2020=25146440@13 2021=24237073@13",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testAHeaderOfYearsIsNoRowOfAmounts() {
        XCTAssertTrue(UntitledGrid.namesYears(["项目", "2000", "2003", "2004"]))
        XCTAssertFalse(UntitledGrid.namesYears(["合计", "2000", "2000"]), "a year twice is an amount")
        XCTAssertFalse(UntitledGrid.namesYears(["甲县", "2000", "2003"]), "a row's name is no header word")
        XCTAssertFalse(UntitledGrid.namesYears(["项目", "2000", "31.50"]))
    }

    func testWordsUnderAHeaderOfYearsWrapTheFirstRowsName() {
        let years = TableLines.prepare("     项目      2020      2021", number: 1, tab: false, mangled: false, aligned: true)
        let piece = TableLines.prepare("支出合计 total", number: 2, tab: false, mangled: false, aligned: true)
        XCTAssertTrue(TableLines.wrapsUnderYears(piece, under: [years]))
        let under = TableLines.prepare("               决算数    决算数", number: 2, tab: false, mangled: false, aligned: true)
        XCTAssertFalse(TableLines.wrapsUnderYears(under, under: [years]), "words under the years are their measures")
        let measures = TableLines.prepare("     项目      预算数    决算数", number: 1, tab: false, mangled: false, aligned: true)
        XCTAssertFalse(TableLines.wrapsUnderYears(piece, under: [measures]))
    }

    func testChineseAfterAnEnglishNameStartsAnotherName() {
        XCTAssertTrue(AlignedRows.returnsToChinese("一般公共预算收入 General", after: "财政收入合计 Total Revenue of Local Government"))
        XCTAssertFalse(AlignedRows.returnsToChinese("Local Government", after: "财政收入合计 Total Revenue of"))
        XCTAssertFalse(AlignedRows.returnsToChinese("收入", after: "一、财政拨款"))
    }
}
