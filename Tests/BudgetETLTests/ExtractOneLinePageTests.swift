import XCTest
@testable import BudgetETL

/// A whole web page on one line: cover, a list of its tables by marker (表一: … 表二: …), then the
/// tables, each a title, a marker, a unit, a header of years over measures and rows of amounts
/// followed by rates the header names no column for.
final class ExtractOneLinePageTests: XCTestCase {
    static let list = (1...8).map { "表\(["一", "二", "三", "四", "五", "六", "七", "八"][$0 - 1]): 2021年某区一般公共预算第\($0)类收支执行情况表(财政预计数)" }
    static let page = "某区财政局 相关表格 目 录 " + list.joined(separator: " ") + " "
        + "2021年某区一般公共预算收入执行情况表 (财政预计数) 表一 单位:万元 2020年 2021年 2021年 完成数 预算数 完成数 "
        + "300 330 320 96.97% 6.67% 税收收入 200 220 210 95.45% 5.00% 非税收入 100 110 110 100.00% 10.00% "
        + "2021年某区一般公共预算支出执行情况表 (财政预计数) 表二 单位:万元 2020年 2021年 2021年 完成数 预算数 完成数 "
        + "500 550 540 98.18% 8.00%"

    func testTheTableInsideAPageOnOneLineIsReadAndItsRatesRejected() {
        XCTAssertGreaterThan(Self.page.utf8.count, Thresholds.embeddedTableLineBytes)
        let doc = FamilyFixture.extract(["某区预算公开", Self.page])
        // The second table is a table even though each of its values is rejected: its rejects name it.
        XCTAssertEqual(doc.tables.map(\.title), ["某区一般公共预算收入执行情况表", "某区一般公共预算支出执行情况表"])
        XCTAssertEqual(doc.tables[1].sections.flatMap(\.rows).flatMap(\.cells).count, 0)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2020年 / 完成数", "2021年 / 预算数", "2021年 / 完成数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L2 | → 2020年 / 完成数=300@2 2021年 / 预算数=330@2 2021年 / 完成数=320@2",
            "L2 |税收收入 → 2020年 / 完成数=200@2 2021年 / 预算数=220@2 2021年 / 完成数=210@2",
            "L2 |非税收入 → 2020年 / 完成数=100@2 2021年 / 预算数=110@2 2021年 / 完成数=110@2",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), ["96.97%", "6.67%", "95.45%", "5.00%", "100.00%", "10.00%",
                                                  "500", "550", "540", "98.18%", "8.00%"])
        // The page's second table is read as its own: one row whose three amounts and two rates
        // fill the five column words only by counting the rates, so nothing is placed.
        let second = doc.rejects.suffix(5)
        XCTAssertEqual(Set(second.map(\.tableTitle)), ["某区一般公共预算支出执行情况表"])
        let amount = RejectReason.ambiguousPlacement(values: 3, columns: 5).description, rate = RejectReason.rateWithoutColumn.description
        XCTAssertEqual(second.map(\.reason), [amount, amount, amount, rate, rate])
    }

    func testEveryTableOfThePageIsFoundInPrintOrder() {
        XCTAssertEqual(StreamLayout.embeddedTables(Self.page).map(\.title),
                       ["2021年某区一般公共预算收入执行情况表", "2021年某区一般公共预算支出执行情况表"])
        XCTAssertEqual(StreamLayout.tableAfterTitle(Self.page, part: 1)?.hasPrefix("表二 单位:万元"), true)
    }

    func testAWorkbookPageWithArabicMarkersBeforeItsTablesIsCutAsAPage() {
        let page = "某局 2020年部门预算 表1 部门支出预算表 单位:万元 科目编码 科目名称 合计 基本支出 项目支出 "
            + String(repeating: "201 一般公共服务支出 300.00 100.00 200.00 ", count: 30)
            + "表1-1 部门收入预算表 单位:万元 科目编码 科目名称 合计"
        XCTAssertGreaterThan(page.utf8.count, Thresholds.embeddedTableLineBytes)
        let found = StreamLayout.embeddedTables(page).first
        XCTAssertEqual(found?.title, "部门支出预算表")
        XCTAssertEqual(found?.table.hasPrefix("单位:万元 科目编码"), true)
        XCTAssertEqual(found?.table.contains("部门收入预算表"), false)
    }

    func testTheListOfTablesAloneHoldsNoTable() {
        XCTAssertTrue(StreamLayout.embeddedTables("某区财政局 目 录 " + Self.list.joined(separator: " ") + String(repeating: " 说明", count: 200)).isEmpty)
    }

    func testAOneLineTableWithoutMarkersIsNotCutAsAPage() {
        let table = "2021年某区一般公共预算收入执行情况表 单位:万元 2020年 2021年 完成数 完成数 "
            + String(repeating: "税收收入 200 210 ", count: 80)
        XCTAssertTrue(StreamLayout.embeddedTables(table).isEmpty)
    }

    func testAHeaderOfYearsOverMeasuresMakesALineATable() {
        XCTAssertTrue(StreamLayout.isHeadedOneLine("表一 单位:万元 2020年 2021年 完成数 完成数 300 320 税收收入 200 210 非税收入 100 110"))
        XCTAssertFalse(StreamLayout.isHeadedOneLine("全年 收入 完成 情况 良好 其中 税收 收入 300 万元 增长 5"))
    }

    func testRatesAfterEveryRowsAmountsAreCutOff() {
        func chunk(_ label: String, _ values: [String]) -> RowStreamReader.Chunk {
            RowStreamReader.Chunk(labels: [Token(text: label, line: 1, column: 0)],
                                  values: values.map { Token(text: $0, line: 1, column: 0) })
        }
        let rows = [chunk("甲", ["1", "2", "5.0%"]), chunk("乙", ["3", "4", "6.0%"])]
        XCTAssertEqual(RowStreamReader.withoutUnheadedRates(rows, columns: 2)?.map { $0.values.map(\.text) }, [["1", "2"], ["3", "4"]])
        // A rate among the amounts, or a row without one: the rates are no trailing columns.
        XCTAssertNil(RowStreamReader.withoutUnheadedRates([chunk("甲", ["1", "5.0%", "2"]), rows[1]], columns: 2))
        XCTAssertNil(RowStreamReader.withoutUnheadedRates([chunk("甲", ["1", "2"]), rows[1]], columns: 2))
    }
}
