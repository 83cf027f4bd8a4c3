import Foundation
import XCTest
@testable import BudgetETL

/// The binary form of stored stage results: every stage result of the sample documents comes back
/// equal, equal values give equal bytes, and damaged bytes give an error, never a crash.
final class StateCodingTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func roundTrip<T: StateCodable & Equatable>(_ value: T, file: StaticString = #filePath,
                                                         line: UInt = #line) throws -> [UInt8] {
        let bytes = value.stateBytes()
        XCTAssertEqual(try T(stateBytes: bytes), value, file: file, line: line)
        return bytes
    }

    func testSampleStageResultsComeBackEqualAndSmallerThanJSON() throws {
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"))
        let samples = Self.repository.appendingPathComponent("input")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(names.count, 5)
        for name in names {
            let bytes = Array(try Data(contentsOf: samples.appendingPathComponent(name)))
            let extracted = Extractor(catalog: config.catalog).extract(bytes: bytes, sourceFile: name, sha256: "00")
            XCTAssertGreaterThan(extracted.tables.count, 3, name)
            let normalized = Normalizer(catalog: config.catalog, outputUnit: config.outputUnit).normalize(extracted)
            let findings = Validator(config: config.validation).validate(normalized)
            XCTAssertFalse(findings.isEmpty, name)
            let stored = try roundTrip(extracted)
            let artifact = ExtractArtifact(document: extracted, failedBeforeExtract: true)
            let storedArtifact = try ExtractArtifact(stateBytes: artifact.stateBytes())
            XCTAssertEqual(storedArtifact.document, extracted)
            XCTAssertTrue(storedArtifact.failedBeforeExtract)
            // The narrative is stored with the extract result only.
            XCTAssertFalse(normalized.narrative.isEmpty, name)
            var withoutNarrative = normalized
            withoutNarrative.narrative = []
            let storedNormalized = try roundTrip(withoutNarrative)
            XCTAssertEqual(normalized.stateBytes(), storedNormalized, name)
            _ = try roundTrip(ValidationResult(findings: findings, compared: 7, held: 5))
            XCTAssertLessThan(stored.count, try JSONEncoder().encode(extracted).count, name)
            XCTAssertLessThan(storedNormalized.count, try JSONEncoder().encode(normalized).count, name)
        }
    }

    func testEdgeValues() throws {
        var out = StateWriter()
        for value in [Int.min, -1, 0, 1, 63, 64, 127, 128, Int.max] { out.int(value) }
        out.unsigned(.max)
        for text in ["", "元", "a\u{0}b", "𠀀"] { out.string(text) }
        out.optional(Optional<Int>.none) { $0.int($1) }
        out.optional(Optional(3)) { $0.int($1) }
        var input = StateReader(out.bytes)
        XCTAssertEqual(try (0..<9).map { _ in try input.int() }, [Int.min, -1, 0, 1, 63, 64, 127, 128, Int.max])
        XCTAssertEqual(try input.unsigned(), .max)
        XCTAssertEqual(try (0..<4).map { _ in try input.string() }, ["", "元", "a\u{0}b", "𠀀"])
        XCTAssertNil(try input.optional { try $0.int() })
        XCTAssertEqual(try input.optional { try $0.int() }, 3)
        XCTAssertTrue(input.atEnd)
        for status in [DocumentStatus.ok, .failed("读不出"), .noTables] { _ = try roundTrip(status) }
        let cell = NormalizedCell(column: 2, value: ExactDecimal(mantissa: -123_400, scale: 4), unit: "元",
                                  sourceValue: "-12.3400", sourceUnit: "万元", line: 9, confidence: .derived)
        let back = try NormalizedCell(stateBytes: try roundTrip(cell))
        XCTAssertEqual(back.value.description, "-12.3400")
        XCTAssertEqual(back.confidence, .derived)
    }

    func testEqualValuesGiveEqualBytes() throws {
        let document = ValidateRulesTests.consistent()
        XCTAssertEqual(document.stateBytes(), ValidateRulesTests.consistent().stateBytes())
        var out = StateWriter()
        out.string("xy")
        out.int(-2)
        out.unsigned(300)
        out.choice(CellConfidence.guessed)
        XCTAssertEqual(out.bytes, [2, 0x78, 0x79, 3, 0xAC, 0x02, 2])
    }

    func testDamagedBytesAreAnErrorNotACrash() throws {
        let bytes = ValidateRulesTests.consistent().stateBytes()
        XCTAssertNoThrow(try NormalizedDocument(stateBytes: bytes))
        XCTAssertThrowsError(try NormalizedDocument(stateBytes: Array(bytes.dropLast())))
        XCTAssertThrowsError(try NormalizedDocument(stateBytes: bytes + [0]))
        XCTAssertThrowsError(try NormalizedDocument(stateBytes: []))
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[cut] ^= 0xff
            _ = try? NormalizedDocument(stateBytes: damaged)   // must not crash
        }
        var tooMany = StateReader([0xff, 0xff, 0xff, 0x0f])
        XCTAssertThrowsError(try tooMany.strings())
        var overlong = StateReader([UInt8](repeating: 0xff, count: 10) + [1])
        XCTAssertThrowsError(try overlong.unsigned())
        var badChoice = StateReader([3])
        XCTAssertThrowsError(try badChoice.choice(of: CellConfidence.self))
    }
}
