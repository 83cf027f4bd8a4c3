/// Encodes one column of one row group: an optional dictionary page, then data pages (v1) of at
/// most `pageValues` values, each compressed on its own, and the chunk's metadata and statistics.
struct ParquetColumnChunk {
    let column: ColumnSchema
    let codec: Parquet.Codec

    /// Values per data page: pages stay small enough for readers to skip and to decompress cheaply.
    static let pageValues = 20_000
    /// A string column whose distinct values take more than this is written PLAIN: its values do
    /// not repeat enough for a dictionary to pay.
    static let maxDictionaryBytes = 1 << 20

    /// The non-null values of the chunk, typed.
    private enum Values {
        case strings([String])
        case integers([Int])
        case decimals([Decimal128])

        var count: Int {
            switch self {
            case .strings(let v): return v.count
            case .integers(let v): return v.count
            case .decimals(let v): return v.count
            }
        }
    }

    /// `offset`: where in the file the chunk's bytes will start.
    func encode(_ fields: [FieldValue], at offset: Int) throws -> (bytes: [UInt8], chunk: Parquet.ColumnChunk) {
        let (levels, values) = try split(fields)
        let dictionary = Self.dictionary(of: values)
        var bytes: [UInt8] = []
        var uncompressed = 0
        var dictionaryOffset: Int?
        if let dictionary {
            var plain: [UInt8] = []
            dictionary.values.forEach { ParquetValues.appendString($0, to: &plain) }
            dictionaryOffset = offset
            uncompressed += appendPage(.dictionaryPage, plain, valueCount: dictionary.values.count, encoding: .plain, to: &bytes)
        }
        let dataOffset = offset + bytes.count
        var valueStart = 0
        for pageStart in stride(from: 0, to: fields.count, by: Self.pageValues) {
            let pageEnd = min(pageStart + Self.pageValues, fields.count)
            var body: [UInt8] = []
            var present = pageEnd - pageStart
            if column.nullable {
                let pageLevels = Array(levels[pageStart..<pageEnd])
                present = pageLevels.reduce(0) { $0 + Int($1) }
                let encoded = RLEHybrid.encode(pageLevels, bitWidth: 1)
                var n = UInt32(encoded.count)
                for _ in 0..<4 { body.append(UInt8(truncatingIfNeeded: n)); n >>= 8 }
                body += encoded
            }
            let range = valueStart..<(valueStart + present)
            valueStart += present
            if let dictionary {
                let width = RLEHybrid.bitWidth(forMaximum: max(dictionary.values.count - 1, 1))
                body.append(UInt8(width))
                body += RLEHybrid.encode(Array(dictionary.indices[range]), bitWidth: width)
            } else {
                Self.appendPlain(values, range, to: &body)
            }
            uncompressed += appendPage(.dataPage, body, valueCount: pageEnd - pageStart,
                                       encoding: dictionary == nil ? .plain : .rleDictionary, to: &bytes)
        }
        let layout = Parquet.ColumnLayout(column.type)
        let encodings: [Parquet.Encoding] = dictionary == nil ? [.plain, .rle] : [.plain, .rle, .rleDictionary]
        let chunk = Parquet.ColumnChunk(
            type: layout.physicalType, encodings: encodings, path: column.name, codec: codec,
            valueCount: fields.count, uncompressedSize: uncompressed, compressedSize: bytes.count,
            dataPageOffset: dataOffset, dictionaryPageOffset: dictionaryOffset,
            statistics: Self.statistics(values, nullCount: fields.count - values.count))
        return (bytes, chunk)
    }

    /// Definition levels (1 present, 0 null) and the present values (`ParquetFileWriter.append`
    /// admitted only values of the column's type, and null only where the column is nullable).
    private func split(_ fields: [FieldValue]) throws -> (levels: [UInt32], values: Values) {
        let levels: [UInt32] = column.nullable ? fields.map { $0 == .null ? 0 : 1 } : []
        switch column.type {
        case .string:
            return (levels, .strings(fields.compactMap { if case .string(let s) = $0 { return s } else { return nil } }))
        case .integer:
            return (levels, .integers(fields.compactMap { if case .integer(let n) = $0 { return n } else { return nil } }))
        case .decimal(_, let scale):
            var values: [Decimal128] = []
            values.reserveCapacity(fields.count)
            for case .decimal(let d) in fields { values.append(try ParquetValues.decimal(d, scale: scale)) }
            return (levels, .decimals(values))
        }
    }

    private struct Dictionary {
        var values: [String] = []
        var indices: [UInt32] = []
    }

    /// A dictionary for a string column, nil for other types and when it grows too large.
    private static func dictionary(of values: Values) -> Dictionary? {
        guard case .strings(let strings) = values, !strings.isEmpty else { return nil }
        var dictionary = Dictionary()
        dictionary.indices.reserveCapacity(strings.count)
        var index: [String: UInt32] = [:]
        var size = 0
        for s in strings {
            if let known = index[s] {
                dictionary.indices.append(known)
                continue
            }
            size += 4 + s.utf8.count
            if size > maxDictionaryBytes { return nil }
            let new = UInt32(dictionary.values.count)
            index[s] = new
            dictionary.values.append(s)
            dictionary.indices.append(new)
        }
        return dictionary
    }

    private static func appendPlain(_ values: Values, _ range: Range<Int>, to out: inout [UInt8]) {
        switch values {
        case .strings(let v): v[range].forEach { ParquetValues.appendString($0, to: &out) }
        case .integers(let v): v[range].forEach { ParquetValues.appendInt64($0, to: &out) }
        case .decimals(let v): v[range].forEach { ParquetValues.appendDecimal($0, to: &out) }
        }
    }

    /// Min and max in the type's order: unsigned bytes for strings, signed for numbers.
    private static func statistics(_ values: Values, nullCount: Int) -> Parquet.Statistics {
        var stats = Parquet.Statistics(nullCount: Int64(nullCount))
        switch values {
        case .strings(let v):
            guard var low = v.first, var high = v.first else { break }
            for s in v {
                if s.utf8.lexicographicallyPrecedes(low.utf8) { low = s }
                if high.utf8.lexicographicallyPrecedes(s.utf8) { high = s }
            }
            (stats.min, stats.max) = (Array(low.utf8), Array(high.utf8))
        case .integers(let v):
            guard let low = v.min(), let high = v.max() else { break }
            var a: [UInt8] = [], b: [UInt8] = []
            ParquetValues.appendInt64(low, to: &a)
            ParquetValues.appendInt64(high, to: &b)
            (stats.min, stats.max) = (a, b)
        case .decimals(let v):
            guard let low = v.min(), let high = v.max() else { break }
            (stats.min, stats.max) = (low.bigEndianBytes, high.bigEndianBytes)
        }
        return stats
    }

    /// Appends a page header and the (compressed) body; returns the page's uncompressed size
    /// including its header.
    private func appendPage(_ type: Parquet.PageType, _ body: [UInt8], valueCount: Int, encoding: Parquet.Encoding,
                            to bytes: inout [UInt8]) -> Int {
        let stored = codec == .gzip ? Zlib.gzip(body) : body
        let header = Parquet.PageHeader(type: type, uncompressedSize: body.count, compressedSize: stored.count,
                                        valueCount: valueCount, encoding: encoding).encoded()
        bytes += header
        bytes += stored
        return header.count + body.count
    }
}
