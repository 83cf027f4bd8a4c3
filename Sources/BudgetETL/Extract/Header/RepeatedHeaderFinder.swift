import Foundation

/// A header printed again after a page break, whole or in part, found in one place. From each
/// body line the finder asks, in this order, whether a repeat of the header starts there, and
/// skips the lines of the first case that holds:
/// 1. `rewrappedHeaderLines`: the header with its words on other lines (pdftotext lays out each
///    page on its own; a converter wraps a cell on one page and not on the next): lines of words
///    only holding the characters of a run of header lines. It also finds a tab header wrapped
///    over fewer lines on the next page, or printed with its wrapped cells joined, and a header
///    whose words fall on other lines at a page start.
/// 2. `equalLines`: lines equal to consecutive header lines, when no rewrapped run is longer.
/// 3. `reorderedHeaderLines`: every header line again, each once, in another order (plain text in
///    reading order prints each header cell on a line of its own, in the order of the page it is on).
struct RepeatedHeaderFinder {
    typealias Line = TableLines.Line

    private let keys: [String]
    private let keyPlain: [Bool]
    /// Header lines of several words and no numbers (a single word may be a row name's piece);
    /// a whole number of a header line that reads as a year names the column (`项目  1996`).
    private let wordy: [Bool]

    init(header: [Line]) {
        keys = header.map(\.compact)
        keyPlain = keys.map(UTF8Text.isPlain)
        wordy = header.map { line in
            line.tokens.filter { !$0.isBlank }.count >= 2 && line.tokens.contains { $0.kind == .text }
                && line.tokens.allSatisfy { $0.kind == .text || $0.isBlank || ($0.kind == .integer && BareYear.holds($0.text)) }
        }
    }

    /// The lines without the header's repeats.
    func without(_ lines: [Line]) -> [Line] {
        guard !keys.isEmpty else { return lines }
        // Most lines equal no key: plain texts are compared by their bytes (`UTF8Text.equals`).
        let linePlain = lines.map { UTF8Text.isPlain($0.compact) }
        // Built once a line of words only asks (most tables have none in their body).
        lazy var headerRuns = HeaderRuns(keys: keys)
        var out: [Line] = []
        var i = 0
        while i < lines.count {
            let (longest, start) = equalLines(lines, i, linePlain)
            let rewrapped = Self.wordsOnly(lines[i]) ? Self.rewrappedHeaderLines(lines[i...], headerRuns) : 0
            if rewrapped > longest { i += rewrapped; continue }
            // (Only a line equal to a header line, `longest` 1 at least, can start one.)
            if longest >= 1, longest < keys.count, case let reordered = reorderedHeaderLines(lines, i, linePlain), reordered > 0 { i += reordered; continue }
            if longest >= 2 || (longest == 1 && wordy[start] && start == keys.count - 1) { i += longest; continue }
            out.append(lines[i]); i += 1
        }
        return out
    }

    /// The longest run of lines from `i` equal to consecutive header lines, and the header line it
    /// starts at. Two lines or more are the header again; one line only when it is the last header
    /// line (the column names a new page repeats) of several words without numbers. A single word
    /// equal to a header line (`财政拨款`) may be a wrapped piece of a row's name, and is kept; so is
    /// a line equal to an upper header line alone (`收入 支出`): a page repeats the column names
    /// under it too, and alone it is the end of the names of the row above.
    private func equalLines(_ lines: [Line], _ i: Int, _ linePlain: [Bool]) -> (lines: Int, start: Int) {
        func same(_ i: Int, _ j: Int) -> Bool { UTF8Text.equals(lines[i].compact, plain: linePlain[i], keys[j], plain: keyPlain[j]) }
        var longest = 0, start = 0
        for j in keys.indices {
            var run = 0
            while j + run < keys.count, i + run < lines.count, same(i + run, j + run) { run += 1 }
            if run > longest { longest = run; start = j }
        }
        return (longest, start)
    }

    /// The whole header printed again with its lines in another order: as many lines of words only
    /// as the header has (three at least), each equal to a header line, together every header line
    /// once. Plain pdftotext prints each header cell on a line of its own, in the reading order of
    /// the page; a page break may order the cells otherwise (`科目编码` / `收入预算` / `科目名称`
    /// where the first page printed `科目编码` / `科目名称` / `收入预算`). A row's name pieces would
    /// have to equal every header line to be taken for them. 0 when the lines are no such repeat.
    private func reorderedHeaderLines(_ lines: [Line], _ i: Int, _ linePlain: [Bool]) -> Int {
        guard keys.count >= 3, i + keys.count <= lines.count else { return 0 }
        var unmatched = Array(keys.indices)
        for n in i..<i + keys.count {
            guard Self.wordsOnly(lines[n]), let k = unmatched.firstIndex(where: {
                UTF8Text.equals(lines[n].compact, plain: linePlain[n], keys[$0], plain: keyPlain[$0])
            }) else { return 0 }
            unmatched.remove(at: k)
        }
        return keys.count
    }

    private static func wordsOnly(_ line: Line) -> Bool {
        line.tokens.contains { !$0.isBlank } && line.tokens.allSatisfy { $0.kind == .text || $0.isBlank }
    }

    // A header printed again with its cells wrapped otherwise than on the first page: a converter
    // that wraps a long header word inside its cell on one page (`科目` / `名称`, `…政府性基金预算` /
    // `财政拨款…`) may print it whole on the next, or the other way round. Its lines then equal no
    // header line, but they hold the same characters as a run of the header's lines.

    /// The header's runs of consecutive lines by their characters, sorted, spaces aside: each with
    /// how many lines it holds, found by its number of characters.
    struct HeaderRuns {
        let size: Int
        private let characters: [[Unicode.Scalar]]
        /// The runs (first and last header line) by their number of characters. A run's sorted
        /// characters are made only when a repeat of as many characters asks (rarely): sorting
        /// every run up front cost more than all the comparisons.
        private let runs: [Int: [(start: Int, end: Int)]]

        init(keys: [String]) {
            characters = keys.map { Array($0.unicodeScalars) }
            size = characters.reduce(0) { $0 + $1.count }
            var runs: [Int: [(start: Int, end: Int)]] = [:]
            for start in characters.indices {
                var count = 0
                for end in start..<characters.count {
                    count += characters[end].count
                    runs[count, default: []].append((start, end))
                }
            }
            self.runs = runs
        }

        /// The most header lines a run with these characters repeats (0 for none), with two lines
        /// on one side at least.
        func lines(repeatedBy run: [Unicode.Scalar], lineCount: Int) -> Int {
            guard let candidates = runs[run.count] else { return 0 }
            let sorted = run.sorted()
            var most = 0
            for candidate in candidates {
                let lines = candidate.end - candidate.start + 1
                guard lines > most, lines >= 2 || lineCount >= 2 else { continue }
                if characters[candidate.start...candidate.end].joined().sorted() == sorted { most = lines }
            }
            return most
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
}
