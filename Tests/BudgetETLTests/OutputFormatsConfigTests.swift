import Foundation
import XCTest
@testable import BudgetETL

/// `output.formats`, the `parquet:` section and `--shard`: decoding, mistakes with their line, and
/// the fingerprint of the load following them.
final class OutputFormatsConfigTests: XCTestCase {
    private func yaml(output extra: String = "", parquet: String = "") -> String {
        """
        input:
          folder: input
        output:
          folder: out
        \(extra)
        catalog:
          tables:
            - key: income_final
              titles: ["收入决算表"]
        \(parquet)
        """
    }

    private func decode(_ text: String) throws -> PipelineConfig {
        try PipelineConfigLoader.decode(yaml: text, file: "pipeline.yaml", baseFolder: URL(fileURLWithPath: "/base"))
    }

    private func assertMistake(_ text: String, line: Int, mentions fragment: String, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try decode(text), line: sourceLine) { error in
            let error = error as? ConfigError
            XCTAssertEqual(error?.line, line, "\(String(describing: error))", line: sourceLine)
            XCTAssertTrue(error?.message.contains(fragment) == true, "\(String(describing: error))", line: sourceLine)
        }
    }

    func testDefaultsAreCSVOnlyGzipAndBoundedRowGroups() throws {
        let config = try decode(yaml())
        XCTAssertEqual(config.formats, [.csv])
        XCTAssertEqual(config.parquet, ParquetSettings(compression: .gzip, rowGroupRows: 50_000))
    }

    func testFormatsAndParquetSettingsDecode() throws {
        let config = try decode(yaml(output: "  formats: [csv, parquet]",
                                     parquet: "parquet:\n  compression: none\n  row_group_rows: 5"))
        XCTAssertEqual(config.formats, [.csv, .parquet])
        XCTAssertEqual(config.parquet, ParquetSettings(compression: .none, rowGroupRows: 5))
    }

    func testMistakesNameTheirLine() {
        assertMistake(yaml(output: "  formats: [csv, orc]"), line: 5, mentions: "unknown format 'orc'")
        assertMistake(yaml(output: "  formats: [parquet]"), line: 5, mentions: "must include csv")
        assertMistake(yaml(parquet: "parquet:\n  compression: snappy"), line: 11, mentions: "gzip or none")
        assertMistake(yaml(parquet: "parquet:\n  row_group_rows: 0"), line: 11, mentions: "at least 1")
        assertMistake(yaml(parquet: "parquet:\n  page_rows: 5"), line: 11, mentions: "page_rows")
    }

    func testTheLoadFingerprintFollowsTheSettings() throws {
        let csv = try decode(yaml())
        let parquet = try decode(yaml(output: "  formats: [csv, parquet]"))
        let small = try decode(yaml(output: "  formats: [csv, parquet]", parquet: "parquet:\n  row_group_rows: 5"))
        let outputs = [csv, parquet, small].map { ConfigFingerprints($0, pdfProgram: "none").outputs }
        XCTAssertEqual(Set(outputs).count, 3)
        XCTAssertEqual(ConfigFingerprints(csv, pdfProgram: "none").outputs, ConfigFingerprints(try decode(yaml()), pdfProgram: "none").outputs)
    }

    func testShardsParseAndSplitTheDocumentsStably() {
        XCTAssertNil(Shard("3/3"))
        XCTAssertNil(Shard("-1/3"))
        XCTAssertNil(Shard("1/0"))
        XCTAssertNil(Shard("1"))
        XCTAssertEqual(Shard("2/8")?.partName, "part-00002-of-00008")
        let paths = (0..<300).map { "county-\($0)/budget-\($0 % 7).txt" }
        let shards = (0..<4).map { Shard("\($0)/4")! }
        for path in paths { XCTAssertEqual(shards.filter { $0.contains(relativePath: path) }.count, 1, path) }
        let sizes = shards.map { shard in paths.filter(shard.contains).count }
        XCTAssertTrue(sizes.allSatisfy { $0 > 50 }, "\(sizes)")
        // FNV-1a of "a.txt" is fixed by its definition, so shards agree across machines and runs.
        // FNV-1a of "a.txt" is 0x7ed582b5571bbd5a by its definition (3 modulo 5): shards agree
        // across machines and runs.
        XCTAssertTrue(Shard("3/5")!.contains(relativePath: "a.txt"))
    }
}
