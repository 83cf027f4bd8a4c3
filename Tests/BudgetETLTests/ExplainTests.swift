import Foundation
import XCTest
@testable import BudgetETL

/// `budget-etl explain`: line roles, tables and their columns, where each number went and why.
final class ExplainTests: XCTestCase {
    private static let document = """
        某某局2024年部门预算公开

        一、部门职责
        本部门负责全市医疗保障工作。

        部门支出预算表
        公开03表
        单位名称：某某局
        单位：万元
        科目编码\t科目名称\t合计\t基本支出\t项目支出
        \t合计\t10.00\t4.00\t6.00
        201\t一般公共服务支出\t10.00\t4.00\t6.00
        - 2 -
        20101\t人大事务\t10.00\t4.00\t6.00
        注：本表不含结转资金。
        二、三公经费情况说明表

        """

    private func explain(_ text: String, _ selection: Explainer.Selection = Explainer.Selection()) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("doc.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try Explainer(config: ValidateHarness.config).explain(file, selection).get()
    }

    func testEveryLineHasItsRole() throws {
        let lines = try explain(Self.document).components(separatedBy: "\n")
        for expected in [
            "  1     narrative       某某局2024年部门预算公开",
            "  6     title           部门支出预算表",
            "  7     marker          公开03表",
            "  8     agency          单位名称：某某局",
            "  9     unit            单位：万元",
            "  10    header          科目编码 ⇥ 科目名称 ⇥ 合计 ⇥ 基本支出 ⇥ 项目支出",
            "  12    body            201 ⇥ 一般公共服务支出 ⇥ 10.00 ⇥ 4.00 ⇥ 6.00",
            "        基本支出 ← 4.00 万元  certain",
            "  13    page furniture  - 2 -",
            "        note: a page number (-2-, 第2页) or a part heading (第一部分…)",
            "  16    narrative       二、三公经费情况说明表",
            "        note: looks like a table title “三公经费情况说明表”, but no table follows it (no header word, no row of numbers)",
            "table 1: expenditure_budget 「部门支出预算表」, lines 6–14",
            "  layout: tab grid (cells separated by tabs, blank cells kept: a number's column is its tab position)",
            "    2  基本支出",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing: \(expected)\n" + lines.joined(separator: "\n"))
        }
        XCTAssertFalse(lines.contains { $0.hasPrefix("  2 ") }, "blank lines are not shown")
    }

    func testHeaderPrintedAgainAfterAPageBreakIsPageFurniture() throws {
        let text = ["部门支出预算表", "单位：万元", "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                    "201\t一般公共服务支出\t10.00\t4.00\t6.00", "- 2 -", "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                    "20101\t人大事务\t10.00\t4.00\t6.00", ""].joined(separator: "\n")
        let lines = try explain(text).components(separatedBy: "\n")
        for expected in [
            "  6     page furniture  科目编码 ⇥ 科目名称 ⇥ 合计 ⇥ 基本支出 ⇥ 项目支出",
            "        note: the header printed again after a page break",
            "  7     body            20101 ⇥ 人大事务 ⇥ 10.00 ⇥ 4.00 ⇥ 6.00",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing: \(expected)\n" + lines.joined(separator: "\n"))
        }
    }

    func testOneLineAndUnknownTables() throws {
        let line = try explain(Self.document, Explainer.Selection(line: 11))
        XCTAssertTrue(line.hasSuffix("""
              11    body            ⇥ 合计 ⇥ 10.00 ⇥ 4.00 ⇥ 6.00
                    合计 ← 10.00 万元  certain
                    基本支出 ← 4.00 万元  certain
                    项目支出 ← 6.00 万元  certain

            """), line)
        XCTAssertThrowsError(try explain(Self.document, Explainer.Selection(table: "income_final"))) { error in
            XCTAssertTrue("\(error)".contains("doc.txt has no table “income_final”; its tables:\n  1  lines 6–14  expenditure_budget"), "\(error)")
        }
    }

    func testTheSampleShowsTheGridTheTotalsChoseAndIsStable() throws {
        let explainer = Explainer(config: ValidateHarness.config)
        let sample = ValidateHarness.sample("anyang-insurance-center-2023-budget.txt")
        let text = try explainer.explain(sample, Explainer.Selection(table: "general_budget_expenditure_budget")).get()
        let lines = text.components(separatedBy: "\n")
        for expected in [
            "table 5: general_budget_expenditure_budget 「一般公共预算支出预算表」, lines 126–144",
            "  grid: grid corrected by the totals: “基本支出 / 公用经费 / 资本性支出” is not printed;"
                + " the numbers printed from it on belong one column right",
            "        项目支出 / 小计 ← 5277.00 万元  derived",
            "        项目支出 / 特定目标类 ← 5277.00 万元  derived",
            "        基本支出 / 公用经费 / 商品和服务支出 ← 77.94 万元  certain",
        ] {
            XCTAssertTrue(lines.contains(expected), "missing: \(expected)\n\(text)")
        }
        XCTAssertEqual(try explainer.explain(sample, Explainer.Selection(table: "5")).get(), text)
    }

    func testCommandLine() throws {
        let sample = ValidateHarness.sample("jiaozuo-insurance-center-2023-final.txt").path
        let config = ValidateHarness.repository.appendingPathComponent("pipeline.yaml").path
        let shown = try BuiltBinary.run(["explain", sample, "--config", config, "--line", "66"],
                                        in: ValidateHarness.repository)
        XCTAssertEqual(shown.status, 0, shown.stderr)
        XCTAssertTrue(shown.stdout.contains("        收入 | 行次 ← 9  derived\n        placed by: 行次 第9行 = 上一行 + 1\n"),
                      shown.stdout)
        let missing = try BuiltBinary.run(["explain", sample, "--config", config, "--table", "99"], in: ValidateHarness.repository)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.hasPrefix("budget-etl explain: jiaozuo-insurance-center-2023-final.txt has no table “99”"),
                      missing.stderr)
    }
}
