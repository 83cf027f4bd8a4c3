import Foundation

/// Tables rendered without their columns: one line per table, one cell per line, blank cells dropped.
enum RenderedTableVariants {
    /// Each table, title to last row, on one line: cells separated by single spaces, blank cells dropped
    /// (web pages copied as text).
    static func oneLinePerTable(_ sample: SampleDocument) -> [Variant] {
        var edits: [Int: [String]] = [:]
        for span in sample.tables {
            let texts = span.lines.flatMap { LineCells.texts(sample.lines[$0], sample.layout(of: $0)) }
            for line in span.lines { edits[line] = [] }
            edits[span.titleLine] = [texts.joined(separator: " ")]
        }
        return [Variant(sample: sample.name, name: "one line per table", text: sample.rewritten(edits))]
    }

    /// Each cell on its own line in content-stream order (pdftotext -raw, pasted web pages); once
    /// as printed and once without the 行次 numbers next to the amounts.
    static func oneCellPerLine(_ sample: SampleDocument) -> [Variant] {
        [false, true].compactMap { dropLineNumbers in
            var edits: [Int: [String]] = [:]
            var dropped = false
            for span in sample.tables {
                let numbered = lineNumberColumns(sample, span)
                edits[span.titleLine] = [sample.lines[span.titleLine].trimmingCharacters(in: .whitespaces)]
                for line in span.lines where line != span.titleLine {
                    var cells = sample.cells(line).filter { !$0.text.isEmpty }
                    if dropLineNumbers, span.body.contains(line) {
                        let kept = cells.enumerated().filter { !isLineNumber($0.element, after: $0.offset > 0 ? cells[$0.offset - 1] : nil,
                                                                             sample.layout(of: line), numbered) }
                        dropped = dropped || kept.count < cells.count
                        cells = kept.map(\.element)
                    }
                    edits[line] = cells.map(\.text)
                }
            }
            if dropLineNumbers && !dropped { return nil }
            return Variant(sample: sample.name, name: dropLineNumbers ? "one cell per line, 行次 dropped" : "one cell per line",
                           text: sample.rewritten(edits))
        }
    }

    /// Where the header names 行次: tab indexes for tab layouts; in the others only whether the table
    /// has them (a small whole number right after a label is then taken for one).
    static func lineNumberColumns(_ sample: SampleDocument, _ span: TableSpan) -> Set<Int> {
        Set(span.header.flatMap { sample.cells($0).filter { $0.text == "行次" || $0.text == "行次行次" }.map(\.start) })
    }

    static func isLineNumber(_ cell: PlacedCell, after previous: PlacedCell?, _ layout: TextLayout, _ numbered: Set<Int>) -> Bool {
        guard !numbered.isEmpty else { return false }
        if layout == .tabs { return numbered.contains(cell.start) }
        return cell.isLineNumber && (previous == nil || previous!.isWords)
    }

    /// Body rows with their blank cells dropped: tab rows lose their empty cells, aligned rows
    /// their columns (cells packed left, two spaces apart). Single-spaced text has none to drop.
    static func blankCellsDropped(_ sample: SampleDocument) -> [Variant] {
        guard sample.layout != .spaced else { return [] }
        var edits: [Int: [String]] = [:]
        for span in sample.tables {
            for line in span.body where !sample.isBlank(line) {
                let layout = sample.layout(of: line)
                let texts = sample.cells(line).map(\.text).filter { !$0.isEmpty }
                edits[line] = [texts.joined(separator: layout == .tabs ? "\t" : "  ")]
            }
        }
        return [Variant(sample: sample.name, name: "blank cells dropped in rows", text: sample.rewritten(edits))]
    }
}

/// The generators' own check: every table line split into cells and printed back in place. It
/// must read exactly as the original, or the other families' failures could be the suite's.
enum RoundTripVariants {
    static func make(_ sample: SampleDocument) -> [Variant] {
        var edits: [Int: [String]] = [:]
        for span in sample.tables {
            for line in span.lines where !sample.isBlank(line) {
                let cells = sample.cells(line)
                edits[line] = [LineCells.render(cells, sample.layout(of: line), tabCells: cells.count)]
            }
        }
        return [Variant(sample: sample.name, name: "table lines split into cells and printed back",
                        text: sample.rewritten(edits))]
    }
}
