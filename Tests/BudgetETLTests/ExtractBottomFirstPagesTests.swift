import XCTest
@testable import BudgetETL

/// Pages a converter printed bottom line first (rows upwards, then the column names, the unit, the
/// title and the table's marker last): turned over at the lines layer, line numbers kept the file's.
final class ExtractBottomFirstPagesTests: XCTestCase {
    private let turnedPage = [
        "支出合计 300.00 200.00",
        "其他支出 100.00 50.00",
        "一般公共服务支出 200.00 150.00",
        "项目 预算数 执行数",
        "单位：万元",
        "部门支出预算表",
        "表1",
    ]

    private func isTitle(_ line: String) -> Bool { line.hasSuffix("表") && line.count > 3 }

    func testAPagePrintedBottomLineFirstIsTurnedOver() {
        let restored = BottomFirstPages.restored(turnedPage + ["收入合计 10.00 9.00", "项目 预算数 执行数", "单位：万元", "部门收入预算表"],
                                                 isTitle: isTitle)
        XCTAssertEqual(restored?.lines, ["表1", "部门支出预算表", "单位：万元", "项目 预算数 执行数", "一般公共服务支出 200.00 150.00",
                                         "其他支出 100.00 50.00", "支出合计 300.00 200.00",
                                         "部门收入预算表", "单位：万元", "项目 预算数 执行数", "收入合计 10.00 9.00"])
        XCTAssertEqual(restored?.sourceIndex, [6, 5, 4, 3, 2, 1, 0, 10, 9, 8, 7])
    }

    func testEveryTitleEndsItsPageUnitLineOrNot() {
        // A form printed without a unit line is turned with its own rows, not the next page's.
        let noUnit = ["乙 目标值 90%", "甲 目标值 80%", "指标 指标值", "部门绩效目标表"]
        let restored = BottomFirstPages.restored(turnedPage + noUnit, isTitle: isTitle)
        XCTAssertEqual(restored.map { Array($0.lines.suffix(4)) }, ["部门绩效目标表", "指标 指标值", "甲 目标值 80%", "乙 目标值 90%"])
        // Lines printed above a title (a unit or agency line at the page's top) follow it once
        // turned: the page ends at them, and the next page's rows stay with their own title.
        let unitAbove = ["合计 5.00", "项目 预算数", "部门收入预算表", "编制部门：某单位  单位：元", "合计 7.00", "项目 预算数", "部门支出预算表",
                         "编制部门：某单位  单位：元"]
        XCTAssertEqual(BottomFirstPages.pageEnds(turnedPage + unitAbove, isTitle: isTitle), [6, 10, 14])
        // An agency line stating the unit, padded to the page's width, shows a turned page too.
        let agency = ["合计 5.00 4.00", "项目 预算数 执行数", "编制部门：某单位                  单位：元", "部门收入预算表"]
        XCTAssertEqual(BottomFirstPages.pageEnds(agency, isTitle: isTitle), [3])
    }

    func testColumnNamesUnderATitleUnderCaptionsTellTopDown() {
        // Agency lines stating the unit under each title, an empty table's title over the next
        // title: column names (项目) under captions right under a title keep the pages as printed.
        let topDown = ["部门收支预算表", "编制单位：某单位  单位：万元", "收入  支出", "项目  金额  项目  金额",
                       "一般公共预算 5.00 教育 5.00", "合计 5.00 合计 5.00", "部门三公经费表", "编制单位：某单位  单位：万元",
                       "部门支出预算表", "编制单位：某单位  单位：万元", "项目  金额", "合计 1.00"]
        XCTAssertNil(BottomFirstPages.restored(topDown, isTitle: isTitle))
    }

    func testPagesPrintedTopDownAreLeftAsTheyAre() {
        let topDown = Array(turnedPage.reversed())
        XCTAssertNil(BottomFirstPages.restored(topDown, isTitle: isTitle))
        // One title over its unit line tells the document reads top down, whatever else it holds.
        XCTAssertNil(BottomFirstPages.restored(turnedPage + topDown, isTitle: isTitle))
        // A unit line above a title with no rows above it is no turned page (a cover's unit line).
        XCTAssertNil(BottomFirstPages.restored(["项目 预算数", "单位：万元", "部门支出预算表", "合计 1.00"], isTitle: isTitle))
    }

    func testTheTurnedTableIsReadWithTheFilesLineNumbers() {
        let doc = FamilyFixture.extract(turnedPage)
        XCTAssertEqual(doc.tables.count, 1)
        let table = doc.tables[0]
        XCTAssertEqual(table.titleLine, 6)
        XCTAssertEqual(FamilyFixture.rows(table.sections[0]), [
            "L3 |一般公共服务支出 → 预算数=200.00@3 执行数=150.00@3",
            "L2 |其他支出 → 预算数=100.00@2 执行数=50.00@2",
            "L1 |支出合计 → 预算数=300.00@1 执行数=200.00@1",
        ])
    }

    func testTwoRatesRunTogetherAreTwoCells() {
        let token = Token(text: "116.9%109.0%", line: 3, column: 10)
        XCTAssertEqual(TextRepair.splitRates(token).map(\.text), ["116.9%", "109.0%"])
        XCTAssertEqual(TextRepair.splitRates(token).map(\.column), [10, 16])
        XCTAssertEqual(TextRepair.splitRates(Token(text: "-5.2%3%", line: 1, column: 0)).map(\.text), ["-5.2%", "3%"])
        for whole in ["100.0%", "净增450.0%", "12.5%元%", "1,234%5%"] {
            XCTAssertEqual(TextRepair.splitRates(Token(text: whole, line: 1, column: 0)).map(\.text), [whole])
        }
    }

    func testAnAmountUnderARatesColumnRejectsItsSection() {
        let cells = [RawCell(column: 0, text: "635,000", line: 5), RawCell(column: 1, text: "635,000", line: 5)]
        let offColumns = ExtractedSection(name: "", columns: [HeaderPath(["执行数"]), HeaderPath(["执行数为上年执行数的%"])],
                                          rows: [ExtractedRow(line: 5, label: "甲区", cells: cells)])
        let checked = AmountUnderRateHeader.checked([offColumns])
        XCTAssertEqual(checked.sections[0].rows[0].cells, [])
        XCTAssertEqual(checked.rejects.map(\.text), ["635,000", "635,000"])
        XCTAssertTrue(checked.rejects.allSatisfy { $0.reason == .amountUnderRateHeader })
        // A rate printed without its sign under the rate's column is a rate: nothing rejected.
        var rates = offColumns
        rates.rows[0].cells[1].text = "100.0"
        XCTAssertEqual(AmountUnderRateHeader.checked([rates]).rejects, [])
    }
}
