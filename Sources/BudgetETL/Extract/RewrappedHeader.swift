import Foundation

/// A header printed again after a page break with its cells wrapped otherwise than on the first
/// page: a converter that wraps a long header word inside its cell on one page (`科目` / `名称`,
/// `…政府性基金预算` / `财政拨款…`) may print it whole on the next, or the other way round. Its lines
/// then equal no header line, but they hold the same characters as a run of the header's lines.
extension TableLines {
    /// How many lines from the start hold, spaces aside, exactly the characters of a run of
    /// consecutive header lines (`keys`, compact), each as often: the header printed again with its
    /// words on other lines. The run is every line of words only from the start up to the next line
    /// with a number (the body resuming: a shorter run may take a row's name piece before the header
    /// in place of the header's own last line, `出` over `…的补` / `出`), one of them of several
    /// words (a row's name wrapped into pieces may hold the characters of a header cell wrapped into
    /// pieces: `金预算财政拨` / `款`); the run or the header lines it repeats two lines at least (a
    /// single line equal to a single header line is left to the line comparison, which knows when
    /// that is a row's name piece). 0 when the run repeats no header lines.
    static func rewrappedHeaderRun(_ lines: ArraySlice<Line>, keys: [String]) -> Int {
        let keyCharacters = keys.map { Array($0.unicodeScalars) }
        let headerSize = keyCharacters.reduce(0) { $0 + $1.count }
        var run: [Unicode.Scalar] = [], severalWords = false, count = 0
        for line in lines {
            let own = line.tokens.filter { !$0.isBlank }
            guard !own.isEmpty, own.allSatisfy({ $0.kind == .text }) else { break }
            run += line.compact.unicodeScalars
            guard run.count <= headerSize else { return 0 }
            severalWords = severalWords || own.count >= 2
            count += 1
        }
        return count > 0 && severalWords && repeatsKeys(run.sorted(), lineCount: count, keyCharacters) ? count : 0
    }

    /// Whether `sorted` (a run of `lineCount` lines' characters, sorted) are those of consecutive
    /// header lines, with two lines on one side at least.
    private static func repeatsKeys(_ sorted: [Unicode.Scalar], lineCount: Int, _ keys: [[Unicode.Scalar]]) -> Bool {
        for start in keys.indices {
            var joined: [Unicode.Scalar] = []
            for end in start..<keys.count {
                joined += keys[end]
                if joined.count > sorted.count { break }
                guard joined.count == sorted.count, lineCount >= 2 || end > start else { continue }
                if joined.sorted() == sorted { return true }
            }
        }
        return false
    }

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
