/// Lines of words alone that a tab table whose blank cells are dropped prints short (a name
/// wrapped onto lines of its own, its line ending at its words): the grid keeps only full lines,
/// so such a piece joins no name. A number line next to one, the piece's words standing in the
/// line's name cells, may have its name go on into it (a piece below that begins no name of its
/// own under a name that is no total, or a piece above a name that begins none and is no total
/// but a total's word alone, `收入` / `总计`): which words make that row's
/// name is not certain, and its values are rejected (`namePieceDropped`), for a value under a
/// wrong name is a value at a wrong place. A row with a code keeps its values: its code names it.
enum DroppedNamePieces {
    /// A short line's words and the cells they stand in.
    struct Piece { var text: String, cells: Set<Int> }

    /// The short lines (by source line) that hold words and no number, none of them a sentence's
    /// (`，` `,` `。` `；`: a form's text, whose cells make a row of their own, not a name), nor
    /// printed with blank cells after its words (a row whose values are blank: the converter closes
    /// a wrapped name's other lines at their words).
    static func pieces(_ short: [TableLines.Line]) -> [Int: Piece] {
        let sentenceMarks: Set<Character> = ["，", ",", "。", "；", ";"]
        var found: [Int: Piece] = [:]
        for line in short where !line.endsWithBlankCell {
            let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
            guard !filled.isEmpty, filled.allSatisfy({ line.tokens[$0].kind == .text && !CellText.mayBeNumber(line.tokens[$0]) }),
                  !filled.contains(where: { line.tokens[$0].text.contains(where: sentenceMarks.contains) }) else { continue }
            found[line.number] = Piece(text: filled.map { line.tokens[$0].text }.joined(separator: " "), cells: Set(filled))
        }
        return found
    }

    /// The rows with the values of those beside a dropped piece rejected. `body`: the table's
    /// body lines, in order.
    static func settled(_ rows: [ExtractedRow], pieces: [Int: Piece], body: [TableLines.Line]) -> (rows: [ExtractedRow], rejects: [ReaderReject]) {
        guard !pieces.isEmpty else { return (rows, []) }
        // Each row's line found once, not by a search of the body per row.
        let index = Dictionary(body.indices.map { (body[$0].number, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [ExtractedRow] = [], rejects: [ReaderReject] = []
        for row in rows {
            if !row.cells.isEmpty, row.codeParts.isEmpty, nameUncertain(row, pieces: pieces, body: body, at: index[row.line]) {
                rejects += row.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .namePieceDropped) }
            } else {
                kept.append(row)
            }
        }
        return (kept, rejects)
    }

    static func nameUncertain(_ row: ExtractedRow, pieces: [Int: Piece], body: [TableLines.Line], at: Int?) -> Bool {
        guard let at else { return false }
        let line = body[at]
        let nameCells = Set(line.tokens.indices.filter { !line.tokens[$0].isBlank && line.tokens[$0].kind == .text && !CellText.mayBeNumber(line.tokens[$0]) })
        func piece(_ k: Int) -> Piece? {
            guard body.indices.contains(k), abs(body[k].number - row.line) <= Thresholds.wrappedNameLineDistance,
                  let piece = pieces[body[k].number], piece.cells.isSubset(of: nameCells) else { return nil }
            return piece
        }
        // Nothing follows a total: a piece under one begins the next row.
        if let below = piece(at + 1), !WrappedRowAnchor.beginsName(below.text),
           !below.cells.allSatisfy({ AlignedRows.isTotal(line.tokens[$0].text) }) { return true }
        // A total's word alone (`总计`) under a piece may be that piece's end (`收入` / `总计`), as a
        // total named whole would not be.
        return piece(at - 1) != nil && !WrappedRowAnchor.beginsName(row.label)
            && (!AlignedRows.isTotal(row.label) || HeaderWords.isBareTotal(row.label))
    }
}
