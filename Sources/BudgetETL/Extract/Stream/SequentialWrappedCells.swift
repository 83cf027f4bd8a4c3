/// A header line of space-separated text whose words continue only some cells of the line above
/// ("功能分类 科目 小计 基本 项目" over "科目编码 名称 支出 支出"): the short cells were printed whole
/// on the upper line, the long ones wrapped. The pieces continue cells in print order; which cells
/// is read from the words, and only where one reading alone continues every piece plausibly.
extension SequentialHeader {
    /// The upper line's words with the lower line's pieces joined to the cells they continue; nil
    /// when the lower line has as many words or more, or no single reading fits.
    static func continuedCells(_ upper: [Word], _ lower: [Word]) -> [Word]? {
        guard upper.count >= 2, !lower.isEmpty, lower.count < upper.count,
              !(upper + lower).contains(where: { $0.text.isEmpty }) else { return nil }
        // An identifying word after a measure's word stands over the measures: the top of 项目支出.
        let firstMeasure = upper.firstIndex { !HeaderWords.isStructural($0.text) } ?? upper.count
        guard let chosen = onlyFullAssignment(upper.count, lower.count, {
            continues(upper[$0].text, with: lower[$1].text, overMeasures: $0 > firstMeasure)
        }) else { return nil }
        var out = upper
        for (j, i) in chosen.enumerated() {
            out[i] = Word(text: upper[i].text + lower[j].text, line: lower[j].line, first: upper[i].line)
        }
        return out
    }

    /// A cell's text that the piece can go on: the text stops mid-word, or the two make an
    /// identifying word (科目 + 名称), or the text is a bare two-character identifying word printed
    /// among the measures and the piece ends a name (`overMeasures`: 项目 + 支出 after 小计). A
    /// total (合计, 小计), a 行次 and the 栏次 word are never wrapped.
    static func continues(_ text: String, with piece: String, overMeasures: Bool) -> Bool {
        guard !HeaderWords.isSubtotal(text), !HeaderWords.isLineNumber(text), !HeaderWords.isLineNumber(piece),
              !HeaderWords.isColumnNumberWord(piece) else { return false }
        return !HeaderWords.endsComplete(text) || HeaderWords.isStructural(text + piece)
            || (overMeasures && text.count <= 2 && HeaderWords.isStructural(text) && !HeaderWords.isHeaderWord(piece)
                && HeaderWords.endsComplete(piece))
    }

    /// The upper positions, in order, of the only order-preserving assignment of `pieces` pieces to
    /// `cells` cells under which every piece continues its cell; nil when there is none or several.
    static func onlyFullAssignment(_ cells: Int, _ pieces: Int, _ fits: (Int, Int) -> Bool) -> [Int]? {
        // ways[i][j]: assignments of the first j pieces to the first i cells (counted up to 2).
        var ways = Array(repeating: Array(repeating: 0, count: pieces + 1), count: cells + 1)
        for i in 0...cells { ways[i][0] = 1 }
        for i in stride(from: 1, through: cells, by: 1) {
            for j in stride(from: 1, through: min(i, pieces), by: 1) {
                ways[i][j] = min(2, ways[i - 1][j] + (fits(i - 1, j - 1) ? ways[i - 1][j - 1] : 0))
            }
        }
        guard ways[cells][pieces] == 1 else { return nil }
        var chosen: [Int] = []
        var i = cells, j = pieces
        while j > 0 {
            if ways[i - 1][j] == 1 { i -= 1; continue }
            chosen.append(i - 1); i -= 1; j -= 1
        }
        return chosen.reversed()
    }
}
