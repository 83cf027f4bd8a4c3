/// Row labels re-wrapped at a narrow width, as a PDF cell too narrow for its label prints them:
/// the label's other pieces go on lines without numbers, at the label's column, before or after
/// the line that holds the numbers.
enum WrappedLabelVariants {
    /// Which piece of a wrapped label stays on the number line.
    enum Anchor: String, CaseIterable {
        /// The first piece: the rest follows on the lines after.
        case first
        /// The last piece: the others come on the lines before.
        case last
        /// The middle piece: the label flanks the number line (pdftotext centres numbers vertically).
        case middle

        func index(of count: Int) -> Int {
            switch self {
            case .first: return 0
            case .last: return count - 1
            case .middle: return count / 2
            }
        }
    }

    static let widths: [Anchor: Int] = [.first: 6, .last: 6, .middle: 4]

    static func make(_ sample: SampleDocument) -> [Variant] {
        Anchor.allCases.map { anchor in
            let width = widths[anchor]!
            var edits: [Int: [String]] = [:]
            for span in sample.tables {
                for line in span.rowLines where edits[line] == nil {
                    if let wrapped = wrap(sample, line: line, width: width, anchor: anchor) { edits[line] = wrapped }
                }
            }
            return Variant(sample: sample.name, name: "labels wrapped at \(width), \(anchor) piece on the number line",
                           text: sample.rewritten(edits))
        }
    }

    /// The lines that replace a row line whose labels are longer than `width`; nil when none is.
    static func wrap(_ sample: SampleDocument, line: Int, width: Int, anchor: Anchor) -> [String]? {
        let layout = sample.layout(of: line)
        var cells = sample.cells(line)
        var pieces: [Int: [String]] = [:]
        for (index, cell) in cells.enumerated() where cell.isWords {
            if let parts = wrapped(cell.text, width) { pieces[index] = parts }
        }
        guard !pieces.isEmpty else { return nil }
        let before = pieces.values.map { anchor.index(of: $0.count) }.max()!
        let after = pieces.values.map { $0.count - 1 - anchor.index(of: $0.count) }.max()!
        var lines: [String] = []
        for offset in -before...after {
            var row: [PlacedCell] = offset == 0 ? cells : []
            for (index, parts) in pieces.sorted(by: { $0.key < $1.key }) {
                let part = anchor.index(of: parts.count) + offset
                let text = parts.indices.contains(part) ? parts[part] : ""
                if offset == 0 { cells[index].text = text; row = cells } else if !text.isEmpty {
                    row.append(PlacedCell(text: text, start: cells[index].start))
                }
            }
            lines.append(LineCells.render(row, layout))
        }
        return lines
    }

    /// The lines a cell `width` characters wide prints its text on; nil when it fits on one. A
    /// converter wraps the text the cell shows: bold text that pdftotext prints twice
    /// (本年收入合计本年收入合计) shows its half, and each line of it comes out doubled in turn
    /// (本年收入本年收入 / 合计合计, as the samples print 上级补上级补 / 助收入助收入), never as
    /// two copies of the whole name on two lines.
    static func wrapped(_ text: String, _ width: Int) -> [String]? {
        guard WrappedHeaderVariants.isDoubled(text) else { return text.count > width ? chunks(text, width) : nil }
        let shown = String(text.prefix(text.count / 2))
        return shown.count > width ? chunks(shown, width).map { $0 + $0 } : nil
    }

    static func chunks(_ text: String, _ width: Int) -> [String] {
        let characters = Array(text)
        return stride(from: 0, to: characters.count, by: width).map {
            String(characters[$0..<min($0 + width, characters.count)])
        }
    }
}

/// Header words wrapped inside their cells over two or three lines (`因公出` / `国（境）` / `费`).
enum WrappedHeaderVariants {
    static func make(_ sample: SampleDocument) -> [Variant] {
        [(2, false), (3, true)].map { maxLines, centred in
            var edits: [Int: [String]] = [:]
            for span in sample.tables {
                for line in span.header where isColumnHeader(sample, line) {
                    edits[line] = wrap(sample, line: line, maxLines: maxLines, centred: centred)
                }
            }
            return Variant(sample: sample.name,
                           name: "header words over \(maxLines) lines, short cells on the \(centred ? "middle" : "first") line",
                           text: sample.rewritten(edits))
        }
    }

    /// A header line of column names: words only, no unit, agency or 栏次 numbers.
    static func isColumnHeader(_ sample: SampleDocument, _ line: Int) -> Bool {
        let cells = sample.cells(line).filter { !$0.text.isEmpty }
        return cells.count >= 2 && cells.allSatisfy { !$0.isNumber } && cells.contains(where: \.isWords)
            && !UnitVariants.isUnitOrAgencyLine(sample.lines[line])
    }

    static func wrap(_ sample: SampleDocument, line: Int, maxLines: Int, centred: Bool) -> [String] {
        let layout = sample.layout(of: line)
        let cells = sample.cells(line)
        let pieces = cells.map { cell -> [String] in
            // A doubled word ("决算数决算数", a converter's bold) is left whole: its halves would read as two rows.
            guard cell.isWords, cell.text.count >= 4, !isDoubled(cell.text) else { return [cell.text] }
            let count = cell.text.count >= 6 ? maxLines : 2
            return WrappedLabelVariants.chunks(cell.text, (cell.text.count + count - 1) / count)
        }
        let height = pieces.map(\.count).max() ?? 1
        return (0..<height).map { row in
            let placed = zip(cells, pieces).compactMap { cell, parts -> PlacedCell? in
                let first = parts.count == 1 && centred ? (height - 1) / 2 : 0
                let index = row - first
                return parts.indices.contains(index) ? PlacedCell(text: parts[index], start: cell.start) : nil
            }
            return LineCells.render(placed, layout, tabCells: cells.count)
        }
    }

    static func isDoubled(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.count % 2 == 0 && characters[..<(characters.count / 2)] == characters[(characters.count / 2)...]
    }
}
