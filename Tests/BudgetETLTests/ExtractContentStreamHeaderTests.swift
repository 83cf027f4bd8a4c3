import XCTest
@testable import BudgetETL

/// Text in content-stream order (MuPDF's `get_text()`, pdfminer.six): blocks parted by blank lines,
/// one cell per line, the page header above the table's own caption, the header printed again
/// after a page break.
final class ExtractContentStreamHeaderTests: XCTestCase {
    private func rows(_ name: String, _ values: [String]) -> [String] { [name] + values + [""] }

    func testTheDocumentsNameOverTheCaptionTitlesNoTable() {
        let lines = ["某某医院2021年度部门决算", "", "某某医院按地区收入情况", "", "编制单位：某某医院", "单位：万元", "",
                     "项目", "收入合计", "门诊收入", "住院收入", ""]
            + rows("甲市", ["30.00", "20.00", "10.00"]) + rows("乙市", ["7.00", "3.00", "4.00"])
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), ["某某医院按地区收入情况"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["收入合计", "门诊收入", "住院收入"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["30.00", "20.00", "10.00"], ["7.00", "3.00", "4.00"]])
    }

    func testADocumentsNameIsAYearsDepartmentBudgetOrFinalAccount() {
        XCTAssertTrue(TitleMatcher.namesDocument("某某县2023年度部门预算"))
        XCTAssertTrue(TitleMatcher.namesDocument("某某局2020年部门决算"))
        XCTAssertFalse(TitleMatcher.namesDocument("某某县2023年部门预算收支情况"), "a table of the budget")
        XCTAssertFalse(TitleMatcher.namesDocument("某某县2023年度政府预算"), "not a department's")
    }

    func testAHeaderCellPrintedAgainAfterTheSameHeaderWordIsNoRunningHeader() {
        let page = ["项目", "2019年决算数", "2020年预算调整数", "2020年执行数", "", "甲", "1", "2", "3", "", "乙", "4", "5", "6", ""]
        let document = page + page
        XCTAssertFalse(TableLines.isRunningHeader("2020年预算调整数", document: document))
        let headed = ["某某局2020年部门预算"] + page + ["某某局2020年部门预算"] + page
        XCTAssertTrue(TableLines.isRunningHeader("某某局2020年部门预算", document: headed),
                      "after a page's last row: the page header")
    }

    /// `2020年执行数` over `金额 占调整预算% 比上年增长%`: six words for five values, and no two of
    /// them one cell wrapped (a rate word ends its cell): which value is whose is not known.
    func testRateWordsAreNotJoinedToFitTheRowsAndTheValuesAreRejected() {
        let lines = ["某某镇收入执行情况表", "", "单位：万元", "", "项目", "2019年决算数", "2020年预算调整数", "2020年执行数", "",
                     "金额", "占调整预算%", "比上年增长%", ""]
            + rows("税收收入", ["401", "431", "431", "100", "7.48"]) + rows("增值税", ["266", "292", "292", "100", "9.77"])
        let doc = FamilyFixture.extract(lines)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined).suffix(2), ["占调整预算%", "比上年增长%"])
        XCTAssertTrue(section.rows.allSatisfy(\.cells.isEmpty), "\(section.rows.map(\.cells))")
        XCTAssertEqual(doc.rejects.count, 10)
    }

    func testAFlatHeaderNamingTwoColumnsAlikeIsSeveralRows() {
        let flat = { (words: [String]) in StreamHeader.namesColumnsAlike(words.map { HeaderPath([$0]) }) }
        XCTAssertTrue(flat(["债务限额", "债务余额", "一般债务", "专项债务", "一般债务", "专项债务"]))
        XCTAssertTrue(flat(["完成数", "预算数", "完成数"]), "the years over them lost")
        XCTAssertFalse(flat(["合计", "一般债务", "专项债务"]))
        XCTAssertFalse(StreamHeader.namesColumnsAlike([HeaderPath(["债务限额", "一般债务"]), HeaderPath(["债务余额", "一般债务"])]),
                       "a tree names each column whole")
    }

    func testValuesUnderAFlatReadingOfARepeatedLowerRowAreRejected() {
        let lines = ["某某县债务限额及余额情况表", "", "单位：亿元", "", "项目", "2024年债务限额", "2024年债务余额", "",
                     "一般债务", "专项债务", "一般债务", "专项债务", ""]
            + rows("甲市", ["3.5", "1.5", "2", "7.5", "3.5", "4"]) + rows("乙市", ["5.5", "2.5", "3", "9.5", "4.5", "5"])
        let doc = FamilyFixture.extract(lines)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertTrue(section.rows.allSatisfy(\.cells.isEmpty), "\(section.rows.map(\.cells))")
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.columnsNamedAlike.description])
    }
}
