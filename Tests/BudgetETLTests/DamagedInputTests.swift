import Foundation
import XCTest
@testable import BudgetETL

/// Damaged and unexpected inputs, made by the tests from the samples: each gets a precise status or
/// rejects, nothing crashes, and every number found is loaded or rejected.
final class DamagedInputTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let config = try! PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))
    private static let extractor = Extractor(catalog: config.catalog)
    private static let normalizer = Normalizer(catalog: config.catalog, outputUnit: .yuan,
                                               placement: PlacementRules(config.validation))

    private static func sample(_ name: String) -> String {
        try! String(contentsOf: repository.appendingPathComponent("input/\(name)"), encoding: .utf8)
    }
    private static let yima = sample("yima-medical-security-bureau-2023-final.txt")        // tabs
    private static let jiaozuo = sample("jiaozuo-insurance-center-2023-final.txt")        // spaces
    private static let shuocheng = sample("shuocheng-insurance-center-2022-final.txt")    // mangled

    private func run(_ bytes: [UInt8], file: String = "doc.txt") -> NormalizedDocument {
        let doc = Self.normalizer.normalize(Self.extractor.extract(bytes: bytes, sourceFile: file, sha256: ""))
        XCTAssertEqual(doc.numbersFound, doc.cellCount + doc.rejects.count, "\(file): found = loaded + rejected")
        return doc
    }
    private func run(_ text: String, file: String = "doc.txt") -> NormalizedDocument { run(Array(text.utf8), file: file) }

    private func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    func testEmptyWhitespaceAndBinaryFilesGetAStatus() {
        XCTAssertEqual(run([]).status, .failed("empty file: 0 bytes"))
        XCTAssertEqual(run(" \n\t\r\n  ").status, .failed("empty file: only whitespace"))
        XCTAssertEqual(run(Array("%PDF-1.7\n%âãÏÓ\n".utf8)).status,
                       .failed("binary file: a PDF; give it a .pdf name so it is converted to text"))
        XCTAssertEqual(run([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0]).status,
                       .failed("binary file: a ZIP archive (an .xlsx or .docx?); export the tables as text or PDF"))
        XCTAssertEqual(run([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).status,
                       .failed("binary file: a picture; these tables need OCR to text first"))
        XCTAssertEqual(run("说明文字，没有表格。\n第二行。").status, .noTables)
    }

    func testUndecidableEncodingNamesTheOffset() {
        // Valid UTF-8 up to byte 6, then bytes that are neither UTF-8 nor GB18030.
        let bytes = Array("合计\t".utf8) + [0xFF, 0xFF, 0xFF]
        guard case .failed(let why) = run(bytes).status else { return XCTFail("expected a failure") }
        XCTAssertEqual(why, "encoding not recognized: not UTF-8 (invalid byte at offset 7), not GB18030, no byte-order mark")
    }

    func testUTF16WithByteOrderMarkReadsLikeUTF8() {
        let utf8 = run(Self.yima)
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in Self.yima.utf16 { le.append(UInt8(unit & 0xFF)); le.append(UInt8(unit >> 8)) }
        var be: [UInt8] = [0xFE, 0xFF]
        for unit in Self.yima.utf16 { be.append(UInt8(unit >> 8)); be.append(UInt8(unit & 0xFF)) }
        XCTAssertEqual(run(le).tables, utf8.tables)
        XCTAssertEqual(run(be).tables, utf8.tables)
    }

    func testFullWidthDigitsAndSpacesAreRead() {
        let text = Self.yima.replacingOccurrences(of: "858.63", with: "８５８．６３")
            .replacingOccurrences(of: "一、一般公共预算财政拨款收入", with: "一、一般公共预算财政拨款收入\u{200B}")
        let doc = run(text)
        let cells = doc.tables[0].sections[0].rows.flatMap(\.cells).filter { $0.sourceValue == "８５８．６３" }
        XCTAssertEqual(cells.map(\.value.description), ["8586300.00", "8586300.00"])   // 本年收入合计, 本年支出合计
        XCTAssertEqual(doc.tables[0].sections[0].rows[0].label, "一、一般公共预算财政拨款收入")
    }

    func testDocumentCutOffInsideATable() {
        let all = lines(Self.yima)
        let cut = all.firstIndex { $0.hasPrefix("20805\t") }!
        let doc = run(all[..<cut].joined(separator: "\n") + "\n20805\t行政事业单位养老支出\t34.4")   // ends mid-row
        XCTAssertEqual(doc.status, .ok)
        let income = doc.tables.first { $0.tableKey == "income_final" }!
        XCTAssertEqual(income.sections[0].rows.map { $0.code?.code ?? $0.label }, ["合计", "208", "20801", "2080109", "20805"])
        XCTAssertEqual(income.sections[0].rows.last?.cells.map(\.value.description), ["344000.0"])   // 34.4 万元: the printed precision is kept
    }

    func testRowsWithACellTooFewOrTooMany() {
        // Tab layout: positions keep every value in its column; an extra cell has no column and is rejected.
        var text = Self.yima.replacingOccurrences(of: "2080109\t社会保险经办机构\t269.94\t266.47\t\t\t\t\t3.47",
                                                  with: "2080109\t社会保险经办机构\t269.94\t266.47\t\t\t\t\t3.47\t9.99")
        var doc = run(text)
        XCTAssertTrue(doc.rejects.contains { $0.text == "9.99" }, "\(doc.rejects)")
        // Space layout: a row with one value more than its columns is rejected, not a new row.
        text = Self.jiaozuo.replacingOccurrences(of: "20699 其他科学技术支出 32.48 32.48 0.00 0.00 0.00 0.00 0.00",
                                                 with: "20699 其他科学技术支出 32.48 32.48 0.00 0.00 0.00 0.00 0.00 7.77")
        doc = run(text)
        XCTAssertEqual(doc.rejects.filter { $0.text == "7.77" }.map(\.reason), ["more values than the section has columns"])
        // … and a row with one value fewer: the sums (206 above it, 本年收入合计 = its sources) cannot
        // tell which of five columns printed no 0.00, so nothing of the row is loaded by guess.
        text = Self.jiaozuo.replacingOccurrences(of: "20699 其他科学技术支出 32.48 32.48 0.00 0.00 0.00 0.00 0.00",
                                                 with: "20699 其他科学技术支出 32.48 32.48 0.00 0.00 0.00 0.00")
        doc = run(text)
        let row = doc.tables.first { $0.tableKey == "income_final" }!.sections[0].rows.first { $0.code?.code == "20699" }!
        XCTAssertEqual(row.cells, [])
        let rejected = doc.rejects.filter { $0.reason.contains("20699 其他科学技术支出") }
        XCTAssertEqual(rejected.map(\.text), ["32.48", "32.48", "0.00", "0.00", "0.00", "0.00"])
        XCTAssertEqual(Set(rejected.map(\.reason)), ["ambiguous placement: 6 numbers for 7 columns"
            + " (20699 其他科学技术支出: 32.48 32.48 0.00 0.00 0.00 0.00; several placements fit the table's sums)"])
    }

    func testHeaderWithNoRowsAndTablesRunTogether() {
        // A table whose body is gone: its header is there, so it is an empty table, not an error.
        var all = lines(Self.yima)
        let first = all.firstIndex { $0.hasPrefix("合计\t\t858.63\t854.34") }!
        let last = all.firstIndex { $0.hasPrefix("2210201\t住房公积金\t27.60\t27.60") }!
        all.removeSubrange(first...last)
        var doc = run(all.joined(separator: "\n"))
        let income = doc.tables.first { $0.tableKey == "income_final" }!
        XCTAssertEqual(income.sections.flatMap(\.rows).flatMap(\.cells).count, 0)
        // Two tables with no title between them: the second's rows are read under the first's header
        // (the only one there is), and every number is still accounted for.
        all = lines(Self.yima)
        let title = all.firstIndex { $0 == "支出决算表" }!
        all.removeSubrange(title..<(title + 1))
        doc = run(all.joined(separator: "\n"))
        XCTAssertFalse(doc.tables.contains { $0.tableKey == "expenditure_final" })
    }

    func testOddNumbersAreLoadedOrRejectedWithAReason() {
        let cases: [(String, String?)] = [
            ("1,2,3", nil), ("12.3.4", nil), ("1.2e5", nil), ("12.30万", nil), ("12.30-", nil),
            ("（12.30）", "-123000.00"), ("-12.30", "-123000.00"), ("1,234.50", "12345000.00"),   // 万元 → 元
        ]
        for (written, expected) in cases {
            let text = Self.yima.replacingOccurrences(of: "\t4.28\n", with: "\t\(written)\n")
            let doc = run(text)
            let loaded = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).filter { $0.sourceValue == written }
            if let expected {
                XCTAssertEqual(loaded.map(\.value.description), [expected], written)
            } else {
                XCTAssertTrue(loaded.isEmpty, written)
                XCTAssertEqual(doc.rejects.filter { $0.text == written }.count, 1, "\(written): \(doc.rejects)")
            }
        }
        for placeholder in ["—", "-", "/", "－", "──"] {
            let doc = run(Self.yima.replacingOccurrences(of: "\t4.28\n", with: "\t\(placeholder)\n"))
            XCTAssertTrue(doc.rejects.isEmpty, placeholder)
        }
    }

    func testAHugeLineAndManyShortLinesFinish() {
        let huge = String(repeating: "说明文字 ", count: 4_000_000) + "\n" + Self.yima   // ~20 MB on one line
        // Finishing is the test: work super-linear in a line's length would not end within the
        // CI run (speed itself is measured by scripts/benchmark.py, not by a clock here).
        let doc = run(huge)
        XCTAssertEqual(doc.tables.count, run(Self.yima).tables.count)
        let short = String(repeating: "注\n", count: 200_000) + Self.yima
        XCTAssertEqual(run(short).tables.count, doc.tables.count)
    }

    func testTwoMoneyUnitsInOneDocument() {
        let text = Self.yima + "\n" + Self.shuocheng
        let doc = run(text)
        let units = Set(doc.tables.map(\.sourceUnit))
        XCTAssertEqual(units, ["万元", "元"])
        let yuanTable = doc.tables.first { $0.sourceUnit == "元" && $0.tableKey == "income_final" }!
        XCTAssertEqual(yuanTable.sections[0].rows[0].cells.first?.value.description, "25731201.68")
    }
}
