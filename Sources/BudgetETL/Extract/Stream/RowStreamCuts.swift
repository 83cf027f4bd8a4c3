/// The stream of cells cut into rows: codes and names start a row, numbers are its values; a
/// second cut with the full row width in mind.
extension RowStreamReader {
    /// The stream cut again with a full row width in mind (`chunks(_:fullWidth:)`): the first width,
    /// of those the first cut's rows hold or miss by one, for which every row with values holds
    /// exactly that many (a closing total fewer: `isClosingTotal`), at least two rows of them. Nil
    /// when no width makes the rows agree or the first cut already does. Rows that agree can still
    /// have lost their values to "codes": a name left without values right before a code (甲区 |
    /// 819 乙区 …, whole amounts of three digits); then only a cut where every row is a name and
    /// its full values, no code left, is one, and the values of a row of several names (丙县 丁县
    /// 1200: whose amount?) are `unsure`.
    static func fullRowChunks(_ tokens: [Token], first: [Chunk]) -> (chunks: [Chunk], unsure: [Token])? {
        let counts = first.map(\.values.count).filter { $0 > 0 }
        let valuesTakenForCodes = zip(first, first.dropFirst()).contains { row, next in
            row.values.isEmpty && row.codes.isEmpty && !row.labels.isEmpty && !next.codes.isEmpty
        }
        guard Set(counts).count > 1 || valuesTakenForCodes else { return nil }
        for width in Set(counts + counts.map { $0 + 1 }).sorted() {
            let cut = chunks(tokens, fullWidth: width)
            let valued = cut.filter { !$0.values.isEmpty }
            if valuesTakenForCodes, !cut.allSatisfy({ $0.codes.isEmpty && (!$0.values.isEmpty || statesNone($0)) }) { continue }
            guard valued.count >= Thresholds.streamFullRowsMinimum,
                  valued.indices.allSatisfy({ valued[$0].values.count == width || isClosingTotal(valued, at: $0, cut: cut, width: width) })
            else { continue }
            guard valuesTakenForCodes else { return (cut, []) }
            let unsure = cut.filter { $0.labels.count > 1 }.flatMap(\.values)
            return (cut.map { $0.labels.count > 1 ? Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) : $0 }, unsure)
        }
        return nil
    }

    /// The last row of the stream, a total (全省合计) holding fewer values than the full rows: a
    /// total leaves its line number (序号) blank, and nothing after it could have lost a code to it.
    private static func isClosingTotal(_ valued: [Chunk], at k: Int, cut: [Chunk], width: Int) -> Bool {
        guard k == valued.count - 1, k > 0, valued[k].values.count < width, let last = cut.last, last.line == valued[k].line,
              last.codes.isEmpty, let name = last.labels.last else { return false }
        return HeaderWords.isTotal(TextRepair.compact(name.text))
    }

    /// The stream cut into rows: a code followed by a name, or a name after values, starts a row;
    /// names in a row go on (a wrapped name); numbers and placeholders are values. With
    /// `fullWidth`, a number that gives the current row its last value is a value even where it
    /// reads as a code.
    static func chunks(_ tokens: [Token], fullWidth: Int? = nil) -> [Chunk] {
        var chunks: [Chunk] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let isValue = (token.kind != .text || CellText.mayBeNumber(token)) && !isItemNumber(at: i, tokens)
            let current = chunks.last
            // A number longer than any amount (a project's code) never fills a row.
            let fillsRow = !token.isLongCode && (fullWidth.map { current.map(\.values.count) == $0 - 1 } ?? false)
            if !fillsRow, let parts = codeParts(at: i, tokens) {
                chunks.append(Chunk(codes: Array(tokens[i..<i + parts])))
                i += parts
                continue
            } else if !isValue {
                // A numbered name or a total after a name without values: that row's cells were
                // all blank, and this one starts the next row.
                // A name ending in a colon ("资金来源:") introduces the numbered name after it.
                let startsRow = current.map { !$0.labels.isEmpty && !endsInColon($0) && (AlignedRows.startsRow(token.text) || isSideHeading($0)) } ?? false
                if current == nil || !current!.values.isEmpty || startsRow { chunks.append(Chunk()) }
                chunks[chunks.count - 1].labels.append(token)
            } else {
                if current == nil { chunks.append(Chunk()) }
                chunks[chunks.count - 1].values.append(token)
            }
            i += 1
        }
        return chunks
    }

    /// Under a header with a code column, a row one value longer than the columns whose last value
    /// reads as a code (`313002`, six digits a unit's code takes), before a row with a name and no
    /// code: that number is the next row's code, printed after this row's values (MuPDF's order).
    /// So too, whatever the row's count, a whole number after amounts that all print decimals
    /// (`309101` after `718.94 598.94`): no amount of the table, whose amounts print decimals,
    /// but the next row's code (the header's count may be read wrong).
    static func codesMovedToTheirRows(_ chunks: [Chunk], columns: Int) -> [Chunk] {
        var out = chunks
        for k in out.indices.dropLast() {
            guard let last = out[k].values.last, last.isRowCode,
                  out[k].values.count == columns + 1 || followsDecimals(out[k].values.dropLast()),
                  out[k + 1].codes.isEmpty, !out[k + 1].labels.isEmpty,
                  out[k + 1].labels[0].line >= last.line else { continue }
            out[k].values.removeLast()
            out[k + 1].codes = [last]
        }
        return out
    }

    private static func followsDecimals(_ values: ArraySlice<Token>) -> Bool {
        !values.isEmpty && values.allSatisfy { UTF8Text.containsByte($0.text, 0x2E) }
    }

    /// A row of a name and a word saying it has none (国(境)外公务接待情况 · 无): its one cell is that
    /// word, printed in place of a number, so it is no row whose values were taken for a code.
    static func statesNone(_ chunk: Chunk) -> Bool {
        chunk.values.isEmpty && chunk.codes.isEmpty && chunk.labels.count == 2
            && noneWords.contains(TextRepair.compact(chunk.labels[1].text))
    }
    private static let noneWords: Set<String> = ["无", "没有", "不适用"]

    static func endsInColon(_ chunk: Chunk) -> Bool {
        chunk.values.isEmpty && chunk.labels.last.map { UTF8Text.hasSuffix($0.text, ":") || UTF8Text.hasSuffix($0.text, "：") } == true
    }

    /// A row that is only the name of a side (收入, 支出): a heading over the rows after it, not
    /// the start of a name wrapped onto the next cell.
    static func isSideHeading(_ chunk: Chunk) -> Bool {
        chunk.values.isEmpty && chunk.codes.isEmpty && chunk.labels.count == 1
            && ["收入", "支出"].contains(TextRepair.compact(chunk.labels[0].text))
    }

    /// How many cells at `i` make a code followed by its name: a whole code (3, 5 or 7 digits),
    /// a code longer than any amount (a project's, printed after the row before's values), or a
    /// class code and its 款/项 parts of one or two digits, followed by a name that is no
    /// numbered item.
    static func codeParts(at i: Int, _ tokens: [Token]) -> Int? {
        let first = tokens[i]
        guard first.isWholeCode || first.isLongCode else { return nil }
        var end = i + 1
        if first.text.count == 3 {
            while end < tokens.count, end - i < 3, tokens[end].kind == .integer, tokens[end].text.count <= 2 { end += 1 }
        }
        guard end < tokens.count, tokens[end].kind == .text, !CellText.mayBeNumber(tokens[end]) else { return nil }
        // A classification's name is never a numbered item ("3.公务用车…") nor a bare total (合计:
        // totals carry no code): a number before one is the previous row's value.
        return isNumberedItem(tokens[end].text) || HeaderWords.isBareTotal(tokens[end].text) ? nil : end - i
    }

    /// A bare item number ("(3)", "1.") before a name: the name's numbering, printed as its own
    /// cell, not an amount (negative amounts are printed with a minus sign in these tables).
    static func isItemNumber(at i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .text, !CellText.mayBeNumber(tokens[i + 1]) else { return false }
        return RowStreamPatterns.bareItemNumber.matches(TextRepair.compact(tokens[i].text))
    }

    static func isNumberedItem(_ text: String) -> Bool {
        RowStreamPatterns.numberedItem.matches(TextRepair.compact(text))
    }
}
