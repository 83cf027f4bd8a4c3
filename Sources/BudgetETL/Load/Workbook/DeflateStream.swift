import CZlib
import Foundation

/// Raw deflate (no zlib or gzip wrapper: a zip entry carries its own CRC-32 and sizes) of a byte
/// stream, compressed as it is written, into memory or onto the end of a spool file, so a sheet of
/// a million rows never exists whole in memory.
///
/// A finished stream is a `DeflatedPiece`. Pieces can be concatenated into one zip entry: every
/// piece but the last is ended with a sync flush (`finish(last: false)`: byte-aligned, no final
/// block), and a piece refers to no bytes of another (each is a stream of its own, started anew by
/// `restart`), so their concatenation is one valid deflate stream, whatever run compressed each.
/// That is how a sheet's head (column widths, known only after its last row) is put in front of
/// its rows, and how a block of rows is copied from the previous run's workbook.
final class DeflateStream {
    private var stream = z_stream()
    private var input: [UInt8] = []
    private var output: [UInt8]
    private var crc: UInt32 = 0
    private var size = 0
    private var compressedSize = 0
    private let spool: Spool?
    private var memory: [UInt8] = []

    private static let inputChunk = 1 << 16
    /// Level 1: about 180 MB/s here, and sheet XML is repetitive enough to compress well anyway.
    private static let level: Int32 = 1

    /// `spool`: the file the compressed bytes are appended to; nil keeps them in memory (small parts).
    init(spool: Spool? = nil) throws {
        self.spool = spool
        output = [UInt8](repeating: 0, count: 1 << 16)
        input.reserveCapacity(Self.inputChunk)
        // Window bits -15: raw deflate with the largest window.
        let status = deflateInit2_(&stream, Self.level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                                   ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw Zlib.Failure(description: "zlib deflate could not be initialized (\(status))") }
    }

    deinit { deflateEnd(&stream) }

    func write(_ bytes: [UInt8]) throws {
        input.append(contentsOf: bytes)
        if input.count >= Self.inputChunk { try compressInput(flush: Z_NO_FLUSH) }
    }

    /// Ends the stream: with the final block when `last`, else with a sync flush so another piece
    /// can follow. The stream cannot be written again until `restart`.
    func finish(last: Bool) throws -> DeflatedPiece {
        try compressInput(flush: last ? Z_FINISH : Z_SYNC_FLUSH)
        // The piece's bytes are the last `compressedSize` appended to the spool.
        let storage: DeflatedPiece.Storage = spool.map { .spool($0, $0.length - compressedSize) } ?? .memory(memory)
        return DeflatedPiece(crc: crc, size: size, compressedSize: compressedSize, storage: storage)
    }

    /// Starts a new stream, independent of what was written before (no back-references), with
    /// the same settings: cheaper than a new `DeflateStream`.
    func restart() throws {
        let status = deflateReset(&stream)
        guard status == Z_OK else { throw Zlib.Failure(description: "zlib deflate could not be reset (\(status))") }
        crc = 0
        size = 0
        compressedSize = 0
        memory = []
    }

    private func compressInput(flush: Int32) throws {
        crc = input.withUnsafeBufferPointer { UInt32(CZlib.crc32(uLong(crc), $0.baseAddress, uInt($0.count))) }
        size += input.count
        try input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(inBuffer.count)
            while true {
                let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return deflate(&stream, flush)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw Zlib.Failure(description: "zlib deflate failed (\(status))")
                }
                let produced = output.count - Int(stream.avail_out)
                try emit(output[0..<produced])
                // Done when zlib had room to spare: all input taken and the flush complete.
                if stream.avail_out != 0 { break }
            }
        }
        input.removeAll(keepingCapacity: true)
    }

    private func emit(_ bytes: ArraySlice<UInt8>) throws {
        compressedSize += bytes.count
        if let spool { try spool.append(bytes) } else { memory.append(contentsOf: bytes) }
    }
}

/// A finished part of a deflate stream, with what the zip headers need to know of it.
struct DeflatedPiece {
    enum Storage {
        case memory([UInt8])
        /// Bytes of a spool file, from an offset.
        case spool(Spool, Int)
        /// Bytes of another file (the previous workbook), from an offset.
        case file(ReadableFile, Int)
    }

    var crc: UInt32
    /// Bytes before compression.
    var size: Int
    var compressedSize: Int
    var storage: Storage

    /// Compresses a small part whole.
    static func of(_ bytes: [UInt8], last: Bool = true) throws -> DeflatedPiece {
        let stream = try DeflateStream()
        try stream.write(bytes)
        return try stream.finish(last: last)
    }
}
