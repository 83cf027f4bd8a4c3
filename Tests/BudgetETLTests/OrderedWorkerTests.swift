import Foundation
import XCTest
@testable import BudgetETL

/// The workbook's own thread: items run in order, a failure stops the rest and reaches the caller,
/// and the workbook written on it is the one written inline.
final class OrderedWorkerTests: XCTestCase {
    private final class Log: @unchecked Sendable {
        let lock = NSLock()
        var items: [Int] = []
        func add(_ n: Int) { lock.lock(); items.append(n); lock.unlock() }
    }

    private struct Stop: Error {}

    func testItemsRunInOrder() throws {
        let log = Log()
        let worker = OrderedWorker(backlog: 2)
        for n in 0..<200 { try worker.submit { log.add(n) } }
        try worker.finish()
        XCTAssertEqual(log.items, Array(0..<200))
    }

    func testTheFirstFailureStopsTheRestAndIsThrown() {
        let log = Log()
        let worker = OrderedWorker(backlog: 1)
        var submitted = 0
        do {
            for n in 0..<100 {
                try worker.submit {
                    if n == 3 { throw Stop() }
                    log.add(n)
                }
                submitted += 1
            }
        } catch {
            XCTAssertTrue(error is Stop)
        }
        XCTAssertThrowsError(try worker.finish()) { XCTAssertTrue($0 is Stop) }
        XCTAssertEqual(Array(log.items.prefix(3)), [0, 1, 2])
        XCTAssertFalse(log.items.contains { $0 > 3 && $0 > submitted })
        XCTAssertFalse(log.items.contains(3))
    }

    /// The workbook and the Parquet files written on threads of their own are those written inline.
    func testTheFilesWrittenOnTheirOwnThreadsAreTheSame() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lane-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let config = try PipelineConfigLoader.load(file: Workspace.repository.appendingPathComponent("pipeline.yaml"))
        let validator = Validator(config: config.validation)
        let documents = [LoadFixtures.budget, LoadFixtures.finalAccount, LoadFixtures.failed]
            .sorted { $0.sourceFile.utf8.lexicographicallyPrecedes($1.sourceFile.utf8) }
        let fragments = documents.map { LoadFragment($0, validation: validator.check($0)) }
        var workbooks: [Data] = []
        var parquetFiles: [[String: Data]] = []
        for thread in [false, true] {
            let folder = root.appendingPathComponent("thread-\(thread)")
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("wide"), withIntermediateDirectories: true)
            var assembler = OutputAssembler(folder: folder, byteOrderMark: false, outputUnit: "元")
            assembler.workbook = WorkbookWriter.About(toolVersion: "t", configFingerprint: "f", runTime: "r", outputUnit: "元")
            assembler.workbookThread = thread
            assembler.parquetThread = thread
            // Blocks of one document: the lane's items interleave begins, rows and block ends.
            assembler.parquet = OutputAssembler.ParquetOptions(settings: ParquetSettings(), shard: Shard.whole, keyValues: [],
                                                               baseKey: "k", documentsPerBlock: 1)
            let prepared = try assembler.assemble(OutputAssembler.Source(
                count: fragments.count, summary: { fragments[$0].summary }, fragment: { fragments[$0] }, key: { String($0) }))
            let workbook = try XCTUnwrap(prepared.files.first { $0.target.lastPathComponent == WorkbookWriter.fileName })
            workbooks.append(try Data(contentsOf: workbook.url))
            var parquet: [String: Data] = [:]
            for file in prepared.files where file.target.pathExtension == "parquet" {
                parquet[String(file.target.path.dropFirst(folder.path.count))] = try Data(contentsOf: file.url)
            }
            parquetFiles.append(parquet)
            prepared.discard()
        }
        XCTAssertGreaterThan(workbooks[0].count, 1000)
        XCTAssertEqual(workbooks[0], workbooks[1])
        XCTAssertGreaterThanOrEqual(parquetFiles[0].count, 5, "\(parquetFiles[0].keys.sorted())")
        XCTAssertEqual(parquetFiles[0], parquetFiles[1])
    }
}
