/// Sheet names Excel accepts, made deterministically from table names: at most 31 characters
/// (UTF-16 units), none of `[]:*?/\`, not starting or ending with an apostrophe, not "History"
/// (reserved), and unique without regard to case. A name cut to fit gets `~1`, one taken
/// already `~2`, `~3` … (within the 31 characters), in the order the sheets come.
struct SheetNames {
    static let maxLength = 31
    private var taken: Set<String> = []

    mutating func name(for table: String) -> String {
        var base = String(table.map { "[]:*?/\\".contains($0) ? "_" : $0 })
        if base.hasPrefix("'") { base = "_" + base.dropFirst() }
        if base.hasSuffix("'") { base = base.dropLast() + "_" }
        if base.isEmpty || base.lowercased() == "history" { base = "sheet_" + base }
        var counter = 0
        var candidate = base
        // A cut name is marked ~1 from the start, so it never passes for the whole key.
        if base.utf16.count > Self.maxLength {
            counter = 1
            candidate = Self.withCounter(base, 1)
        }
        while taken.contains(candidate.lowercased()) {
            counter = max(counter, 1) + 1
            candidate = Self.withCounter(base, counter)
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    private static func withCounter(_ base: String, _ counter: Int) -> String {
        let suffix = "~\(counter)"
        return SheetText.prefix(base, utf16Units: maxLength - suffix.utf16.count) + suffix
    }

}
