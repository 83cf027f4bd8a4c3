import Foundation
import XCTest
@testable import BudgetETL

/// Hand-made documents: a consistent one yields no finding; each rule kind fires on the figure it
/// checks, as a warning within rounding and as an error beyond.
final class ValidateRulesTests: XCTestCase {
    /// Builds normalized documents in 万元 (output unit 元), values given as published text.
    enum Build {
        static func code(_ c: String) -> ClassificationCode {
            let level = c.count == 3 ? 1 : c.count == 5 ? 2 : 3
            return ClassificationCode(code: c, scheme: .function, level: level, parent: level == 1 ? nil : String(c.dropLast(2)))
        }

        static func row(_ number: Int, _ code: String?, _ label: String, line: Int, _ values: [String?]) -> NormalizedRow {
            let cells = values.enumerated().compactMap { column, text -> NormalizedCell? in
                guard let text else { return nil }
                let value = ExactDecimal.parse(text)!.converted(from: .wanYuan, to: .yuan)!
                return NormalizedCell(column: column, value: value, unit: "元", sourceValue: text, sourceUnit: "万元", line: line)
            }
            return NormalizedRow(rowNumber: number, code: code.map(Self.code), label: label, line: line, cells: cells)
        }

        static func table(_ key: String, _ title: String, _ sections: [NormalizedSection]) -> NormalizedTable {
            NormalizedTable(tableKey: key, title: title, titleLine: 1, sourceUnit: "万元", statedEmpty: false, sections: sections)
        }

        static func section(_ name: String, _ columns: [String], _ rows: [NormalizedRow]) -> NormalizedSection {
            NormalizedSection(name: name, columns: columns, moneyColumns: columns.map { _ in true }, rows: rows)
        }

        static func document(_ tables: [NormalizedTable], narrative: [String] = []) -> NormalizedDocument {
            NormalizedDocument(documentId: "d0000000009", sourceFile: "made.txt", sha256: "",
                               metadata: DocumentMetadata(kind: .finalAccount), sourceUnit: "万元", tables: tables,
                               rejects: [], status: .ok,
                               narrative: narrative.enumerated().map { SourceLine(line: 900 + $0.offset, text: $0.element) })
        }
    }

    /// 支出决算表 and 收入支出决算总表 that agree with each other and with the narrative.
    /// `expenditure` overrides cells of 支出决算表 by (row line, column).
    static func consistent(_ change: [Int: [Int: String]] = [:], narrative: [String]? = nil) -> NormalizedDocument {
        func r(_ n: Int, _ code: String?, _ label: String, _ line: Int, _ v: [String?]) -> NormalizedRow {
            var values = v
            for (column, text) in change[line] ?? [:] { values[column] = text }
            return Build.row(n, code, label, line: line, values)
        }
        let columns = ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"]
        let expenditure = Build.table("expenditure_final", "支出决算表", [Build.section("", columns, [
            r(1, nil, "合计", 10, ["100.00", "60.50", "39.50", nil, nil, nil]),
            r(2, "208", "社会保障和就业支出", 11, ["70.00", "60.50", "9.50", nil, nil, nil]),
            r(3, "20801", "人力资源和社会保障管理事务", 12, ["70.00", "60.50", "9.50", nil, nil, nil]),
            r(4, "2080109", "社会保险经办机构", 13, ["45.25", "35.75", "9.50", nil, nil, nil]),
            r(5, "2080199", "其他人力资源和社会保障管理事务支出", 14, ["24.75", "24.75", "0.00", nil, nil, nil]),
            r(6, "210", "卫生健康支出", 15, ["30.00", nil, "30.00", nil, nil, nil]),
            r(7, "21015", "医疗保障管理事务", 16, ["30.00", nil, "30.00", nil, nil, nil]),
        ])])
        let twoSided = Build.table("income_expenditure_final", "收入支出决算总表", [
            Build.section("收入", ["决算数"], [
                Build.row(1, nil, "一、一般公共预算财政拨款收入", line: 20, ["100.00"]),
                Build.row(2, nil, "本年收入合计", line: 21, ["100.00"]),
                Build.row(3, nil, "年初结转和结余", line: 22, [nil]),
                Build.row(4, nil, "总计", line: 23, ["100.00"]),
            ]),
            Build.section("支出", ["决算数"], [
                Build.row(1, nil, "八、社会保障和就业支出", line: 20, ["70.00"]),
                Build.row(2, nil, "九、卫生健康支出", line: 21, ["30.00"]),
                Build.row(3, nil, "本年支出合计", line: 22, ["100.00"]),
                Build.row(4, nil, "总计", line: 23, ["100.00"]),
            ]),
        ])
        return Build.document([expenditure, twoSided], narrative: narrative ?? [
            "一、收入支出决算总体情况说明",
            "2023年度收、支总计均为100.00万元。与上年度相比，收、",
            "支总计各增加20.00万元，增长25.00%。",
            "三、支出决算情况说明",
            "2023年度支出合计1,000,000.00元，其中：基本支出60.50万元，占60.50%；",
        ])
    }

    private func findings(_ document: NormalizedDocument) -> [Finding] {
        Validator(config: ValidateHarness.config.validation).validate(document)
    }

    private func summary(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule.rawValue) \($0.severity.rawValue) \($0.subject) L\($0.sourceLine ?? 0) \($0.expected)→\($0.actual)" }
    }

    func testConsistentDocumentYieldsNoFinding() {
        XCTAssertEqual(summary(findings(Self.consistent())), [])
    }

    func testHierarchyAndRowTotalWithinRoundingAreWarnings() {
        // 2080109 基本支出 35.75 → 35.76: 20801 (60.50) is 0.01 short of its 项 rows; the row's own total too.
        let found = findings(Self.consistent([13: [1: "35.76"]]))
        XCTAssertEqual(summary(found), [
            "hierarchy warning 20801 人力资源和社会保障管理事务 | 基本支出 L12 605100.00→605000.00",
            "row_total warning 2080109 社会保险经办机构 | 本年支出合计 L13 452600.00→452500.00",
        ])
        XCTAssertEqual(found.map(\.detail), ["rounding", "rounding"])
        XCTAssertEqual(found[0].difference, "-100.00")
        XCTAssertEqual(found[0].unit, "元")
        XCTAssertEqual(found[0].message, "「支出决算表」20801 人力资源和社会保障管理事务 的“基本支出”为60.50万元，下级科目合计为60.51万元，"
                       + "相差-0.01万元（在四舍五入尾差范围内）。")
    }

    func testBeyondRoundingIsAnError() {
        // 合计 本年支出合计 100.00 → 101.00: 类 rows, its parts, the 收入支出决算总表 and the narrative disagree.
        let found = findings(Self.consistent([10: [0: "101.00"]]))
        XCTAssertEqual(summary(found), [
            "cross_table error 合计 | 本年支出合计 L10 1000000.00→1010000.00",
            "hierarchy error 合计 | 本年支出合计 L10 1000000.00→1010000.00",
            "row_total error 合计 | 本年支出合计 L10 1000000.00→1010000.00",
        ])
        XCTAssertNil(found[0].detail)
    }

    func testNarrativeAmountsInYuanAndWanYuanAndRates() {
        var lines = Self.consistent().narrative.map(\.text)
        lines[1] = "2023年度收、支总计均为1,000,100.00元。与上年度相比，收、"   // 100.01 万元 written in 元
        lines[2] = "支总计各增加20.00万元，增长25.10%。"                          // 20 ÷ 80 = 25.00%
        let found = findings(Self.consistent(narrative: lines))
        XCTAssertEqual(summary(found), [
            "narrative warning 收入 总计 | 决算数 L901 1000000.00→1000100.00",
            "narrative_ratio error 增长25.10% L902 25.00→25.10",
        ])
        XCTAssertEqual(found[1].unit, "%")
        XCTAssertEqual(found[1].message, "正文第902行写“增长25.10%”，按变动额20.00万元÷上年数80.00万元计算应为25.00%，相差0.10个百分点。")
    }

    func testRatesAreComparedAtThePrecisionWritten() {
        var lines = Self.consistent().narrative.map(\.text)
        lines[4] = "2023年度支出合计100.00万元，其中：基本支出60.50万元，占61%；"   // 60.5% rounds half up to 61%
        XCTAssertEqual(summary(findings(Self.consistent(narrative: lines))), [])
        lines[4] = "2023年度支出合计100.00万元，其中：基本支出60.50万元，占60%；"
        XCTAssertEqual(summary(findings(Self.consistent(narrative: lines))), [
            // 60.495 ÷ 100.005 = 60.49…% still rounds to 60%: within the rounding of the amounts.
            "narrative_ratio warning 占60% L904 61→60",
        ])
    }

    func testCodesMustNestAndMatchTheirLevel() {
        var document = Self.consistent()
        document.tables[0].sections[0].rows[4].code = Build.code("2090199")   // under 20801
        document.tables[0].sections[0].rows[5].label = "卫生健康"             // 210 named 卫生健康 is fine (支出 optional)
        document.tables[0].sections[0].rows[6].label = "社会保障和就业支出"   // 21015 carries a 类 name
        let codes = findings(document).filter { $0.rule == .codes }
        XCTAssertEqual(summary(codes), [
            "codes error 2090199 其他人力资源和社会保障管理事务支出 L14 20801…→2090199",
            "codes error 21015 社会保障和就业支出 L16 →社会保障和就业支出",
        ])
    }
}
