import Foundation

/// Search over a text's UTF-8 bytes: code point for code point, as ICU and NSString compare
/// Chinese text, without Swift's grapheme and canonical-equivalence machinery or Foundation's
/// UTF-16 copies (both cost far more than the search itself on the labels of every row).
enum ByteSearch {
    static func contains(_ text: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= text.count, let base = text.baseAddress else { return false }
        let first = Int32(needle[0]), last = text.count - needle.count
        var start = 0
        return needle.withUnsafeBytes { n in
            while start <= last, let hit = memchr(base + start, first, last - start + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, n.baseAddress!, needle.count) == 0 { return true }
                start = at + 1
            }
            return false
        }
    }

    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        var text = text, suffix = suffix
        return text.withUTF8 { t in
            suffix.withUTF8 { s in
                guard s.count <= t.count else { return false }
                guard let tb = t.baseAddress, let sb = s.baseAddress else { return true }
                return memcmp(tb + (t.count - s.count), sb, s.count) == 0
            }
        }
    }

    static func contains(_ text: String, _ needle: String) -> Bool {
        contains(text, Array(needle.utf8))
    }
}
