import Foundation
import XCTest
@testable import BudgetETL

/// The configuration fingerprints kept in the state folder: reused only for the same file bytes,
/// converter and executable, and never for a configuration changed after it was read.
final class ConfigFingerprintStoreTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-fingerprints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// The repository's pipeline.yaml, copied beside an empty input folder, with `edit` applied.
    private func config(_ edit: (String) -> String = { $0 }) throws -> PipelineConfig {
        let text = try String(contentsOf: Self.repository.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("pipeline.yaml")
        try edit(text).write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("input"), withIntermediateDirectories: true)
        return try PipelineConfigLoader.load(file: file)
    }

    private func assertSame(_ a: ConfigFingerprints, _ b: ConfigFingerprints, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual([a.extractText, a.extractPDF, a.validate, a.outputs, a.whole],
                       [b.extractText, b.extractPDF, b.validate, b.outputs, b.whole], file: file, line: line)
        XCTAssertEqual(a.normalizeParts.base, b.normalizeParts.base, file: file, line: line)
        XCTAssertEqual(a.normalizeParts.kinds, b.normalizeParts.kinds, file: file, line: line)
        XCTAssertEqual(a.normalize(tableKeys: ["income_final", "unknown"]), b.normalize(tableKeys: ["income_final", "unknown"]),
                       file: file, line: line)
    }

    func testStoredFingerprintsComeBackEqualToComputedOnes() throws {
        let config = try config()
        let computed = ConfigFingerprints(config, pdfProgram: "p")
        assertSame(try ConfigFingerprintStore.decode(ConfigFingerprintStore.encode(computed)), computed)
        let bytes = ConfigFingerprintStore.encode(computed)
        XCTAssertThrowsError(try ConfigFingerprintStore.decode(Array(bytes.dropLast())))
        XCTAssertThrowsError(try ConfigFingerprintStore.decode(bytes + [0]))
    }

    func testReusedOnlyForTheSameFileAndConverter() throws {
        let store = ConfigFingerprintStore(StateStore(folder: folder.appendingPathComponent("state")))
        let config = try config()
        XCTAssertNotNil(ConfigFingerprintStore.key(config, pdfProgram: "p"))
        assertSame(store.fingerprints(config, pdfProgram: "p", store: true), ConfigFingerprints(config, pdfProgram: "p"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.url.path))
        assertSame(store.fingerprints(config, pdfProgram: "p", store: true), ConfigFingerprints(config, pdfProgram: "p"))
        // Another converter stamp: another key.
        assertSame(store.fingerprints(config, pdfProgram: "q", store: true), ConfigFingerprints(config, pdfProgram: "q"))

        // Another file: the stored fingerprints of the first are not used.
        let other = try self.config { $0.replacingOccurrences(of: "unit: 元", with: "unit: 万元") }
        XCTAssertNotEqual(ConfigFingerprintStore.key(other, pdfProgram: "p"), ConfigFingerprintStore.key(config, pdfProgram: "p"))
        let reused = store.fingerprints(other, pdfProgram: "p", store: false)
        assertSame(reused, ConfigFingerprints(other, pdfProgram: "p"))
        XCTAssertNotEqual(reused.normalizeParts.base, ConfigFingerprints(config, pdfProgram: "p").normalizeParts.base)
    }

    func testAConfigurationChangedAfterReadingIsAlwaysFingerprintedAnew() throws {
        var config = try config()
        config.outputFolder = folder.appendingPathComponent("elsewhere")
        XCTAssertNotNil(ConfigFingerprintStore.key(config, pdfProgram: "p"), "folders are not fingerprinted")
        var unit = config
        unit.outputUnit = .wanYuan
        XCTAssertNil(ConfigFingerprintStore.key(unit, pdfProgram: "p"))
        var rules = config
        rules.validation.failOn = .warning
        XCTAssertNil(ConfigFingerprintStore.key(rules, pdfProgram: "p"))
        var catalog = config
        catalog.catalog.columnAliases["x"] = "y"
        XCTAssertNil(ConfigFingerprintStore.key(catalog, pdfProgram: "p"))
        XCTAssertEqual(unit.source, config.source, "the digest takes no part in equality")

        let made = PipelineConfig(file: "made", inputFolder: folder, outputFolder: folder, catalog: config.catalog)
        XCTAssertNil(ConfigFingerprintStore.key(made, pdfProgram: "p"), "not read from a file")
    }
}
