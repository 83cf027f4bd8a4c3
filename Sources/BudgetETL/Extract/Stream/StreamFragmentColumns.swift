/// A single-space header whose wrapped words were read off their cells: a short piece of a
/// wrapped word (`主管` of `主管` / `部门` / `名称`) taken for a value column of its own.
extension StreamReader {
    /// The header names more value columns than any body line holds numbers, and one of them by a
    /// piece of at most three characters that stops mid-word and is no header word: which column
    /// each value is, is not certain (`RejectReason.fragmentColumn`). Not for mangled conversions,
    /// whose rows wrap through their numbers.
    static func takesFragmentForColumn(_ header: SequentialHeader, body: [TableLines.Line]) -> Bool {
        let columns = header.sections.map(\.paths.count).reduce(0, +)
        let fullest = body.map { $0.tokens.filter { $0.kind == .amount || $0.kind == .integer }.count }.max() ?? 0
        guard columns > fullest else { return false }
        return header.sections.contains { section in
            section.paths.contains { path in
                let word = TextRepair.compact(path.components.last ?? "")
                return (1...Thresholds.fragmentColumnLength).contains(word.count) && !HeaderWords.endsComplete(word)
                    && !HeaderWords.isHeaderWord(word) && !HeaderWords.isLineNumber(word) && !word.hasPrefix("栏次")
            }
        }
    }

    /// Every value of the reading rejected for `reason`.
    static func rejectingAll(_ reading: TableReading, reason: RejectReason) -> TableReading {
        var result = reading
        for n in result.sections.indices {
            for r in result.sections[n].rows.indices {
                result.rejects += result.sections[n].rows[r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
                result.sections[n].rows[r].cells = []
            }
        }
        return result
    }
}

/// A header region that ran into the body (a converter printed the rows' first cells among the
/// header's: `安徽省` / `六安市` / `0` / `0`): a line of numbers alone after the header's words, one
/// of them an amount or a zero (a column number is neither), is a row's cells, and the header read
/// from those lines is not the table's. (Such lines before its first word are stray cells of the
/// page before: the words under them are still the header's.)
extension StreamReader {
    static func headerHoldsValues(_ header: [TableLines.Line]) -> Bool {
        let numbersOnly = header.map { line -> Bool in
            let filled = line.tokens.filter { !$0.isBlank }
            return !filled.isEmpty && filled.allSatisfy { $0.kind == .amount || $0.kind == .integer }
                && filled.contains { $0.kind == .amount || isZero($0.text) }
        }
        guard let firstWords = header.indices.first(where: { n in
            !numbersOnly[n] && header[n].tokens.contains { !$0.isBlank && $0.kind == .text }
        }) else { return false }
        return numbersOnly[firstWords...].contains(true)
    }

    private static func isZero(_ text: String) -> Bool { text.utf8.allSatisfy { $0 == 0x30 } }
}
