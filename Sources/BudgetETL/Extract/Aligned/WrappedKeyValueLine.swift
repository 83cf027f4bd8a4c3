import Foundation

/// A key-value line above a table wrapped inside its cells.
extension TableLines {
    /// How many lines from the start are one key-value line (`部门(单位)名称 | 某某局`, `isKeyValue`)
    /// wrapped inside its two cells (`部门(单 | 医疗保` / `位)名称 | 障局`): two or three lines of
    /// words only, each filling only cells the first fills, whose pieces joined cell by cell make a
    /// key-value line. 0 when they do not: the first line alone is then read as it stands.
    static func wrappedKeyValueLines(_ lines: ArraySlice<Line>) -> Int {
        guard let first = lines.first else { return 0 }
        let cells = first.tokens.indices.filter { !first.tokens[$0].isBlank }
        guard cells.count == 2, !isKeyValue(first) else { return 0 }
        var joined = first
        for (offset, line) in zip(1..., lines.dropFirst().prefix(2)) {
            let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
            guard !filled.isEmpty, Set(filled).isSubset(of: cells), line.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) else { return 0 }
            for i in filled { joined.tokens[i].text += TextRepair.compact(line.tokens[i].text) }
            if isKeyValue(joined) { return offset + 1 }
        }
        return 0
    }
}
