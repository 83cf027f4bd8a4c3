import CZlib
import Foundation

/// Writes a zip archive (PKWARE APPNOTE 6.3): each entry a local header, its deflated bytes, and at
/// the end the central directory. Entries are compressed before they are added (`DeflatedPiece`),
/// so every header is written with its final CRC-32 and sizes and the file is written front to back
/// once, without data descriptors (which some spreadsheet programs handle badly).
///
/// Entry times are fixed (1980-01-01 00:00, the earliest DOS time), so the same content gives the
/// same bytes. ZIP64 is not written: an archive or entry past 4 GiB is refused with an error (a
/// workbook that size is beyond what Excel opens anyway; its sheets stop at 1,048,576 rows).
final class ZipArchiveWriter {
    private let file: TemporaryFile
    private var offset = 0
    private var central: [UInt8] = []
    private var entryCount = 0

    struct TooLarge: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) passes 4 GiB, which needs ZIP64 (not written)" }
    }

    init(writingTo file: TemporaryFile) {
        self.file = file
    }

    /// Adds one entry made of `pieces` in order (all but the last sync-flushed); returns where
    /// each piece's bytes start in the archive (so a later run can copy them).
    @discardableResult
    func add(_ name: String, _ pieces: [DeflatedPiece]) throws -> [Int] {
        var crc: uLong = 0
        var size = 0
        var compressedSize = 0
        for piece in pieces {
            crc = crc32_combine(crc, uLong(piece.crc), off_t(piece.size))
            size += piece.size
            compressedSize += piece.compressedSize
        }
        let limit = Int(UInt32.max) - 1
        guard size <= limit, compressedSize <= limit, offset <= limit else { throw TooLarge(name: name) }

        let nameBytes = Array(name.utf8)
        var local = ByteFields()
        local.u32(0x0403_4B50)
        local.common(crc: UInt32(crc), compressedSize: compressedSize, size: size, nameLength: nameBytes.count)
        local.bytes += nameBytes

        var entry = ByteFields()
        entry.u32(0x0201_4B50)
        entry.u16(20) // made by: MS-DOS attributes, format 2.0
        entry.common(crc: UInt32(crc), compressedSize: compressedSize, size: size, nameLength: nameBytes.count)
        entry.u16(0) // comment length
        entry.u16(0) // disk number
        entry.u16(0) // internal attributes
        entry.u32(0) // external attributes
        entry.u32(offset)
        entry.bytes += nameBytes
        central += entry.bytes
        entryCount += 1

        try file.write(local.bytes)
        offset += local.bytes.count
        var starts: [Int] = []
        for piece in pieces {
            starts.append(offset)
            try copy(piece)
            offset += piece.compressedSize
        }
        return starts
    }

    /// Writes the central directory and completes the file (still under its temporary name).
    func finish() throws {
        guard offset + central.count <= Int(UInt32.max) - 1, entryCount < 0xFFFF else {
            throw TooLarge(name: "the archive")
        }
        var end = ByteFields()
        end.u32(0x0605_4B50)
        end.u16(0) // this disk
        end.u16(0) // disk of the central directory
        end.u16(entryCount)
        end.u16(entryCount)
        end.u32(central.count)
        end.u32(offset)
        end.u16(0) // comment length
        try file.write(central)
        try file.write(end.bytes)
        try file.finish()
    }

    private func copy(_ piece: DeflatedPiece) throws {
        switch piece.storage {
        case .memory(let bytes):
            try file.write(bytes)
        case .spool(let spool, let start):
            try file.copy(from: try spool.readable().descriptor, start..<(start + piece.compressedSize))
        case .file(let source, let start):
            try file.copy(from: source.descriptor, start..<(start + piece.compressedSize))
        }
    }
}

/// Little-endian header fields.
private struct ByteFields {
    var bytes: [UInt8] = []

    mutating func u16(_ value: Int) {
        bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)]
    }

    mutating func u32(_ value: Int) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> shift) & 0xFF)) }
    }

    /// The fields local header and central directory entry share, from "version needed" to
    /// "extra field length".
    mutating func common(crc: UInt32, compressedSize: Int, size: Int, nameLength: Int) {
        u16(20)     // version needed: deflate
        u16(0)      // flags: none (names are ASCII, sizes known)
        u16(8)      // method: deflate
        u16(0)      // time 00:00:00
        u16(0x21)   // date 1980-01-01
        u32(Int(crc))
        u32(compressedSize)
        u32(size)
        u16(nameLength)
        u16(0)      // extra field length
    }
}
