import Foundation

/// A header printed again after a page break with its cells wrapped otherwise than on the first
/// page: a converter that wraps a long header word inside its cell on one page (`科目` / `名称`,
/// `…政府性基金预算` / `财政拨款…`) may print it whole on the next, or the other way round. Its lines
/// then equal no header line, but they hold the same characters as a run of the header's lines.
extension TableLines {
    /// The header's runs of consecutive lines by their characters, sorted, spaces aside: each with
    /// how many lines it holds, found by its number of characters.
    struct HeaderRuns {
        let size: Int
        private let runs: [Int: [(characters: [Unicode.Scalar], lines: Int)]]

        init(keys: [String]) {
            let characters = keys.map { Array($0.unicodeScalars) }
            size = characters.reduce(0) { $0 + $1.count }
            var runs: [Int: [(characters: [Unicode.Scalar], lines: Int)]] = [:]
            for start in characters.indices {
                var joined: [Unicode.Scalar] = []
                for end in start..<characters.count {
                    joined += characters[end]
                    runs[joined.count, default: []].append((joined.sorted(), end - start + 1))
                }
            }
            self.runs = runs
        }

        /// The most header lines a run with these characters repeats (0 for none), with two lines
        /// on one side at least.
        func lines(repeatedBy run: [Unicode.Scalar], lineCount: Int) -> Int {
            guard let candidates = runs[run.count] else { return 0 }
            let sorted = run.sorted()
            return candidates.filter { ($0.lines >= 2 || lineCount >= 2) && $0.characters == sorted }.map(\.lines).max() ?? 0
        }
    }

    /// The longest run of lines from the start that holds, spaces aside, exactly the characters of a
    /// run of consecutive header lines, each as often: the header printed again with its words on
    /// other lines; with how many header lines it repeats. Lines of words only, one of them of several
    /// words (a row's name wrapped into pieces may hold the characters of a header cell wrapped into
    /// pieces: `金预算财政拨` / `款`); the run or the header lines it repeats two lines at least (a
    /// single line equal to a single header line is left to the line comparison, which knows when
    /// that is a row's name piece). (0, 0) when no run repeats header lines.
    static func rewrappedHeaderRun(_ lines: ArraySlice<Line>, _ header: HeaderRuns) -> (lines: Int, headerLines: Int) {
        var run: [Unicode.Scalar] = [], severalWords = false, count = 0
        var found = (lines: 0, headerLines: 0)
        for line in lines {
            let own = line.tokens.filter { !$0.isBlank }
            guard !own.isEmpty, own.allSatisfy({ $0.kind == .text }) else { break }
            run += line.compact.unicodeScalars
            guard run.count <= header.size else { break }
            severalWords = severalWords || own.count >= 2
            count += 1
            if severalWords, case let repeated = header.lines(repeatedBy: run, lineCount: count), repeated > 0 { found = (count, repeated) }
        }
        return found
    }

    /// How many lines from the start repeat the header wrapped otherwise (`rewrappedHeaderRun`); 0
    /// when the run from the next line repeats more of the header: the first line is then no part of
    /// it (a row's name piece, `出`, before a header whose own last line is `出`).
    static func rewrappedHeaderLines(_ lines: ArraySlice<Line>, _ header: HeaderRuns) -> Int {
        let here = rewrappedHeaderRun(lines, header)
        guard here.lines > 0 else { return 0 }
        return rewrappedHeaderRun(lines.dropFirst(), header).headerLines > here.headerLines ? 0 : here.lines
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
