import Foundation
import XCTest
@testable import BudgetETL

/// The corpus tool writes the same documents as UTF-8 or, with --mixed-encodings, as GB18030, with
/// byte-order marks and CRLF line ends: the outputs must be the same apart from source_file and sha256.
final class EncodingCorpusTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func corpus(_ name: String, mixed: Bool) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(name)-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try CorpusGenerator.make(count: 24, seed: 11, into: folder, mixedEncodings: mixed)
        return folder
    }

    private func run(_ input: URL) throws -> [String: String] {
        let output = input.appendingPathExtension("out")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: input, outputOverride: output)
        _ = try PipelineRunner(config: config).run()
        var files: [String: String] = [:]
        for name in ["long.csv", "documents.csv", "rejects.csv"] {
            files[name] = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// Drops the columns that name the file's bytes rather than its content.
    private func content(_ csv: String, dropping columns: Set<String>) -> [String] {
        let lines = csv.split(separator: "\n").map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else { return [] }
        let keep = header.indices.filter { !columns.contains(header[$0]) }
        return lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return keep.map { $0 < fields.count ? fields[$0] : "" }.joined(separator: ",")
        }
    }

    func testMixedEncodingsGiveTheSameOutputs() throws {
        let plain = try run(try corpus("utf8", mixed: false))
        let mixed = try run(try corpus("mixed", mixed: true))
        XCTAssertGreaterThan(plain["long.csv"]!.count, 100_000)
        for name in ["long.csv", "documents.csv", "rejects.csv"] {
            XCTAssertEqual(content(mixed[name]!, dropping: ["sha256"]), content(plain[name]!, dropping: ["sha256"]), name)
        }
    }
}
