import CZlib

/// The system zlib (Debian zlib1g-dev) through the CZlib system-library target: gzip input files,
/// compressed state files, and CRC-32 checksums. Foundation on Linux has no compression API.
enum Zlib {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Decompresses gzip data (a `.txt.gz` input), all members of a multi-member file in turn, as
    /// `gzip -d` does. `limit`: largest decompressed size accepted, so a damaged or hostile file
    /// cannot exhaust memory.
    static func gunzip(_ input: [UInt8], limit: Int = 1 << 30) throws -> [UInt8] {
        if input.count < 2 || input[0] != 0x1F || input[1] != 0x8B {
            throw Failure(description: "not gzip data (no gzip signature at the start)")
        }
        var stream = z_stream()
        // 15 + 16: a gzip wrapper (not zlib, not raw deflate), the largest window.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib could not be initialized")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(min(limit, max(4096, input.count * 4)))
        var chunk = [UInt8](repeating: 0, count: 256 * 1024)
        var consumed = 0
        return try input.withUnsafeBufferPointer { inBuffer -> [UInt8] in
            while true {
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress! + consumed)
                stream.avail_in = UInt32(inBuffer.count - consumed)
                var status: Int32 = Z_OK
                repeat {
                    status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(out.count)
                        return inflate(&stream, Z_NO_FLUSH)
                    }
                    let produced = chunk.count - Int(stream.avail_out)
                    if output.count + produced > limit {
                        throw Failure(description: "decompressed size exceeds \(limit / (1 << 20)) MB")
                    }
                    output.append(contentsOf: chunk[0..<produced])
                    if status == Z_STREAM_END { break }
                    if status != Z_OK {
                        throw Failure(description: message(stream, status: status, input: "damaged gzip data"))
                    }
                    if stream.avail_in == 0 && stream.avail_out != 0 {
                        throw Failure(description: "gzip data ends too early (truncated file)")
                    }
                } while true
                consumed = inBuffer.count - Int(stream.avail_in)
                // Another member follows (cat a.gz b.gz); trailing zero padding is ignored.
                if consumed < inBuffer.count, inBuffer[consumed...].contains(where: { $0 != 0 }) {
                    guard inflateReset(&stream) == Z_OK else { throw Failure(description: "zlib could not be reset") }
                    continue
                }
                return output
            }
        }
    }

    /// zlib-format compression (the bytes of `compress2`: window bits 15, memory level 8), for
    /// state files.
    static func compress(_ input: [UInt8], level: Int32 = 1) -> [UInt8] {
        Deflater.compress(input, Deflater.Settings(level: level, windowBits: 15))
    }

    /// Inverse of `compress`; `length` is the size before compression (stored beside the data).
    static func uncompress(_ input: [UInt8], length: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: length)
        var produced = uLong(length)
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { inp in
                CZlib.uncompress(out.baseAddress, &produced, inp.baseAddress, uLong(inp.count))
            }
        }
        guard status == Z_OK, Int(produced) == length else {
            throw Failure(description: "compressed data is damaged (zlib status \(status))")
        }
        return output
    }

    /// CRC-32 (the gzip/PNG polynomial) of `bytes`.
    static func crc32(_ bytes: [UInt8]) -> UInt32 { crc32(bytes[...]) }

    static func crc32(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    private static func message(_ stream: z_stream, status: Int32, input: String) -> String {
        if let text = stream.msg { return "\(input): \(String(cString: text))" }
        return "\(input) (zlib status \(status))"
    }
}
