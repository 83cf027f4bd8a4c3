import XCTest
@testable import BudgetETL

/// A header row of pdftotext -layout's text over rows of amounts, with neither a title nor a unit
/// line over it, starts a table without a title; prose holding numbers starts none.
final class ExtractUntitledHeaderTests: XCTestCase {
    private func rows(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap(\.rows).map { "\($0.label) \($0.cells.map(\.text).joined(separator: " "))" }
    }

    func testAPageStartingWithItsHeaderRowIsAnUntitledTable() {
        let doc = FamilyFixture.extract([
            "        科目名称               上年决算数           本年预算数",
            "一、工资福利支出                  1,204.50             1,310.20",
            "二、商品和服务支出                  380.00               402.75",
            "三、对个人和家庭的补助               55.10                60.00",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["上年决算数", "本年预算数"])
        XCTAssertEqual(rows(doc), ["一、工资福利支出 1,204.50 1,310.20", "二、商品和服务支出 380.00 402.75",
                                   "三、对个人和家庭的补助 55.10 60.00"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testAHeaderOfTwoCellsUnderProseAndAnAgencyLineHeadsTheCountsUnderIt() {
        let doc = FamilyFixture.extract([
            "纳入本部门决算汇编范围的独立核算单位分类如下。",
            "编制单位：某乡人民政府",
            "           项目              数量",
            "一、按单位基本性质                       12",
            "行政单位                                 2",
            "事业单位                                10",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        XCTAssertEqual(rows(doc), ["一、按单位基本性质 12", "行政单位 2", "事业单位 10"])
    }

    func testARowUnderALeadInIsNoHeaderStartingATable() {
        // The header started above, with a line no rule reads: its columns' names are not known.
        let doc = FamilyFixture.extract([
            "某某医院按地区分医疗收入情况",
            "编制单位：某某医院     门诊和药住品院收入元",
            "                    其中:",
            "  项目      医疗收入     门诊收入     住院收入",
            "北京市      616874.76    428296.45    188628.13",
            "天津市      407395.5     221789.6     183667.9",
        ])
        XCTAssertEqual(rows(doc), [])
    }

    func testAHeaderOfYearsHeadsTheRowsUnderIt() {
        let doc = FamilyFixture.extract([
            "年份            2019         2020         2021",
            "一般预算收入    1,250.4      1,318.0      1,402.6",
            "一般预算支出    2,110.0      2,245.7      2,390.1",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["2019", "2020", "2021"])
        XCTAssertEqual(rows(doc), ["一般预算收入 1,250.4 1,318.0 1,402.6", "一般预算支出 2,110.0 2,245.7 2,390.1"])
    }

    func testATabOrPipeGridStartingWithItsHeaderRowIsAnUntitledTable() {
        for lines in [
            ["项目\t上年决算数\t本年预算数", "一、工资福利支出\t1,204.50\t1,310.20", "二、商品和服务支出\t380.00\t402.75"],
            ["本单位支出情况说明如下。", "项目 | 上年决算数 | 本年预算数 |", "| 一、工资福利支出 | 1,204.50 | 1,310.20 |",
             "| 二、商品和服务支出 | 380.00 | 402.75 |"],
        ] {
            let doc = FamilyFixture.extract(lines)
            XCTAssertEqual(doc.tables.map(\.title), [""])
            XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["上年决算数", "本年预算数"])
            XCTAssertEqual(rows(doc), ["一、工资福利支出 1,204.50 1,310.20", "二、商品和服务支出 380.00 402.75"])
            XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        }
    }

    func testProseHoldingNumbersUnderAHeaderLikeLineStartsNoTable() {
        // Wrapped sentences: the lines under the header-like line are no rows of a name and amounts.
        let doc = FamilyFixture.extract([
            "项目名称  资金安排",
            "本年共安排项目资金  120.5  万元，较上年增加  8  万元，",
            "主要用于道路维护  和  绿化养护  35  处。",
        ])
        XCTAssertTrue(doc.tables.isEmpty, "\(doc.tables.map(\.title))")
    }

    func testRowsWithMoreAmountsThanTheHeaderNamesStartNoTable() {
        XCTAssertFalse(UntitledHeader.headsTable(at: 0, in: [
            "项目      金额",
            "甲      1      2",
            "乙      3      4",
        ]))
        // Amounts set to the left of where the header's second cell starts are not under it.
        XCTAssertFalse(UntitledHeader.headsTable(at: 0, in: [
            "项目                          金额",
            "甲  1",
            "乙  3",
        ]))
        // A header printed again under a row of amounts (a page break) starts no new table.
        XCTAssertFalse(UntitledHeader.headsTable(at: 1, in: [
            "丙        7",
            "项目      金额",
            "甲        1",
            "乙        3",
        ]))
        XCTAssertTrue(UntitledHeader.headsTable(at: 0, in: [
            "项目      金额",
            "甲        1",
            "乙        3",
        ]))
    }
}
