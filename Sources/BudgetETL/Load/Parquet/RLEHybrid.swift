/// Parquet's RLE / bit-packing hybrid encoding (Encodings.md, "Run Length Encoding / Bit-Packing
/// Hybrid"), for definition levels and dictionary indices: runs of at least eight equal values
/// become one RLE run (header `count << 1`, the value in ⌈bitWidth/8⌉ little-endian bytes); the
/// rest is bit-packed in groups of eight (header `groups << 1 | 1`, values packed from the lowest
/// bit). The last group is padded with zeros; readers stop at the page's value count.
enum RLEHybrid {
    static func encode(_ values: [UInt32], bitWidth: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * bitWidth / 8 + 16)
        var pending: [UInt32] = []
        var i = 0
        var runEnd = 0
        while i < values.count {
            if runEnd <= i {
                runEnd = i + 1
                while runEnd < values.count && values[runEnd] == values[i] { runEnd += 1 }
            }
            // An RLE run may only start where the bit-packed values before it fill whole groups.
            if runEnd - i >= 8 && pending.count % 8 == 0 {
                bitPack(pending, bitWidth: bitWidth, into: &out)
                pending.removeAll(keepingCapacity: true)
                rle(values[i], count: runEnd - i, bitWidth: bitWidth, into: &out)
                i = runEnd
            } else {
                pending.append(values[i])
                i += 1
            }
        }
        bitPack(pending, bitWidth: bitWidth, into: &out)
        return out
    }

    /// Bits needed for values up to `maximum`.
    static func bitWidth(forMaximum maximum: Int) -> Int {
        maximum == 0 ? 0 : Int.bitWidth - maximum.leadingZeroBitCount
    }

    private static func rle(_ value: UInt32, count: Int, bitWidth: Int, into out: inout [UInt8]) {
        varint(UInt64(count) << 1, into: &out)
        var v = value
        for _ in 0..<(bitWidth + 7) / 8 {
            out.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    private static func bitPack(_ values: [UInt32], bitWidth: Int, into out: inout [UInt8]) {
        guard !values.isEmpty else { return }
        let groups = (values.count + 7) / 8
        varint(UInt64(groups) << 1 | 1, into: &out)
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: groups * bitWidth))
        var bit = 0
        for value in values {
            for b in 0..<bitWidth where value >> UInt32(b) & 1 == 1 {
                out[start + (bit + b) / 8] |= 1 << UInt8((bit + b) % 8)
            }
            bit += bitWidth
        }
    }

    static func varint(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}
