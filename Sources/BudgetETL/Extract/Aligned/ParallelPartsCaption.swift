/// A word alone on its line stacked over one column's name (same start, as wide), that also names
/// the whole the column and its neighbour are parts of: the caption of their run, not the first
/// line of that column's wrapped name. Called from `HeaderFit.place`.
///
/// pdfplumber's layout text sets each Chinese character in one column however wide it prints, so
/// a caption centred over three columns of equal width may start exactly where the middle
/// column's name starts (`支出预算` over `合计 | 基本支出 | 项目支出`), as the first line of a wrapped
/// name does. The words tell them apart: parts of one whole are named alike (`基本支出` beside
/// `项目支出`, the same head word), and the word naming that whole holds the head word
/// (`支出预算` is of `支出`); a wrapped name's first line names no such whole (`事业单位` over
/// `经营收入` beside `事业收入`).
extension HeaderFit {
    static func namesWholeOfParts(_ word: Node, over b: Int, in units: [Node], line: [Node]) -> Bool {
        guard line.count == 1, units[b].isLeaf else { return false }
        let part = TextRepair.compact(units[b].text), caption = TextRepair.compact(word.text)
        guard HeaderWords.endsComplete(part), UTF8Text.contains(caption, String(part.suffix(Thresholds.headWordLength))) else { return false }
        return [b - 1, b + 1].contains { j in
            j >= 0 && j < units.count && sameLines(units[j], units[b]) && isSibling(units[j], of: units[b])
        }
    }
}
