extension Zlib {
    /// gzip-format (RFC 1952) compression, Parquet's GZIP codec (not the zlib format of `compress`).
    static func gzip(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        // Window bits 31: 15 (the largest window) + 16 (gzip framing).
        Deflater.compress(input, Deflater.Settings(level: level, windowBits: 31))
    }
}
