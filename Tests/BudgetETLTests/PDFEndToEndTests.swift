import Foundation
import XCTest
@testable import BudgetETL

/// The four Shanghai budgets of Tests/Fixtures/pdf given as PDFs (converted by pdftotext -layout)
/// and as the text pdftotext 22.12 made of them, through the whole pipeline with the repository's
/// pipeline.yaml. Skipped when pdftotext is not installed (.ci/run installs it).
///
/// Every expected value below was checked against the PDF: the row (code or name) and column
/// (header over the value) of the word in the PDF's own coordinates (pdftotext -bbox-layout).
final class PDFEndToEndTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/Fixtures/pdf")
    static let documents = ["putuo-district-office-2025-budget", "putuo-district-office-unit-2025-budget",
                            "putuo-wanli-subdistrict-2024-budget", "putuo-wanli-subdistrict-2025-budget"]

    /// One run over the fixtures (PDFs and layout texts), shared by the tests.
    nonisolated(unsafe) private static var cached: (output: URL, summary: RunSummary)?

    private func run() throws -> (output: URL, summary: RunSummary) {
        if !Self.pdftotextInstalled { throw XCTSkip("pdftotext is not installed (Debian package poppler-utils)") }
        if let cached = Self.cached { return cached }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-e2e-\(UUID().uuidString)")
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: Self.fixtures, outputOverride: output)
        let summary = try PipelineRunner(config: config).run()
        Self.cached = (output, summary)
        return (output, summary)
    }

    static var pdftotextInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext")
        }
    }

    override class func tearDown() {
        if let cached { try? FileManager.default.removeItem(at: cached.output) }
        cached = nil
        super.tearDown()
    }

    private func csv(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: try run().output.appendingPathComponent(name), encoding: .utf8)
        let records = CSVTestReader.parse(text)
        guard let header = records.first else { return [] }
        return records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    func testEveryPDFYieldsItsTables() throws {
        let (output, summary) = try run()
        XCTAssertEqual(summary.failures, 0)
        let documents = try csv("documents.csv")
        let expectedCells = [221, 231, 875, 875]
        for (name, cells) in zip(Self.documents, expectedCells) {
            for source in [name + ".pdf", name + ".layout.txt"] {
                guard let document = documents.first(where: { $0["source_file"] == source }) else { XCTFail(source); continue }
                XCTAssertEqual(document["status"], "ok", source)
                XCTAssertEqual(document["document_kind"], "budget", source)
                XCTAssertEqual(document["source_unit"], "元", source)
                // seven tables with numbers, and the two the document states are empty
                XCTAssertEqual(document["tables"], "9", source)
                XCTAssertEqual(document["cells"], String(cells), source)
                XCTAssertEqual(document["rejects"], "0", source)
            }
            let kept = output.appendingPathComponent(".state/text/\(name).pdf.txt")
            XCTAssertTrue(FileManager.default.fileExists(atPath: kept.path), "converted text kept for \(name)")
        }
        let long = try csv("long.csv")
        let keys = Set(long.filter { $0["source_file"]!.hasSuffix(".pdf") }.map { $0["table_key"]! })
        XCTAssertEqual(keys, ["income_expenditure_budget", "income_budget", "expenditure_budget", "fiscal_grant_budget",
                              "general_budget_expenditure_budget", "general_budget_basic_expenditure_budget",
                              "three_public_expenses_budget"])
    }

    func testLayoutTextsGiveTheSameRowsAsThePDFs() throws {
        let long = try csv("long.csv")
        func rows(_ source: String) -> [[String: String]] {
            long.filter { $0["source_file"] == source }.map { var r = $0; r["source_file"] = nil; r["document_id"] = nil; return r }
        }
        for name in Self.documents {
            let pdf = rows(name + ".pdf")
            XCTAssertFalse(pdf.isEmpty, name)
            XCTAssertEqual(pdf, rows(name + ".layout.txt"), name)
        }
    }

    func testSourceLineIsALineOfTheConvertedText() throws {
        let (output, _) = try run()
        let long = try csv("long.csv")
        for name in Self.documents {
            let text = try String(contentsOf: output.appendingPathComponent(".state/text/\(name).pdf.txt"), encoding: .utf8)
            let lines = SourceText(bytes: Array(text.utf8)).lines
            for row in long where row["source_file"] == name + ".pdf" {
                let line = Int(row["source_line"]!)!
                XCTAssertTrue(lines[line - 1].contains(row["source_value"]!), "\(name):\(line) \(row["source_value"]!)")
            }
        }
    }

    func testDistrictOfficeValues() throws { try check("putuo-district-office-2025-budget", Self.office) }
    func testDistrictOfficeUnitValues() throws { try check("putuo-district-office-unit-2025-budget", Self.unit) }
    func testSubdistrict2024Values() throws { try check("putuo-wanli-subdistrict-2024-budget", Self.wanli2024) }
    func testSubdistrict2025Values() throws { try check("putuo-wanli-subdistrict-2025-budget", Self.wanli2025) }

    /// Each spec is `table_key|section|row_code|row_label|column_label|value` (value in 元); an
    /// empty value means the cell is blank: long.csv has no line for it.
    private func check(_ name: String, _ specs: [String], line: UInt = #line) throws {
        let long = try csv("long.csv").filter { $0["source_file"] == name + ".pdf" }
        XCTAssertGreaterThanOrEqual(specs.filter { !$0.hasSuffix("|") }.count, 40, line: line)
        for spec in specs {
            let f = spec.components(separatedBy: "|")
            let matches = long.filter {
                $0["table_key"] == f[0] && $0["section"] == f[1] && $0["row_code"] == f[2] && $0["row_label"] == f[3]
                    && $0["column_label"] == f[4]
            }
            if f[5].isEmpty {
                XCTAssertTrue(matches.isEmpty, "\(name): expected a blank cell for \(spec), found \(matches.map { $0["value"]! })", line: line)
            } else {
                XCTAssertEqual(matches.map { $0["value"]! }, [f[5]], "\(name): \(spec)", line: line)
                XCTAssertEqual(matches.first?["unit"], "元", spec, line: line)
            }
        }
    }

    func testMissingConverterFailsOnlyThePDFs() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-missing-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let input = root.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let name = "putuo-district-office-2025-budget"
        for file in [name + ".pdf", name + ".layout.txt"] {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(file), to: input.appendingPathComponent(file))
        }
        var config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: input, outputOverride: root.appendingPathComponent("output"))
        config.pdf.converter = root.appendingPathComponent("bin/pdftotext").path
        let summary = try PipelineRunner(config: config).run()
        XCTAssertEqual(summary.documents, 2)
        XCTAssertEqual(summary.failures, 1)
        let text = try String(contentsOf: root.appendingPathComponent("output/documents.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[1].contains(",\(name).layout.txt,") && lines[1].hasSuffix(",ok"), lines[1])
        XCTAssertTrue(lines[2].contains(",\(name).pdf,"), lines[2])
        XCTAssertTrue(lines[2].hasSuffix(",failed: \(config.pdf.converter) not found: install the Debian package poppler-utils"), lines[2])
    }

    // MARK: expected values, verified against the PDFs

    static let office: [String] = [
        "income_expenditure_budget|本年收入||一、财政拨款收入|预算数|91016775.35",  // L111 91,016,775.35
        "income_expenditure_budget|本年收入||收入总计|预算数|91016775.35",  // L127 91,016,775.35
        "income_expenditure_budget|本年支出||一、一般公共服务支出|预算数|82096797.42",  // L111 82,096,797.42
        "income_expenditure_budget|本年支出||三、卫生健康支出|预算数|1097073.43",  // L115 1,097,073.43
        "income_expenditure_budget|本年支出||四、住房保障支出|预算数|3609125.22",  // L116 3,609,125.22
        "income_expenditure_budget|本年支出||支出总计|预算数|91016775.35",  // L127 91,016,775.35
        "income_budget||2010301|行政运行|收入预算 / 合计|12029501.84",  // L140 12,029,501.84
        "income_budget||2010301|行政运行|收入预算 / 财政拨款收入|12029501.84",  // L140 12,029,501.84
        "income_budget||2010302|一般行政管理事务|收入预算 / 合计|46140000.00",  // L142 46,140,000.00
        "income_budget||2010302|一般行政管理事务|收入预算 / 财政拨款收入|46140000.00",  // L142 46,140,000.00
        "income_budget||2010350|事业运行|收入预算 / 合计|3807295.58",  // L143 3,807,295.58
        "income_budget||2010350|事业运行|收入预算 / 财政拨款收入|3807295.58",  // L143 3,807,295.58
        "income_budget||210|卫生健康支出|收入预算 / 合计|1097073.43",  // L156 1,097,073.43
        "income_budget||210|卫生健康支出|收入预算 / 财政拨款收入|1097073.43",  // L156 1,097,073.43
        "expenditure_budget||2010302|一般行政管理事务|支出预算 / 合计|46140000.00",  // L184 46,140,000.00
        "expenditure_budget||2010302|一般行政管理事务|支出预算 / 项目支出|46140000.00",  // L184 46,140,000.00
        "expenditure_budget||2010399|其他政府办公厅(室)及相关机构事务支出|支出预算 / 合计|20120000.00",  // L187 20,120,000.00
        "expenditure_budget||2010399|其他政府办公厅(室)及相关机构事务支出|支出预算 / 项目支出|20120000.00",  // L187 20,120,000.00
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 合计|4213779.28",  // L189 4,213,779.28
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 基本支出|4213779.28",  // L189 4,213,779.28
        "expenditure_budget|||合计|支出预算 / 合计|91016775.35",  // L211 91,016,775.35
        "expenditure_budget|||合计|支出预算 / 基本支出|24606775.35",  // L211 24,606,775.35
        "expenditure_budget|||合计|支出预算 / 项目支出|66410000.00",  // L211 66,410,000.00
        "fiscal_grant_budget|财政拨款收入||一、一般公共预算资金|预算数|91016775.35",  // L219 91,016,775.35
        "fiscal_grant_budget|财政拨款支出||一、一般公共服务支出|合计|82096797.42",  // L219 82,096,797.42
        "fiscal_grant_budget|财政拨款支出||一、一般公共服务支出|一般公共预算|82096797.42",  // L219 82,096,797.42
        "fiscal_grant_budget|财政拨款支出||二、社会保障和就业支出|合计|4213779.28",  // L220 4,213,779.28
        "fiscal_grant_budget|财政拨款支出||二、社会保障和就业支出|一般公共预算|4213779.28",  // L220 4,213,779.28
        "fiscal_grant_budget|财政拨款支出||四、住房保障支出|合计|3609125.22",  // L224 3,609,125.22
        "fiscal_grant_budget|财政拨款支出||四、住房保障支出|一般公共预算|3609125.22",  // L224 3,609,125.22
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 合计|1097073.43",  // L264 1,097,073.43
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 基本支出|1097073.43",  // L264 1,097,073.43
        "general_budget_expenditure_budget||2101101|行政单位医疗|一般公共预算支出 / 合计|782855.28",  // L265 782,855.28
        "general_budget_expenditure_budget||2101101|行政单位医疗|一般公共预算支出 / 基本支出|782855.28",  // L265 782,855.28
        "general_budget_expenditure_budget||2210203|购房补贴|一般公共预算支出 / 合计|1867680.00",  // L273 1,867,680.00
        "general_budget_expenditure_budget||2210203|购房补贴|一般公共预算支出 / 基本支出|1867680.00",  // L273 1,867,680.00
        "general_budget_basic_expenditure_budget||30101|基本工资|一般公共预算基本支出 / 合计|2540192.00",  // L313 2,540,192.00
        "general_budget_basic_expenditure_budget||30101|基本工资|一般公共预算基本支出 / 人员经费|2540192.00",  // L313 2,540,192.00
        "general_budget_basic_expenditure_budget||302|商品和服务支出|一般公共预算基本支出 / 合计|1932777.54",  // L328 1,932,777.54
        "general_budget_basic_expenditure_budget||302|商品和服务支出|一般公共预算基本支出 / 公用经费|1932777.54",  // L328 1,932,777.54
        "general_budget_basic_expenditure_budget||30204|手续费|一般公共预算基本支出 / 合计|2000.00",  // L332 2,000.00
        "general_budget_basic_expenditure_budget||30204|手续费|一般公共预算基本支出 / 公用经费|2000.00",  // L332 2,000.00
        "general_budget_basic_expenditure_budget||303|对个人和家庭的补助|一般公共预算基本支出 / 合计|1303660.00",  // L349 1,303,660.00
        "general_budget_basic_expenditure_budget||303|对个人和家庭的补助|一般公共预算基本支出 / 人员经费|1303660.00",  // L349 1,303,660.00
        "general_budget_basic_expenditure_budget||31002|办公设备购置|一般公共预算基本支出 / 合计|200000.00",  // L356 200,000.00
        "general_budget_basic_expenditure_budget||31002|办公设备购置|一般公共预算基本支出 / 公用经费|200000.00",  // L356 200,000.00
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 合计|24606775.35",  // L357 24,606,775.35
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 人员经费|22473997.81",  // L357 22,473,997.81
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 公用经费|2132777.54",  // L357 2,132,777.54
        "three_public_expenses_budget||||“三公”经费预算数 / 合计|8675000.00",  // L371 867.50
        "three_public_expenses_budget||||“三公”经费预算数 / 因公出国(境)费|8390000.00",  // L371 839.00
        "three_public_expenses_budget||||“三公”经费预算数 / 公务接待费|285000.00",  // L371 28.50
        "three_public_expenses_budget||||机关运行经费预算数|2132800.00",  // L371 213.28
        "income_expenditure_budget|本年收入||2.政府性基金|预算数|",  // L115: row printed, cell blank
        "expenditure_budget||2010302|一般行政管理事务|支出预算 / 基本支出|",  // L184: the gap between the two values
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 项目支出|",  // L189
        "fiscal_grant_budget|财政拨款支出||一、一般公共服务支出|政府性基金预算|",  // L219
        "general_budget_basic_expenditure_budget||302|商品和服务支出|一般公共预算基本支出 / 人员经费|",  // L328
        "general_budget_basic_expenditure_budget||303|对个人和家庭的补助|一般公共预算基本支出 / 公用经费|",  // L349
        "three_public_expenses_budget||||“三公”经费预算数 / 公务用车购置及运行费 / 小计|",  // L371
    ]

    static let unit: [String] = [
        "income_expenditure_budget|本年收入||一、财政拨款收入|预算数|91016775.35",  // L137 91,016,775.35
        "income_expenditure_budget|本年收入||1、一般公共预算资金|预算数|91016775.35",  // L139 91,016,775.35
        "income_expenditure_budget|本年收入||收入总计|预算数|91016775.35",  // L153 91,016,775.35
        "income_expenditure_budget|本年支出||一、一般公共服务支出|预算数 / 合计|82096797.42",  // L137 82,096,797.42
        "income_expenditure_budget|本年支出||一、一般公共服务支出|预算数 / 基本支出 / 人员经费|13819399.88",  // L137 13,819,399.88
        "income_expenditure_budget|本年支出||一、一般公共服务支出|预算数 / 基本支出 / 公用经费|1867397.54",  // L137 1,867,397.54
        "income_expenditure_budget|本年支出||一、一般公共服务支出|预算数 / 项目支出|66410000.00",  // L137 66,410,000.00
        "income_expenditure_budget|本年支出||二、社会保障和就业支出|预算数 / 合计|4213779.28",  // L139 4,213,779.28
        "income_expenditure_budget|本年支出||二、社会保障和就业支出|预算数 / 基本支出 / 人员经费|3948399.28",  // L139 3,948,399.28
        "income_expenditure_budget|本年支出||二、社会保障和就业支出|预算数 / 基本支出 / 公用经费|265380.00",  // L139 265,380.00
        "income_expenditure_budget|本年支出||三、卫生健康支出|预算数 / 合计|1097073.43",  // L141 1,097,073.43
        "income_expenditure_budget|本年支出||三、卫生健康支出|预算数 / 基本支出 / 人员经费|1097073.43",  // L141 1,097,073.43
        "income_expenditure_budget|本年支出||支出总计|预算数 / 合计|91016775.35",  // L153 91,016,775.35
        "income_expenditure_budget|本年支出||支出总计|预算数 / 基本支出 / 人员经费|22473997.81",  // L153 22,473,997.81
        "income_expenditure_budget|本年支出||支出总计|预算数 / 基本支出 / 公用经费|2132777.54",  // L153 2,132,777.54
        "income_expenditure_budget|本年支出||支出总计|预算数 / 项目支出|66410000.00",  // L153 66,410,000.00
        "income_budget||2010399|其他政府办公厅(室)及相关机构事务支出|收入预算 / 合计|20120000.00",  // L171 20,120,000.00
        "income_budget||2010399|其他政府办公厅(室)及相关机构事务支出|收入预算 / 财政拨款收入|20120000.00",  // L171 20,120,000.00
        "income_budget||210|卫生健康支出|收入预算 / 合计|1097073.43",  // L182 1,097,073.43
        "income_budget||210|卫生健康支出|收入预算 / 财政拨款收入|1097073.43",  // L182 1,097,073.43
        "expenditure_budget||2010302|一般行政管理事务|支出预算 / 合计|46140000.00",  // L210 46,140,000.00
        "expenditure_budget||2010302|一般行政管理事务|支出预算 / 项目支出|46140000.00",  // L210 46,140,000.00
        "expenditure_budget||2010399|其他政府办公厅(室)及相关机构事务支出|支出预算 / 合计|20120000.00",  // L213 20,120,000.00
        "expenditure_budget||2010399|其他政府办公厅(室)及相关机构事务支出|支出预算 / 项目支出|20120000.00",  // L213 20,120,000.00
        "fiscal_grant_budget|财政拨款收入||一、一般公共预算资金|预算数|91016775.35",  // L245 91,016,775.35
        "fiscal_grant_budget|财政拨款收入||收入总计|预算数|91016775.35",  // L255 91,016,775.35
        "fiscal_grant_budget|财政拨款支出||一、一般公共服务支出|合计|82096797.42",  // L245 82,096,797.42
        "fiscal_grant_budget|财政拨款支出||一、一般公共服务支出|一般公共预算|82096797.42",  // L245 82,096,797.42
        "fiscal_grant_budget|财政拨款支出||二、社会保障和就业支出|合计|4213779.28",  // L247 4,213,779.28
        "fiscal_grant_budget|财政拨款支出||二、社会保障和就业支出|一般公共预算|4213779.28",  // L247 4,213,779.28
        "fiscal_grant_budget|财政拨款支出||四、住房保障支出|合计|3609125.22",  // L250 3,609,125.22
        "fiscal_grant_budget|财政拨款支出||四、住房保障支出|一般公共预算|3609125.22",  // L250 3,609,125.22
        "fiscal_grant_budget|财政拨款支出||支出总计|合计|91016775.35",  // L255 91,016,775.35
        "fiscal_grant_budget|财政拨款支出||支出总计|一般公共预算|91016775.35",  // L255 91,016,775.35
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 合计|1097073.43",  // L290 1,097,073.43
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 基本支出|1097073.43",  // L290 1,097,073.43
        "general_budget_basic_expenditure_budget||30101|基本工资|一般公共预算基本支出 / 合计|2540192.00",  // L340 2,540,192.00
        "general_budget_basic_expenditure_budget||30101|基本工资|一般公共预算基本支出 / 人员经费|2540192.00",  // L340 2,540,192.00
        "general_budget_basic_expenditure_budget||302|商品和服务支出|一般公共预算基本支出 / 合计|1932777.54",  // L355 1,932,777.54
        "general_budget_basic_expenditure_budget||302|商品和服务支出|一般公共预算基本支出 / 公用经费|1932777.54",  // L355 1,932,777.54
        "general_budget_basic_expenditure_budget||30204|手续费|一般公共预算基本支出 / 合计|2000.00",  // L359 2,000.00
        "general_budget_basic_expenditure_budget||30204|手续费|一般公共预算基本支出 / 公用经费|2000.00",  // L359 2,000.00
        "general_budget_basic_expenditure_budget||303|对个人和家庭的补助|一般公共预算基本支出 / 合计|1303660.00",  // L376 1,303,660.00
        "general_budget_basic_expenditure_budget||303|对个人和家庭的补助|一般公共预算基本支出 / 人员经费|1303660.00",  // L376 1,303,660.00
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 合计|24606775.35",  // L384 24,606,775.35
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 人员经费|22473997.81",  // L384 22,473,997.81
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 公用经费|2132777.54",  // L384 2,132,777.54
        "three_public_expenses_budget||||“三公”经费预算数 / 合计|8675000.00",  // L398 867.50
        "three_public_expenses_budget||||“三公”经费预算数 / 因公出国(境)费|8390000.00",  // L398 839.00
        "three_public_expenses_budget||||“三公”经费预算数 / 公务接待费|285000.00",  // L398 28.50
        "three_public_expenses_budget||||机关运行经费预算数|2132800.00",  // L398 213.28
        "income_expenditure_budget|本年支出||三、卫生健康支出|预算数 / 基本支出 / 公用经费|",  // L141
        "income_expenditure_budget|本年支出||三、卫生健康支出|预算数 / 项目支出|",  // L141
        "expenditure_budget||2010399|其他政府办公厅(室)及相关机构事务支出|支出预算 / 基本支出|",  // L213
        "fiscal_grant_budget|财政拨款收入||二、政府性基金|预算数|",  // L247
        "three_public_expenses_budget||||“三公”经费预算数 / 公务用车购置及运行费 / 运行费|",  // L398
    ]

    static let wanli2024: [String] = [
        "income_expenditure_budget|本年支出||三、教育支出|预算数|250000",  // L195 250,000
        "income_expenditure_budget|本年支出||八、城乡社区支出|预算数|119385303",  // L205 119,385,303
        "income_budget||201|一般公共服务支出|收入预算 / 合计|2932700",  // L222 2,932,700
        "income_budget||201|一般公共服务支出|收入预算 / 财政拨款收入|2932700",  // L222 2,932,700
        "income_budget||201|一般公共服务支出|收入预算 / 事业收入|0",  // L222 0
        "income_budget||201|一般公共服务支出|收入预算 / 事业单位经营收入|0",  // L222 0
        "income_budget||201|一般公共服务支出|收入预算 / 其他收入|0",  // L222 0
        "income_budget||2013802|一般行政管理事务|收入预算 / 合计|135200",  // L245 135,200
        "income_budget||2013802|一般行政管理事务|收入预算 / 财政拨款收入|135200",  // L245 135,200
        "income_budget||2013802|一般行政管理事务|收入预算 / 事业收入|0",  // L245 0
        "income_budget||2013802|一般行政管理事务|收入预算 / 事业单位经营收入|0",  // L245 0
        "income_budget||2013802|一般行政管理事务|收入预算 / 其他收入|0",  // L245 0
        "income_budget|||合计|收入预算 / 合计|156211123",  // L350 156,211,123
        "income_budget|||合计|收入预算 / 财政拨款收入|156211123",  // L350 156,211,123
        "income_budget|||合计|收入预算 / 事业收入|0",  // L350 0
        "income_budget|||合计|收入预算 / 事业单位经营收入|0",  // L350 0
        "income_budget|||合计|收入预算 / 其他收入|0",  // L350 0
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 合计|19604064",  // L413 19,604,064
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 基本支出|13368164",  // L413 13,368,164
        "expenditure_budget||208|社会保障和就业支出|支出预算 / 项目支出|6235900",  // L413 6,235,900
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 合计|17591003",  // L459 17,591,003
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 基本支出|0",  // L459 0
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 项目支出|17591003",  // L459 17,591,003
        "fiscal_grant_budget|财政拨款支出||六、社会保障和就业支出|合计|19604064",  // L506 19,604,064
        "fiscal_grant_budget|财政拨款支出||六、社会保障和就业支出|一般公共预算|19604064",  // L506 19,604,064
        "general_budget_expenditure_budget||204|公共安全支出|一般公共预算支出 / 合计|1633000",  // L558 1,633,000
        "general_budget_expenditure_budget||204|公共安全支出|一般公共预算支出 / 基本支出|0",  // L558 0
        "general_budget_expenditure_budget||204|公共安全支出|一般公共预算支出 / 项目支出|1633000",  // L558 1,633,000
        "general_budget_expenditure_budget||2080501|行政单位离退休|一般公共预算支出 / 合计|243120",  // L595 243,120
        "general_budget_expenditure_budget||2080501|行政单位离退休|一般公共预算支出 / 基本支出|243120",  // L595 243,120
        "general_budget_expenditure_budget||2080501|行政单位离退休|一般公共预算支出 / 项目支出|0",  // L595 0
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 合计|3023657",  // L632 3,023,657
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 基本支出|3023657",  // L632 3,023,657
        "general_budget_expenditure_budget||21011|行政事业单位医疗|一般公共预算支出 / 项目支出|0",  // L632 0
        "general_budget_expenditure_budget||22102|住房改革支出|一般公共预算支出 / 合计|6705199",  // L669 6,705,199
        "general_budget_expenditure_budget||22102|住房改革支出|一般公共预算支出 / 基本支出|6705199",  // L669 6,705,199
        "general_budget_expenditure_budget||22102|住房改革支出|一般公共预算支出 / 项目支出|0",  // L669 0
        "general_budget_expenditure_budget|||合计|一般公共预算支出 / 合计|156211123",  // L679 156,211,123
        "general_budget_expenditure_budget|||合计|一般公共预算支出 / 基本支出|99706020",  // L679 99,706,020
        "general_budget_expenditure_budget|||合计|一般公共预算支出 / 项目支出|56505103",  // L679 56,505,103
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 合计|16623810",  // L720 16,623,810
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 人员经费|16623810",  // L720 16,623,810
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 公用经费|0",  // L720 0
        "general_budget_basic_expenditure_budget||30107|绩效工资|一般公共预算基本支出 / 合计|11447100",  // L722 11,447,100
        "general_budget_basic_expenditure_budget||30107|绩效工资|一般公共预算基本支出 / 人员经费|11447100",  // L722 11,447,100
        "general_budget_basic_expenditure_budget||30107|绩效工资|一般公共预算基本支出 / 公用经费|0",  // L722 0
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 合计|277500",  // L741 277,500
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 人员经费|0",  // L741 0
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 公用经费|277500",  // L741 277,500
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 合计|99706020",  // L777 99,706,020
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 人员经费|88537451",  // L777 88,537,451
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 公用经费|11168569",  // L777 11,168,569
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 合计|479100.00",  // L791 47.91
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 因公出国(境)费|0",  // L791 0
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 公务接待费|13500.00",  // L791 1.35
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 公务用车购置及运行费 / 小计|465600.00",  // L791 46.56
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 公务用车购置及运行费 / 购置费|250000",  // L791 25
        "three_public_expenses_budget||||2024年“三公”经费预算数 / 公务用车购置及运行费 / 运行费|215600.00",  // L791 21.56
        "three_public_expenses_budget||||2024年机关运行经费预算数|4431800.00",  // L791 443.18
    ]

    static let wanli2025: [String] = [
        "income_expenditure_budget|本年收入||收入总计|预算数|189767551",  // L170 189,767,551
        "income_expenditure_budget|本年支出||六、社会保障和就业支出|预算数|16091895",  // L159 16,091,895
        "income_expenditure_budget|本年支出||支出总计|预算数|189767551",  // L170 189,767,551
        "income_budget||2080506|机关事业单位职业年金缴费支出|收入预算 / 合计|2413577",  // L242 2,413,577
        "income_budget||2080506|机关事业单位职业年金缴费支出|收入预算 / 财政拨款收入|2413577",  // L242 2,413,577
        "income_budget||2080506|机关事业单位职业年金缴费支出|收入预算 / 事业收入|0",  // L242 0
        "income_budget||2080506|机关事业单位职业年金缴费支出|收入预算 / 事业单位经营收入|0",  // L242 0
        "income_budget||2080506|机关事业单位职业年金缴费支出|收入预算 / 其他收入|0",  // L242 0
        "income_budget||2080599|其他行政事业单位养老支出|收入预算 / 合计|4160",  // L244 4,160
        "income_budget||2080599|其他行政事业单位养老支出|收入预算 / 财政拨款收入|4160",  // L244 4,160
        "income_budget||2080599|其他行政事业单位养老支出|收入预算 / 事业收入|0",  // L244 0
        "income_budget||2080599|其他行政事业单位养老支出|收入预算 / 事业单位经营收入|0",  // L244 0
        "income_budget||2080599|其他行政事业单位养老支出|收入预算 / 其他收入|0",  // L244 0
        "income_budget||21201|城乡社区管理事务|收入预算 / 合计|94995790",  // L276 94,995,790
        "income_budget||21201|城乡社区管理事务|收入预算 / 财政拨款收入|94995790",  // L276 94,995,790
        "income_budget||21201|城乡社区管理事务|收入预算 / 事业收入|0",  // L276 0
        "income_budget||21201|城乡社区管理事务|收入预算 / 事业单位经营收入|0",  // L276 0
        "income_budget||21201|城乡社区管理事务|收入预算 / 其他收入|0",  // L276 0
        "income_budget|||合计|收入预算 / 合计|189767551",  // L309 189,767,551
        "income_budget|||合计|收入预算 / 财政拨款收入|189767551",  // L309 189,767,551
        "income_budget|||合计|收入预算 / 事业收入|0",  // L309 0
        "income_budget|||合计|收入预算 / 事业单位经营收入|0",  // L309 0
        "income_budget|||合计|收入预算 / 其他收入|0",  // L309 0
        "expenditure_budget||2013802|一般行政管理事务|支出预算 / 合计|135300",  // L342 135,300
        "expenditure_budget||2013802|一般行政管理事务|支出预算 / 基本支出|0",  // L342 0
        "expenditure_budget||2013802|一般行政管理事务|支出预算 / 项目支出|135300",  // L342 135,300
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 合计|17464243",  // L418 17,464,243
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 基本支出|0",  // L418 0
        "expenditure_budget||2120102|一般行政管理事务|支出预算 / 项目支出|17464243",  // L418 17,464,243
        "expenditure_budget|||合计|支出预算 / 合计|189767551",  // L447 189,767,551
        "expenditure_budget|||合计|支出预算 / 基本支出|101341746",  // L447 101,341,746
        "expenditure_budget|||合计|支出预算 / 项目支出|88425805",  // L447 88,425,805
        "fiscal_grant_budget|财政拨款收入||收入总计|预算数|189767551",  // L476 189,767,551
        "fiscal_grant_budget|财政拨款支出||六、社会保障和就业支出|合计|16091895",  // L465 16,091,895
        "fiscal_grant_budget|财政拨款支出||六、社会保障和就业支出|一般公共预算|16091895",  // L465 16,091,895
        "fiscal_grant_budget|财政拨款支出||支出总计|合计|189767551",  // L476 189,767,551
        "fiscal_grant_budget|财政拨款支出||支出总计|一般公共预算|189767551",  // L476 189,767,551
        "general_budget_expenditure_budget||2080705|公益性岗位补贴|一般公共预算支出 / 合计|582800",  // L566 582,800
        "general_budget_expenditure_budget||2080705|公益性岗位补贴|一般公共预算支出 / 基本支出|0",  // L566 0
        "general_budget_expenditure_budget||2080705|公益性岗位补贴|一般公共预算支出 / 项目支出|582800",  // L566 582,800
        "general_budget_expenditure_budget||2101102|事业单位医疗|一般公共预算支出 / 合计|1548033",  // L595 1,548,033
        "general_budget_expenditure_budget||2101102|事业单位医疗|一般公共预算支出 / 基本支出|1548033",  // L595 1,548,033
        "general_budget_expenditure_budget||2101102|事业单位医疗|一般公共预算支出 / 项目支出|0",  // L595 0
        "general_budget_expenditure_budget||2210201|住房公积金|一般公共预算支出 / 合计|3846732",  // L630 3,846,732
        "general_budget_expenditure_budget||2210201|住房公积金|一般公共预算支出 / 基本支出|3846732",  // L630 3,846,732
        "general_budget_expenditure_budget||2210201|住房公积金|一般公共预算支出 / 项目支出|0",  // L630 0
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 合计|18149307",  // L680 18,149,307
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 人员经费|18149307",  // L680 18,149,307
        "general_budget_basic_expenditure_budget||30102|津贴补贴|一般公共预算基本支出 / 公用经费|0",  // L680 0
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 合计|106000",  // L701 106,000
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 人员经费|0",  // L701 0
        "general_budget_basic_expenditure_budget||30205|水费|一般公共预算基本支出 / 公用经费|106000",  // L701 106,000
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 合计|101341746",  // L737 101,341,746
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 人员经费|90514044",  // L737 90,514,044
        "general_budget_basic_expenditure_budget|||合计|一般公共预算基本支出 / 公用经费|10827702",  // L737 10,827,702
        "three_public_expenses_budget||||“三公”经费预算数 / 合计|379100.00",  // L751 37.91
        "three_public_expenses_budget||||“三公”经费预算数 / 因公出国(境)费|0",  // L751 0
        "three_public_expenses_budget||||“三公”经费预算数 / 公务接待费|13500.00",  // L751 1.35
        "three_public_expenses_budget||||“三公”经费预算数 / 公务用车购置及运行费 / 小计|365600.00",  // L751 36.56
        "three_public_expenses_budget||||“三公”经费预算数 / 公务用车购置及运行费 / 购置费|150000",  // L751 15
        "three_public_expenses_budget||||“三公”经费预算数 / 公务用车购置及运行费 / 运行费|215600.00",  // L751 21.56
        "three_public_expenses_budget||||机关运行经费预算数|4646400.00",  // L751 464.64
    ]
}

/// A small RFC 4180 reader for the tests (quoted fields with commas, doubled quotes).
enum CSVTestReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false, afterQuote = false
        for c in text {
            if quoted {
                if c == "\"" { quoted = false; afterQuote = true } else { field.append(c) }
            } else if c == "\"" {
                if afterQuote { field.append("\"") }
                quoted = true; afterQuote = false
            } else if c == "," {
                record.append(field); field = ""; afterQuote = false
            } else if c == "\n" {
                record.append(field); records.append(record); record = []; field = ""; afterQuote = false
            } else {
                field.append(c); afterQuote = false
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
