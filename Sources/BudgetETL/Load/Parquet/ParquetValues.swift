/// PLAIN encodings and statistics bytes of the column types (Encodings.md, "Plain"), and the
/// order statistics use: unsigned bytes for strings, signed for integers and decimals.
enum ParquetValues {
    static func appendInt64(_ value: Int, to out: inout [UInt8]) {
        var v = UInt64(bitPattern: Int64(value))
        for _ in 0..<8 {
            out.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    static func appendUInt32(_ value: UInt32, to out: inout [UInt8]) {
        var n = value
        for _ in 0..<4 {
            out.append(UInt8(truncatingIfNeeded: n))
            n >>= 8
        }
    }

    /// BYTE_ARRAY: a 4-byte little-endian length, then the bytes.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        appendUInt32(UInt32(value.utf8.count), to: &out)
        out.append(contentsOf: value.utf8)
    }

    /// A decimal as the unscaled integer `value × 10^scale`, 16 bytes big-endian two's complement.
    /// Exact: any mantissa times 10^(scale − value.scale) ≤ 10^18 fits in 128 bits.
    static func decimal(_ value: ExactDecimal, scale: Int) throws -> Decimal128 {
        guard value.scale <= scale else { throw ParquetError.decimalScale(value: value.description, scale: scale) }
        var factor: Int64 = 1
        for _ in 0..<(scale - value.scale) { factor *= 10 }
        let (high, low) = value.mantissa.multipliedFullWidth(by: factor)
        return Decimal128(high: high, low: low)
    }

    static func appendDecimal(_ value: Decimal128, to out: inout [UInt8]) {
        out.append(contentsOf: value.bigEndianBytes)
    }
}

/// A signed 128-bit integer as two halves: enough for a decimal's unscaled value and its order.
struct Decimal128: Comparable {
    var high: Int64
    var low: UInt64

    static func < (a: Decimal128, b: Decimal128) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }

    var bigEndianBytes: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 16)
        let h = UInt64(bitPattern: high)
        for i in 0..<8 {
            bytes[7 - i] = UInt8(truncatingIfNeeded: h >> (8 * UInt64(i)))
            bytes[15 - i] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(i)))
        }
        return bytes
    }
}

enum ParquetError: Error, CustomStringConvertible {
    /// A value with more decimals than its column's type keeps (cannot happen with
    /// `ColumnType.amount`, which has `ExactDecimal.maxScale`).
    case decimalScale(value: String, scale: Int)
    /// A record whose value does not match its column's type (a bug in a record builder).
    case typeMismatch(column: String)

    var description: String {
        switch self {
        case .decimalScale(let value, let scale): return "\(value) has more than \(scale) decimals"
        case .typeMismatch(let column): return "a value of column \(column) does not have the column's type"
        }
    }
}
