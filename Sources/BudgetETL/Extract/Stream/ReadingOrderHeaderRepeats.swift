/// The header printed again among the rows of a table in reading order (plain pdftotext): after a
/// page break the header's cells come again, some at the page's top, some left among the rows
/// where the reading order put them (`项目支出` below the last row). Lines made only of the words
/// of a certain header do not resume it (`StreamReadingOrder.headerResumes`); the rows around them
/// are read, except those a repeat may have moved cells into.
enum ReadingOrderHeaderRepeats {
    /// The header words that may stand again among the rows without resuming the header: those of
    /// a one-section header whose every word names a column (`namesEveryWord`), each printed once
    /// (a word printed twice names two columns, and which one a repeat stands for is unknown), in
    /// a table where the header was found printed again after a page break, made of its words
    /// only (words of no column in a repeat: the header read is not the one the pages print).
    /// Empty where no repeat is told from a resumption.
    static func repeatableWords(_ header: SequentialHeader, table: TableLines, readingOrder: Bool) -> Set<String> {
        let words = StreamHeader.words(table.header)
        guard readingOrder, header.sections.count == 1, Set(words).count == words.count, !table.repeatedHeaders.isEmpty,
              table.repeatedHeaders.allSatisfy({ StreamHeader.words($0).allSatisfy(Set(words).contains) }),
              StreamReadingOrder.namesEveryWord(header, lines: table.header) else { return [] }
        return Set(words)
    }

    /// The reading with the values of the rows a repeat may have moved cells into rejected
    /// (`rowAcrossHeaderRepeat`): a row whose name holds a header word (a header cell left among
    /// the rows joined the name of the row it stands by: `… 合计 项目支出`, or a row named by it),
    /// and a row whose name stands before a repeat and its values after it (reading order prints
    /// a page's cells before the next page's: values at a page's top before any name are a row's
    /// of that page whose name the reading order put elsewhere).
    static func rejectingMovedRows(_ reading: TableReading, headerWords: Set<String>, repeatLines: Set<Int>) -> TableReading {
        var result = reading
        for s in result.sections.indices {
            for r in result.sections[s].rows.indices {
                let row = result.sections[s].rows[r]
                guard !row.cells.isEmpty, holdsHeaderWord(row.label, headerWords) || crossesRepeat(row, repeatLines) else { continue }
                result.rejects += row.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowAcrossHeaderRepeat) }
                result.sections[s].rows[r].cells = []
            }
        }
        return result
    }

    /// Whether the row's name holds a header word of two characters or more (a piece of it, or
    /// inside the name joined from pieces).
    static func holdsHeaderWord(_ label: String, _ words: Set<String>) -> Bool {
        let name = TextRepair.compact(label)
        return words.contains { $0.count >= 2 && name.contains($0) }
    }

    /// Whether a line of the header's repeat falls between the row's first line and one of its values.
    static func crossesRepeat(_ row: ExtractedRow, _ repeatLines: Set<Int>) -> Bool {
        row.cells.contains { cell in repeatLines.contains { row.line < $0 && $0 < cell.line } }
    }
}
