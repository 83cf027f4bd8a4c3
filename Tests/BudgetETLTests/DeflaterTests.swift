import CZlib
import Foundation
import XCTest
@testable import BudgetETL

/// A kept, reset deflate stream (`Deflater`) gives the bytes of a new stream for every input: the
/// state files' zlib format those of `compress2`, Parquet's gzip those of a stream made for the
/// input alone (the code it replaced, kept here as the reference), whatever was compressed before
/// and on however many threads.
final class DeflaterTests: XCTestCase {
    private func inputs() -> [[UInt8]] {
        var generator = SystemRandomNumberGenerator()
        let text = Array("一般公共预算财政拨款收入,2024,基本支出 / 人员经费,12345.67\n".utf8)
        let noise = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return [[], [7], text, Array(repeating: text, count: 500).flatMap { $0 }, noise,
                Array(noise.prefix(300)), text + noise.prefix(5_000) + text]
    }

    func testStateCompressionEqualsCompress2() throws {
        for input in inputs() + inputs().reversed() {
            for level: Int32 in [1, 6] {
                XCTAssertEqual(Zlib.compress(input, level: level), Self.compress2(input, level: level))
                XCTAssertEqual(try Zlib.uncompress(Zlib.compress(input, level: level), length: input.count), input)
            }
        }
    }

    func testGzipEqualsAFreshStream() throws {
        for input in inputs() + inputs().reversed() {
            for level: Int32 in [1, 6] {
                let gzipped = Zlib.gzip(input, level: level)
                XCTAssertEqual(gzipped, Self.freshGzip(input, level: level))
                XCTAssertEqual(try Zlib.gunzip(gzipped), input)
            }
        }
    }

    /// A hash table with an entry per input byte, from zlib's smallest (256 entries) to its default
    /// (32,768 entries, memory level 8) for inputs of 32 KB and more.
    func testGzipMemoryLevelFitsTheInput() {
        XCTAssertEqual([0, 1, 256, 257, 512, 600, 16_384, 16_385, 32_768, 32_769, 1 << 24].map(Zlib.gzipMemoryLevel),
                       [1, 1, 1, 2, 2, 3, 7, 8, 8, 8, 8])
    }

    func testThreadsCompressingAtOnceGetTheirOwnBytes() {
        let inputs = inputs()
        let expected = inputs.map { (Self.freshGzip($0, level: 6), Self.compress2($0, level: 1)) }
        let failures = NSLock()
        var wrong = 0
        DispatchQueue.concurrentPerform(iterations: 64) { n in
            let i = n % inputs.count
            let same = Zlib.gzip(inputs[i]) == expected[i].0 && Zlib.compress(inputs[i]) == expected[i].1
            if !same { failures.withLock { wrong += 1 } }
        }
        XCTAssertEqual(wrong, 0)
    }

    private static func compress2(_ input: [UInt8], level: Int32) -> [UInt8] {
        var length = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { CZlib.compress2(out.baseAddress, &length, $0.baseAddress, uLong($0.count), level) }
        }
        precondition(status == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    /// The gzip code before `Deflater`: a stream initialized for this input alone (at the memory
    /// level that fits the input's size).
    private static func freshGzip(_ input: [UInt8], level: Int32) -> [UInt8] {
        var stream = z_stream()
        var status = deflateInit2_(&stream, level, Z_DEFLATED, 31, Zlib.gzipMemoryLevel(input.count), Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK)
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        var input = input
        status = input.withUnsafeMutableBufferPointer { inp in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = inp.baseAddress
                stream.avail_in = uInt(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        precondition(status == Z_STREAM_END)
        return Array(output.prefix(Int(stream.total_out)))
    }
}
