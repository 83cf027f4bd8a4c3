import Foundation
import XCTest
@testable import BudgetETL

/// Session 28's no-op work on pipeline.yaml (docs/performance.md, "No-op run: the configuration read
/// cheaply"): scalars' tags resolved for bools only, and the checks of patterns skipped for bytes
/// this executable read before with every check passed (`CheckedConfigMark`).
final class ConfigNoOpSpeedTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-checked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("input"), withIntermediateDirectories: true)
        // The output folder exists before the first read, as after it (a folder's URL read from
        // the file ends in '/' once the folder exists).
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("output"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func write(_ edit: (String) -> String = { $0 }) throws -> URL {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("pipeline.yaml")
        try edit(text).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private let small = """
        input: {folder: in}
        output: {folder: out}
        csv: {bom: BOOL}
        catalog:
          tables:
            - key: income_final
              titles: ["收入决算表"]
        """

    private func bom(_ text: String) throws -> Bool {
        try PipelineConfigLoader.decode(yaml: small.replacingOccurrences(of: "BOOL", with: text), file: "p.yaml",
                                        baseFolder: URL(fileURLWithPath: "/base")).csvByteOrderMark
    }

    /// A bool is YAML 1.1's plain words, as with Yams' default resolver; quoted words and other
    /// spellings are text.
    func testBoolsAsBefore() throws {
        for word in ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"] { XCTAssertTrue(try bom(word), word) }
        for word in ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"] { XCTAssertFalse(try bom(word), word) }
        for word in ["'true'", "\"yes\"", "1", "y"] { XCTAssertThrowsError(try bom(word), word) }
        // A value's tag is never resolved (only keys' are, to find duplicates): Yams reads any
        // case of the words, with the default resolver as with this one.
        XCTAssertTrue(try bom("tRue"))
        XCTAssertTrue(try bom("!!bool true"))
        XCTAssertThrowsError(try bom("!!str true"))
        // A key given twice is still found.
        XCTAssertThrowsError(try PipelineConfigLoader.decode(yaml: small + "\ncsv: {bom: true}", file: "p.yaml",
                                                             baseFolder: URL(fileURLWithPath: "/base")))
    }

    /// The repository's pipeline.yaml decodes to the same configuration with and without the checks.
    func testUncheckedDecodeEqualsChecked() throws {
        let file = try write()
        let first = try PipelineConfigLoader.load(file: file)
        XCTAssertTrue(first.source.patternsChecked)
        CheckedConfigMark.write(in: first.effectiveStateFolder, sha256: try XCTUnwrap(first.source.sha256))
        let second = try PipelineConfigLoader.load(file: file)
        XCTAssertFalse(second.source.patternsChecked)
        XCTAssertEqual(second.catalog, first.catalog)
        XCTAssertEqual(second.validation, first.validation)
        XCTAssertEqual(second, first)
        XCTAssertEqual(CanonicalText.of(second.catalog), CanonicalText.of(first.catalog))
        XCTAssertEqual(CanonicalText.of(second.validation), CanonicalText.of(first.validation))
        // Another output folder on the command line: its state holds no mark.
        let elsewhere = try PipelineConfigLoader.load(file: file, outputOverride: folder.appendingPathComponent("other"))
        XCTAssertTrue(elsewhere.source.patternsChecked)
    }

    /// Other bytes are checked again: a mark for a valid file does not let a broken pattern through.
    func testOtherBytesCheckedAgain() throws {
        let file = try write()
        let first = try PipelineConfigLoader.load(file: file)
        CheckedConfigMark.write(in: first.effectiveStateFolder, sha256: try XCTUnwrap(first.source.sha256))
        _ = try write { $0.replacingOccurrences(of: "titles: [\"", with: "titles: [\"(", options: [], range: $0.range(of: "titles: [\"")) }
        XCTAssertThrowsError(try PipelineConfigLoader.load(file: file)) { error in
            XCTAssertTrue("\(error)".contains("invalid regular expression"), "\(error)")
        }
    }

    /// A damaged or foreign mark is no mark.
    func testDamagedMarkIgnored() throws {
        let file = try write()
        let first = try PipelineConfigLoader.load(file: file)
        let sha = try XCTUnwrap(first.source.sha256)
        CheckedConfigMark.write(in: first.effectiveStateFolder, sha256: sha)
        XCTAssertTrue(CheckedConfigMark.holds(in: first.effectiveStateFolder, sha256: sha))
        XCTAssertFalse(CheckedConfigMark.holds(in: first.effectiveStateFolder, sha256: String(repeating: "0", count: 64)))
        let url = first.effectiveStateFolder.appendingPathComponent(CheckedConfigMark.fileName)
        var bytes = try Array(Data(contentsOf: url))
        bytes[20] ^= 1
        try Data(bytes).write(to: url)
        XCTAssertFalse(CheckedConfigMark.holds(in: first.effectiveStateFolder, sha256: sha))
        XCTAssertTrue(try PipelineConfigLoader.load(file: file).source.patternsChecked)
    }

    /// A run leaves the mark; the next run reads the file without the checks and gives the same run.
    func testRunLeavesTheMark() throws {
        let file = try write()
        let config = try PipelineConfigLoader.load(file: file)
        try PipelineRunner(config: config).run()
        XCTAssertTrue(CheckedConfigMark.holds(in: config.effectiveStateFolder, sha256: try XCTUnwrap(config.source.sha256)))
        let again = try PipelineConfigLoader.load(file: file)
        XCTAssertFalse(again.source.patternsChecked)
        XCTAssertNoThrow(try PipelineRunner(config: again).run())
    }

    /// A file-name pattern before: the path cut by Character at '/', its last part matched.
    private func referenceMatches(_ pattern: String, _ path: String) -> Bool {
        func match(_ p: ArraySlice<Character>, _ n: ArraySlice<Character>) -> Bool {
            guard let first = p.first else { return n.isEmpty }
            if first == "*" { return (0...n.count).contains { match(p.dropFirst(), n.dropFirst($0)) } }
            if first == "?" { return !n.isEmpty && match(p.dropFirst(), n.dropFirst()) }
            return n.first == first && match(p.dropFirst(), n.dropFirst())
        }
        guard let last = path.split(separator: "/").last else { return false }
        return match(Array(pattern)[...], Array(last)[...])
    }

    /// `*.txt` and its kind asked by the name's last Characters, as the whole match did.
    func testFileNamePatternsAsBefore() {
        var random = SplitMix64(seed: 28)
        let pieces = ["a", "/", ".txt", ".pdf", ".gz", "t", "x", ".", "\u{301}", "\u{600}", "\u{200D}", "预算", "\u{FF0E}"]
        for pattern in ["*.txt", "*.pdf", "*.txt.gz", "*", "*t", "a?.txt", "*.*"] {
            let glob = GlobPattern(pattern)
            for _ in 0..<3_000 {
                let path = (0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
                XCTAssertEqual(glob.matches(relativePath: path), referenceMatches(pattern, path), "\(pattern) \(path.debugDescription)")
            }
        }
        XCTAssertTrue(GlobPattern("*.txt").matches(relativePath: "2023/预算.txt"))
        XCTAssertFalse(GlobPattern("*.txt").matches(relativePath: "a.txt.gz"))
        XCTAssertTrue(GlobPattern("*.txt.gz").matches(relativePath: "a/b.txt.gz"))
    }
}
