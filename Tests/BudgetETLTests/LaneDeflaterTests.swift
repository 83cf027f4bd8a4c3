import CZlib
import Foundation
import XCTest
@testable import BudgetETL

/// A sheet's rows compressed on the workbook's deflate thread give the same pieces, byte for byte,
/// as rows compressed where they are written, and those pieces inflate to the rows.
final class LaneDeflaterTests: XCTestCase {
    private struct Sheet {
        var pieces: [[UInt8]]
        var segments: [(rows: Int, crc: UInt32?, size: Int?)]
    }

    /// Blocks of 0, 2,500, 0, 7,000 and 400 rows (several 64 KB pieces of XML each, empty blocks
    /// between), text repeated and new, integers and decimals.
    private func write(lane: OrderedWorker?) throws -> Sheet {
        let columns = [WorkbookColumn(name: "label", kind: .text, meaning: ""),
                       WorkbookColumn(name: "line", kind: .integer, meaning: ""),
                       WorkbookColumn(name: "amount", kind: .decimal, meaning: "")]
        let writer = try SheetWriter(columns: columns, spool: nil, lane: lane)
        var seed: UInt64 = 7
        for (block, rows) in [0, 2_500, 0, 7_000, 400].enumerated() {
            for n in 0..<rows {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let label = n % 5 == 0 ? "一般公共预算支出 \(seed >> 40)" : "项目 \(block)"
                try writer.append([.string(label), .integer(n), .decimal(ExactDecimal(mantissa: Int64(seed >> 44), scale: 2))])
            }
            try writer.endBlock(signature: "block \(block)")
        }
        let (pieces, _) = try writer.finish(selected: false)
        return Sheet(pieces: try pieces.map(Self.bytes),
                     segments: writer.segments.map { ($0.rows, $0.piece?.crc, $0.piece?.size) })
    }

    func testRowsCompressedOnTheLaneAreTheSameBytes() throws {
        let here = try write(lane: nil)
        let lane = OrderedWorker(backlog: 2)
        let onLane = try write(lane: lane)
        XCTAssertEqual(onLane.pieces, here.pieces)
        XCTAssertEqual(onLane.segments.map(\.rows), [0, 2_500, 0, 7_000, 400])
        XCTAssertEqual(onLane.segments.map(\.crc), here.segments.map(\.crc))
        XCTAssertEqual(onLane.segments.map(\.size), here.segments.map(\.size))
        // Blocks without rows have no piece; the others more than one 64 KB piece of XML.
        XCTAssertEqual(onLane.segments.map { $0.crc == nil }, [true, false, true, false, false])
        XCTAssertGreaterThan(onLane.segments[3].size ?? 0, 4 << 16)

        let xml = String(decoding: try Self.inflate(onLane.pieces.flatMap { $0 }), as: UTF8.self)
        XCTAssertEqual(xml.components(separatedBy: "<row>").count - 1, 1 + 2_500 + 7_000 + 400)
        XCTAssertTrue(xml.hasSuffix("</sheetData><autoFilter ref=\"A1:C9901\"/></worksheet>"))
    }

    func testAFailureOnTheLaneReachesTheSheetsFinish() throws {
        let lane = OrderedWorker(backlog: 1)
        try lane.submit { throw CocoaError(.fileWriteUnknown) }
        let writer = try SheetWriter(columns: [WorkbookColumn(name: "a", kind: .text, meaning: "")], spool: nil, lane: lane)
        XCTAssertThrowsError(try {
            for n in 0..<20_000 { try writer.append([.string("row \(n)")]) }
            _ = try writer.finish(selected: false)
        }())
    }

    /// Rows added outside any block, in several sheets sharing the lane: the same workbook.
    func testAWorkbookWithoutBlocksIsTheSameOnTheLane() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lane-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let about = WorkbookWriter.About(toolVersion: "t", configFingerprint: "f", runTime: "r", outputUnit: "元")
        let records: [Record] = (0..<3_000).map { n in
            [.string("d\(n % 7)"), .string("file \(n).txt"), .null, .string(""), .integer(n), .null, .null, .null, .null,
             .null, .null, .null, .null, .null]
        }
        var workbooks: [Data] = []
        for thread in [false, true] {
            let folder = root.appendingPathComponent("thread-\(thread)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let writer = try WorkbookWriter(folder: folder, wideColumns: [], about: about, deflateThread: thread)
            try writer.add(LoadFragment(long: [], rejects: [], validation: records, documents: records, wide: []), wideColumns: [:])
            let file = try writer.finish()
            workbooks.append(try Data(contentsOf: file.url))
            file.discard()
        }
        XCTAssertGreaterThan(workbooks[0].count, 20_000)
        XCTAssertEqual(workbooks[0], workbooks[1])
    }

    func testWorkGivenAfterFinishIsRefused() throws {
        let worker = OrderedWorker()
        try worker.finish()
        XCTAssertThrowsError(try worker.submit {}) { XCTAssertTrue($0 is OrderedWorker.Finished, "\($0)") }
    }

    private static func bytes(_ piece: DeflatedPiece) throws -> [UInt8] {
        guard case .memory(let bytes) = piece.storage else { throw CocoaError(.fileReadUnknown) }
        return bytes
    }

    /// Raw deflate (no wrapper), as a zip entry holds it.
    private static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw CocoaError(.fileReadUnknown)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            repeat {
                status = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output += buffer[0..<(buffer.count - Int(stream.avail_out))]
            } while status == Z_OK
        }
        guard status == Z_STREAM_END else { throw CocoaError(.fileReadCorruptFile) }
        return output
    }
}
