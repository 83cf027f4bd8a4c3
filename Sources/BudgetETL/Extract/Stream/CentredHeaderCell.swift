/// A header cell whose name wrapped in it, printed centred on the row of column words in text
/// without positions: its first piece alone on a line above that row, its last alone on a line
/// below (`附属单位` / `本年收入合计 财政拨款收入 … 其他收入` / `上缴收入`), lines of the name
/// column's words (功能分类, 科目名称) between them or not. Its name is told, its column's place
/// among the others is not (`CentredCellRows` reads the rows under every place).
struct CentredHeaderCell: Equatable {
    /// Header line indexes and words of the two pieces.
    var upperLine: Int
    var upper: String
    var lowerLine: Int
    var lower: String

    var name: String { upper + lower }

    /// The cells so printed, in print order (a header printed twice gives one per print). Lines
    /// holding only the name column's words (or nothing) are passed over: they stand beside the
    /// cells, not in them.
    static func find(_ header: [TableLines.Line]) -> [CentredHeaderCell] {
        let lines: [(index: Int, words: [String])] = header.enumerated().compactMap { n, line in
            let words = line.tokens.map { TextRepair.compact($0.text) }
                .filter { !$0.isEmpty && !HeaderWords.isStructural($0) && !HeaderWords.isCodeColumnPiece($0) }
            return words.isEmpty ? nil : (n, words)
        }
        // The upper piece ends where no word does (事业单位 of 事业单位经营收入).
        return lines.indices.dropFirst().dropLast().compactMap { n in
            guard lines[n].words.count >= 2, lines[n - 1].words.count == 1, lines[n + 1].words.count == 1,
                  !HeaderWords.endsComplete(lines[n - 1].words[0]) else { return nil }
            return CentredHeaderCell(upperLine: lines[n - 1].index, upper: lines[n - 1].words[0],
                                     lowerLine: lines[n + 1].index, lower: lines[n + 1].words[0])
        }
    }

    /// The header's lower rows printed again under themselves, the centred cell with them (a
    /// page's header rows drawn twice): the later prints repeat the end of the first one's words,
    /// and are no sections of their own.
    static func oncePrinted(_ groups: [[SequentialHeader.Word]]) -> [[SequentialHeader.Word]] {
        guard groups.count >= 2, let first = groups.first?.map(\.text) else { return groups }
        let repeats = groups.dropFirst().allSatisfy { group in
            group.count >= 2 && group.count <= first.count && Array(first.suffix(group.count)) == group.map(\.text)
        }
        return repeats ? [groups[0]] : groups
    }

    /// Whether the word is one of the cell's pieces.
    func holds(_ word: SequentialHeader.Word) -> Bool {
        (word.line == upperLine && word.text == upper) || (word.line == lowerLine && word.text == lower)
    }

    /// The column paths with the cell's column added after the others: under the caption over
    /// all of them (收入预算 / …), over the word each of them is printed with (… / 决算数).
    static func paths(_ named: [HeaderPath], adding name: String, under: String?) -> [HeaderPath] {
        let caption = SequentialHeader.captionOverAll(named)
        let own = (caption.map { [$0] } ?? []) + [name] + (under.map { [$0] } ?? [])
        return named.map { HeaderPath($0.components + (under.map { [$0] } ?? [])) } + [HeaderPath(own)]
    }

    /// A word printed under every column, the cell's too (`决算数` seven times under six words and
    /// the centred cell), last in the section's words: removed, and its text returned, so that the
    /// words name the columns alone.
    static func commonWordUnder(_ group: inout [SequentialHeader.Word]) -> String? {
        guard let last = group.last, !last.text.isEmpty else { return nil }
        let run = group.reversed().prefix { $0.text == last.text && $0.line == last.line }.count
        guard run >= 2, run == group.count - run + 1 else { return nil }
        group.removeLast(run)
        return last.text
    }
}
