import Foundation

/// A text as a dictionary key, hashed and compared by its UTF-8 bytes in place. Hashing a `String`
/// hashes its Unicode-normalized form, which walks every non-ASCII scalar on each lookup (about
/// 5,000 instructions a title, the bulk of a Parquet dictionary's cost on Chinese labels). Exact
/// where equal bytes must give equal results: a memo of a pure function of the text (the
/// extractor's titles) or a dictionary that writes each value's own bytes (Parquet). Canonically
/// equal texts of other bytes (é as one scalar or as e + U+0301) are different keys.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        // Byte by byte feeds the hasher the same bytes, where a text is not contiguous after all.
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            text.utf8.forEach { hasher.combine($0) }
        }
    }

    static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        let same: Bool?? = a.text.utf8.withContiguousStorageIfAvailable { p in
            b.text.utf8.withContiguousStorageIfAvailable { q in
                p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
        return (same ?? nil) ?? a.text.utf8.elementsEqual(b.text.utf8)
    }
}
