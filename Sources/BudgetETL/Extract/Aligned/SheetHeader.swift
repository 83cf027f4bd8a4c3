/// A header as a spreadsheet (LibreOffice Calc, Excel, WPS) prints it to PDF, read where the
/// word-by-word tree puts a total off its group (`AlignedHeader.misplacesSubtotal`). A spreadsheet
/// prints each header cell's text at the bottom of its cell, and pdftotext packs lines of Chinese
/// words together: captions and wrapped pieces end up as much as a column away from their own
/// columns, so their positions tell nothing. What does tell:
/// - the last header line holds one word per column (the bottom of each cell), exactly as many
///   as the fullest rows hold values (where the cells are centred vertically instead, the
///   names are cut from the header's words by where they stand: `SheetHeaderTiles`);
/// - the pieces wrapped above those words, on the lines right above, in the columns' order;
/// - each top caption's group starts with its total (小计), which every full row confirms by sums;
/// - a caption one level down (人员经费, 公用经费) has no total: the economic classification says
///   which columns are its own (`EconomicColumns`), and nothing else does.
/// Nil whenever a step leaves a choice: the table stays rejected.
enum SheetHeader {
    /// The header's columns: the identifying words, the value columns' names, the captions.
    struct Columns {
        var identifying: [Token]
        var names: [String]
        var captions: [[String]]
    }

    static func section(_ header: [TableLines.Line], body: [TableLines.Line]) -> AlignedHeader.Section? {
        let values = rowValues(body)
        let full = fullRows(values)
        guard full.count >= 2,
              let columns = bottomColumns(header, count: full[0].count) ?? SheetHeaderTiles.columns(header, count: full[0].count),
              let paths = SheetHeaderGroups.paths(columns.names, captions: columns.captions, rows: full)
        else { return nil }
        let identifyingLeaves = columns.identifying.map { word in
            AlignedHeader.Leaf(path: [TextRepair.compact(word.text)], role: AlignedHeader.role(of: word.text),
                               anchor: Double(word.column + word.end) / 2)
        }
        // The rows' own positions (where amounts set flush left start, `leftAligned`): the header's
        // words stand off their columns.
        let starts = AlignedGridReader.leftAligned(values.flatMap { $0 })
        let valueLeaves = paths.indices.map { k in
            AlignedHeader.Leaf(path: paths[k], role: .value,
                               anchor: full.map { Double(starts ? $0[k].column : $0[k].end) }.reduce(0, +) / Double(full.count))
        }
        return AlignedHeader.Section(name: "", leaves: identifyingLeaves + valueLeaves)
    }

    /// Step 1 where the last header line holds one word per column (a spreadsheet's cells printed
    /// at their bottoms), the pieces wrapped above them joined in the columns' order.
    static func bottomColumns(_ header: [TableLines.Line], count: Int) -> Columns? {
        guard let last = header.last else { return nil }
        let words = last.tokens.filter { !TextRepair.compact($0.text).isEmpty }
        let identifying = Array(words.prefix { AlignedHeader.role(of: $0.text) != .value })
        let columnWords = Array(words.dropFirst(identifying.count))
        guard !identifying.isEmpty, columnWords.count == count else { return nil }
        let block = piecesBlock(header)
        let blockStarts = header.dropLast().suffix(block.count).map { $0.tokens.filter { !TextRepair.compact($0.text).isEmpty }.map(\.column) }
        // A bottom word may read as a code column's (`类` under `其他运转`): its joined name may not.
        guard let names = SheetHeaderPieces.joined(columnWords.map { TextRepair.compact($0.text) }, pieces: block,
                                                   wordStarts: columnWords.map(\.column), pieceStarts: blockStarts),
              names.allSatisfy({ AlignedHeader.role(of: $0) == .value }),
              let captions = captionLines(Array(header.dropLast(block.count + 1)), last: words, pieces: block)
        else { return nil }
        return Columns(identifying: identifying, names: names, captions: captions)
    }

    /// Each line's values: what follows its last word. On a line without words (a row whose name
    /// wraps above and below it), a number standing wholly left of where the named rows' values
    /// start is the row's code.
    static func rowValues(_ body: [TableLines.Line]) -> [[Token]] {
        let lines = body.map { $0.tokens.filter { !$0.isBlank } }
        let named = lines.compactMap { tokens in tokens.lastIndex { $0.kind == .text }.map { (tokens, $0) } }
        let valuesStart = named.compactMap { $0.1 + 1 < $0.0.count ? $0.0[$0.1 + 1].column : nil }.min() ?? 0
        return lines.map { tokens in
            guard let last = tokens.lastIndex(where: { $0.kind == .text }) else { return tokens.filter { $0.end > valuesStart } }
            return Array(tokens[(last + 1)...])
        }
    }

    /// The lines that hold the most values, all of them numbers (or a placeholder).
    static func fullRows(_ rows: [[Token]]) -> [[Token]] {
        guard let most = rows.map(\.count).max(), most > 0 else { return [] }
        return rows.filter { $0.count == most && $0.allSatisfy { [.amount, .integer, .placeholder].contains($0.kind) } }
    }

    /// The lines right above the last, each on the source line before the one under it (a cell's
    /// wrapped name has no gap in it), holding no identifying word and some word cut short, from
    /// the top down. A line of finished words (基本支出, 人员经费) is a line of captions.
    static func piecesBlock(_ header: [TableLines.Line]) -> [[String]] {
        var block: [[String]] = []
        var below = header.count - 1
        while below > 0 {
            let line = header[below - 1]
            let words = line.tokens.map { TextRepair.compact($0.text) }.filter { !$0.isEmpty }
            guard line.number == header[below].number - 1, !words.isEmpty,
                  words.allSatisfy({ AlignedHeader.role(of: $0) == .value }),
                  words.contains(where: { !HeaderWords.endsComplete($0) }) else { break }
            block.insert(words, at: 0)
            below -= 1
        }
        return block
    }

    /// The lines of captions above the pieces, top first: lines of finished words that are no
    /// totals. A line printed again from the header's bottom (a header repeated by a page break
    /// inside it: the identifying line, the pieces) says nothing new and is passed over, and so
    /// is a caption over the identifying columns (功能分类科目); any other line leaves the
    /// reading open. One or two lines of captions.
    static func captionLines(_ upper: [TableLines.Line], last: [Token], pieces: [[String]]) -> [[String]]? {
        let lastWords = Set(last.map { TextRepair.compact($0.text) })
        let pieceWords = Set(pieces.joined())
        var captions: [[String]] = []
        for line in upper {
            let all = line.tokens.map { TextRepair.compact($0.text) }.filter { !$0.isEmpty }
            let words = all.filter { AlignedHeader.role(of: $0) == .value }
            if words.isEmpty || (words.count < all.count && all.allSatisfy(lastWords.contains)) { continue }
            if words.allSatisfy(HeaderWords.endsComplete) && !words.contains(where: HeaderWords.isTotal) {
                captions.append(words)
            } else {
                guard words.allSatisfy(pieceWords.contains) else { return nil }
            }
        }
        return (1...2).contains(captions.count) ? captions : nil
    }
}
