import Foundation
import XCTest
@testable import BudgetETL

/// Inputs as they come: gzip-compressed, behind symbolic links, unreadable, named with spaces and
/// Chinese characters.
final class IncrementalInputFilesTests: XCTestCase {
    private static let sample = "yima-medical-security-bureau-2023-final.txt"

    private func lines(_ ws: Workspace, _ name: String) throws -> [String] {
        String(decoding: try ws.outputs()[name]!, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// long.csv lines of one document without document_id and source_file.
    private func content(_ ws: Workspace, of sourceFile: String) throws -> [String] {
        try lines(ws, "long.csv").dropFirst().filter { $0.contains(",\(sourceFile),") }.map {
            $0.replacingOccurrences(of: sourceFile, with: "").split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",")
        }
    }

    private func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    func testGzipInputIsReadThroughZlib() throws {
        let ws = try Workspace(self, name: "gzip")
        let original = try Data(contentsOf: Workspace.repository.appendingPathComponent("input/\(Self.sample)"))
        try original.write(to: ws.input.appendingPathComponent("plain.txt"))
        let compressed = try gzip(original)
        try compressed.write(to: ws.input.appendingPathComponent("packed.txt.gz"))
        // Two gzip members one after the other (cat a.gz b.gz) read as one file, as gzip -d does.
        let half = original.count / 2
        try (try gzip(original.prefix(half)) + (try gzip(original.suffix(from: half)))).write(to: ws.input.appendingPathComponent("two members.txt.gz"))
        try compressed.prefix(compressed.count / 2).write(to: ws.input.appendingPathComponent("cut.txt.gz"))
        try Data("plain text, not gzip".utf8).write(to: ws.input.appendingPathComponent("fake.txt.gz"))

        let report = try ws.run()
        XCTAssertEqual(report.documents.total, 5)
        let plain = try content(ws, of: "plain.txt")
        XCTAssertGreaterThan(plain.count, 100)
        XCTAssertEqual(try content(ws, of: "packed.txt.gz"), plain)
        XCTAssertEqual(try content(ws, of: "two members.txt.gz"), plain)

        let documents = try lines(ws, "documents.csv")
        let packed = documents.first { $0.contains(",packed.txt.gz,") }!
        XCTAssertTrue(packed.contains(",\(SHA256.hex(Array(compressed))),"), "sha256 is that of the file's bytes")
        XCTAssertTrue(packed.hasSuffix(",ok"), packed)
        XCTAssertTrue(documents.first { $0.contains(",cut.txt.gz,") }!.hasSuffix(",failed: cannot decompress: gzip data ends too early (truncated file)"))
        XCTAssertTrue(documents.first { $0.contains(",fake.txt.gz,") }!.hasSuffix(",failed: cannot decompress: not gzip data (no gzip signature at the start)"))
    }

    func testSymbolicLinksAreFollowedToFilesAndFolders() throws {
        let ws = try Workspace(self, name: "links")
        let elsewhere = ws.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let sample = Workspace.repository.appendingPathComponent("input/\(Self.sample)")
        try FileManager.default.copyItem(at: sample, to: elsewhere.appendingPathComponent("target.txt"))
        try FileManager.default.copyItem(at: sample, to: elsewhere.appendingPathComponent("sub/in-folder.txt"))
        try FileManager.default.createSymbolicLink(at: ws.input.appendingPathComponent("link.txt"),
                                                   withDestinationURL: elsewhere.appendingPathComponent("target.txt"))
        try FileManager.default.createSymbolicLink(at: ws.input.appendingPathComponent("linked"),
                                                   withDestinationURL: elsewhere.appendingPathComponent("sub"))
        // A loop back to the input folder is read once.
        try FileManager.default.createSymbolicLink(at: ws.input.appendingPathComponent("loop"), withDestinationURL: ws.input)
        try FileManager.default.createSymbolicLink(atPath: ws.input.appendingPathComponent("broken.txt").path,
                                                   withDestinationPath: "/nonexistent/broken.txt")
        try ws.run()
        let documents = try lines(ws, "documents.csv").dropFirst()
        XCTAssertEqual(documents.map { String($0.split(separator: ",")[1]) }, ["broken.txt", "link.txt", "linked/in-folder.txt"])
        XCTAssertEqual(try content(ws, of: "link.txt"), try content(ws, of: "linked/in-folder.txt"))
        XCTAssertTrue(documents.first!.hasSuffix(",failed: cannot read: broken symbolic link (its target /nonexistent/broken.txt does not exist)"))

        // A link pointed elsewhere is a changed input.
        try FileManager.default.removeItem(at: ws.input.appendingPathComponent("link.txt"))
        try FileManager.default.createSymbolicLink(at: ws.input.appendingPathComponent("link.txt"),
                                                   withDestinationURL: Workspace.repository.appendingPathComponent("input/jiaozuo-insurance-center-2023-final.txt"))
        let report = try ws.run()
        XCTAssertEqual(report.stages.normalize.processed, 1)
        Workspace.assertEqual(try ws.outputs(), try ws.cleanRun())
    }

    func testNamesWithSpacesCommasAndChineseCharactersWork() throws {
        let ws = try Workspace(self, name: "names")
        let names = ["安阳 2023 预算.txt", "子目录 一/焦作, 决算.txt", "a  b.txt"]
        let samples = ["anyang-insurance-center-2023-budget.txt", "jiaozuo-insurance-center-2023-final.txt", Self.sample]
        for (name, sample) in zip(names, samples) {
            let url = ws.input.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Workspace.repository.appendingPathComponent("input/\(sample)"), to: url)
        }
        let report = try ws.run()
        XCTAssertEqual(report.documents.ok, 3)
        let documents = try lines(ws, "documents.csv")
        XCTAssertTrue(documents[1].contains(",a  b.txt,"), documents[1])
        XCTAssertTrue(documents[2].contains(",\"子目录 一/焦作, 决算.txt\","), "quoted for its comma: \(documents[2])")
        XCTAssertTrue(documents[3].contains(",安阳 2023 预算.txt,"), documents[3])
        XCTAssertTrue(documents.dropFirst().allSatisfy { $0.hasSuffix(",ok") })
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0])
        try ws.editDocument("子目录 一/焦作, 决算.txt")
        XCTAssertEqual(Workspace.processed(try ws.run(RunOptions(only: ["子目录 一/*"]))), [1, 1, 1, 1])
    }

    /// Unreadable for an ordinary user. As root (who reads everything) the run is done by the
    /// built binary as user nobody (setpriv); the reason is also checked directly.
    func testAnUnreadableFileFailsAndTheRunGoesOn() throws {
        XCTAssertEqual(FileReading.reason(EACCES), "permission denied")
        let ws = try Workspace(self, name: "unreadable")
        try ws.copySamples()
        let locked = ws.input.appendingPathComponent("locked.txt")
        try FileManager.default.copyItem(at: ws.input.appendingPathComponent(Self.sample), to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)

        if getuid() != 0 {
            let report = try ws.run()
            XCTAssertEqual(report.documents.failed, 1)
        } else {
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: setpriv.path), "root, and no setpriv to run as nobody")
            let binary = try BuiltBinary.require()
            var folder = binary.deletingLastPathComponent()
            while folder.path != "/" {   // nobody must reach the binary
                try XCTSkipUnless(access(folder.path, X_OK) == 0 && (try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as! Int) & 0o001 != 0,
                                  "\(folder.path) is not searchable by other users")
                folder = folder.deletingLastPathComponent()
            }
            _ = try Process.run(URL(fileURLWithPath: "/bin/chmod"), arguments: ["-R", "o+rwX", ws.root.path]).waitUntilExit()
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: ws.root.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
            let process = Process()
            process.executableURL = setpriv
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path, "run", "--config", ws.configFile.path, "--quiet"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, ExitStatus.documentFailed.rawValue, message)
            XCTAssertTrue(message.contains("failed: locked.txt: cannot read: permission denied"), message)
        }
        let documents = try lines(ws, "documents.csv")
        XCTAssertEqual(documents.count, 7)
        XCTAssertTrue(documents.first { $0.contains(",locked.txt,") }!.hasSuffix(",locked.txt,,,,unknown,,0,0,0,0,0,0,,failed: cannot read: permission denied"),
                      documents.joined(separator: "\n"))
        XCTAssertEqual(documents.filter { $0.hasSuffix(",ok") }.count, 5, "the run went on")
    }
}
