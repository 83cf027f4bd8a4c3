import Foundation
import XCTest

/// The repository's Python scripts that tests and fixtures depend on (the real documents' scorer,
/// the rendered fixtures' renderer) carry unit tests of their own; they run with the suite, so a
/// change that breaks a script fails CI like any other.
final class ScriptTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testFactScorer() throws {
        try runScriptTests("scripts/test_score_facts.py")
    }

    func testRendererPrintsHeadersAsDocumentsDo() throws {
        try runScriptTests("scripts/test_render_pdf_variants.py")
    }

    private func runScriptTests(_ path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.repository.appendingPathComponent(path).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("\nOK"), text)
    }
}
