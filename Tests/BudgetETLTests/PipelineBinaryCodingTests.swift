import Foundation
import XCTest
@testable import BudgetETL

/// The binary encoding of stored stage results: every stage result of the sample documents comes
/// back equal, equal values give equal bytes, and damaged bytes give an error.
final class PipelineBinaryCodingTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func roundTrip<T: Codable & Equatable>(_ value: T, file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let bytes = try BinaryEncoder().encode(value)
        XCTAssertEqual(try BinaryDecoder().decode(T.self, from: bytes), value, file: file, line: line)
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
            let stored = try roundTrip(extracted)
            _ = try roundTrip(normalized)
            _ = try roundTrip(findings)
            XCTAssertLessThan(stored.count, try JSONEncoder().encode(extracted).count, name)
        }
    }

    func testEdgeValues() throws {
        _ = try roundTrip([Int.min, -1, 0, 1, 127, 128, Int.max])
        _ = try roundTrip([UInt64.max, 0])
        _ = try roundTrip(["", "元", "a\u{0}b", "𠀀"])
        _ = try roundTrip([Optional<Int>.none, 3, nil])
        _ = try roundTrip([DocumentStatus.ok, .failed("读不出"), .noTables])
        _ = try roundTrip([-0.5, Double.infinity, 1e300])
        _ = try roundTrip([["b": 1, "a": 2], [:]])
        XCTAssertThrowsError(try BinaryDecoder().decode(Int8.self, from: try BinaryEncoder().encode(300)))
        XCTAssertThrowsError(try BinaryDecoder().decode(String.self, from: try BinaryEncoder().encode(3)))
    }

    func testEqualValuesGiveEqualBytesWhateverTheDictionaryOrder() throws {
        var a: [String: Int] = [:], b: [String: Int] = [:]
        for i in 0..<200 { a["k\(i)"] = i }
        for i in (0..<200).reversed() { b["k\(i)"] = i }
        XCTAssertEqual(try BinaryEncoder().encode(a), try BinaryEncoder().encode(b))
        let bytes = try BinaryEncoder().encode(["x": "y"])
        XCTAssertEqual(bytes, [BinaryTag.keyed.rawValue, 1, 0, 0, 0, 1, 0x78, BinaryTag.string.rawValue, 1, 0x79])
    }

    func testDamagedBytesAreAnErrorNotACrash() throws {
        let bytes = try BinaryEncoder().encode(ValidateRulesTests.consistent())
        XCTAssertNoThrow(try BinaryDecoder().decode(NormalizedDocument.self, from: bytes))
        XCTAssertThrowsError(try BinaryDecoder().decode(NormalizedDocument.self, from: Array(bytes.dropLast())))
        XCTAssertThrowsError(try BinaryDecoder().decode(NormalizedDocument.self, from: bytes + [0]))
        XCTAssertThrowsError(try BinaryDecoder().decode(NormalizedDocument.self, from: []))
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            var damaged = bytes
            damaged[cut] ^= 0xff
            _ = try? BinaryDecoder().decode(NormalizedDocument.self, from: damaged)   // must not crash
        }
        XCTAssertThrowsError(try BinaryDecoder().decode([Int].self, from: [BinaryTag.array.rawValue, 0xff, 0xff, 0xff, 0x0f]))
    }

    /// A custom encoding that writes to a container after a later one was opened cannot be stored
    /// in nested order: an error, not damaged bytes.
    func testWritingToAFinishedContainerIsAnError() {
        struct Interleaved: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: Encoder) throws {
                var outer = encoder.container(keyedBy: Keys.self)
                var first = outer.nestedUnkeyedContainer(forKey: .a)
                var second = outer.nestedUnkeyedContainer(forKey: .b)
                try second.encode(1)
                try first.encode(2)
            }
        }
        XCTAssertThrowsError(try BinaryEncoder().encode(Interleaved()))
    }
}
