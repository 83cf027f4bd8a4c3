import Foundation
import XCTest
@testable import BudgetETL

/// The whole pipeline over the repository's input/ folder with the repository's pipeline.yaml.
final class EndToEndTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the pipeline into a fresh temporary folder; returns that folder.
    private func runPipeline() throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("e2e-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: Self.repository.appendingPathComponent("input"),
                                                   outputOverride: output)
        let summary = try PipelineRunner(config: config).run()
        XCTAssertEqual(summary.failures, 0)
        return output
    }

    private func lines(_ folder: URL, _ name: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func testRunOverInputFolder() throws {
        let output = try runPipeline()

        let documents = try lines(output, "documents.csv")
        XCTAssertEqual(documents.count, 1 + 5, "header + one line per input file")
        XCTAssertEqual(documents.first, "document_id,source_file,sha256,agency,fiscal_year,document_kind,"
                       + "source_unit,tables,numbers_found,cells,rejects,errors,warnings,consistency,status")

        let long = try lines(output, "long.csv")
        XCTAssertEqual(long.first, "document_id,source_file,agency,fiscal_year,document_kind,table_key,table_title,"
                       + "section,row_number,row_code,code_scheme,code_level,parent_code,row_label,column_label,"
                       + "value,unit,source_value,source_unit,source_line,confidence")
        XCTAssertEqual(try lines(output, "rejects.csv").first, "source_file,source_line,table_title,text,reason")

        // Values are asserted in EndToEndValueTests.
    }

    /// Nothing lost: every number found in a table is loaded or rejected, for every document.
    func testEveryNumberFoundIsLoadedOrRejected() throws {
        let output = try runPipeline()
        let documents = try lines(output, "documents.csv").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        XCTAssertEqual(documents.count, 5)
        for fields in documents {
            let n = fields.count
            let (found, cells, rejects) = (Int(fields[n - 7])!, Int(fields[n - 6])!, Int(fields[n - 5])!)
            XCTAssertGreaterThan(found, 100, String(fields[1]))
            XCTAssertEqual(found, cells + rejects, "\(fields[1]): found \(found), loaded \(cells), rejected \(rejects)")
        }
    }

    func testTwoRunsGiveByteIdenticalFiles() throws {
        let first = try runPipeline()
        let second = try runPipeline()
        let names = try FileManager.default.subpathsOfDirectory(atPath: first.path).sorted()
        XCTAssertEqual(names, try FileManager.default.subpathsOfDirectory(atPath: second.path).sorted())
        XCTAssertTrue(names.contains("long.csv"))
        for name in names where name.hasSuffix(".csv") {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            XCTAssertEqual(a, b, "\(name) differs between two runs")
        }
    }
}
