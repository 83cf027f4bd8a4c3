extension StreamHeader {
    /// Reading order prints a header cell that spans the cells below it on a line above them:
    /// `合计` / `本年拨款` / `一般公共预算`, read flat as three columns, where every row holds two
    /// values. The header names one column fewer than its words when one word heads the next.
    /// Certain only where just one word can be that parent: the words before it are totals
    /// (合计, 小计: never over other columns), it is the second to last, and it stands on a
    /// line above the last (words of one line are one header row, siblings). The rows must all
    /// hold one value fewer than the flat columns, at least `Thresholds.streamFullRowsMinimum`.
    /// The columns' paths with the parent over the last word, or nil.
    static func parentOverLastWord(_ paths: [HeaderPath], header: [TableLines.Line], valueCounts: [Int]) -> [HeaderPath]? {
        let counts = valueCounts.filter { $0 > 0 }
        guard paths.count >= 2, paths.allSatisfy({ $0.components.count == 1 }),
              counts.count >= Thresholds.streamFullRowsMinimum, counts.allSatisfy({ $0 == paths.count - 1 }) else { return nil }
        let words = paths.map(\.joined)
        let parent = words.count - 2
        // Nor is a line-number word (行次, 序号) a parent: it numbers the rows, it heads no column.
        guard words[..<parent].allSatisfy(HeaderWords.isTotal), !HeaderWords.isTotal(words[parent]), !HeaderWords.isLineNumber(words[parent]),
              let parentLine = lineOfWord(words[parent], in: header), let childLine = lineOfWord(words[parent + 1], in: header),
              childLine > parentLine else { return nil }
        return Array(paths[..<parent]) + [HeaderPath([words[parent], words[parent + 1]])]
    }

    /// The header line a word stands on, when it stands once.
    private static func lineOfWord(_ word: String, in header: [TableLines.Line]) -> Int? {
        let lines = header.filter { line in line.tokens.contains { TextRepair.compact($0.text) == word } }
        return lines.count == 1 ? lines[0].number : nil
    }
}
