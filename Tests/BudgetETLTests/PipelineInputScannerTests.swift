import Foundation
import XCTest
@testable import BudgetETL

final class PipelineInputScannerTests: XCTestCase {
    func testGlobWithoutSlashMatchesTheFileNameAtAnyDepth() {
        let glob = GlobPattern("*.txt")
        XCTAssertTrue(glob.matches(relativePath: "a.txt"))
        XCTAssertTrue(glob.matches(relativePath: "2023/安阳/a.txt"))
        XCTAssertFalse(glob.matches(relativePath: "a.txt.bak"))
        XCTAssertFalse(glob.matches(relativePath: "a.md"))
        XCTAssertTrue(GlobPattern("?.txt").matches(relativePath: "x/b.txt"))
        XCTAssertFalse(GlobPattern("?.txt").matches(relativePath: "bb.txt"))
        XCTAssertTrue(GlobPattern("[a].txt").matches(relativePath: "[a].txt"), "brackets are literal")
    }

    func testGlobWithSlashMatchesTheWholePath() {
        XCTAssertTrue(GlobPattern("2023/*.txt").matches(relativePath: "2023/a.txt"))
        XCTAssertFalse(GlobPattern("2023/*.txt").matches(relativePath: "2023/x/a.txt"), "* does not cross /")
        XCTAssertFalse(GlobPattern("2023/*.txt").matches(relativePath: "a.txt"))
        XCTAssertTrue(GlobPattern("2023/**/*.txt").matches(relativePath: "2023/a.txt"), "** may be no folder")
        XCTAssertTrue(GlobPattern("2023/**/*.txt").matches(relativePath: "2023/x/y/a.txt"))
        XCTAssertTrue(GlobPattern("**/final/*.txt").matches(relativePath: "a/b/final/c.txt"))
        XCTAssertFalse(GlobPattern("**/final/*.txt").matches(relativePath: "a/b/c.txt"))
    }

    func testScanFindsMatchingFilesRecursivelySortedByteWiseSkippingHidden() throws {
        let folder = try makeTree(["a.txt", "B.txt", "中.txt", "z/c.txt", "z/d.md", ".hidden.txt", "y/.h/e.txt",
                                   "2023/x/f.txt"])
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("dir.txt"),
                                                withIntermediateDirectories: true)
        let files = try InputScanner(folder: folder, patterns: ["*.txt"]).scan()
        XCTAssertEqual(files.map(\.relativePath), ["2023/x/f.txt", "B.txt", "a.txt", "z/c.txt", "中.txt"])
        XCTAssertEqual(files[0].url.path, folder.appendingPathComponent("2023/x/f.txt").path)

        let some = try InputScanner(folder: folder, patterns: ["z/*", "a.*"]).scan()
        XCTAssertEqual(some.map(\.relativePath), ["a.txt", "z/c.txt", "z/d.md"])
    }

    func testBrokenSymbolicLinkIsTakenSoItFailsVisibly() throws {
        let folder = try makeTree(["a.txt"])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.txt").path,
                                                   withDestinationPath: "/nonexistent/b.txt")
        XCTAssertEqual(try InputScanner(folder: folder, patterns: ["*.txt"]).scan().map(\.relativePath), ["a.txt", "b.txt"])
    }

    private func makeTree(_ paths: [String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scan-tests-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        for path in paths {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        return folder
    }
}
