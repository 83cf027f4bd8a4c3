import Foundation

/// The Parquet files are written in blocks of documents: a block starts at a document whose path
/// hashes to a multiple of `documentsPerBlock` (about that many documents each), and every block of
/// every file starts a new row group. Where blocks start depends on nothing but the documents' own
/// paths, so a cold run and a run after changes cut the same blocks, and the next run copies the
/// bytes of each block whose documents and stored results are unchanged (its row groups' metadata
/// moved by the new offset, `ParquetFileLayout`) and encodes only the others.
enum ParquetBlocks {
    static let documentsPerBlock = 32

    /// The first document of each block, given the documents' paths in order.
    static func starts(_ sourceFiles: [String], documentsPerBlock: Int = documentsPerBlock) -> [Int] {
        sourceFiles.indices.filter { $0 == 0 || fnv1a(sourceFiles[$0]) % UInt64(documentsPerBlock) == 0 }
    }

    /// What a block's rows are made of: its documents and their stored results.
    static func signature(_ documents: ArraySlice<CSVLayout.Document>) -> String {
        var f = Fingerprint("parquet.block")
        for document in documents {
            f.add("source_file", document.sourceFile)
            f.add("load", document.loadKey)
        }
        return f.hex
    }

    private static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// Where each block lies in one Parquet file, with its row groups' metadata (offsets from the
/// block's start), and what the file's bytes depend on besides its blocks (`schema`).
struct ParquetFileLayout: Equatable {
    var schema: String
    var blocks: [Block] = []

    struct Block: Equatable {
        var signature: String
        var start: Int
        var length: Int
        var rowGroups: [Parquet.RowGroup]
    }

    func write(_ w: inout ByteWriter) {
        w.string(schema)
        w.u32(blocks.count)
        for block in blocks {
            w.string(block.signature)
            w.u64(UInt64(block.start))
            w.u64(UInt64(block.length))
            w.u32(block.rowGroups.count)
            for group in block.rowGroups { group.write(&w) }
        }
    }

    static func read(_ r: inout ByteReader) throws -> ParquetFileLayout {
        var layout = ParquetFileLayout(schema: try r.string())
        for _ in 0..<(try r.count()) {
            let signature = try r.string(), start = Int(try r.u64()), length = Int(try r.u64())
            var groups: [Parquet.RowGroup] = []
            for _ in 0..<(try r.count()) { groups.append(try Parquet.RowGroup.read(&r)) }
            layout.blocks.append(Block(signature: signature, start: start, length: length, rowGroups: groups))
        }
        return layout
    }

    /// Every Parquet file's layout by path below the output folder, stored as `parquet-layout`.
    static let fileName = "parquet-layout"

    static func encoded(_ files: [String: ParquetFileLayout], base: String) -> [UInt8] {
        var w = ByteWriter(reservingCapacity: 1 << 16)
        w.string(base)
        w.u32(files.count)
        for name in files.keys.sorted() {
            w.string(name)
            files[name]!.write(&w)
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> (base: String, files: [String: ParquetFileLayout]) {
        var r = ByteReader(bytes)
        let base = try r.string()
        var files: [String: ParquetFileLayout] = [:]
        for _ in 0..<(try r.count()) {
            let name = try r.string()
            files[name] = try read(&r)
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return (base, files)
    }
}

extension Parquet.RowGroup {
    /// The same row group `distance` bytes further into the file.
    func moved(by distance: Int) -> Parquet.RowGroup {
        var group = self
        group.fileOffset += distance
        for index in group.columns.indices {
            group.columns[index].dataPageOffset += distance
            if let offset = group.columns[index].dictionaryPageOffset { group.columns[index].dictionaryPageOffset = offset + distance }
        }
        return group
    }

    func write(_ w: inout ByteWriter) {
        w.u64(UInt64(rowCount))
        w.u64(UInt64(bitPattern: Int64(fileOffset)))
        w.u32(columns.count)
        for c in columns {
            w.byte(UInt8(c.type.rawValue))
            w.u32(c.encodings.count)
            c.encodings.forEach { w.byte(UInt8($0.rawValue)) }
            w.string(c.path)
            w.byte(UInt8(c.codec.rawValue))
            // One by one, not through an array literal (an allocation per column chunk).
            w.u64(UInt64(bitPattern: Int64(c.valueCount)))
            w.u64(UInt64(bitPattern: Int64(c.uncompressedSize)))
            w.u64(UInt64(bitPattern: Int64(c.compressedSize)))
            w.u64(UInt64(bitPattern: Int64(c.dataPageOffset)))
            w.optional(c.dictionaryPageOffset) { $0.u64(UInt64(bitPattern: Int64($1))) }
            w.u64(UInt64(bitPattern: c.statistics.nullCount))
            w.optional(c.statistics.min) { $0.blob($1) }
            w.optional(c.statistics.max) { $0.blob($1) }
        }
    }

    /// Every array made at its size (a one-changed run reads the layouts of every row group of
    /// every file: growing them as they filled, and an array for four numbers per column chunk,
    /// were a third of that).
    static func read(_ r: inout ByteReader) throws -> Parquet.RowGroup {
        let rowCount = Int(try r.u64()), fileOffset = Int(Int64(bitPattern: try r.u64()))
        let columnCount = try r.count()
        var columns: [Parquet.ColumnChunk] = []
        columns.reserveCapacity(columnCount)
        for _ in 0..<columnCount {
            guard let type = Parquet.PhysicalType(rawValue: Int32(try r.byte())) else { throw ByteReader.Damaged() }
            let encodingCount = try r.count()
            var encodings: [Parquet.Encoding] = []
            encodings.reserveCapacity(encodingCount)
            for _ in 0..<encodingCount {
                guard let encoding = Parquet.Encoding(rawValue: Int32(try r.byte())) else { throw ByteReader.Damaged() }
                encodings.append(encoding)
            }
            let path = try r.string()
            guard let codec = Parquet.Codec(rawValue: Int32(try r.byte())) else { throw ByteReader.Damaged() }
            let valueCount = Int(Int64(bitPattern: try r.u64())), uncompressedSize = Int(Int64(bitPattern: try r.u64()))
            let compressedSize = Int(Int64(bitPattern: try r.u64())), dataPageOffset = Int(Int64(bitPattern: try r.u64()))
            let dictionary = try r.optional { Int(Int64(bitPattern: try $0.u64())) }
            let statistics = Parquet.Statistics(nullCount: Int64(bitPattern: try r.u64()),
                                                min: try r.optional { Array(try $0.blob()) },
                                                max: try r.optional { Array(try $0.blob()) })
            columns.append(Parquet.ColumnChunk(type: type, encodings: encodings, path: path, codec: codec, valueCount: valueCount,
                                               uncompressedSize: uncompressedSize, compressedSize: compressedSize,
                                               dataPageOffset: dataPageOffset, dictionaryPageOffset: dictionary, statistics: statistics))
        }
        return Parquet.RowGroup(columns: columns, rowCount: rowCount, fileOffset: fileOffset)
    }
}

/// The previous run's Parquet files that may be reused: their layouts, and the stat each file had
/// when that run wrote it (from the state index), so a file changed since is not trusted.
struct ParquetReuse {
    let layouts: [String: ParquetFileLayout]
    /// The output folder (layouts are by path below it).
    let folder: URL
    let written: [String: FileStat]

    /// The old file `name` open for copying, when it is the one written with its layout and of the
    /// same schema and settings (`schema`: `ParquetFileWriter.schemaKey`).
    func open(_ name: String, schema: String) -> ParquetSource? {
        guard let layout = layouts[name], layout.schema == schema, let recorded = written[name] else { return nil }
        let descriptor = Foundation.open(folder.appendingPathComponent(name).path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var now = stat()
        guard fstat(descriptor, &now) == 0, FileStat(now).sameFile(as: recorded),
              layout.blocks.allSatisfy({ $0.start + $0.length <= Int(recorded.size) }) else {
            close(descriptor)
            return nil
        }
        return ParquetSource(descriptor: descriptor, blocks: layout.blocks)
    }
}

/// An old Parquet file open for copying blocks out of it.
final class ParquetSource {
    let descriptor: Int32
    let blocks: [String: ParquetFileLayout.Block]

    init(descriptor: Int32, blocks: [ParquetFileLayout.Block]) {
        self.descriptor = descriptor
        var bySignature: [String: ParquetFileLayout.Block] = [:]
        for block in blocks { bySignature[block.signature] = block }
        self.blocks = bySignature
    }

    deinit { close(descriptor) }
}
