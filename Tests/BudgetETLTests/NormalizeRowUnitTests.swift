import XCTest
@testable import BudgetETL

/// A row's name that states its unit sets its amounts' unit; where the rows state several units, a
/// row stating none takes its heading's (a row without values over it) or is of unknown unit.
final class NormalizeRowUnitTests: XCTestCase {
    func testARowsOwnUnitOrItsHeadingsHolds() {
        XCTAssertEqual(RowUnit.stated(in: "门诊次均费用(元)"), .yuan)
        XCTAssertEqual(RowUnit.stated(in: "医疗收入（万元）"), .wanYuan)
        XCTAssertNil(RowUnit.stated(in: "百元固定资产医疗收入(不含药品)"))
        XCTAssertNil(RowUnit.stated(in: "收入(万元)合计"))
        let read = RowUnit.units(labels: ["医疗收入(万元)", "门诊费用(元)", "单病种费用(元)", "肝炎", "医疗费用", "其他"],
                                 hasValues: [true, true, false, true, false, true])
        XCTAssertEqual(read.units, [.wanYuan, .yuan, .yuan, .yuan, nil, nil])
        XCTAssertEqual(read.unknown, [5])
    }

    /// A measure's unit (万人, 万吨, 万美元) a heading states holds for the rows under it up to the
    /// next heading; a row's own unit, money or not, comes first.
    func testAHeadingsMeasureUnitHoldsForTheRowsUnderIt() {
        let labels = ["人口(万人)", "总人口", "男性人口", "经济(亿元)", "生产总值", "人均产值(元)", "对外贸易",
                      "进出口总额(万美元)", "出口额", "运输", "货运量(万吨)", "产品(万吨)", "钢材", "产值(万元)"]
        let hasValues = [false, true, true, false, true, true, false, true, true, false, true, false, true, true]
        XCTAssertEqual(RowUnit.keptUnits(labels: labels, hasValues: hasValues),
                       ["万人", "万人", "万人", nil, nil, nil, nil, "万美元", nil, nil, "万吨", "万吨", "万吨", nil])
        // An index's base states index numbers, of no unit.
        XCTAssertEqual(RowUnit.keptUnits(labels: ["价格指数(上年=100)", "消费价格指数", "其他(不含药品)", "收入"],
                                         hasValues: [false, true, false, true]), ["", "", nil, nil])
    }

    /// Rows under headings of several units: counts keep theirs, money converts, a row under a
    /// heading stating none is of unknown unit.
    func testRowsUnderHeadingsOfSeveralUnitsAreReadInTheirOwn() {
        let normalizer = Normalizer(catalog: Catalog(kinds: []), outputUnit: .yuan)
        let row = { (label: String, value: String?, line: Int) in
            ExtractedRow(line: line, label: label, cells: value.map { [RawCell(column: 0, text: $0, line: line)] } ?? [])
        }
        let section = ExtractedSection(name: "", columns: [HeaderPath(["总量指标"])], rows: [
            row("人口(万人)", nil, 2), row("总人口", "3171.0", 3), row("经济(亿元)", nil, 4), row("生产总值", "13698.5", 5),
            row("人均产值(元)", "42635", 6), row("对外贸易", nil, 7), row("出口额", "520486", 8),
        ])
        let table = ExtractedTable(tableKey: "t", title: "", titleLine: 1, unitText: nil, sections: [section])
        let doc = normalizer.normalize(ExtractedDocument(sourceFile: "t.txt", sha256: "", metadata: DocumentMetadata(),
                                                         tables: [table], rejects: [], status: .ok))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap { row in row.cells.map { "\(row.label)=\($0.value) \($0.unit)" } }
        XCTAssertEqual(cells, ["总人口=3171.0 万人", "生产总值=1369850000000.0 元", "人均产值(元)=42635 元"])
        XCTAssertEqual(doc.rejects.map(\.text), ["520486"])
        XCTAssertEqual(doc.rejects.map(\.reason), [Normalizer.rowUnitUnknownReason])
    }

    func testRowsStatingOneUnitLeaveTheOthersToTheTable() {
        let read = RowUnit.units(labels: ["人均费用(元)", "总费用"], hasValues: [true, true])
        XCTAssertEqual(read.units, [.yuan, nil])
        XCTAssertEqual(read.unknown, [])
    }
}

/// A unit column's unit overrides the table's: money converts to the output unit, % marks rates,
/// any other unit is kept as the values' own; a row without one among rows with one is rejected.
final class NormalizeUnitColumnTests: XCTestCase {
    private let normalizer = Normalizer(catalog: Catalog(kinds: []), outputUnit: .yuan)

    private func row(_ label: String, _ unit: String?, _ value: String, line: Int) -> ExtractedRow {
        ExtractedRow(line: line, label: label, cells: [RawCell(column: 0, text: value, line: line)], unit: unit)
    }

    func testEachRowIsReadInItsOwnUnit() {
        let section = ExtractedSection(name: "", columns: [HeaderPath(["本年数"])], rows: [
            row("事业收入", "万元", "1,208.5", line: 2), row("人均经费", "元/人", "33,569.44", line: 3),
            row("收入增长率", "%", "4.2", line: 4), row("职工人数", "人", "36", line: 5), row("其他收入", nil, "12", line: 6),
        ])
        let table = ExtractedTable(tableKey: "t", naming: .title, title: "", titleLine: 1, unitText: "千元", statedEmpty: false,
                                   sections: [section])
        let doc = normalizer.normalize(ExtractedDocument(sourceFile: "t.txt", sha256: "", metadata: DocumentMetadata(),
                                                         tables: [table], rejects: [], status: .ok))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).map { row in row.cells.map { "\(row.label)=\($0.value) \($0.unit)" } }
        XCTAssertEqual(cells, [["事业收入=12085000.0 元"], ["人均经费=33569.44 元/人"], ["收入增长率=4.2 %"], ["职工人数=36 人"], []])
        XCTAssertEqual(doc.rejects.map(\.text), ["12"])
        XCTAssertEqual(doc.rejects.map(\.reason), [Normalizer.unitColumnBlankReason])
    }

    func testARowsMoneyUnitThatDisagreesWithItsColumnsIsRejected() {
        let section = ExtractedSection(name: "", columns: [HeaderPath(["本年数(元)"])], rows: [
            row("事业收入", "万元", "1,208.5", line: 2), row("人均经费", "元", "33.5", line: 3),
        ])
        let table = ExtractedTable(tableKey: "t", title: "", titleLine: 1, unitText: nil, sections: [section])
        let doc = normalizer.normalize(ExtractedDocument(sourceFile: "t.txt", sha256: "", metadata: DocumentMetadata(),
                                                         tables: [table], rejects: [], status: .ok))
        XCTAssertEqual(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).map(\.value.description), ["33.5"])
        XCTAssertEqual(doc.rejects.map(\.reason), [Normalizer.unitColumnConflictReason])
    }

    func testARowsUnitIsStored() throws {
        let row = row("事业收入", "万元", "1,208.5", line: 2)
        var input = StateReader(row.stateBytes())
        XCTAssertEqual(try ExtractedRow(from: &input), row)
    }
}

/// A column whose header states a unit of a count or measure in brackets (总人口(万人), 土地面积(平方公里))
/// keeps its values in that unit, never converted as the table's money; a qualifier in brackets is no unit.
final class NormalizeColumnMeasureUnitTests: XCTestCase {
    func testAColumnsMeasureUnitKeepsItsValuesUnconverted() {
        let normalizer = Normalizer(catalog: Catalog(kinds: []), outputUnit: .yuan)
        let section = ExtractedSection(name: "", columns: [HeaderPath(["总人口(万人)"]), HeaderPath(["土地面积(平方公里)"]),
                                                           HeaderPath(["预算收入(万元)"]), HeaderPath(["支出(按功能分类)"])],
                                       rows: [ExtractedRow(line: 2, label: "甲县", cells: [
                                           RawCell(column: 0, text: "37.4", line: 2), RawCell(column: 1, text: "827", line: 2),
                                           RawCell(column: 2, text: "153367", line: 2), RawCell(column: 3, text: "12", line: 2)])])
        let table = ExtractedTable(tableKey: "t", naming: .title, title: "", titleLine: 1, unitText: "万元", statedEmpty: false,
                                   sections: [section])
        let doc = normalizer.normalize(ExtractedDocument(sourceFile: "t.txt", sha256: "", metadata: DocumentMetadata(),
                                                         tables: [table], rejects: [], status: .ok))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).map { "\($0.value) \($0.unit)" }
        XCTAssertEqual(cells, ["37.4 万人", "827 平方公里", "1533670000 元", "120000 元"])
        XCTAssertEqual(ColumnRules.statedMeasureUnit("总人口（万人）"), "万人")
        XCTAssertNil(ColumnRules.statedMeasureUnit("支出(2015年)"))
        XCTAssertNil(ColumnRules.statedMeasureUnit("收入(万元)"))
    }
}
