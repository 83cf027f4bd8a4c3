/// One cell per line in blocks parted by blank lines (MuPDF's text, each word on a line of its
/// own): each header row prints as one block, so a merged cell over the row under it is the last word of its block, whatever lines
/// its parts take (`一般公共预算支出` over `合计` / `基本支出` / `项目支出`, each on a line of its own).
extension SequentialHeader {
    /// The last word of its block, the block's other words totals (a total spans nothing), over
    /// the next block led by its one 小计/合计 and running to the group's end: that block's parent.
    /// Where another top word could span the parts, or the parts hold a second total (two merged
    /// cells over their own 小计 each), the block tells nothing and the word is left.
    static func isBlockParent(at i: Int, in words: [Word]) -> Bool {
        let top = words[i], below = words[(i + 1)...]
        guard let block = top.block, !top.text.isEmpty, !UTF8Text.holds(top.text, " / "), !HeaderWords.isLineNumber(top.text),
              !HeaderWords.isTotal(top.text), below.count >= 2, let first = below.first, HeaderWords.isSubtotal(first.text),
              below.allSatisfy({ $0.block == block + 1 && !$0.text.isEmpty && !UTF8Text.holds($0.text, " / ") }),
              !below.dropFirst().contains(where: { HeaderWords.isTotal($0.text) }) else { return false }
        let before = words[..<i]
        guard before.allSatisfy({ $0.block != block || HeaderWords.isTotal($0.text) }) else { return false }
        // One cell per line: a line of several words (pdftotext's paragraphs) is no MuPDF block.
        let involved = before.filter { $0.block == block } + [top] + below
        guard involved.allSatisfy({ word in words.filter { $0.line == word.line }.count == 1 }) else { return false }
        // Alone in its block under another lone word that is no total: either could be the parent.
        let above = before.filter { $0.block == block - 1 }
        let alone = !before.contains { $0.block == block }
        return !(alone && above.count == 1 && !HeaderWords.isTotal(above[0].text) && !HeaderWords.isLineNumber(above[0].text))
    }
}
