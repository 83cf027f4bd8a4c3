import Foundation
import XCTest
@testable import BudgetETL

/// One published number changed at a time, in copies of the samples of each layout (tab: yima,
/// anyang, jiaozuo-medical; space: jiaozuo-insurance; mangled: shuocheng): the change must be caught
/// by the right rule, on the right subject and source line, and the finding must be new (a relation
/// the sample already breaks by rounding now breaks by more: same subject, new figures).
final class ValidateMutationTests: XCTestCase {
    /// `subject` is a whole-match pattern: where the extractor names a column after its 栏次 number,
    /// both names are accepted.
    private func assertCaught(_ file: String, line: Int, _ old: String, _ new: String,
                              _ rule: RuleKind, _ subject: String, at findingLine: Int? = nil, severity: Severity = .error,
                              source: StaticString = #filePath, sourceLine: UInt = #line) throws {
        let key = { (f: Finding) in "\(f.rule.rawValue)|\(f.subject)|\(f.sourceLine ?? 0)|\(f.expected)|\(f.actual)" }
        let before = Set(ValidateHarness.findings(ValidateHarness.sample(file)).map(key))
        let after = try ValidateHarness.findings(mutating: file, line: line, old, new, file: source, sourceLine: sourceLine)
        let regex = try NSRegularExpression(pattern: "^(?:\(subject))$")
        let caught = after.filter { f in
            f.rule == rule && f.sourceLine == (findingLine ?? line) && f.severity == severity && !before.contains(key(f))
                && regex.firstMatch(in: f.subject, range: NSRange(f.subject.startIndex..., in: f.subject)) != nil
        }
        XCTAssertFalse(caught.isEmpty, "\(file):\(line) \(old)→\(new) not caught as \(rule) '\(subject)'. New findings:\n"
                       + after.filter { !before.contains(key($0)) }.map { "  \(key($0)) \($0.severity)" }.joined(separator: "\n"),
                       file: source, line: sourceLine)
    }

    // MARK: - Tab layout

    private let yima = "yima-medical-security-bureau-2023-final.txt"
    private let anyang = "anyang-insurance-center-2023-budget.txt"
    private let jiaozuoMedical = "jiaozuo-medical-security-bureau-2024-budget.txt"

    func testTabLayoutXiangRow() throws {
        // 支出决算表 2080109 基本支出 215.56 → 215.66: its row total, and its parent 20801.
        try assertCaught(yima, line: 185, "215.56", "215.66", .rowTotal, "2080109 社会保险经办机构 \\| 本年支出合计")
        try assertCaught(yima, line: 185, "215.56", "215.66", .hierarchy, "20801 人力资源和社会保障管理事务 \\| 基本支出", at: 184)
        // 部门支出预算表 行政运行 工资福利支出 460.94 → 461.94 (基本支出 小计 = 人员经费 + 公用经费 parts).
        try assertCaught(anyang, line: 77, "460.94", "461.94", .rowTotal, "2101501 行政运行 \\| 基本支出 / 小计")
    }

    func testTabLayoutTotals() throws {
        // 支出决算表 合计 858.63 → 868.63: row total, 类 rows, and the 收入支出决算总表.
        try assertCaught(yima, line: 182, "858.63", "868.63", .rowTotal, "合计 \\| 本年支出合计")
        try assertCaught(yima, line: 182, "858.63", "868.63", .hierarchy, "合计 \\| 本年支出合计")
        try assertCaught(yima, line: 182, "858.63", "868.63", .crossTable, "合计 \\| 本年支出合计")
        // Column total: 合计 of 基本支出 348.19 → 348.99.
        try assertCaught(yima, line: 182, "348.19", "348.99", .hierarchy, "合计 \\| 基本支出")
    }

    func testTabLayoutTwoSidedTotal() throws {
        try assertCaught(yima, line: 132, "858.63", "859.63", .balance, "收入 总计 \\| 金额")
        try assertCaught(anyang, line: 43, "8488.17", "8488.27", .balance, "收入 收入总计 \\| 金额")
    }

    func testTabLayoutThreePublicExpenses() throws {
        // "三公"经费预算表 合计 6.50 → 7.50: its parts, and the narrative "三公经费预算为6.50万元" (L137).
        try assertCaught(jiaozuoMedical, line: 527, "6.50", "7.50", .rowTotal, "第1行 \\| .*三公.*合计")
        try assertCaught(jiaozuoMedical, line: 527, "6.50", "7.50", .narrative, "第1行 \\| .*三公.*合计", at: 137)
    }

    func testTabLayoutNarrativeTotal() throws {
        try assertCaught(yima, line: 398, "收入合计 858.63", "收入合计 859.63", .narrative, "收入 本年收入合计 \\| 金额")
        try assertCaught(jiaozuoMedical, line: 103, "收入总计131792.35", "收入总计131793.35", .narrative, "收入 收入总计 \\| 金额")
    }

    // MARK: - Space layout

    private let jiaozuo = "jiaozuo-insurance-center-2023-final.txt"

    func testSpaceLayout() throws {
        // 项 row: 2080109 基本支出 540.37 → 541.37.
        try assertCaught(jiaozuo, line: 200, "540.37", "541.37", .rowTotal, "2080109 社会保险经办机构 \\| 本年支出合计")
        try assertCaught(jiaozuo, line: 200, "540.37", "541.37", .hierarchy, "20801 人力资源和社会保障管理事务 \\| 基本支出", at: 198)
        // 合计 and a column total of 支出决算表.
        try assertCaught(jiaozuo, line: 188, "842.51", "843.51", .crossTable, "合计 \\| 本年支出合计")
        try assertCaught(jiaozuo, line: 188, "646.12", "647.12", .hierarchy, "合计 \\| 基本支出")
        // Two-sided: 收入 总计 of 收入支出决算总表.
        try assertCaught(jiaozuo, line: 120, "842.51", "843.51", .balance, "收入 总计 \\| 决算数")
        // "三公" 决算数 合计 2.73 → 2.93: its parts, and the narrative "支出决算为2.73万元" (L690).
        try assertCaught(jiaozuo, line: 518, "2.73", "2.93", .rowTotal, "第1行 \\| 决算数 / 合计")
        try assertCaught(jiaozuo, line: 518, "2.73", "2.93", .narrative, "第1行 \\| 决算数 / 合计", at: 690)
        // Narrative total.
        try assertCaught(jiaozuo, line: 525, "842.51", "852.51", .narrative, "收入 总计 \\| 决算数")
    }

    // MARK: - Mangled layout

    private let shuocheng = "shuocheng-insurance-center-2022-final.txt"

    func testMangledLayout() throws {
        // 项 row: 事业运行 本年支出合计 6362277.53 → 6362377.53.
        try assertCaught(shuocheng, line: 464, "6362277.53 6362277.53", "6362377.53 6362277.53", .rowTotal,
                         "2101550 事业运行 \\| (本年支出合计|栏次 1)")
        try assertCaught(shuocheng, line: 464, "6362277.53 6362277.53", "6362377.53 6362277.53", .hierarchy,
                         "21015 医疗保障管理事务 \\| (本年支出合计|栏次 1)", at: 462)
        // 合计 and a column total of 支出决算表.
        try assertCaught(shuocheng, line: 406, "25731201.68", "25731301.68", .crossTable, "合计 \\| (本年支出合计|栏次 1)")
        try assertCaught(shuocheng, line: 406, "6362543.68", "6362643.68", .hierarchy, "合计 \\| (基本支出|栏次 2)")
        // Two-sided: 财政拨款收入支出决算总表 收入总计.
        try assertCaught(shuocheng, line: 671, "32 25730935.53", "32 25731935.53", .balance, "收入 收入总计 \\| 金额")
        // "三公" 预算数 合计 20315.00 → 20415.00: its parts, and the narrative "支出预算20,315.00元" (L1299).
        try assertCaught(shuocheng, line: 1048, "20315.00", "20415.00", .rowTotal, "第1行 \\| (预算数 / 合计|栏次 1)")
        try assertCaught(shuocheng, line: 1048, "20315.00", "20415.00", .narrative, "第1行 \\| (预算数 / 合计|栏次 1)", at: 1299)
        // Narrative total.
        try assertCaught(shuocheng, line: 1165, "25,731,201.68", "25,731,301.68", .narrative, "收入 总计 \\| 决算数")
    }

    // MARK: - Narrative rates and codes

    func testNarrativeRateAndCodeChanges() throws {
        // "占80.59%" → "占80.69%": 678.93 ÷ 842.48 = 80.59%.
        try assertCaught(jiaozuo, line: 572, "80.59%", "80.69%", .narrativeRatio, "占80.69%")
        // One unit in the last place that the rounded amounts still allow is a rounding warning:
        // 1.91 ÷ (34.24 + 1.91) = 5.2836…%, but 1.905 ÷ 36.155 = 5.269% admits 5.27%.
        try assertCaught(jiaozuoMedical, line: 153, "5.28%", "5.27%", .narrativeRatio, "下降5.27%", severity: .warning)
        // A 项 code that does not begin with its 款: 2080109 printed as 2090109 under 20801.
        try assertCaught(yima, line: 185, "2080109", "2090109", .codes, "2090109 社会保险经办机构")
    }
}
