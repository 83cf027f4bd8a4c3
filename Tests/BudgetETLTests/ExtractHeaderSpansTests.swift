import XCTest
@testable import BudgetETL

/// Header rows of "|"-separated tables whose spanning cells were printed once.
final class ExtractHeaderSpansTests: XCTestCase {
    func testSpanningCellNamedAsAGroupHeadsTheRowUnderIt() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 比上年增减情况 |",
            "增减金额 | 增减幅度 |",
            "合计 | 100.00 | 110.00 | 10.00 | 10.00% |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["上年决算数", "本年预算数", "比上年增减情况 / 增减金额", "比上年增减情况 / 增减幅度"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |合计 → 上年决算数=100.00@5 本年预算数=110.00@5 比上年增减情况 / 增减金额=10.00@5 比上年增减情况 / 增减幅度=10.00%@5",
        ])
    }

    func testSpanWhoseCellIsNotToldRejectsTheValues() {
        // No cell ends as a group does, and the %-columns are rates of nothing printed.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 本年执行数 | ||",
            "金额 | 占全年% | 比三年前增长% | |||",
            "合计 | 100 | 110 | 99 | 45 | 3.00 |",
            "工资福利支出 | 60 | 70 | 70 | 30 | 5.00 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.flatMap(\.rows).flatMap(\.cells).isEmpty)
        XCTAssertEqual(doc.rejects.map(\.text), ["100", "110", "99", "45", "3.00", "60", "70", "70", "30", "5.00"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.contains("header cell spans") }, "\(doc.rejects)")
    }
    func testSpanTheRatesTellIsRestored() {
        // No first-row cell ends as a group does; only under 本年执行数 are the %-columns rates of
        // the amounts (执行数 ÷ 预算数, 执行数 over 上年决算数).
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 | 上年决算数 | 本年预算数 | 本年执行数 | ||",
            "金额 | 占预算% | 比上年增长% | |||",
            "合计 | 100 | 110 | 99 | 90 | -1.00 |",
            "工资福利支出 | 60 | 70 | 70 | 100 | 16.67 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["上年决算数", "本年预算数", "本年执行数 / 金额", "本年执行数 / 占预算%", "本年执行数 / 比上年增长%"])
        XCTAssertEqual(FamilyFixture.rows(section)[1],
                       "L6 |工资福利支出 → 上年决算数=60@6 本年预算数=70@6 本年执行数 / 金额=70@6 本年执行数 / 占预算%=100@6 本年执行数 / 比上年增长%=16.67@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSpanTheTotalTellsIsRestored() {
        // No first-row cell ends as a measure does, no sub-header repeats one's words, no rates:
        // only under 道路 is 合计 the sum of the measures after it, the group by its first sub-header.
        let doc = FamilyFixture.extract([
            "资金分配表",
            "单位：万元",
            "地区 | 合计 | 道路 | 桥梁 | 渡口 |",
            "下达数 | 预留数 | 调减数 |",
            "合计 | 300 | 200 | 200 | | 60 | 40 |",
            "东区 | 180 | 120 | 120 | | 40 | 20 |",
            "西区 | 100 | 60 | 50 | 10 | 30 | 10 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "道路 / 下达数", "道路 / 预留数", "道路 / 调减数", "桥梁", "渡口"])
        XCTAssertEqual(FamilyFixture.rows(section)[2],
                       "L7 |西区 → 合计=100@7 道路 / 下达数=60@7 道路 / 预留数=50@7 道路 / 调减数=10@7 桥梁=30@7 渡口=10@7")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRowsPrintingTheirLastBlankCellShowTheTablesWidth() {
        // 渡口 is blank in every row; the rows print its empty cell (`| |`), the header rows their cells only.
        let doc = FamilyFixture.extract([
            "资金分配表",
            "单位：万元",
            "地区 | 合计 | 道路 | 桥梁 | 渡口 |",
            "下达数 | 预留数 | 调减数 |",
            "合计 | 260 | 200 | 200 | | 60 | |",
            "东区 | 160 | 120 | 120 | | 40 | |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "道路 / 下达数", "道路 / 预留数", "道路 / 调减数", "桥梁", "渡口"])
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L6 |东区 → 合计=160@6 道路 / 下达数=120@6 道路 / 预留数=120@6 桥梁=40@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSpanTheTotalDoesNotTellRejectsTheValues() {
        // 西区's total is no sum under any position: the span stays untold, and only the 合计 column
        // before it is read.
        let doc = FamilyFixture.extract([
            "资金分配表",
            "单位：万元",
            "地区 | 合计 | 道路 | 桥梁 | 渡口 |",
            "下达数 | 预留数 | 调减数 |",
            "合计 | 300 | 200 | 200 | | 60 | 40 |",
            "东区 | 180 | 120 | 120 | | 40 | 20 |",
            "西区 | 99 | 60 | 50 | 10 | 30 | 10 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), ["L5 |合计 → 合计=300@5", "L6 |东区 → 合计=180@6", "L7 |西区 → 合计=99@7"])
        XCTAssertEqual(doc.rejects.count, 13)
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.contains("header cell spans") }, "\(doc.rejects)")
    }

    func testTotalFitsCountsTheGroupByItsFirstSubHeader() {
        func tokens(_ texts: [String]) -> [Token] { texts.map { Token(text: $0, line: 1, column: 0) } }
        let first = tokens(["地区", "合计", "道路", "桥梁", "渡口"]), second = tokens(["下达数", "预留数", "调减数"])
        let body = [["东区", "180", "120", "120", "", "40", "20"], ["西区", "100", "60", "50", "10", "30", "10"]].enumerated().map { n, cells in
            TableLines.Line(number: n + 5, tokens: cells.map { Token(text: $0, line: n + 5, column: 0) }, compact: cells.joined())
        }
        XCTAssertEqual(HeaderSpans.totalFits([2, 3, 4], first, second, body: body), [2])
        // One row summed is no proof.
        XCTAssertEqual(HeaderSpans.totalFits([2, 3, 4], first, second, body: Array(body.prefix(1))), [])
        // Words where a summed value stands rule the position out.
        var worded = body
        worded[1].tokens[5] = Token(text: "见附表", line: 6, column: 0)
        XCTAssertEqual(HeaderSpans.totalFits([2, 3, 4], first, second, body: worded), [])
    }

    func testRateColumnsByTheTablesArithmetic() {
        let rows: [[ExactDecimal?]] = [[nil, .parse("401"), .parse("431"), .parse("107.48"), .parse("7.48")],
                                       [nil, .parse("9"), .parse("5"), .parse("55.56"), .parse("-44.44")]]
        XCTAssertTrue(RateColumns.isRateColumn(3, in: rows, operands: [1, 2]))   // 431÷401, 5÷9
        XCTAssertTrue(RateColumns.isRateColumn(4, in: rows, operands: [1, 2]))   // (431−401)÷401, (5−9)÷9
        XCTAssertFalse(RateColumns.isRateColumn(2, in: rows, operands: [1, 3]))
        // Printed one hundredth off: no rate.
        let off: [[ExactDecimal?]] = [[nil, .parse("401"), .parse("431"), .parse("107.49")]]
        XCTAssertFalse(RateColumns.isRateColumn(3, in: off, operands: [1, 2]))
    }
}
