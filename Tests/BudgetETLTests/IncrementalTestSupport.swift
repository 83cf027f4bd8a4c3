import Foundation
import XCTest
@testable import BudgetETL

/// A temporary folder with input/, output/ and a pipeline.yaml (the repository's, pointed at them),
/// for the incremental-run, lock and kill tests.
final class Workspace {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    var input: URL { root.appendingPathComponent("input") }
    var output: URL { root.appendingPathComponent("output") }
    var configFile: URL { root.appendingPathComponent("pipeline.yaml") }

    init(_ test: XCTestCase, name: String = "ws") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let root = self.root
        test.addTeardownBlock {
            _ = try? Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "u+rwX", root.path]).waitUntilExit()
            try? FileManager.default.removeItem(at: root)
        }
        // Its folders (input, output) are relative to its own folder: here, root.
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("pipeline.yaml"), to: configFile)
    }

    /// Replaces text in pipeline.yaml (fails the test when the text is not there).
    func editConfig(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let yaml = try String(contentsOf: configFile, encoding: .utf8)
        XCTAssertTrue(yaml.contains(old), "pipeline.yaml has no \(old)", file: file, line: line)
        try yaml.replacingOccurrences(of: old, with: new).write(to: configFile, atomically: true, encoding: .utf8)
    }

    func config(output: URL? = nil) throws -> PipelineConfig {
        try PipelineConfigLoader.load(file: configFile, outputOverride: output)
    }

    /// Copies of the repository's sample documents.
    func copySamples() throws {
        let samples = Self.repository.appendingPathComponent("input")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path) where name.hasSuffix(".txt") {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
    }

    /// `count` documents made by the repository's scripts/make_corpus.py from its input/ samples.
    func makeCorpus(count: Int, seed: Int = 5, into folder: URL? = nil) throws {
        try CorpusGenerator.make(count: count, seed: seed, into: folder ?? input)
    }

    var inputNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: input.path)) ?? []).sorted()
    }

    /// Changes one amount in a document (a digit of its first 合计 line), keeping its size.
    func editDocument(_ name: String) throws {
        let url = input.appendingPathComponent(name)
        var text = Array(try String(contentsOf: url, encoding: .utf8))
        let start = text.indices.first { i in i + 1 < text.count && text[i] == "合" && text[i + 1] == "计" }!
        let digit = text.indices.first { $0 > start && text[$0].isASCII && text[$0].isNumber && text[$0] != "9" }!
        text[digit] = Character(String(Int(String(text[digit]))! + 1))
        try String(text).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Runs in this process.
    @discardableResult
    func run(_ options: RunOptions = RunOptions(), output: URL? = nil) throws -> RunReport {
        try PipelineRunner(config: try config(output: output), options: options, log: RunLog(verbosity: .quiet)).execute().report
    }

    /// A run over the same input into a fresh folder, for comparison.
    func cleanRun(_ options: RunOptions = RunOptions()) throws -> [String: Data] {
        let folder = root.appendingPathComponent("clean-\(UUID().uuidString)")
        try run(options, output: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try Self.outputs(folder)
    }

    /// Every CSV file of an output folder (path below it → bytes).
    static func outputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in ["long.csv", "documents.csv", "rejects.csv", "validation.csv"] {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        let wide = folder.appendingPathComponent("wide")
        for name in try FileManager.default.contentsOfDirectory(atPath: wide.path) where !name.hasPrefix(".") {
            files["wide/" + name] = try Data(contentsOf: wide.appendingPathComponent(name))
        }
        return files
    }

    func outputs() throws -> [String: Data] { try Self.outputs(output) }

    /// Asserts two output sets are byte for byte the same, naming the first file that differs.
    static func assertEqual(_ a: [String: Data], _ b: [String: Data], _ message: String = "",
                            file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.keys.sorted(), b.keys.sorted(), "files differ \(message)", file: file, line: line)
        for name in a.keys.sorted() where a[name] != b[name] {
            XCTFail("\(name) differs \(message)", file: file, line: line)
            return
        }
    }

    /// The stage counts of a report as [processed] in stage order.
    static func processed(_ report: RunReport) -> [Int] { Stage.allCases.map { report.stages[$0].processed } }
}

/// The repository's corpus generator (scripts/make_corpus.py), which varies the samples in input/.
enum CorpusGenerator {
    static let script = Workspace.repository.appendingPathComponent("scripts/make_corpus.py")

    static func make(count: Int, seed: Int, into folder: URL, mixedEncodings: Bool = false,
                     file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, folder.path, "--count", String(count), "--seed", String(seed)]
            + (mixedEncodings ? ["--mixed-encodings"] : [])
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "scripts/make_corpus.py failed", file: file, line: line)
    }
}

/// The budget-etl binary of this build, for the tests that need a separate process (kill, lock).
enum BuiltBinary {
    static let url: URL? = {
        var candidates: [URL] = []
        // The test bundle runs from the build folder (…/debug/budget-etlPackageTests.xctest).
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("budget-etl"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("budget-etl"))
        for scratch in [".build", ".build-g"] {
            candidates.append(Workspace.repository.appendingPathComponent("\(scratch)/debug/budget-etl"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The binary, or the test is skipped.
    static func require() throws -> URL {
        guard let url else { throw XCTSkip("the budget-etl binary is not built beside the tests (run swift build first)") }
        return url
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The test process's environment, with its own tool stamp: the binary and the library the
    /// tests call in process are one tool, so each reuses what the other stored.
    static var environment: [String: String] {
        ProcessInfo.processInfo.environment.merging([ToolFingerprints.toolStampVariable: ToolFingerprints.executableStamp]) { $1 }
    }

    /// Runs the binary to its end.
    static func run(_ arguments: [String], in folder: URL) throws -> Result {
        let process = try start(arguments, in: folder)
        let out = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let err = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }

    static func start(_ arguments: [String], in folder: URL, quietOutput: Bool = false) throws -> Process {
        let process = Process()
        process.executableURL = try require()
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment
        if quietOutput {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
        } else {
            process.standardOutput = Pipe()
            process.standardError = Pipe()
        }
        try process.run()
        return process
    }
}
