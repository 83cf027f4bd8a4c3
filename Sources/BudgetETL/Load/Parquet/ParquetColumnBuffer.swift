import Foundation

/// One column of the row group being collected, held the way it will be written: definition
/// levels, and the values typed (text as indices into a dictionary of its distinct values, which
/// keeps a row group of repeated labels small in memory). `encode` writes the column chunk: an
/// optional dictionary page, then data pages (v1) of at most `pageValues` values, each compressed
/// on its own, and the chunk's metadata and statistics.
struct ParquetColumnBuffer {
    let column: ColumnSchema
    /// Values per data page: pages stay small enough for readers to skip and to decompress cheaply.
    static let pageValues = 20_000
    /// A text column whose distinct values take more than this is written PLAIN: its values do not
    /// repeat enough for a dictionary to pay.
    static let maxDictionaryBytes = 1 << 20

    private(set) var count = 0
    /// 1 present, 0 null; only for a nullable column.
    private var levels: [UInt8] = []
    /// The present values; only the property of the column's type is used.
    private var strings = StringDictionary()
    private var integers: [Int] = []
    private var decimals: [Decimal128] = []

    init(column: ColumnSchema) { self.column = column }

    /// `value` must be of the column's type or null where the column is nullable
    /// (`ParquetFileWriter.append` checks).
    mutating func append(_ value: FieldValue) throws {
        count += 1
        if column.nullable {
            if case .null = value { levels.append(0) } else { levels.append(1) }
        }
        switch (value, column.type) {
        case (.string(let s), _): strings.append(s)
        case (.integer(let n), _): integers.append(n)
        case (.decimal(let d), .decimal(_, let scale)): decimals.append(try ParquetValues.decimal(d, scale: scale))
        default: break
        }
    }

    mutating func removeAll() {
        count = 0
        levels.removeAll(keepingCapacity: true)
        strings = StringDictionary()
        integers.removeAll(keepingCapacity: true)
        decimals.removeAll(keepingCapacity: true)
    }

    /// `offset`: where in the file the chunk's bytes will start.
    func encode(codec: Parquet.Codec, at offset: Int) -> (bytes: [UInt8], chunk: Parquet.ColumnChunk) {
        let useDictionary = column.type == .string && !strings.values.isEmpty && strings.byteSize <= Self.maxDictionaryBytes
        var pages = PageWriter(codec: codec)
        if useDictionary {
            var plain: [UInt8] = []
            strings.values.forEach { ParquetValues.appendString($0, to: &plain) }
            pages.append(.dictionaryPage, plain, valueCount: strings.values.count, encoding: .plain)
        }
        let dataOffset = offset + pages.bytes.count
        var valueStart = 0
        for pageStart in stride(from: 0, to: count, by: Self.pageValues) {
            let pageEnd = min(pageStart + Self.pageValues, count)
            var body: [UInt8] = []
            var present = pageEnd - pageStart
            if column.nullable {
                let pageLevels = levels[pageStart..<pageEnd].map(UInt32.init)
                present = pageLevels.reduce(0) { $0 + Int($1) }
                let encoded = RLEHybrid.encode(pageLevels, bitWidth: 1)
                ParquetValues.appendUInt32(UInt32(encoded.count), to: &body)
                body += encoded
            }
            let range = valueStart..<(valueStart + present)
            valueStart += present
            if useDictionary {
                let width = RLEHybrid.bitWidth(forMaximum: max(strings.values.count - 1, 1))
                body.append(UInt8(width))
                body += RLEHybrid.encode(Array(strings.indices[range]), bitWidth: width)
            } else {
                appendPlain(range, to: &body)
            }
            pages.append(.dataPage, body, valueCount: pageEnd - pageStart, encoding: useDictionary ? .rleDictionary : .plain)
        }
        let chunk = Parquet.ColumnChunk(
            type: Parquet.ColumnLayout(column.type).physicalType,
            encodings: useDictionary ? [.plain, .rle, .rleDictionary] : [.plain, .rle], path: column.name, codec: codec,
            valueCount: count, uncompressedSize: pages.uncompressedSize, compressedSize: pages.bytes.count,
            dataPageOffset: dataOffset, dictionaryPageOffset: useDictionary ? offset : nil, statistics: statistics())
        return (pages.bytes, chunk)
    }

    private func appendPlain(_ range: Range<Int>, to out: inout [UInt8]) {
        switch column.type {
        case .string: strings.indices[range].forEach { ParquetValues.appendString(strings.values[Int($0)], to: &out) }
        case .integer: integers[range].forEach { ParquetValues.appendInt64($0, to: &out) }
        case .decimal: decimals[range].forEach { ParquetValues.appendDecimal($0, to: &out) }
        }
    }

    /// Min and max in the type's order (unsigned bytes for text, signed for numbers), null count.
    private func statistics() -> Parquet.Statistics {
        var stats = Parquet.Statistics(nullCount: Int64(levels.reduce(0) { $0 + (1 - Int($1)) }))
        switch column.type {
        case .string:
            let bounds = strings.byteOrderBounds
            (stats.min, stats.max) = (bounds.map { Array($0.min.utf8) }, bounds.map { Array($0.max.utf8) })
        case .integer:
            var low: [UInt8] = [], high: [UInt8] = []
            if let min = integers.min(), let max = integers.max() {
                ParquetValues.appendInt64(min, to: &low)
                ParquetValues.appendInt64(max, to: &high)
                (stats.min, stats.max) = (low, high)
            }
        case .decimal:
            (stats.min, stats.max) = (decimals.min()?.bigEndianBytes, decimals.max()?.bigEndianBytes)
        }
        return stats
    }
}

/// The distinct strings of a column chunk in first-seen order, and each value as an index into them.
///
/// Distinct by UTF-8 bytes, as the file stores them: `String`'s own hashing and equality go by
/// canonical equivalence, which normalizes every non-ASCII value (most labels here) on each lookup.
struct StringDictionary {
    private(set) var values: [String] = []
    private(set) var indices: [UInt32] = []
    /// Size of the dictionary page (PLAIN: 4-byte length + bytes per value).
    private(set) var byteSize = 0
    private var index: [UTF8Key: UInt32] = [:]
    /// The value appended last and its index: a column's consecutive rows mostly repeat a value
    /// (the document's fields, the table's title), and comparing bytes is cheaper than hashing them.
    private var last: (key: UTF8Key, index: UInt32)?

    mutating func append(_ value: String) {
        let key = UTF8Key(value)
        if let last, last.key == key {
            indices.append(last.index)
            return
        }
        let known = index[key]
        let found = known ?? UInt32(values.count)
        if known == nil {
            index[key] = found
            values.append(value)
            byteSize += 4 + value.utf8.count
        }
        indices.append(found)
        last = (key, found)
    }

    /// The smallest and largest value in unsigned byte order (Parquet's order for text).
    var byteOrderBounds: (min: String, max: String)? {
        guard var low = values.first, var high = values.first else { return nil }
        for value in values.dropFirst() {
            if value.utf8.lexicographicallyPrecedes(low.utf8) { low = value }
            if high.utf8.lexicographicallyPrecedes(value.utf8) { high = value }
        }
        return (low, high)
    }
}

/// Page headers and (compressed) page bodies of one column chunk.
private struct PageWriter {
    let codec: Parquet.Codec
    private(set) var bytes: [UInt8] = []
    /// Headers and bodies before compression.
    private(set) var uncompressedSize = 0

    init(codec: Parquet.Codec) { self.codec = codec }

    mutating func append(_ type: Parquet.PageType, _ body: [UInt8], valueCount: Int, encoding: Parquet.Encoding) {
        let stored = codec == .gzip ? Zlib.gzip(body) : body
        let header = Parquet.PageHeader(type: type, uncompressedSize: body.count, compressedSize: stored.count,
                                        valueCount: valueCount, encoding: encoding).encoded()
        bytes += header
        bytes += stored
        uncompressedSize += header.count + body.count
    }
}
