/// One cell per line, a “三公” form whose header prints its top words, then the runs of the
/// columns they span, each led by 小计 (合计 · 因公出国(境)费 · 公务用车购置及运行费 · 公务接待费,
/// then 小计 · 公务用车购置费 · 公务用车运行费, then 小计 · 行政运行 · 其他…). The breaks
/// between the header rows are lost, so which top word spans which run is the rows' sums' to
/// say: the runs go to top words in order, and one way only must make, in every full row, each
/// 小计 the sum of its run and the first column (a total) the sum of the top columns. The words
/// of a cell wrapped over two lines are joined where together they spell a column of the form.
enum FormRuns {
    struct Reading {
        var paths: [HeaderPath]
        var chunks: [RowStreamReader.Chunk]
    }

    static func reading(_ printed: [String], chunks: [RowStreamReader.Chunk]) -> Reading? {
        // The names' words first (项目, or a first word naming no value column: 三公经费项目).
        let structural = printed.prefix { HeaderWords.isStructural($0) }.count
        let names = structural > 0 ? structural : (printed.first.map(StreamHeader.namesValues) == false ? 1 : 0)
        let words = joinedPieces(Array(printed.dropFirst(names)))
        guard let first = words.firstIndex(of: "小计"), first >= 2, HeaderWords.isTotal(words[0]),
              words.contains(where: HeaderWords.isFormColumnName) else { return nil }
        var runs: [[String]] = []
        for word in words[first...] {
            if word == "小计" { runs.append([word]) } else { runs[runs.count - 1].append(word) }
        }
        let top = Array(words[..<first])
        let columns = top.count - runs.count + runs.map(\.count).reduce(0, +)
        guard runs.allSatisfy({ $0.count >= 3 }), let rows = NoteCells.moved(chunks, width: columns) else { return nil }
        let full = rows.filter { $0.values.count == columns }.compactMap { row -> [ExactDecimal]? in
            let numbers = row.values.compactMap { ExactDecimal.parse($0.text) }
            return numbers.count == columns ? numbers : nil
        }
        guard full.filter({ !$0[0].isZero }).count >= Thresholds.groupingAddingRows else { return nil }
        let fits = parentChoices(top: top.count, runs: runs.count).filter { adds(full, top: top.count, runs: runs, parents: $0) }
        guard fits.count == 1, let parents = fits.first else { return nil }
        // A row given a note as its last cell adds up too, the note counted as blank: its
        // numbers stand in order only where no blank cell of its own was dropped before them.
        let noted = rows.filter { $0.values.count == columns && $0.values.contains { ExactDecimal.parse($0.text) == nil } }
            .map { $0.values.map { ExactDecimal.parse($0.text) ?? .zero } }
        guard adds(noted, top: top.count, runs: runs, parents: parents) else { return nil }
        return Reading(paths: paths(top: top, runs: runs, parents: parents), chunks: rows)
    }

    /// Adjacent words that together spell a column of the form (公务用车 / 购置费) joined.
    static func joinedPieces(_ words: [String]) -> [String] {
        var joined: [String] = []
        var k = 0
        while k < words.count {
            if k + 1 < words.count, !HeaderWords.isFormColumnName(words[k]), HeaderWords.isFormColumnName(words[k] + words[k + 1]) {
                joined.append(words[k] + words[k + 1]); k += 2
            } else { joined.append(words[k]); k += 1 }
        }
        return joined
    }

    /// Every way to give the runs, in order, to distinct top words after the total.
    static func parentChoices(top: Int, runs: Int, from: Int = 1) -> [[Int]] {
        guard runs > 0 else { return [[]] }
        guard from < top else { return [] }
        return (from..<top).flatMap { t in parentChoices(top: top, runs: runs - 1, from: t + 1).map { [t] + $0 } }
    }

    /// The leaf columns in order: each top word, or the run it spans in its place.
    static func paths(top: [String], runs: [[String]], parents: [Int]) -> [HeaderPath] {
        top.indices.flatMap { t -> [HeaderPath] in
            guard let r = parents.firstIndex(of: t) else { return [HeaderPath([top[t]])] }
            return runs[r].map { HeaderPath([top[t], $0]) }
        }
    }

    /// In every full row each run's 小计 is the sum of its parts and the total the sum of the
    /// other top columns (a spanned word counted by its 小计).
    static func adds(_ rows: [[ExactDecimal]], top: Int, runs: [[String]], parents: [Int]) -> Bool {
        var subtotals: [Int] = [], others: [Int] = []
        var groups: [(subtotal: Int, parts: Range<Int>)] = []
        var column = 0
        for t in 0..<top {
            if let r = parents.firstIndex(of: t) {
                groups.append((column, (column + 1)..<(column + runs[r].count)))
                subtotals.append(column)
                column += runs[r].count
            } else {
                if t > 0 { others.append(column) }
                column += 1
            }
        }
        return rows.allSatisfy { row in
            groups.allSatisfy { g in g.parts.reduce(ExactDecimal.zero) { $0 + row[$1] } == row[g.subtotal] }
                && (subtotals + others).reduce(ExactDecimal.zero) { $0 + row[$1] } == row[0]
        }
    }
}

/// A text cell among a row's amounts (以前年度结转资金9.83, a note with its sum): the stream takes
/// it for the next row's name. Where the row before is one value short of the table's width and
/// the next row holds its full values under a name of its own after the text, the text is the
/// short row's last cell.
enum NoteCells {
    static func moved(_ chunks: [RowStreamReader.Chunk], width: Int) -> [RowStreamReader.Chunk]? {
        var chunks = chunks
        for k in chunks.indices.dropLast() where chunks[k].values.count == width - 1 {
            let next = chunks[k + 1]
            guard next.codes.isEmpty, next.labels.count == 2, next.values.count == width, holdsAmount(next.labels[0].text) else { continue }
            chunks[k].values.append(next.labels[0])
            chunks[k + 1].labels.removeFirst()
        }
        return chunks
    }

    /// Words with a decimal amount inside (结转资金9.83): no row's name holds one.
    static func holdsAmount(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropFirst().dropLast().contains { i in
            scalars[i] == "." && ("0"..."9").contains(scalars[i - 1]) && ("0"..."9").contains(scalars[i + 1])
        } && scalars.contains { !$0.isASCII }
    }
}
