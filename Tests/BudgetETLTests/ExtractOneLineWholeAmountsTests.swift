import XCTest
@testable import BudgetETL

/// A whole table on one line whose amounts are whole numbers (a notice's allocation table: a name
/// and the sum it gets), with a remarks column no row fills: a table, its three-digit amounts
/// values rather than codes, its remarks word no column of values.
final class ExtractOneLineWholeAmountsTests: XCTestCase {
    private let line = "某县专项资金分配表 单位名称 分配金额(万元) 备注 合计 2350 东城镇 450 西山乡 1200 南湖街道 300 北坡村 400"

    private func table(_ lines: [String], title: Int) -> TableLines {
        let region = TableRegion(key: nil, title: "某县专项资金分配表", titleIndex: title, body: title + 1..<lines.count,
                                 unitText: nil, statedEmpty: false)
        return TableLines(lines: lines, region: region, titleLine: lines[title])
    }

    func testNamesWithWholeAmountsMakeATableOnOneLine() {
        XCTAssertEqual(StreamLayout.titleAndTable(line)?.title, "某县专项资金分配表")
        // Years after names are no amounts: a line of dates is no table.
        XCTAssertFalse(StreamLayout.isOneLine("单位名称 年份 甲 2019 乙 2020 丙 2021 丁 2022 戊 2023"))
        // Two rows are too few to tell a table from a sentence with numbers.
        XCTAssertFalse(StreamLayout.isOneLine("单位名称 金额 说 明 甲 12 乙 30 丙 丁 戊 己"))
    }

    func testThreeDigitAmountsAreValuesAndTheBlankRemarksColumnNamesNoColumn() {
        let table = table(["通知", line, "监督电话"], title: 1)
        XCTAssertEqual(table.layout, .oneLine)
        let reading = table.layout.reader(for: table).read()
        XCTAssertEqual(reading.rejects, [])
        XCTAssertEqual(reading.sections.first?.columns.map(\.joined), ["分配金额(万元)"])
        XCTAssertEqual(reading.sections.flatMap(\.rows).map { "\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" },
                       ["合计=2350", "东城镇=450", "西山乡=1200", "南湖街道=300", "北坡村=400"])
    }

    /// A remarks column that rows fill (a word after a row's amount) is not dropped: the words
    /// would join the next row's name, so the values stay rejected as before.
    func testFilledRemarksKeepTheirColumn() {
        let filled = "某县专项资金分配表 单位名称 分配金额(万元) 备注 合计 2350 东城镇 450 已拨 西山乡 1200 待拨 南湖街道 300 北坡村 400"
        let table = table(["通知", filled, "监督电话"], title: 1)
        XCTAssertEqual(RemarksColumn.withoutBlankRemarks(table).header.map(\.tokens.count), table.header.map(\.tokens.count))
        let placed = table.layout.reader(for: table).read().sections.flatMap(\.rows).flatMap(\.cells)
        XCTAssertFalse(placed.contains { $0.text == "450" || $0.text == "1200" })
    }

    /// A coded table keeps its codes: a code after a name with values is the next row's.
    func testCodesAfterRowsWithValuesStayCodes() {
        let tokens = "一般公共服务支出 300.00 201 人大事务 100.00".split(separator: " ").enumerated().map {
            Token(text: String($1), line: 1, column: $0 * 10)
        }
        let first = RowStreamReader.chunks(tokens)
        XCTAssertNil(RowStreamReader.fullRowChunks(tokens, first: first))
        XCTAssertEqual(first.map { $0.codes.map(\.text) }, [[], ["201"]])
    }
}
