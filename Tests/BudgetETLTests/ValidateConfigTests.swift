import Foundation
import XCTest
@testable import BudgetETL

/// The `validate:` section of pipeline.yaml: rules are data (a rule added here takes effect with no
/// code change), mistakes are reported with file and line, `fail_on` decides the exit status.
final class ValidateConfigTests: XCTestCase {
    private let head = """
        input: {folder: input}
        output: {folder: output}
        catalog:
          tables:
            - {key: expenditure_final, titles: ["支出决算表"]}
            - {key: income_expenditure_final, titles: ["收入支出决算总表"]}
        validate:
        """

    private func decode(_ validate: String) throws -> ValidationConfig {
        try PipelineConfigLoader.decode(yaml: head + "\n" + validate, file: "pipeline.yaml",
                                        baseFolder: URL(fileURLWithPath: "/base")).validation
    }

    /// `line` counts from the first line of `validate` (the head has 7 lines).
    private func assertMistake(_ validate: String, line: Int, mentions fragment: String,
                               file: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try decode(validate), file: file, line: sourceLine) { error in
            let error = error as? ConfigError
            XCTAssertEqual(error?.line, line + 7, "\(String(describing: error))", file: file, line: sourceLine)
            XCTAssertTrue(error?.message.contains(fragment) == true, "\(String(describing: error))", file: file, line: sourceLine)
        }
    }

    func testDecodesEveryKindOfRule() throws {
        let config = try decode("""
              fail_on: warning
              tolerance_per_summand: 0.005
              rules:
                - {rule: hierarchy, tables: [expenditure_final]}
                - {rule: row_total, tables: [expenditure_final], total: '^本年支出合计$', parts: ['^基本支出$', ['^项目支出$', '^栏次 3$']]}
                - rule: balance
                  table: income_expenditure_final
                  each_column: '^决算数$'
                  total: {section: '^收入$', row: '^总计$'}
                  parts: [{section: '^支出$', row: '^总计$', required: true}]
              narrative:
                - phrase: '占{rate%}'
                  ratio: {percent: rate, numerator: {table: expenditure_final, row: '^合计$', column: '^基本支出$'},
                          denominator: [{table: expenditure_final, row: '^合计$', column: '^本年支出合计$'}]}
              codes:
            """)
        XCTAssertEqual(config.failOn, .warning)
        XCTAssertEqual(config.tolerancePerSummand, ExactDecimal(mantissa: 5, scale: 3))
        XCTAssertEqual(config.hierarchy, [HierarchyRule(tables: ["expenditure_final"])])
        XCTAssertEqual(config.rowTotals.first?.parts, [["^基本支出$"], ["^项目支出$", "^栏次 3$"]])
        XCTAssertEqual(config.equations.first?.parts, [CellRef(section: "^支出$", row: "^总计$", required: true)])
        XCTAssertEqual(config.narrative.first?.ratio?.denominator,
                       .cells([CellRef(table: "expenditure_final", row: "^合计$", column: "^本年支出合计$")]))
        XCTAssertEqual(config.codes, CodeRules())
    }

    func testMistakesNameTheLine() {
        assertMistake("  fail_on: sometimes", line: 1, mentions: "error, warning or never")
        assertMistake("  tolerance_per_summand: 1,5", line: 1, mentions: "decimal number")
        assertMistake("  rules:\n    - {rule: hierarchy, tables: [expenditure_finale]}", line: 2, mentions: "not a table key")
        assertMistake("  rules:\n    - {rule: sum, tables: []}", line: 2, mentions: "hierarchy, row_total, balance or cross_table")
        assertMistake("  rules:\n    - {rule: row_total, tables: [expenditure_final], total: '(', parts: [a]}", line: 2,
                      mentions: "invalid regular expression")
        assertMistake("  rules:\n    - {rule: cross_table, total: {table: expenditure_final, row: x}, parts: [{table: expenditure_final, column: y}]}",
                      line: 2, mentions: "names no column")
        assertMistake("  narrative:\n    - {phrase: '合计{amount}', amounts: {total: {table: expenditure_final, column: x}}}",
                      line: 2, mentions: "the phrase has no {total}")
        assertMistake("  narrative:\n    - {phrase: '占{rate}', ratio: {percent: rate, numerator: a, denominator: b}}",
                      line: 2, mentions: "the phrase has no {rate%}")
        assertMistake("  colour: red", line: 1, mentions: "unknown key 'colour'")
    }

    /// Placeholders are replaced by a literal before a pattern is compiled to check it; other braces stay.
    func testPlaceholdersAreProbedAsLiterals() {
        XCTAssertEqual(Placeholders.probe("^{year}年(合计){total%}$"), "^x年(合计)x$")
        XCTAssertEqual(Placeholders.probe("[0-9]{2,3}{a1}{}{1x}"), "[0-9]{2,3}x{}{1x}")
        XCTAssertEqual(Placeholders.probe("{name"), "{name")
        XCTAssertEqual(Placeholders.probe("合计"), "合计")
        assertMistake("  rules:\n    - {rule: row_total, tables: [expenditure_final], total: '{x}(', parts: [a]}", line: 2,
                      mentions: "invalid regular expression")
    }

    /// The repository's pipeline.yaml with one more rule, over a copy of one sample: the rule's
    /// finding reaches validation.csv and documents.csv, and `fail_on` sets the exit status.
    func testARuleAddedToPipelineYamlTakesEffect() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("validate-config-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let sample = "yima-medical-security-bureau-2023-final.txt"
        try FileManager.default.copyItem(at: ValidateHarness.sample(sample), to: input.appendingPathComponent(sample))

        // A made-up relation, false in the sample: 支出决算表 基本支出 = 项目支出 (348.19 vs 510.44).
        let rule = """
              rules:
                - rule: cross_table
                  total: {table: expenditure_final, row: '^合计$', column: '^基本支出$'}
                  parts: [{table: expenditure_final, row: '^合计$', column: '^项目支出$'}]
            """
        func run(failOn: String) throws -> (RunSummary, [String], [String]) {
            let original = try String(contentsOf: ValidateHarness.repository.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
            let yaml = original.replacingOccurrences(of: "  rules:\n", with: rule + "\n")
                .replacingOccurrences(of: #"fail_on: [a-z]+ "#, with: "fail_on: \(failOn) ", options: .regularExpression)
            XCTAssertNotEqual(yaml, original)
            let file = root.appendingPathComponent("pipeline.yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            let config = try PipelineConfigLoader.load(file: file)
            let summary = try PipelineRunner(config: config).run()
            let read = { (name: String) in
                try String(contentsOf: root.appendingPathComponent("output/\(name)"), encoding: .utf8)
                    .split(separator: "\n").map(String.init)
            }
            return (summary, try read("validation.csv"), try read("documents.csv"))
        }

        let (summary, validation, documents) = try run(failOn: "error")
        let added = validation.filter { $0.contains(",cross_table,error,合计 | 基本支出,5104400.00,3481900.00,") }
        XCTAssertEqual(added.count, 1, validation.joined(separator: "\n"))
        XCTAssertTrue(added[0].hasSuffix(",182,「支出决算表」合计 的“基本支出”为348.19万元，而合计 的“项目支出”为510.44万元，相差-162.25万元。,certain"),
                      added[0])
        let before = ValidateHarness.findings(ValidateHarness.sample(sample))
        XCTAssertEqual(summary.errors, before.filter { $0.severity == .error }.count + 1)
        XCTAssertEqual(summary.warnings, before.count - before.filter { $0.severity == .error }.count)
        XCTAssertEqual(summary.exitStatus, .validationFailed)
        XCTAssertTrue(documents[1].contains(",\(summary.errors),\(summary.warnings),0.9"), documents[1])
        XCTAssertTrue(documents[1].hasSuffix(",ok"), documents[1])

        XCTAssertEqual(try run(failOn: "never").0.exitStatus, .success)
    }
}
