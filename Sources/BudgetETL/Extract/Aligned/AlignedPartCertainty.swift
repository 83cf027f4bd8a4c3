/// A stacked form's part read under its own header line (`AlignedGridReader.readsPartsApart`) is
/// kept only where positions leave no doubt. pdftotext squeezes a part's header words together or
/// shifts a row's values right after a long label, and a text cell may stand left in its column
/// (a spreadsheet's `98%`), so the reader's position fit may take a neighbour's column. A value
/// stands under its column when it lies past the word before its column's word and short of the
/// word after (so touches no other column's word), whichever edge it is aligned by. The rows must
/// agree: one value the reader placed by position that does not stand under its column shows the
/// part's positions mislead, and every value of the part is rejected; a row the reader placed by
/// order (`RawCell.guessed`) that does not takes the columns whose own words its values touch, or
/// is rejected alone where they touch none or several. A row with a value in the gap between two
/// columns' words, off the end its column's other rows share, is rejected alone too.
enum AlignedPartCertainty {
    static func checked(_ reading: TableReading, part: TableLines) -> TableReading {
        guard reading.sections.count == 1, var section = reading.sections.first,
              let uncertain = uncertainRows(&section, part: part) else { return rejectedWhole(reading) }
        var checked = reading
        checked.rejects += uncertain.flatMap { section.rows[$0].cells }.map { ReaderReject(line: $0.line, text: $0.text, reason: .headerRepeated) }
        for row in uncertain { section.rows[row].cells = [] }
        checked.sections = [section]
        return checked
    }

    static func rejectedWhole(_ reading: TableReading) -> TableReading {
        var rejected = reading
        rejected.rejects += reading.sections.flatMap(\.rows).flatMap(\.cells)
            .map { ReaderReject(line: $0.line, text: $0.text, reason: .headerRepeated) }
        rejected.sections = reading.sections.map { section in
            var emptied = section
            emptied.rows = section.rows.map { var row = $0; row.cells = []; return row }
            return emptied
        }
        return rejected
    }

    /// The rows whose values the reader placed by order (`RawCell.guessed`) and that do not stand
    /// under their columns, unless each value stands under one column's own word (touching it and
    /// no other): such a row takes those columns. Nil when a value placed by position does not
    /// stand under its column (the part's positions mislead the reader, so none of its placements
    /// is certain) or no header word names a column.
    static func uncertainRows(_ section: inout ExtractedSection, part: TableLines) -> [Int]? {
        guard let headerLine = part.header.last else { return nil }
        let words = headerLine.tokens.filter { !$0.isBlank }
        // Each column's own header word, in order: a column named by words of several lines is
        // no single word's span.
        var wordOfColumn: [Int] = []
        for column in section.columns {
            guard let name = column.components.last, column.components.count == 1,
                  let word = words.indices.first(where: { TextRepair.compact(words[$0].text) == TextRepair.compact(name) }) else { return nil }
            wordOfColumn.append(word)
        }
        var uncertain: [Int] = []
        let printedRows = section.rows.map { row in Dictionary(grouping: row.cells, by: \.line).flatMap { printedTokens(of: $0.value, in: part.body) } }
        for (index, printed) in printedRows.enumerated() {
            let misplaced = printed.filter { cell, token in !(token.map { standsUnder($0, word: wordOfColumn[cell.column], words) } ?? false) }
            if misplaced.contains(where: { !$0.0.guessed }) { return nil }
            if misplaced.isEmpty, printed.contains(where: { cell, token in
                token.map { liesOffItsColumn($0, word: words[wordOfColumn[cell.column]], end: commonEnd(of: cell.column, in: printedRows, besides: index)) } ?? false
            }) {
                uncertain.append(index)
                continue
            }
            guard !misplaced.isEmpty else { continue }
            if let placed = placedUnderWords(printed, wordOfColumn: wordOfColumn, words) {
                section.rows[index].cells = placed
            } else {
                uncertain.append(index)
            }
        }
        return uncertain
    }

    /// A row's cells moved to the columns whose own words their values touch (overlap, or begin
    /// right at its end: a right-aligned amount starts where a centred word ends), when every value
    /// touches exactly one column's word, stands under it, and no two take the same column. A value
    /// that ends right where a word begins lies short of it: no overlap, so not under that word.
    static func placedUnderWords(_ printed: [(RawCell, Token?)], wordOfColumn: [Int], _ words: [Token]) -> [RawCell]? {
        var placed: [RawCell] = []
        for (cell, token) in printed {
            guard let token else { return nil }
            let columns = wordOfColumn.indices.filter { column in
                let word = words[wordOfColumn[column]]
                return token.column <= word.column + word.text.unicodeScalars.count
                    && word.column < token.column + token.text.unicodeScalars.count
                    && standsUnder(token, word: wordOfColumn[column], words)
            }
            guard columns.count == 1, !placed.contains(where: { $0.column == columns[0] }) else { return nil }
            placed.append(RawCell(column: columns[0], text: cell.text, line: cell.line))
        }
        return placed.sorted { $0.column < $1.column }
    }

    /// The printed tokens a line's cells were read from: the line's values in order when it
    /// holds as many as it gave cells, else the one value of each cell's text.
    static func printedTokens(of cells: [RawCell], in body: [TableLines.Line]) -> [(RawCell, Token?)] {
        guard let line = body.first(where: { $0.number == cells.first?.line }) else { return cells.map { ($0, nil) } }
        let values = line.tokens.filter { !$0.isBlank && $0.kind != .text }
        let ordered = cells.sorted { $0.column < $1.column }
        if values.count == ordered.count, zip(ordered, values).allSatisfy({ TextRepair.compact($0.text) == TextRepair.compact($1.text) }) {
            return Array(zip(ordered, values.map(Optional.some)))
        }
        return ordered.map { cell in
            let matches = values.filter { TextRepair.compact($0.text) == TextRepair.compact(cell.text) }
            return (cell, matches.count == 1 ? matches[0] : nil)
        }
    }

    /// The one end shared by the column's values in the part's other rows, where at least two
    /// rows agree and none differs: the column is right-aligned there.
    static func commonEnd(of column: Int, in printedRows: [[(RawCell, Token?)]], besides row: Int) -> Int? {
        let ends = printedRows.indices.filter { $0 != row }.flatMap { r in
            printedRows[r].compactMap { cell, token in cell.column == column ? token.map { $0.column + $0.text.unicodeScalars.count } : nil }
        }
        return ends.count >= 2 && Set(ends).count == 1 ? ends[0] : nil
    }

    /// A value that overlaps no character of its column's word (it merely lies in the gap beside
    /// it, touching at most an edge) and does not end where the column's values in the other rows all end:
    /// the gap lies between two columns, and the text does not decide which one it is under.
    static func liesOffItsColumn(_ token: Token, word: Token, end common: Int?) -> Bool {
        guard let common else { return false }
        let end = token.column + token.text.unicodeScalars.count
        let overlaps = token.column < word.column + word.text.unicodeScalars.count && word.column < end
        return !overlaps && end != common
    }

    /// The value lies past the word before its column's word and short of the word after, and
    /// touches no header word but its own column's.
    static func standsUnder(_ token: Token, word: Int, _ words: [Token]) -> Bool {
        let end = token.column + token.text.unicodeScalars.count
        if word > 0 && token.column < words[word - 1].column + words[word - 1].text.unicodeScalars.count { return false }
        if word + 1 < words.count && end > words[word + 1].column { return false }
        return true
    }
}
