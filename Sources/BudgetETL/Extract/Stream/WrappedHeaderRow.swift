/// A header row whose cells all wrap, in reading order (plain pdftotext): the cells' first lines
/// sit close and print on one line (`事业收 事业单位经营 其他收`), their second lines apart, one
/// a line (`入` / `收入` / `入`). Each first piece ends unfinished and, with the piece in its place,
/// ends as a column's name does: the row is those names (`事业收入 事业单位经营收入 其他收入`).
enum WrappedHeaderRow {
    /// The header lines with each such row joined back into one line; the lines as they were
    /// where no row wraps so.
    static func joined(_ header: [TableLines.Line]) -> [TableLines.Line] {
        var out: [TableLines.Line] = []
        var n = 0
        while n < header.count {
            if let line = rejoined(header, at: n) {
                out.append(line)
                n += line.tokens.count + 1
            } else {
                out.append(header[n]); n += 1
            }
        }
        return out
    }

    /// The line at `n` joined with the k lines after it, when it holds k ≥ 2 unfinished words and
    /// each of those lines one word finishing its word.
    private static func rejoined(_ header: [TableLines.Line], at n: Int) -> TableLines.Line? {
        var line = header[n]
        line.tokens = line.tokens.filter { !$0.isBlank }
        let k = line.tokens.count
        guard k >= 2, n + k < header.count,
              line.tokens.allSatisfy({ $0.kind == .text && !HeaderWords.endsComplete($0.text) }) else { return nil }
        var joined: [String] = []
        for (i, token) in line.tokens.enumerated() {
            let pieces = header[n + 1 + i].tokens.filter { !$0.isBlank }
            guard pieces.count == 1, pieces[0].kind == .text, case let word = token.text + pieces[0].text,
                  HeaderWords.endsComplete(word) else { return nil }
            joined.append(word)
        }
        for i in joined.indices { line.tokens[i].text = joined[i] }
        line.compact = TextRepair.compact(joined.joined())
        return line
    }
}
