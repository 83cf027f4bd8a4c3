import CZlib
import Foundation

/// A zlib deflate stream kept for many inputs, each compressed whole as a stream of its own.
/// `deflateReset` between inputs gives the bytes a new stream with the same settings gives, without
/// allocating zlib's window, hash chains and pending buffer (about 260 KB) and freeing them again
/// for every input: that cost about 45 µs a call, ten times the compression of a few hundred
/// bytes (most Parquet pages, every state file's first step).
final class Deflater {
    /// zlib's settings: the compression level, the window bits (15: zlib framing, 31: gzip) and the
    /// memory level (8, zlib's default, is what `compress2` uses).
    struct Settings: Hashable {
        var level: Int32
        var windowBits: Int32
        var memoryLevel: Int32 = 8
    }

    private var stream = z_stream()

    private init(_ settings: Settings) {
        let status = deflateInit2_(&stream, settings.level, Z_DEFLATED, settings.windowBits, settings.memoryLevel, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed with \(status)")
    }

    deinit { deflateEnd(&stream) }

    /// `input` compressed whole (`Z_FINISH`), as `compress2` or a fresh stream would.
    private func compress(_ input: [UInt8]) -> [UInt8] {
        precondition(deflateReset(&stream) == Z_OK, "deflateReset failed")
        let bound = Int(deflateBound(&stream, uLong(input.count)))
        return input.withUnsafeBufferPointer { inp in
            [UInt8](unsafeUninitializedCapacity: bound) { out, count in
                stream.next_in = UnsafeMutablePointer(mutating: inp.baseAddress)
                stream.avail_in = uInt(inp.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                let status = deflate(&stream, Z_FINISH)
                precondition(status == Z_STREAM_END, "deflate failed with \(status)")
                count = Int(stream.total_out)
            }
        }
    }

    /// Streams not in use, by settings; one per thread compressing at a time at most.
    private static var idle: [Settings: [Deflater]] = [:]
    private static let lock = NSLock()

    /// `input` compressed with `settings` by an idle stream (a new one when none is idle).
    static func compress(_ input: [UInt8], _ settings: Settings) -> [UInt8] {
        let deflater = lock.withLock { idle[settings]?.popLast() } ?? Deflater(settings)
        defer { lock.withLock { idle[settings, default: []].append(deflater) } }
        return deflater.compress(input)
    }
}
