import Foundation

/// Strings ordered by their UTF-8 bytes, as `a.utf8.lexicographicallyPrecedes(b.utf8)` orders them
/// (locale-free, the same on every machine), compared with memcmp over the strings' contiguous
/// bytes: the element-wise comparison through the UTF-8 views cost about 700 instructions a pair
/// of paths (16 M instructions to sort 2,000 input paths in every run).
enum UTF8Order {
    static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0 {
                    let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if order != 0 { return order < 0 }
                }
                return x.count < y.count
            }
        }
    }
}
