/// The names a section's columns carry in long.csv and wide/*.csv.
///
/// Why not the labels as they are: a wide file needs one distinct, non-empty header per column,
/// and long.csv uses the same names so the two files can be joined. An empty label becomes
/// "column_<n>" (n = 1-based position in the section); a label repeated within one section keeps
/// its first occurrence and gets " #2", " #3" … on the later ones.
enum ColumnNames {
    static func of(_ section: NormalizedSection) -> [String] {
        // A `String` key hashes the text's normalized form, which is most of the cost here (this
        // runs four times per section in the load): each label is hashed once (`counted`), into a
        // table sized for all of them (no rehashing as it grows).
        var seen: [String: Int] = [:]
        seen.reserveCapacity(section.columns.count)
        return section.columns.enumerated().map { index, label in
            let base = label.isEmpty ? positional(index) : label
            let count = counted(&seen[base, default: 0])
            return count == 1 ? base : "\(base) #\(count)"
        }
    }

    /// Adds one to a count in place (the dictionary's slot: one look-up) and returns it.
    @inline(__always)
    private static func counted(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// The name of column `index`; a cell pointing past the section's columns (which the extractor
    /// should not produce) still gets a stable name instead of crashing the load.
    static func name(_ index: Int, in names: [String]) -> String {
        names.indices.contains(index) ? names[index] : positional(index)
    }

    private static func positional(_ index: Int) -> String { "column_\(index + 1)" }
}
