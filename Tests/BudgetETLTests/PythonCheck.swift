import Foundation
import XCTest

/// Runs a Python check script with the interpreter of the repository's test venv (.venv-ci, made by
/// .ci/run with pyarrow, duckdb, frictionless and openpyxl). Without the venv the test is skipped on
/// a developer machine but fails when CI=true, so CI cannot pass without the checks having run.
enum PythonCheck {
    static let interpreter = Workspace.repository.appendingPathComponent(".venv-ci/bin/python")

    /// The interpreter, or a skip/failure when the venv is missing.
    static func requireInterpreter(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        if FileManager.default.isExecutableFile(atPath: interpreter.path) { return interpreter }
        let message = "\(interpreter.path) is missing: run .ci/run (or python3 -m venv .venv-ci && "
            + ".venv-ci/bin/pip install pyarrow duckdb frictionless openpyxl)"
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail(message, file: file, line: line)
            throw XCTSkip("failed above")
        }
        throw XCTSkip(message)
    }

    /// Runs `script` (Python source) with `arguments`; returns its standard output. Fails the test
    /// with the script's standard error when it exits non-zero.
    @discardableResult
    static func run(_ script: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let python = try requireInterpreter(file: file, line: line)
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stdout = String(decoding: outData, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, "python check failed:\n\(String(decoding: errData, as: UTF8.self))\n\(stdout)",
                       file: file, line: line)
        return stdout
    }
}
