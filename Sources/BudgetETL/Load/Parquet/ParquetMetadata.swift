/// The parts of Parquet's Thrift definitions (apache/parquet-format, parquet.thrift) this writer
/// fills in, with their field ids. Enum values are those of the specification.
enum Parquet {
    static let magic: [UInt8] = Array("PAR1".utf8)

    enum PhysicalType: Int32 {
        case int64 = 2, byteArray = 6, fixedLenByteArray = 7
    }

    enum Encoding: Int32 {
        case plain = 0, rle = 3, rleDictionary = 8
    }

    enum Codec: Int32 {
        case uncompressed = 0, gzip = 2
    }

    enum PageType: Int32 {
        case dataPage = 0, dictionaryPage = 2
    }

    /// FieldRepetitionType.
    enum Repetition: Int32 {
        case required = 0, optional = 1
    }

    /// ConvertedType, written beside the logical type for readers that predate it.
    enum ConvertedType: Int32 {
        case utf8 = 0, decimal = 5
    }

    struct Statistics: Equatable {
        var nullCount: Int64
        /// min_value and max_value in the column's sort order; nil when every value is null.
        var min: [UInt8]?
        var max: [UInt8]?

        func write(_ w: inout ThriftCompactWriter) {
            w.i64(3, nullCount)
            if let max { w.binary(5, max) }
            if let min { w.binary(6, min) }
        }
    }

    struct PageHeader {
        var type: PageType
        var uncompressedSize: Int
        var compressedSize: Int
        var valueCount: Int
        var encoding: Encoding

        func encoded() -> [UInt8] {
            var w = ThriftCompactWriter()
            w.i32(1, type.rawValue)
            w.i32(2, Int32(uncompressedSize))
            w.i32(3, Int32(compressedSize))
            if type == .dataPage {
                w.structure(5) { h in                       // DataPageHeader
                    h.i32(1, Int32(valueCount))
                    h.i32(2, encoding.rawValue)
                    h.i32(3, Encoding.rle.rawValue)      // definition levels
                    h.i32(4, Encoding.rle.rawValue)      // repetition levels (none: flat schema)
                }
            } else {
                w.structure(7) { h in                       // DictionaryPageHeader
                    h.i32(1, Int32(valueCount))
                    h.i32(2, Encoding.plain.rawValue)
                }
            }
            w.stop()
            return w.bytes
        }
    }

    struct ColumnChunk: Equatable {
        var type: PhysicalType
        var encodings: [Encoding]
        var path: String
        var codec: Codec
        var valueCount: Int
        var uncompressedSize: Int
        var compressedSize: Int
        var dataPageOffset: Int
        var dictionaryPageOffset: Int?
        var statistics: Statistics

        func write(_ w: inout ThriftCompactWriter) {
            w.i64(2, Int64(dictionaryPageOffset ?? dataPageOffset))   // file_offset
            w.structure(3) { m in                                      // ColumnMetaData
                m.i32(1, type.rawValue)
                m.list(2, i32: encodings.map(\.rawValue))
                m.list(3, strings: [path])
                m.i32(4, codec.rawValue)
                m.i64(5, Int64(valueCount))
                m.i64(6, Int64(uncompressedSize))
                m.i64(7, Int64(compressedSize))
                m.i64(9, Int64(dataPageOffset))
                if let dictionaryPageOffset { m.i64(11, Int64(dictionaryPageOffset)) }
                m.structure(12) { statistics.write(&$0) }
            }
        }
    }

    struct RowGroup: Equatable {
        var columns: [ColumnChunk]
        var rowCount: Int
        var fileOffset: Int

        func write(_ w: inout ThriftCompactWriter) {
            w.list(1, structs: columns) { c, column in column.write(&c) }
            w.i64(2, Int64(columns.reduce(0) { $0 + $1.uncompressedSize }))
            w.i64(3, Int64(rowCount))
            w.i64(5, Int64(fileOffset))
            w.i64(6, Int64(columns.reduce(0) { $0 + $1.compressedSize }))
        }
    }

    /// How a schema column type is stored.
    struct ColumnLayout {
        var physicalType: PhysicalType
        /// Byte width of a FIXED_LEN_BYTE_ARRAY.
        var fixedLength: Int?

        /// Bytes of a decimal: big-endian two's complement, 16 bytes hold 38 digits.
        static let decimalLength = 16

        init(_ type: ColumnType) {
            switch type {
            case .string: self.init(physicalType: .byteArray)
            case .integer: self.init(physicalType: .int64)
            case .decimal(let precision, _):
                precondition(precision <= 38, "a 16-byte decimal holds at most 38 digits")
                self.init(physicalType: .fixedLenByteArray, fixedLength: Self.decimalLength)
            }
        }

        private init(physicalType: PhysicalType, fixedLength: Int? = nil) {
            self.physicalType = physicalType
            self.fixedLength = fixedLength
        }
    }
}
