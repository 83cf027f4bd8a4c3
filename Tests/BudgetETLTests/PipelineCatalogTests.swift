import Foundation
import XCTest
@testable import BudgetETL

/// Checks the catalog in the repository's pipeline.yaml against table titles and column headers
/// seen in real documents (input/*.txt and the Shanghai PDF samples). Titles are written here in
/// the form the extractor compares them in (no year, no spaces, ASCII parentheses, no quotes, no
/// 公开NN表 label), and matched the way it matches them: the whole title.
final class PipelineCatalogTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func catalog() throws -> Catalog {
        let file = Self.repository.appendingPathComponent("pipeline.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        return try PipelineConfigLoader.decode(yaml: yaml, file: "pipeline.yaml", baseFolder: Self.repository).catalog
    }

    private let expectedKinds: [String: [String]] = [
        "income_expenditure_final": ["收入支出决算总表", "部门收入支出决算总表", "部门收支决算总表", "收入支出决算批复表"],
        "income_final": ["收入决算表"],
        "expenditure_final": ["支出决算表"],
        "fiscal_grant_income_expenditure_final": ["财政拨款收入支出决算总表", "财政拨款收支决算总表"],
        "general_budget_expenditure_final": ["一般公共预算财政拨款支出决算表", "公共财政拨款支出决算表"],
        "general_budget_basic_expenditure_final": ["一般公共预算财政拨款基本支出决算明细表",
                                                   "一般公共预算财政拨款基本支出决算表",
                                                   "一般公共预算财政拨款支出决算明细表", "公共财政拨款基本支出决算表"],
        "gov_fund_final": ["政府性基金预算财政拨款收入支出决算表"],
        "state_capital_final": ["国有资本经营预算财政拨款支出决算表", "国有资本经营预算财政拨款收入支出决算表"],
        "three_public_expenses_final": ["财政拨款三公经费支出决算表", "一般公共预算财政拨款三公经费支出决算表",
                                        "三公经费支出决算表", "三公经费决算情况统计表", "三公经费公共财政拨款支出决算批复表",
                                        "一般公共预算三公经费支出决算表"],
        "disclosure_statistics_final": ["部门决算公开相关信息统计表"],
        "project_self_evaluation_summary_final": ["项目单位自评汇总表"],
        "project_self_evaluation_final": ["项目支出绩效自评表"],
        "department_self_evaluation_final": ["部门整体自评表", "部门整体支出绩效自评表"],
        "income_expenditure_budget": ["部门收支预算表", "部门收支预算总表", "部门财务收支预算总表", "收支预算总表",
                                      "预算单位财务收支预算总表", "部门收支总表", "部门预算收支总表"],
        // The Ministry of Finance's template names (部门收支总表, 部门收入总表 …) beside older ones.
        "income_budget": ["部门收入预算表", "部门收入预算总表", "预算单位收入预算总表", "部门收入总表", "部门预算收入总表"],
        "expenditure_budget": ["部门支出预算表", "部门支出预算总表", "预算单位支出预算总表", "部门支出总表", "部门预算支出总表"],
        "fiscal_grant_budget": ["财政拨款收支预算表", "财政拨款收支预算总表", "部门财政拨款收支预算总表", "财政拨款收支总表"],
        "general_budget_expenditure_budget": ["一般公共预算支出预算表", "部门一般公共预算支出功能分类预算表",
                                              "预算单位一般公共预算支出功能分类预算表", "一般公共预算支出表",
                                              "财政拨款支出预算表"],
        "general_budget_basic_expenditure_budget": ["一般公共预算基本支出预算表",
                                                    "部门一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出表",
                                                    "财政拨款基本支出预算表"],
        "general_budget_basic_expenditure_detail_budget": ["一般公共预算基本支出明细表"],
        "expenditure_economic_summary_budget": ["支出经济分类汇总表"],
        "three_public_expenses_budget": ["一般公共预算三公经费预算表", "一般公共预算三公经费支出预算表",
                                         "三公经费和机关运行经费预算表", "部门三公经费和机关运行经费预算表",
                                         "单位三公经费和机关运行经费预算表", "一般公共预算三公经费支出表",
                                         "三公经费预算财政拨款情况统计表", "三公经费预算情况表"],
        "gov_fund_expenditure_budget": ["政府性基金支出预算表", "政府性基金预算支出表", "部门政府性基金预算支出功能分类预算表",
                                        "政府性基金预算财政拨款支出预算表"],
        "state_capital_expenditure_budget": ["国有资本经营支出预算表", "国有资本经营预算支出表",
                                             "部门国有资本经营预算支出功能分类预算表", "国有资本经营预算财政拨款支出预算表"],
        "project_expenditure_budget": ["项目支出预算表", "项目支出表"],
        "operating_expenses_budget": ["机关(机构)运行经费", "机关运行经费预算表", "机关(机构)运行经费预算表", "机构运行经费预算表",
                                      "一般公共预算机关运行经费支出预算表"],
        "government_procurement_budget": ["政府采购支出预算表", "部门政府采购预算表", "政府采购预算明细表"],
        "government_services_purchase_budget": ["政府购买服务预算表"],
        "fiscal_special_account_budget": ["财政专户管理资金预算表"],
        "performance_targets_department": ["本级部门(单位)整体绩效目标表", "本级部门整体绩效目标表", "部门整体绩效目标表",
                                           "整体支出绩效目标表"],
        "performance_targets_project": ["部门预算项目绩效目标表", "本级部门预算项目绩效目标表", "项目绩效目标表",
                                        "项目支出绩效目标表"],
    ]

    /// Lines of real documents that must not be taken for a table title.
    private let notTitles = ["机关运行经费预算", "机关运行经费", "部门决算表", "单位决算表", "部门预算表", "预算表",
                             "收入", "支出决算"]

    func testEveryKnownTitleMatchesExactlyItsKind() throws {
        let catalog = try catalog()
        let patterns = catalog.kinds.map { kind in
            (kind.key, kind.titlePatterns.map { try! NSRegularExpression(pattern: "^(?:\($0))$") })
        }
        func kinds(matching title: String) -> [String] {
            let range = NSRange(title.startIndex..., in: title)
            return patterns.filter { _, regexes in regexes.contains { $0.firstMatch(in: title, range: range) != nil } }
                .map(\.0)
        }
        XCTAssertEqual(Set(catalog.kinds.map(\.key)), Set(expectedKinds.keys), "catalog kinds and this test disagree")
        for (key, titles) in expectedKinds {
            for title in titles { XCTAssertEqual(kinds(matching: title), [key], title) }
        }
        for line in notTitles { XCTAssertEqual(kinds(matching: line), [], line) }
        // Titles that name neither 决算 nor 预算 match a final account's kind and a budget's: the
        // document's kind decides (`document:`), so the two must be made for different kinds.
        for title in ["三公经费情况统计表", "部门三公经费情况统计表"] {
            let twins = kinds(matching: title)
            XCTAssertEqual(twins, ["three_public_expenses_final", "three_public_expenses_budget"], title)
            XCTAssertEqual(Set(twins.compactMap { catalog.kind(forKey: $0)?.documentKind }), [.finalAccount, .budget], title)
        }
        for kind in catalog.kinds { XCTAssertNotNil(kind.documentKind, kind.key) }
    }

    func testNonMoneyPatternsSeparateCountsFromMoney() throws {
        let catalog = try catalog()
        let regexes = catalog.nonMoneyColumns.map { try! NSRegularExpression(pattern: $0) }
        func isNonMoney(_ label: String) -> Bool {
            regexes.contains { $0.firstMatch(in: label, range: NSRange(label.startIndex..., in: label)) != nil }
        }
        for label in ["行次", "栏次", "执行率", "预算执行率", "得分", "自评得分", "分值", "权重(%)", "年度指标值",
                      "实际完成值", "车辆数(辆)", "人数", "单位编码", "部门(单位)代码", "偏差度", "资金管理情况得分率"] {
            XCTAssertTrue(isNonMoney(label), label)
        }
        for label in ["决算数", "金额", "本年收入合计", "基本支出 / 人员经费 / 工资福利支出", "全年预算数", "全年执行数",
                      "因公出国(境)费", "公务用车购置及运行维护费 / 小计", "对个人和家庭的补助", "资金总额",
                      "采购金额", "年末结转和结余", "其他运转类", "特定目标类",
                      "栏次 2"] {  // the extractor's name for a column labelled only by its 栏次 number
            XCTAssertFalse(isNonMoney(label), label)
        }
    }
}
