import Foundation
import XCTest
@testable import BudgetETL

/// Runs documents through extract → normalize → validate with the repository's pipeline.yaml.
enum ValidateHarness {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let config = try! PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))

    static func sample(_ name: String) -> URL { repository.appendingPathComponent("input").appendingPathComponent(name) }

    static func findings(_ url: URL, config: PipelineConfig = config) -> [Finding] {
        let processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                          placement: PlacementRules(config.validation))
        let document = processor.process(InputFile(relativePath: url.lastPathComponent, url: url))
        return Validator(config: config.validation).validate(document)
    }

    /// The findings for the sample `name` with the number on `line` changed from `old` to `new`
    /// (a copy in a temporary folder; the sample is not touched).
    static func findings(mutating name: String, line: Int, _ old: String, _ new: String,
                         file: StaticString = #filePath, sourceLine: UInt = #line) throws -> [Finding] {
        var lines = try String(contentsOf: sample(name), encoding: .utf8).components(separatedBy: "\n")
        guard let range = lines[line - 1].range(of: old) else {
            XCTFail("line \(line) of \(name) has no '\(old)': \(lines[line - 1])", file: file, line: sourceLine)
            return []
        }
        lines[line - 1].replaceSubrange(range, with: new)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent(name)
        try lines.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)
        return findings(copy)
    }
}

/// The validator over the five samples reports exactly the relations the published documents break.
/// Every expected finding below was checked against the source text (see the comments).
final class ValidateSamplesTests: XCTestCase {
    struct F: Equatable, CustomStringConvertible {
        var line: Int, rule: RuleKind, severity: String, subject: String, expected: String, actual: String
        init(_ line: Int, _ rule: RuleKind, _ severity: String, _ subject: String, _ expected: String, _ actual: String) {
            (self.line, self.rule, self.severity, self.subject, self.expected, self.actual) = (line, rule, severity, subject, expected, actual)
        }
        var description: String { "F(\(line), .\(rule), \"\(severity)\", \"\(subject)\", \"\(expected)\", \"\(actual)\")" }
    }

    /// Findings caused by how a table was read, not by the document; reported to the extract and
    /// normalize owners. They may disappear as those stages improve: the test accepts them, never
    /// requires them.
    static let readingIssues: [(file: String, table: String, rule: RuleKind)] = [
        // Removed: anyang-… and jiaozuo-medical-… 一般公共预算支出预算表 row totals. The data rows print
        // no 资本性支出 cell, so from 项目支出 on their numbers sat one column left; normalize's
        // placement step now reads the table by the grid its totals single out (PlacementTests).
    ]

    private func check(_ file: String, _ expected: [F], _ source: StaticString = #filePath, line: UInt = #line) {
        let found = ValidateHarness.findings(ValidateHarness.sample(file)).filter { finding in
            !Self.readingIssues.contains { $0.file == file && $0.table == finding.tableKey && $0.rule == finding.rule }
        }.map { F($0.sourceLine ?? 0, $0.rule, $0.severity.rawValue, $0.subject, $0.expected, $0.actual) }
        XCTAssertEqual(found, expected, "\(file):\n" + found.map { "  \($0)," }.joined(separator: "\n"), file: source, line: line)
    }

    func testAnyangBudget() {
        check("anyang-insurance-center-2023-budget.txt", [
            // 部门支出预算表 L71 vs its 项 rows L73–77: 41.30 + 18.84 + 5277.00 + 2600.00 + 551.02 = 8488.16 ≠ 8488.17;
            // 工资福利支出 41.30 + 18.84 + 460.94 = 521.08 ≠ 521.09; 基本支出 41.30 + 18.84 + 551.02 = 611.16 ≠ 611.17.
            F(71, .hierarchy, "warning", "合计 | 合计", "84881600.00", "84881700.00"),
            F(71, .hierarchy, "warning", "合计 | 基本支出 / 人员经费 / 工资福利支出", "5210800.00", "5210900.00"),
            F(71, .hierarchy, "warning", "合计 | 基本支出 / 小计", "6111600.00", "6111700.00"),
            // 一般公共预算支出预算表 L137 prints the same figures.
            F(137, .hierarchy, "warning", "合计 | 合计", "84881600.00", "84881700.00"),
            F(137, .hierarchy, "warning", "合计 | 基本支出 / 人员经费 / 工资福利支出", "5210800.00", "5210900.00"),
            F(137, .hierarchy, "warning", "合计 | 基本支出 / 小计", "6111600.00", "6111700.00"),
            // 30108 is 机关事业单位基本养老保险缴费 at L158, but 机关事业单位基本养老保险 at L191.
            F(191, .codes, "error", "30108", "机关事业单位基本养老保险缴费", "机关事业单位基本养老保险"),
        ])
    }

    func testJiaozuoInsuranceFinal() {
        check("jiaozuo-insurance-center-2023-final.txt", [
            // 收入支出决算总表: 支出 L60 32.48 + L64 678.95 + L66 131.07 = 842.50, 本年支出合计 L112 842.51;
            // 收入 本年收入合计 842.48 + 年初结转和结余 0.02 = 842.50, 总计 L120 842.51.
            F(112, .balance, "warning", "支出 本年支出合计 | 决算数", "8425000.00", "8425100.00"),
            F(120, .balance, "warning", "收入 总计 | 决算数", "8425000.00", "8425100.00"),
            // 收入决算表 L162: 21011 40.15, but 2101101 22.31 + 2101103 17.85 = 40.16 (both columns).
            F(162, .hierarchy, "warning", "21011 行政事业单位医疗 | 本年收入合计", "401600.00", "401500.00"),
            F(162, .hierarchy, "warning", "21011 行政事业单位医疗 | 财政拨款收入", "401600.00", "401500.00"),
            // 支出决算表 L188 合计 842.51: 类 rows 32.48 + 678.95 + 131.07 = 842.50; 646.12 + 196.38 = 842.50.
            F(188, .hierarchy, "warning", "合计 | 本年支出合计", "8425000.00", "8425100.00"),
            F(188, .rowTotal, "warning", "合计 | 本年支出合计", "8425000.00", "8425100.00"),
            // L196 208 678.95, but 606.64 + 65.60 + 6.72 = 678.96.
            F(196, .hierarchy, "warning", "208 社会保障和就业支出 | 本年支出合计", "6789600.00", "6789500.00"),
            // L198, L200 606.64, but 540.37 + 66.26 = 606.63.
            F(198, .rowTotal, "warning", "20801 人力资源和社会保障管理事务 | 本年支出合计", "6066300.00", "6066400.00"),
            F(200, .rowTotal, "warning", "2080109 社会保险经办机构 | 本年支出合计", "6066300.00", "6066400.00"),
            // L214 21011 40.15 vs 22.31 + 17.85 = 40.16, again in 一般公共预算财政拨款支出决算表 L352.
            F(214, .hierarchy, "warning", "21011 行政事业单位医疗 | 基本支出", "401600.00", "401500.00"),
            F(214, .hierarchy, "warning", "21011 行政事业单位医疗 | 本年支出合计", "401600.00", "401500.00"),
            F(352, .hierarchy, "warning", "21011 行政事业单位医疗 | 本年支出 / 基本支出", "401600.00", "401500.00"),
            F(352, .hierarchy, "warning", "21011 行政事业单位医疗 | 本年支出 / 小计", "401600.00", "401500.00"),
            // 基本支出决算明细表 L386: 301 570.73 vs its 款 570.74; 302 57.36 vs its 款 57.35.
            F(386, .hierarchy, "warning", "301 工资福利支出 | 决算数", "5707400.00", "5707300.00"),
            F(386, .hierarchy, "warning", "302 商品和服务支出 | 决算数", "573500.00", "573600.00"),
            // "三公" L518 决算数 合计 2.73, but 0.00 + 2.02 + 0.72 = 2.74.
            F(518, .rowTotal, "warning", "第1行 | 决算数 / 合计", "27400.00", "27300.00"),
            // Not a finding: 支出决算表 合计 842.51 vs 财政拨款 842.48 — different measures (年初结转 0.02 is spent too).
        ])
    }

    func testJiaozuoMedicalBudget() {
        // Only reading issues (see `readingIssues`): the narrative's 131792.35, 1090.51, 990.95, 6.50,
        // 34.24 and the rates 1861.53%, 0.83%, 99.39%, 5.28% all agree with the tables.
        check("jiaozuo-medical-security-bureau-2024-budget.txt", [])
    }

    func testShuochengFinal() {
        check("shuocheng-insurance-center-2022-final.txt", [
            // 收入决算表 L338 合计 25731201.68 (incl. 其他收入 266.15), but 收入支出决算总表 本年收入合计 L299
            // 25730935.53: the 总表 books the 266.15 as 年初结转和结余 (L303).
            F(338, .crossTable, "error", "合计 | 本年收入合计", "25730935.53", "25731201.68"),
            // 正文 L1189 "其他收入266.15元", but the 总表's 八、其他收入 (L240) is blank.
            F(1189, .narrative, "error", "收入 八、其他收入 | 决算数", "0.00", "266.15"),
        ])
    }

    func testYimaFinal() {
        check("yima-medical-security-bureau-2023-final.txt", [
            // 收入支出决算总表 L127: 支出 304.36 + 526.68 + 27.60 = 858.64; 收入 854.34 + 4.28 = 858.62; both print 858.63.
            F(127, .balance, "warning", "支出 本年支出合计 | 金额", "8586400.00", "8586300.00"),
            F(127, .balance, "warning", "收入 本年收入合计 | 金额", "8586200.00", "8586300.00"),
            // 收入决算表 L148–154: 类 rows sum to 858.64; 854.34 + 4.28 = 858.62; 208: 269.94 + 34.41 = 304.35 and
            // 300.88 + 3.47 = 304.35 vs 304.36; 210: 300.00 + 16.01 + 209.86 = 525.87 vs 525.86, 525.86 + 0.81 = 526.67 vs 526.68.
            F(148, .hierarchy, "warning", "合计 | 本年收入合计", "8586400.00", "8586300.00"),
            F(148, .rowTotal, "warning", "合计 | 本年收入合计", "8586200.00", "8586300.00"),
            F(149, .hierarchy, "warning", "208 社会保障和就业支出 | 本年收入合计", "3043500.00", "3043600.00"),
            F(149, .rowTotal, "warning", "208 社会保障和就业支出 | 本年收入合计", "3043500.00", "3043600.00"),
            F(154, .hierarchy, "warning", "210 卫生健康支出 | 财政拨款收入", "5258700.00", "5258600.00"),
            F(154, .rowTotal, "warning", "210 卫生健康支出 | 本年收入合计", "5266700.00", "5266800.00"),
            // 支出决算表 L182–197: 基本支出 249.98 + 70.62 + 27.60 = 348.20 vs 348.19; 类 rows 858.64; 208 基本
            // 215.56 + 34.41 = 249.97 vs 249.98, total 304.35 vs 304.36; 21015 项目 80.20 + 75.85 = 156.05 vs 156.06;
            // 2101599 2.27 + 75.85 = 78.12 vs 78.13.
            F(182, .hierarchy, "warning", "合计 | 基本支出", "3482000.00", "3481900.00"),
            F(182, .hierarchy, "warning", "合计 | 本年支出合计", "8586400.00", "8586300.00"),
            F(183, .hierarchy, "warning", "208 社会保障和就业支出 | 基本支出", "2499700.00", "2499800.00"),
            F(183, .hierarchy, "warning", "208 社会保障和就业支出 | 本年支出合计", "3043500.00", "3043600.00"),
            F(195, .hierarchy, "warning", "21015 医疗保障管理事务 | 项目支出", "1560500.00", "1560600.00"),
            F(197, .rowTotal, "warning", "2101599 其他医疗保障管理事务支出 | 本年支出合计", "781200.00", "781300.00"),
            // 一般公共预算财政拨款支出决算表 L264–279: 348.20 vs 348.19; 348.19 + 506.16 = 854.35 vs 854.34; 208 249.97
            // vs 249.98 and 249.98 + 50.91 = 300.89 vs 300.88; 210 525.87 vs 525.86 (both ways); 21015 项目 79.39 + 75.85
            // = 155.24 vs 155.25; 2101599 2.27 + 75.85 = 78.12 vs 78.13.
            F(264, .hierarchy, "warning", "合计 | 本年支出 / 基本支出", "3482000.00", "3481900.00"),
            F(264, .rowTotal, "warning", "合计 | 本年支出 / 小计", "8543500.00", "8543400.00"),
            F(265, .hierarchy, "warning", "208 社会保障和就业支出 | 本年支出 / 基本支出", "2499700.00", "2499800.00"),
            F(265, .rowTotal, "warning", "208 社会保障和就业支出 | 本年支出 / 小计", "3008900.00", "3008800.00"),
            F(270, .hierarchy, "warning", "210 卫生健康支出 | 本年支出 / 小计", "5258700.00", "5258600.00"),
            F(270, .rowTotal, "warning", "210 卫生健康支出 | 本年支出 / 小计", "5258700.00", "5258600.00"),
            F(277, .hierarchy, "warning", "21015 医疗保障管理事务 | 本年支出 / 项目支出", "1552400.00", "1552500.00"),
            F(279, .rowTotal, "warning", "2101599 其他医疗保障管理事务支出 | 本年支出 / 小计", "781200.00", "781300.00"),
            // 正文 L406: 财政拨款 "各增加 424.34 万元，增长 98.56%" — 424.34 ÷ (854.34 − 424.34) = 98.68%
            // (98.56% belongs to the 424.08 of L412).
            F(406, .narrativeRatio, "error", "增长98.56%", "98.68", "98.56"),
        ])
    }
}
