/// Text in blocks parted by blank lines (MuPDF's `mutool draw -F txt`, PyMuPDF `get_text()`)
/// prints the cells a row draws together as one block: its code and name, then its values, one
/// cell a line, then a blank line. A line of values alone under a row's lines, no blank line
/// between, is that row's own, however many of the row's cells are blank: the block keeps a row
/// whole where reading order alone (plain pdftotext, pdfminer, each cell a block of its own) does
/// not. Only which columns a short row's values stand under is untold, as where any converter
/// drops blank cells: the reader marks them guessed and the table's sums place them or reject them.
struct RowBlocks {
    /// Each body line's last word, by line number, where the body's rows are blocks; empty where
    /// they are not.
    private let lastWords: [Int: String]

    init(_ body: [TableLines.Line]) {
        guard RowBlocks.printsRows(body) else { lastWords = [:]; return }
        lastWords = Dictionary(body.map { ($0.number, $0.tokens.last { !$0.isBlank }?.text ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether the row is a block of its own: its first line opens a block, no blank line (nor
    /// page break) parts its lines, and its last value ends the block (nothing after it on its
    /// line, a blank line after that). A block that goes on with another row's name holds
    /// several rows (sides printed together), and the values in it may be any of theirs.
    func holds(_ row: ExtractedRow) -> Bool {
        guard !lastWords.isEmpty, let lastCell = row.cells.last, lastCell.line >= row.line,
              row.cells.allSatisfy({ $0.line <= lastCell.line }),
              lastWords[row.line - 1] == nil, lastWords[lastCell.line + 1] == nil,
              lastWords[lastCell.line] == lastCell.text else { return false }
        return (row.line...lastCell.line).allSatisfy { lastWords[$0] != nil }
    }

    /// Whether a blank line (or page break) parts the row's values, in a body whose rows are
    /// blocks: values from another block may be any row's (a code alone awaiting its name takes
    /// the next blocks' values), so which row they belong to is not certain.
    func partsValues(of row: ExtractedRow) -> Bool {
        guard !lastWords.isEmpty, let first = row.cells.map(\.line).min(), let last = row.cells.map(\.line).max() else { return false }
        return !(first...last).allSatisfy { lastWords[$0] != nil }
    }

    /// Whether the line goes on a block (the line before it is the body's), in a body whose rows are blocks.
    func goesOnBlock(_ line: Int) -> Bool {
        lastWords[line - 1] != nil
    }

    /// Whether the line opens a block (a blank line or a page break before it), in a body whose
    /// rows are blocks.
    func opensBlock(_ line: Int) -> Bool {
        !lastWords.isEmpty && lastWords[line - 1] == nil
    }

    /// Whether the body prints its rows as blocks: `Thresholds.rowBlocksMinimum` blocks at least
    /// are a row's, a line (of its code or name, or its first value where the name was printed
    /// elsewhere) and then lines of values alone, and they hold more than
    /// `Thresholds.rowBlockValueShare` of the body's lines of values alone (the others open
    /// blocks of their own or go on blocks of several rows: a page of column-aligned text is one).
    static func printsRows(_ body: [TableLines.Line]) -> Bool {
        var blocks: [ArraySlice<TableLines.Line>] = []
        var start = 0
        for k in body.indices.dropFirst() where body[k - 1].number + 1 != body[k].number {
            blocks.append(body[start..<k]); start = k
        }
        if !body.isEmpty { blocks.append(body[start...]) }
        let valueLines = body.filter(holdsValuesAlone).count
        let rows = blocks.filter { block in
            block.count > 1 && block.dropFirst().allSatisfy(holdsValuesAlone)
        }
        let inRows = rows.reduce(0) { $0 + $1.count - 1 }
        return rows.count >= Thresholds.rowBlocksMinimum && Double(inRows) > Double(valueLines) * Thresholds.rowBlockValueShare
    }

    private static func holdsValuesAlone(_ line: TableLines.Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        return !filled.isEmpty && filled.allSatisfy { CellText.mayBeNumber($0) }
    }
}
