/// The pieces a spreadsheet wrapped above its columns' bottom words (`SheetHeader`), joined to
/// them. A cell's text is printed at its bottom, so a name of three lines has a piece on each of
/// the two lines above its bottom word and a name of two lines on the one right above: each line
/// of pieces holds, in the columns' order, pieces of columns that have a piece on the line under
/// it. pdftotext packs a line of Chinese words together, so which columns they are is told by
/// the joined names, not by where the pieces stand: the choice that spells the most classes of
/// the economic classification (`EconomicColumns`), or the only choice there is. A total
/// (合计, 小计) is never wrapped.
enum SheetHeaderPieces {
    /// More choices than this for one line of pieces: the line is not read (the same bound as a
    /// row's value placements).
    static let choiceLimit = Int(Thresholds.placementEnumerationLimit)

    /// `pieces`: the lines of pieces above the bottom words, top first. `wordStarts` and
    /// `pieceStarts`, where they stand: asked only when the classification leaves a choice.
    static func joined(_ words: [String], pieces: [[String]], wordStarts: [Int] = [], pieceStarts: [[Int]] = []) -> [String]? {
        var names = words
        var open = words.indices.filter { !HeaderWords.isBareTotal(words[$0]) }
        for (n, line) in pieces.enumerated().reversed() {
            guard line.count <= open.count, choices(open.count, line.count) <= choiceLimit else { return nil }
            var best: (classes: Int, columns: [Int])?, tied = false
            for columns in combinations(open, line.count) {
                var trial = names
                for (piece, k) in zip(line, columns) { trial[k] = piece + trial[k] }
                let classes = trial.filter(EconomicColumns.isClass).count
                if best == nil || classes > best!.classes { best = (classes, columns); tied = false }
                else if classes == best!.classes { tied = true }
            }
            if tied, best?.classes == 0, n < pieceStarts.count, wordStarts.count == words.count,
               let nearest = nearestColumns(pieceStarts[n], among: open, wordStarts: wordStarts) {
                best = (0, nearest)
                tied = false
            }
            guard let best, !tied else { return nil }
            for (piece, k) in zip(line, best.columns) { names[k] = piece + names[k] }
            open = best.columns
        }
        return names
    }

    /// Each piece's column where no class tells: the open column whose bottom word starts nearest
    /// to where the piece starts (a wrapped cell's lines start at its left edge), one alone at
    /// that distance, the columns in the pieces' order; nil when any of it fails.
    static func nearestColumns(_ starts: [Int], among open: [Int], wordStarts: [Int]) -> [Int]? {
        var columns: [Int] = []
        for start in starts {
            let distances = open.map { abs(wordStarts[$0] - start) }
            guard let least = distances.min(), distances.filter({ $0 == least }).count == 1,
                  least <= Thresholds.sheetPieceDrift else { return nil }
            let column = open[distances.firstIndex(of: least)!]
            guard columns.last.map({ $0 < column }) ?? true else { return nil }
            columns.append(column)
        }
        return columns
    }

    static func choices(_ n: Int, _ k: Int) -> Int {
        var count = 1
        for i in 0..<k {
            count = count * (n - i) / (i + 1)
            if count > choiceLimit { return count }
        }
        return count
    }

    /// The ways to pick `k` of `items`, keeping their order.
    static func combinations(_ items: [Int], _ k: Int) -> [[Int]] {
        guard k > 0 else { return [[]] }
        guard items.count >= k else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(rest, k - 1).map { [items[0]] + $0 } + combinations(rest, k)
    }
}
