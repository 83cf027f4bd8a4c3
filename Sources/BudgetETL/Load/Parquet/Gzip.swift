extension Zlib {
    /// gzip-format (RFC 1952) compression, Parquet's GZIP codec (not the zlib format of `compress`).
    static func gzip(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        // Window bits 31: 15 (the largest window) + 16 (gzip framing).
        Deflater.compress(input, Deflater.Settings(level: level, windowBits: 31, memoryLevel: gzipMemoryLevel(input.count)))
    }

    /// The smallest memory level whose hash table has an entry per input byte (zlib: 2^(level + 7)
    /// entries), at most zlib's default 8. Every input starts by clearing the table (`deflateReset`):
    /// 64 KB at level 8, for Parquet pages that are mostly a few hundred bytes, and that clearing
    /// was half of their compression. With an entry per byte the matches found are much the same;
    /// the bytes differ from level 8's, what they decompress to does not.
    static func gzipMemoryLevel(_ count: Int) -> Int32 {
        var level: Int32 = 1
        while level < 8 && (1 << (level + 7)) < count { level += 1 }
        return level
    }
}
