import Foundation
import XCTest
@testable import BudgetETL

final class AtomicFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testWritesReplacesAndLeavesNoTemporaryFile() throws {
        let url = folder.appendingPathComponent("state")
        let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try AtomicFile.write(large, to: url)
        XCTAssertEqual(Array(try Data(contentsOf: url)), large)
        try AtomicFile.write(Array("短".utf8), to: url)
        XCTAssertEqual(Array(try Data(contentsOf: url)), Array("短".utf8))
        try AtomicFile.write([], to: url)
        XCTAssertEqual(try Data(contentsOf: url).count, 0)
        XCTAssertEqual(try names(), ["state"])
    }

    func testAMissingFolderFailsAndLeavesTheTargetAbsent() throws {
        let url = folder.appendingPathComponent("missing/state")
        XCTAssertThrowsError(try AtomicFile.write([1, 2, 3], to: url)) { error in
            XCTAssertTrue("\(error)".contains("missing"), "\(error)")
        }
        XCTAssertEqual(try names(), [])
    }

    /// A target that is a folder cannot be replaced: the rename fails and the temporary file goes.
    func testAFailedRenameRemovesTheTemporaryFile() throws {
        let url = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("inside"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write([1], to: url))
        XCTAssertEqual(try names(), ["taken"])
    }
}
