import Foundation
import XCTest
@testable import BudgetETL

/// Every kind of configuration mistake must name the file and the line it is on.
final class PipelineConfigTests: XCTestCase {
    private let base = URL(fileURLWithPath: "/base")

    /// A valid configuration; tests change one line of it. Line numbers are given in comments.
    private let valid = """
        input:                               # 1
          folder: input                      # 2
          patterns: ["*.txt", "2023/**/*.txt"] # 3
        output:                              # 4
          folder: out                        # 5
          unit: 万元                          # 6
        csv:                                 # 7
          bom: true                          # 8
        catalog:                             # 9
          column_aliases: {年末结转与结余: 年末结转和结余}  # 10
          non_money_columns: [行次, "%"]      # 11
          tables:                            # 12
            - key: income_final              # 13
              titles: ["(部门|单位)?收入决算表"] # 14
              non_money_columns: [得分]        # 15
              column_aliases: {a: b}         # 16
            - key: expenditure_final         # 17
              titles: ["支出决算表"]           # 18
        """

    private func decode(_ yaml: String) throws -> PipelineConfig {
        try PipelineConfigLoader.decode(yaml: yaml, file: "pipeline.yaml", baseFolder: base)
    }

    /// Replaces line `number` (1-based) of `valid`.
    private func valid(replacingLine number: Int, with text: String) -> String {
        var lines = valid.components(separatedBy: "\n")
        lines[number - 1] = text
        return lines.joined(separator: "\n")
    }

    private func assertMistake(_ yaml: String, line: Int?, mentions fragment: String,
                               file: StaticString = #filePath, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try decode(yaml), file: file, line: sourceLine) { error in
            guard let error = error as? ConfigError else {
                return XCTFail("not a ConfigError: \(error)", file: file, line: sourceLine)
            }
            XCTAssertEqual(error.file, "pipeline.yaml", file: file, line: sourceLine)
            XCTAssertEqual(error.line, line, "\(error)", file: file, line: sourceLine)
            XCTAssertTrue(error.message.contains(fragment), "\(error)", file: file, line: sourceLine)
            if let line {
                XCTAssertTrue(error.description.hasPrefix("pipeline.yaml:\(line): "), error.description,
                              file: file, line: sourceLine)
            }
        }
    }

    func testValidConfigurationDecodes() throws {
        let config = try decode(valid)
        XCTAssertEqual(config.inputFolder.path, "/base/input")
        XCTAssertEqual(config.inputPatterns, ["*.txt", "2023/**/*.txt"])
        XCTAssertEqual(config.outputFolder.path, "/base/out")
        XCTAssertEqual(config.outputUnit, .wanYuan)
        XCTAssertTrue(config.csvByteOrderMark)
        XCTAssertEqual(config.inputFolderLine, 2)
        XCTAssertEqual(config.catalog, Catalog(
            kinds: [
                TableKind(key: "income_final", titlePatterns: ["(部门|单位)?收入决算表"], nonMoneyColumns: ["得分"],
                          columnAliases: ["a": "b"]),
                TableKind(key: "expenditure_final", titlePatterns: ["支出决算表"]),
            ],
            columnAliases: ["年末结转与结余": "年末结转和结余"], nonMoneyColumns: ["行次", "%"]))
    }

    func testDefaultsForOptionalKeys() throws {
        let yaml = """
            input: {folder: in}
            output: {folder: /abs/out}
            catalog:
              tables: [{key: k, titles: [x]}]
            """
        let config = try decode(yaml)
        XCTAssertEqual(config.inputPatterns, ["*.txt", "*.pdf", "*.txt.gz"])
        XCTAssertEqual(config.pdf, PDFSettings(converter: "pdftotext", arguments: ["-layout", "-enc", "UTF-8"]))
        XCTAssertEqual(config.outputFolder.path, "/abs/out")
        XCTAssertEqual(config.outputUnit, .yuan)
        XCTAssertFalse(config.csvByteOrderMark)
    }

    // MARK: Unknown keys

    func testUnknownTopLevelKey() {
        assertMistake(valid + "\nextra: 1", line: 19, mentions: "unknown key 'extra'")
    }

    func testUnknownNestedKey() {
        assertMistake(valid(replacingLine: 6, with: "  units: 万元"), line: 6, mentions: "unknown key 'units' in output")
    }

    func testUnknownKeyInTable() {
        assertMistake(valid(replacingLine: 18, with: "      title: [支出决算表]"), line: 18,
                      mentions: "unknown key 'title' in catalog.tables[1]")
    }

    // MARK: Wrong types

    func testPatternsMustBeAList() {
        assertMistake(valid(replacingLine: 3, with: "  patterns: \"*.txt\""), line: 3, mentions: "input.patterns must be a list")
    }

    func testBomMustBeABoolean() {
        assertMistake(valid(replacingLine: 8, with: "  bom: maybe"), line: 8, mentions: "csv.bom must be true or false")
    }

    func testSectionMustBeAMapping() {
        assertMistake(valid(replacingLine: 7, with: "csv: [bom]").replacingOccurrences(of: "  bom: true", with: ""),
                      line: 7, mentions: "csv must be a mapping")
    }

    func testTitlesMustBeAList() {
        assertMistake(valid(replacingLine: 18, with: "      titles: {a: b}"), line: 18,
                      mentions: "catalog.tables[1].titles must be a list")
    }

    func testAliasValueMustBeText() {
        assertMistake(valid(replacingLine: 16, with: "      column_aliases: {a: [b]}"), line: 16,
                      mentions: "column_aliases.a must be text")
    }

    // MARK: Missing required keys

    func testMissingInputFolderIsReportedOnTheInputLine() {
        assertMistake(valid(replacingLine: 2, with: ""), line: 1, mentions: "missing required key 'folder' in input")
    }

    func testMissingTableKey() {
        assertMistake(valid(replacingLine: 17, with: "    - non_money_columns: []"), line: 17,
                      mentions: "missing required key 'key' in catalog.tables[1]")
    }

    func testRequiredKeyWithoutValue() {
        assertMistake(valid(replacingLine: 5, with: "  folder:"), line: 5, mentions: "output.folder has no value")
    }

    func testMissingCatalog() {
        let yaml = valid.components(separatedBy: "\n").prefix(8).joined(separator: "\n")
        assertMistake(yaml, line: 1, mentions: "missing required key 'catalog'")
    }

    // MARK: Invalid values

    func testInvalidTitleRegex() {
        assertMistake(valid(replacingLine: 18, with: "      titles: [\"支出(决算表\"]"), line: 18,
                      mentions: "invalid regular expression '支出(决算表'")
    }

    func testInvalidNonMoneyRegexInList() {
        let yaml = valid(replacingLine: 11, with: "  non_money_columns:\n    - 行次\n    - \"[得分\"")
        assertMistake(yaml, line: 13, mentions: "catalog.non_money_columns holds an invalid regular expression")
    }

    func testUnitMustBeYuanOrWanYuan() {
        assertMistake(valid(replacingLine: 6, with: "  unit: 千元"), line: 6, mentions: "output.unit must be 元 or 万元")
    }

    func testTableKeyMustBeSnakeCase() {
        assertMistake(valid(replacingLine: 17, with: "    - key: ../Expenditure"), line: 17, mentions: "must be snake_case")
    }

    func testDuplicateTableKey() {
        assertMistake(valid(replacingLine: 17, with: "    - key: income_final"), line: 17,
                      mentions: "table key 'income_final' is used twice (first on line 13)")
    }

    func testAbsoluteInputPattern() {
        assertMistake(valid(replacingLine: 3, with: "  patterns: [\"/etc/*.txt\"]"), line: 3, mentions: "must be relative")
    }

    // MARK: YAML itself

    func testYAMLSyntaxError() {
        assertMistake(valid(replacingLine: 6, with: "  unit: [万元"), line: 7, mentions: "not valid YAML")
    }

    func testDuplicateYAMLKey() {
        assertMistake(valid(replacingLine: 6, with: "  folder: again"), line: 5, mentions: "duplicated key(s) 'folder'")
    }

    func testEmptyFile() {
        assertMistake("", line: nil, mentions: "empty")
    }

    // MARK: File system

    func testMissingInputFolderNamesTheLineItIsSetOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("pipeline.yaml")
        try valid.write(to: file, atomically: true, encoding: .utf8)

        XCTAssertThrowsError(try PipelineConfigLoader.load(file: file)) { error in
            let error = error as? ConfigError
            XCTAssertEqual(error?.line, 2)
            XCTAssertEqual(error?.file, file.path)
            XCTAssertTrue(error?.message.contains("does not exist") ?? false, "\(String(describing: error))")
        }
        // The same folder given with --input is reported as coming from there.
        XCTAssertThrowsError(try PipelineConfigLoader.load(file: file, inputOverride: folder.appendingPathComponent("nope"))) {
            XCTAssertNil(($0 as? ConfigError)?.line)
            XCTAssertTrue(($0 as? ConfigError)?.message.contains("--input") ?? false)
        }
        // An existing folder passes, and relative folders resolve against the file's folder.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("input"), withIntermediateDirectories: true)
        let config = try PipelineConfigLoader.load(file: file)
        XCTAssertEqual(config.inputFolder.path, folder.appendingPathComponent("input").standardizedFileURL.path)
    }

    func testUnreadableConfigurationFile() {
        XCTAssertThrowsError(try PipelineConfigLoader.load(file: URL(fileURLWithPath: "/nonexistent/pipeline.yaml"))) {
            XCTAssertTrue(($0 as? ConfigError)?.message.contains("cannot read") ?? false)
        }
    }
}
