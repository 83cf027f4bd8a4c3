/// The header's words with a cell's wrapped pieces joined, for a header printed in content-stream
/// order (pdftotext -raw): a cell that wraps prints each piece on a line of its own
/// (`工资福利` / `支出`, `对个人和家` / `庭的补助`), between lines that hold whole cells.
extension StreamHeader {
    static func cellWords(_ header: [TableLines.Line]) -> [String] {
        var out: [(text: String, alone: Bool)] = []
        for line in header {
            let words = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }.filter { !$0.isEmpty }
            let alone = words.count == 1
            if alone, let last = out.last, last.alone, joinsPieces(last.text, words[0]) {
                out[out.count - 1].text += words[0]
            } else {
                out += words.map { ($0, alone) }
            }
        }
        return out.map(\.text)
    }

    /// Two lone words, the first unfinished, are one cell's pieces when the second is no word of
    /// its own (a total, a name-column word) and together they end as a word does or make a class
    /// of the economic classification: a finished word after an unfinished one is not enough
    /// (`对个人和家庭的补助` over `商品和服务支出` are two cells).
    static func joinsPieces(_ upper: String, _ lower: String) -> Bool {
        guard !HeaderWords.endsComplete(upper), !SequentialHeader.isNumber(upper), !HeaderWords.isTotal(lower),
              !HeaderWords.isSubtotal(lower), !HeaderWords.isStructural(lower) || lower.count == 1 else { return false }
        let joined = upper + lower
        return HeaderWords.endsComplete(joined) || EconomicColumns.isClass(joined)
    }
}
