import XCTest
@testable import BudgetETL

final class NormalizerTests: XCTestCase {
    private let catalog = Catalog(
        kinds: [
            TableKind(key: "expenditure_final", titlePatterns: ["支出决算表"],
                      nonMoneyColumns: ["^栏次$"], columnAliases: ["年初预算数": "预算数"]),
            TableKind(key: "staff", titlePatterns: ["人员"], nonMoneyColumns: ["人数"]),
        ],
        columnAliases: ["本年支出合计": "合计", "合 计": "合计"],
        nonMoneyColumns: ["增长率", "\\(%\\)", "（%）"])

    private func doc(_ tables: [ExtractedTable], rejects: [RejectedLine] = [], status: DocumentStatus = .ok) -> ExtractedDocument {
        ExtractedDocument(sourceFile: "2023/局/决算.txt", sha256: "abc", metadata: DocumentMetadata(agency: "局", fiscalYear: 2023, kind: .finalAccount),
                          tables: tables, rejects: rejects, status: status)
    }

    private func table(key: String = "expenditure_final", unit: String?, columns: [[String]], rows: [ExtractedRow],
                       title: String = "支出决算表") -> ExtractedTable {
        ExtractedTable(tableKey: key, title: title, titleLine: 1, unitText: unit,
                       sections: [ExtractedSection(name: "", columns: columns.map(HeaderPath.init), rows: rows)])
    }

    func testWanYuanToYuanEndToEnd() {
        let rows = [
            ExtractedRow(line: 10, codeParts: ["208", "05", "05"], label: "机关事业单位基本养老保险缴费支出机关事业单位基本养老保险缴费支出",
                         cells: [RawCell(column: 0, text: "842.48", line: 10), RawCell(column: 1, text: "131,792.35", line: 10),
                                 RawCell(column: 2, text: "12.5%", line: 10), RawCell(column: 3, text: "-", line: 10)]),
            ExtractedRow(line: 11, codeParts: [], label: "合 计",
                         cells: [RawCell(column: 0, text: "见说明", line: 11), RawCell(column: 1, text: "（1.00）", line: 11)]),
            ExtractedRow(line: 12, codeParts: ["30101"], label: "基本工资", cells: []),
        ]
        let t = table(unit: "单位：万元", columns: [["年初预算数"], ["本年支出合计"], ["增长率（%）"], ["栏次"]], rows: rows)
        let extractReject = RejectedLine(line: 3, tableTitle: "支出决算表", text: "???", reason: "unreadable")
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t], rejects: [extractReject]))

        XCTAssertEqual(n.documentId, DocumentID.make(sourceFile: "2023/局/决算.txt"))
        XCTAssertEqual(n.sourceFile, "2023/局/决算.txt")
        XCTAssertEqual(n.sha256, "abc")
        XCTAssertEqual(n.metadata.fiscalYear, 2023)
        XCTAssertEqual(n.sourceUnit, "万元")
        XCTAssertEqual(n.status, .ok)
        let nt = n.tables[0]
        XCTAssertEqual(nt.sourceUnit, "万元")
        let s = nt.sections[0]
        XCTAssertEqual(s.columns, ["预算数", "合计", "增长率(%)", "栏次"])
        XCTAssertEqual(s.moneyColumns, [true, true, false, false])
        XCTAssertEqual(s.rows.map(\.rowNumber), [1, 2, 3])

        let r1 = s.rows[0]
        XCTAssertEqual(r1.code, ClassificationCode(code: "2080505", scheme: .function, level: 3, parent: "20805"))
        XCTAssertEqual(r1.label, "机关事业单位基本养老保险缴费支出")
        XCTAssertEqual(r1.line, 10)
        XCTAssertEqual(r1.cells.count, 3)   // "-" dropped silently
        XCTAssertEqual(r1.cells[0].value.description, "8424800.00")
        XCTAssertEqual(r1.cells[0].unit, "元")
        XCTAssertEqual(r1.cells[0].sourceValue, "842.48")
        XCTAssertEqual(r1.cells[0].sourceUnit, "万元")
        XCTAssertEqual(r1.cells[1].value.description, "1317923500.00")
        XCTAssertEqual(r1.cells[2].value.description, "12.5")
        XCTAssertEqual(r1.cells[2].unit, "%")
        XCTAssertEqual(r1.cells[2].sourceUnit, "")
        XCTAssertEqual(r1.cells[2].sourceValue, "12.5%")

        let r2 = s.rows[1]
        XCTAssertNil(r2.code)
        XCTAssertEqual(r2.label, "合计")
        XCTAssertEqual(r2.cells.map(\.value.description), ["-10000.00"])
        XCTAssertEqual(r2.cells[0].column, 1)

        XCTAssertEqual(s.rows[2].code?.scheme, .economicDept)
        XCTAssertEqual(s.rows[2].code?.parent, "301")
        XCTAssertTrue(s.rows[2].cells.isEmpty)

        XCTAssertEqual(n.rejects, [
            extractReject,
            RejectedLine(line: 11, tableTitle: "支出决算表", text: "见说明", reason: "not a number: expected an amount like 1,234.56"),
        ])
        XCTAssertEqual(n.cellCount, 4)
    }

    func testNoUnitMeansYuanAndNonMoneyKeepsValue() {
        let rows = [ExtractedRow(line: 5, codeParts: ["313002"], label: "某某中心",
                                 cells: [RawCell(column: 0, text: "12", line: 5), RawCell(column: 1, text: "1,000.50", line: 5)])]
        let t = table(key: "staff", unit: nil, columns: [["在职人数"], ["金额"]], rows: rows, title: "人员情况表")
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t]))
        XCTAssertEqual(n.sourceUnit, "元")
        XCTAssertEqual(n.tables[0].sourceUnit, "元")
        let s = n.tables[0].sections[0]
        XCTAssertEqual(s.moneyColumns, [false, true])
        let cells = s.rows[0].cells
        XCTAssertEqual(cells[0].value.description, "12")
        XCTAssertEqual(cells[0].unit, "")
        XCTAssertEqual(cells[0].sourceUnit, "")
        XCTAssertEqual(cells[1].value.description, "1000.50")
        XCTAssertEqual(cells[1].unit, "元")
        XCTAssertEqual(cells[1].sourceUnit, "元")
        XCTAssertEqual(s.rows[0].code?.scheme, .agency)
        XCTAssertNil(s.rows[0].code?.level)
    }

    func testHeaderUnitOverridesTableUnit() {
        let rows = [ExtractedRow(line: 7, codeParts: [], label: "项目A",
                                 cells: [RawCell(column: 0, text: "1.5", line: 7), RawCell(column: 1, text: "20", line: 7)])]
        let t = table(unit: "单位：元", columns: [["项目金额（万元）"], ["其他"]], rows: rows)
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t]))
        let cells = n.tables[0].sections[0].rows[0].cells
        XCTAssertEqual(n.tables[0].sections[0].columns, ["项目金额(万元)", "其他"])
        XCTAssertEqual(cells[0].value.description, "15000.0")
        XCTAssertEqual(cells[0].sourceUnit, "万元")
        XCTAssertEqual(cells[1].value.description, "20")
        XCTAssertEqual(cells[1].sourceUnit, "元")
    }

    /// A table stating no unit, one column naming 千元: the unit line was lost, so a column naming
    /// none has no certain unit (not the 元 assumed); the column naming its own is read in it.
    func testAColumnsOwnUnitDeniesTheUnitAssumedForTheOthers() {
        let rows = [ExtractedRow(line: 7, codeParts: [], label: "甲地",
                                 cells: [RawCell(column: 0, text: "1.5", line: 7), RawCell(column: 1, text: "20", line: 7),
                                         RawCell(column: 2, text: "3", line: 7)])]
        let t = table(unit: nil, columns: [["医疗收入(千元)"], ["门诊收入"], ["增长率(%)"]], rows: rows)
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t]))
        let cells = n.tables[0].sections[0].rows[0].cells
        XCTAssertEqual(cells.map(\.value.description), ["1500.0", "3"], "the amount in 千元, the rate kept")
        XCTAssertEqual(n.rejects.map(\.text), ["20"])
        XCTAssertEqual(n.rejects.first?.reason, Normalizer.assumedUnitDeniedReason)
        // Stated, the table's unit holds for the columns naming none.
        let stated = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([table(unit: "单位：元", columns: [["医疗收入(千元)"], ["门诊收入"], ["增长率(%)"]], rows: rows)]))
        XCTAssertEqual(stated.tables[0].sections[0].rows[0].cells.map(\.value.description), ["1500.0", "20", "3"])
        // A column naming the unit assumed (元) denies nothing.
        let yuan = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([table(unit: nil, columns: [["收入(元)"], ["门诊收入"], ["增长率(%)"]], rows: rows)]))
        XCTAssertEqual(yuan.tables[0].sections[0].rows[0].cells.map(\.value.description), ["1.5", "20", "3"])
    }

    func testOutputInWanYuan() {
        let rows = [ExtractedRow(line: 7, codeParts: ["2010101"], label: "行政运行",
                                 cells: [RawCell(column: 0, text: "8,424,800.00", line: 7), RawCell(column: 1, text: "12345", line: 7)])]
        let t = table(unit: "元", columns: [["合计"], ["基本支出"]], rows: rows)
        let n = Normalizer(catalog: catalog, outputUnit: .wanYuan).normalize(doc([t]))
        let cells = n.tables[0].sections[0].rows[0].cells
        XCTAssertEqual(cells.map(\.value.description), ["842.48", "1.2345"])
        XCTAssertEqual(cells.map(\.unit), ["万元", "万元"])
    }

    func testDocumentUnitIsMostCommonTiesFirst() {
        let empty: [ExtractedRow] = []
        let n1 = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([
            table(unit: "元", columns: [], rows: empty),
            table(unit: "单位：万元", columns: [], rows: empty),
            table(unit: "万元", columns: [], rows: empty),
        ]))
        XCTAssertEqual(n1.sourceUnit, "万元")
        let n2 = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([
            table(unit: "万元", columns: [], rows: empty),
            table(unit: nil, columns: [], rows: empty),
        ]))
        XCTAssertEqual(n2.sourceUnit, "万元")
        let n3 = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([], status: .noTables))
        XCTAssertEqual(n3.sourceUnit, "元")
        XCTAssertEqual(n3.status, .noTables)
        XCTAssertTrue(n3.tables.isEmpty)
    }

    func testMultiLevelHeadersAndUnknownKind() {
        let rows = [ExtractedRow(line: 2, codeParts: ["2080505"], label: "x",
                                 cells: [RawCell(column: 0, text: "1", line: 2), RawCell(column: 1, text: "2", line: 2),
                                         RawCell(column: 5, text: "3", line: 2)])]
        let t = table(key: "not_in_catalog", unit: "千元",
                      columns: [["基本支出", "人员 经费", "合 计"], ["增长率", "（%）"]], rows: rows)
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t]))
        let s = n.tables[0].sections[0]
        XCTAssertEqual(s.columns, ["基本支出 / 人员经费 / 合计", "增长率 / (%)"])
        XCTAssertEqual(s.moneyColumns, [true, false])
        XCTAssertEqual(s.rows[0].cells.map(\.value.description), ["1000", "2", "3000"])
    }

    func testInvalidPatternIsReportedNotFatal() {
        let bad = Catalog(kinds: [], nonMoneyColumns: ["(unclosed"])
        let normalizer = Normalizer(catalog: bad, outputUnit: .yuan)
        XCTAssertEqual(normalizer.invalidPatterns, ["(unclosed"])
    }

    /// Non-money patterns answer alike whether bytes (literal patterns) or ICU (the others) match them.
    func testNonMoneyPatternsOfEveryKind() {
        let rules = ColumnRules.compile(Catalog(kinds: [], nonMoneyColumns: ["栏次$", "^序", "[0-9]+号", "(率|得分)$", "(unclosed"]))
        XCTAssertEqual(rules.invalidPatterns, ["(unclosed"])
        func isMoney(_ components: [String]) -> Bool { rules.fallback.resolve(HeaderPath(components)).isMoney }
        XCTAssertFalse(isMoney(["栏次"]))
        XCTAssertTrue(isMoney(["栏次 2", "金额"]))
        XCTAssertFalse(isMoney(["序号"]))
        XCTAssertTrue(isMoney(["项目", "序号"]))          // "项目 / 序号" does not start with 序
        XCTAssertFalse(isMoney(["12号文件"]))
        XCTAssertTrue(isMoney(["号文件"]))
        XCTAssertFalse(isMoney(["执行", "完成率"]))
        XCTAssertTrue(isMoney(["率先支出"]))
    }

    func testOverflowingConversionIsRejected() {
        let rows = [ExtractedRow(line: 4, codeParts: [], label: "x",
                                 cells: [RawCell(column: 0, text: "900,000,000,000,000", line: 4)])]
        let t = table(unit: "亿元", columns: [["合计"]], rows: rows)
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([t]))
        XCTAssertTrue(n.tables[0].sections[0].rows[0].cells.isEmpty)
        XCTAssertEqual(n.rejects.count, 1)
        XCTAssertTrue(n.rejects[0].reason.hasPrefix("amount out of range"))
    }

    func testPure() {
        let rows = [ExtractedRow(line: 2, codeParts: ["301"], label: "工资福利支出工资福利支出",
                                 cells: [RawCell(column: 0, text: "1.00", line: 2)])]
        let d = doc([table(unit: "万元", columns: [["合计"]], rows: rows)])
        let normalizer = Normalizer(catalog: catalog, outputUnit: .yuan)
        XCTAssertEqual(normalizer.normalize(d), normalizer.normalize(d))
    }

    /// A decimal or rate with a leading zero before another digit is the end of a number a text
    /// cell wrapped: rejected with its reason, while a whole number with one (a code's part) and
    /// 0.5 stay values.
    func testANumbersWrappedEndIsRejectedNotLoaded() {
        XCTAssertTrue(CellReader.isNumberFragment("085.31"))
        XCTAssertTrue(CellReader.isNumberFragment(" 00% "))
        XCTAssertFalse(CellReader.isNumberFragment("05"))
        XCTAssertFalse(CellReader.isNumberFragment("0.50"))
        XCTAssertFalse(CellReader.isNumberFragment("085.31万元"))
        let rows = [ExtractedRow(line: 7, label: "目标1", cells: [RawCell(column: 0, text: "085.31", line: 7), RawCell(column: 1, text: "0.50", line: 7)])]
        let n = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(doc([table(unit: "单位：元", columns: [["年初预算数"], ["本年支出合计"]], rows: rows)]))
        XCTAssertEqual(n.tables[0].sections[0].rows[0].cells.map(\.sourceValue), ["0.50"])
        XCTAssertEqual(n.rejects.map(\.text), ["085.31"])
        XCTAssertEqual(n.rejects.map(\.reason), [Normalizer.numberFragmentReason])
    }
}

