import Foundation
import XCTest
@testable import BudgetETL

/// The Parquet outputs read back with pyarrow and DuckDB (Tests/Python/compare_parquet.py) equal the
/// CSV outputs row by row; datapackage.json passes `frictionless validate`; shards add up to a
/// single run; one changed document rewrites only its year's partition.
final class ParquetOutputTests: XCTestCase {
    /// Runs compare_parquet.py on `folder`; returns its summary (per Parquet file: rows, row groups).
    private func compare(_ folder: URL) throws -> [String: [String: Any]] {
        let output = try PythonCheck.runScript("compare_parquet.py", [folder.path])
        return (try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [String: Any]]) ?? [:]
    }

    func testSampleOutputsReadBackEqualTheCSVsInSeveralRowGroups() throws {
        let ws = try Workspace(self, name: "parquet")
        try ws.copySamples()
        try ws.editConfig("row_group_rows: 50000", "row_group_rows: 100")
        try ws.run()
        let summary = try compare(ws.output)
        let partition = summary["parquet/long/fiscal_year=2023/part-00000-of-00001.parquet"]
        XCTAssertEqual(partition?["rows"] as? Int, 1563)
        XCTAssertEqual(partition?["row_groups"] as? Int, 16)
        XCTAssertEqual(summary["long dataset"]?["rows"] as? Int, 2356)
        XCTAssertEqual(summary["parquet/documents.parquet"]?["rows"] as? Int, 5)
        let metadata = partition?["key_value"] as? [String: String]
        XCTAssertEqual(metadata?["budget_etl.version"], BudgetETLVersion.current)
        XCTAssertEqual(metadata?["budget_etl.config_fingerprint"]?.count, 32)
    }

    func testAGeneratedCorpusUncompressedReadsBackEqual() throws {
        let ws = try Workspace(self, name: "parquet-corpus")
        try ws.makeCorpus(count: 24, seed: 11)
        try ws.editConfig("compression: gzip", "compression: none")
        try ws.editConfig("row_group_rows: 50000", "row_group_rows: 500")
        try ws.run()
        let summary = try compare(ws.output)
        let longParts = summary.filter { $0.key.hasPrefix("parquet/long/") }
        XCTAssertGreaterThan(longParts.count, 1, "several years")
        XCTAssertTrue(longParts.values.contains { ($0["row_groups"] as? Int ?? 0) >= 3 })
        XCTAssertGreaterThan(summary["long dataset"]?["rows"] as? Int ?? 0, 10_000)
    }

    func testFrictionlessFindsThePackageValidWithAndWithoutByteOrderMark() throws {
        for bom in [false, true] {
            let ws = try Workspace(self, name: "datapackage")
            try ws.copySamples()
            if bom { try ws.editConfig("bom: false", "bom: true") }
            try ws.run()
            let output = try PythonCheck.run("""
                import sys, frictionless
                report = frictionless.validate(sys.argv[1])
                for task in report.tasks:
                    for error in task.errors[:3]:
                        print(task.name, error.message, file=sys.stderr)
                print(sum(1 for t in report.tasks if t.type == "table"), sum(1 for t in report.tasks if t.type == "file"))
                sys.exit(0 if report.valid else 1)
                """, [ws.output.appendingPathComponent("datapackage.json").path])
            let counts = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            XCTAssertEqual(counts.count, 2)
            XCTAssertGreaterThan(counts.first ?? 0, 4, "CSV resources checked row by row (bom \(bom))")
            XCTAssertGreaterThan(counts.last ?? 0, 4, "Parquet resources present (bom \(bom))")
        }
    }

    func testShardsCopiedSideBySideEqualASingleRun() throws {
        let ws = try Workspace(self, name: "shards")
        try ws.copySamples()
        let fixtures = Workspace.repository.appendingPathComponent("Tests/Fixtures/pdf")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".layout.txt") {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: ws.input.appendingPathComponent(name))
        }
        XCTAssertEqual(ws.inputNames.count, 9)
        try ws.run()
        var folders: [URL] = []
        for k in 0..<3 {
            var options = RunOptions()
            options.shard = try XCTUnwrap(Shard("\(k)/3"))
            let folder = ws.root.appendingPathComponent("shard-\(k)")
            try ws.run(options, output: folder)
            folders.append(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("parquet").path)
            XCTAssertTrue(names.contains("documents.part-0000\(k)-of-00003.parquet"), "\(names)")
        }
        let output = try PythonCheck.runScript("compare_shards.py", [ws.output.path] + folders.map(\.path))
        XCTAssertTrue(output.hasPrefix("long 4558\ndocuments 9\nvalidation 56\nrejects 13\n"), output)
        XCTAssertTrue(output.contains("wide/expenditure_budget 200\n"), output)
    }

    func testOneChangedDocumentRewritesOnlyItsYearsPartition() throws {
        let ws = try Workspace(self, name: "partitions")
        try ws.copySamples()
        try ws.run()
        func inodes() throws -> [String: UInt64] {
            var result: [String: UInt64] = [:]
            let long = ws.output.appendingPathComponent("parquet/long")
            for year in try FileManager.default.contentsOfDirectory(atPath: long.path) {
                let path = long.appendingPathComponent("\(year)/part-00000-of-00001.parquet").path
                result[year] = (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
            }
            return result
        }
        let before = try inodes()
        XCTAssertEqual(before.keys.sorted(), ["fiscal_year=2022", "fiscal_year=2023", "fiscal_year=2024"])
        let changed = try XCTUnwrap(ws.inputNames.first { $0.contains("2023") && $0.contains("final") })
        try ws.editDocument(changed)
        try ws.run()
        let after = try inodes()
        XCTAssertEqual(after["fiscal_year=2022"], before["fiscal_year=2022"])
        XCTAssertEqual(after["fiscal_year=2024"], before["fiscal_year=2024"])
        XCTAssertNotEqual(after["fiscal_year=2023"], before["fiscal_year=2023"])
        _ = try compare(ws.output)
    }

    func testARunWithoutParquetRemovesTheParquetFiles() throws {
        let ws = try Workspace(self, name: "csv-only")
        try ws.copySamples()
        try ws.run()
        XCTAssertEqual(ParquetLayout.files(below: ws.output).filter { $0.pathExtension == "parquet" }.count, 3 + 3 + 27, "3 years of long, documents, validation, rejects, 27 wide kinds")
        try ws.editConfig("formats: [csv, parquet, xlsx]", "formats: [csv, xlsx]")
        try ws.run()
        XCTAssertEqual(ParquetLayout.files(below: ws.output), [])
        let package = try String(contentsOf: ws.output.appendingPathComponent("datapackage.json"), encoding: .utf8)
        XCTAssertFalse(package.contains("parquet/"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: ws.output.appendingPathComponent("long.csv").path))
    }

    func testADocumentWithoutYearGoesWhereHivePutsNulls() throws {
        let ws = try Workspace(self, name: "no-year")
        let sample = Workspace.repository.appendingPathComponent("input/jiaozuo-insurance-center-2023-final.txt")
        let text = try String(contentsOf: sample, encoding: .utf8)
            .replacingOccurrences(of: #"20\d\d\s*年(度)?"#, with: "", options: .regularExpression)
        try text.write(to: ws.input.appendingPathComponent("no-year.txt"), atomically: true, encoding: .utf8)
        try ws.run()
        let summary = try compare(ws.output)
        XCTAssertEqual(summary["parquet/long/fiscal_year=__HIVE_DEFAULT_PARTITION__/part-00000-of-00001.parquet"]?["rows"] as? Int, 751)
        let years = try PythonCheck.run("""
            import sys, duckdb
            print(duckdb.sql(f"SELECT fiscal_year, count(*) FROM read_parquet('{sys.argv[1]}/parquet/long/*/*.parquet', hive_partitioning=true) GROUP BY 1").fetchall())
            """, [ws.output.path])
        XCTAssertEqual(years, "[(None, 751)]\n")
    }

    func testUnknownYearGoesWhereHivePutsNulls() throws {
        let layout = ParquetLayout(outputFolder: URL(fileURLWithPath: "/out"), shard: .whole)
        XCTAssertEqual(layout.longPart(year: nil).path,
                       "/out/parquet/long/fiscal_year=__HIVE_DEFAULT_PARTITION__/part-00000-of-00001.parquet")
        XCTAssertEqual(layout.longPart(year: 2023).path, "/out/parquet/long/fiscal_year=2023/part-00000-of-00001.parquet")
        XCTAssertEqual(ParquetLayout(outputFolder: URL(fileURLWithPath: "/out"), shard: Shard("2/8")!).table("rejects").path,
                       "/out/parquet/rejects.part-00002-of-00008.parquet")
    }
}
