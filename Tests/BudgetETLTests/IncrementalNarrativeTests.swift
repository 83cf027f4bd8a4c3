import Foundation
import XCTest
@testable import BudgetETL

/// The narrative is stored with the extract result only (not again with the normalize result):
/// validate takes it from there when it reads a stored normalize result, and is computed again when
/// only the narrative changed.
final class IncrementalNarrativeTests: XCTestCase {
    private static let stated = "其他收入266.15元"

    private func samples() throws -> Workspace {
        let ws = try Workspace(self, name: "narrative")
        try ws.copySamples()
        return ws
    }

    private static func validation(_ outputs: [String: Data]) -> String {
        String(decoding: outputs["validation.csv"] ?? Data(), as: UTF8.self)
    }

    /// A setting only validate reads: validate reruns from the stored normalize results, and its
    /// narrative findings are a clean run's.
    func testValidateAloneReadsTheNarrativeOfTheExtractResult() throws {
        let ws = try samples()
        try ws.run()
        try ws.editConfig("narrative_heading: '^[一二三四五六七八九十]+、'", "narrative_heading: '^[一二三四五六七八九十百]+、'")
        let report = try ws.run()
        XCTAssertEqual(Workspace.processed(report).prefix(3), [0, 0, 5])
        let outputs = try ws.outputs()
        XCTAssertTrue(Self.validation(outputs).contains(",narrative,"))
        Workspace.assertEqual(outputs, try ws.cleanRun())
    }

    /// A figure changed in the narrative alone leaves the tables as they were, but validate reads it.
    func testANarrativeChangeRerunsValidate() throws {
        let ws = try samples()
        try ws.run()
        // The one sample whose narrative states this figure (once).
        let texts = try ws.inputNames.map { name in
            (ws.input.appendingPathComponent(name), try String(contentsOf: ws.input.appendingPathComponent(name), encoding: .utf8))
        }
        let stating = texts.filter { $0.1.components(separatedBy: Self.stated).count == 2 }
        XCTAssertEqual(stating.count, 1)
        let (url, text) = try XCTUnwrap(stating.first)
        try text.replacingOccurrences(of: Self.stated, with: "其他收入266.16元").write(to: url, atomically: false, encoding: .utf8)
        let report = try ws.run()
        XCTAssertEqual(Workspace.processed(report).prefix(3), [1, 1, 1])
        let outputs = try ws.outputs()
        XCTAssertTrue(Self.validation(outputs).contains("“其他收入266.16元”"))
        Workspace.assertEqual(outputs, try ws.cleanRun())
    }
}
