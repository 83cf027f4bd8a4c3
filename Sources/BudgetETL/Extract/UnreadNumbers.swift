/// Nothing lost, whatever the reader: a number printed in a kept table's body that the reading
/// holds nowhere on its line (no cell, no reject, no row code, 序号 or name carries it) is
/// rejected (`numberUnread`) with its line. The readers place or reject every number they
/// understand; this catches the ones a reader passed over (a number cut off its row, a code in a
/// text cell), so none vanishes without a trace. A number in a sentence (a note under the table,
/// its text holding 。 or ，) is narrative, not a cell.
enum UnreadNumbers {
    static func rejects(_ body: [TableLines.Line], sections: [ExtractedSection], rejected: [ReaderReject]) -> [ReaderReject] {
        var traces: [Int: [String]] = [:], wrappedCodes: [Int: [String]] = [:]
        for row in sections.flatMap(\.rows) {
            row.cells.forEach { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
            row.ordinal.map { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
            traces[row.line, default: []].append(TextRepair.compact(row.label))
            // A code names its row only where the row has a name or values.
            // A row without a code adds only the empty text, which traces no number.
            guard !row.label.isEmpty || !row.cells.isEmpty, !row.codeParts.isEmpty else { continue }
            // One cell per line, a code split over 类/款/项 takes a line (and a blank one) per part.
            let codeTraces = row.codeParts + [row.codeParts.joined()]
            for line in row.line...(row.line + 2 * row.codeParts.count) {
                traces[line, default: []] += codeTraces
            }
            // A long code wrapped in its cell (`WrappedLongCodes`) starts on the line above.
            let code = row.codeParts.joined()
            if code.count > Thresholds.longCodeDigits { wrappedCodes[row.line - 1, default: []].append(code) }
        }
        rejected.forEach { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
        // A list marker alone on its line ((2), 3.) opens the next row's name, wherever it wraps.
        let names = sections.flatMap(\.rows).map { TextRepair.compact($0.label) }
        func isMarkerInAName(_ text: String) -> Bool {
            listMarker.matches(text) && names.contains { UTF8Text.holds($0, text) }
        }
        return body.filter { !isSentence($0) }.flatMap { line in
            line.tokens.filter { token in
                // Names and blanks leave before their text is compacted.
                guard token.kind.isNumeric else { return false }
                let text = TextRepair.compact(token.text)
                return !isTraced(text, in: traces[line.number] ?? []) && !isMarkerInAName(text)
                    && !startsWrappedCode(text, wrappedCodes[line.number] ?? [])
            }
                .map { ReaderReject(line: line.number, text: $0.text, reason: .numberUnread) }
        }
    }

    /// The numbers of a titled table that reads as no table (`TableRegion.unread`), each rejected
    /// (`tableUnread`); a year before 年 ("2020 年执行数") is its header's word, not a value.
    static func unreadTable(_ body: [TableLines.Line]) -> [ReaderReject] {
        let texts = Dictionary(body.map { ($0.number, $0.compact) }, uniquingKeysWith: { first, _ in first })
        return rejects(body, sections: [], rejected: []).filter { reject in
            let year = TextRepair.compact(reject.text)
            return !TableLines.isYear(year) || !UTF8Text.holds(texts[reject.line] ?? "", year + "年")
        }
        .map { ReaderReject(line: $0.line, text: $0.text, reason: .tableUnread) }
    }

    /// Held by a trace on its line: the same text, or a text that holds it or that it holds (a
    /// cell cut from a glued token, a code in a row's name, a 款 code 2 carried as 02).
    static func isTraced(_ number: String, in traces: [String]) -> Bool {
        // The usual case first: a cell of the same text (cheap; the substring tests cost a third of
        // extraction when asked of every number through Foundation, so plain texts are searched
        // by their bytes, `UTF8Text.holds`).
        if traces.contains(number) { return true }
        // A short trace (a cell "1") inside a long number says nothing of it.
        // (A text has no more Characters than bytes: most traces are too short by their bytes alone.)
        return traces.contains {
            UTF8Text.holds($0, number)
                || ($0.utf8.count >= Thresholds.gluedPieceDigits && $0.count >= Thresholds.gluedPieceDigits && UTF8Text.holds(number, $0))
        }
    }

    /// A long code's first piece, wrapped above its row.
    static func startsWrappedCode(_ number: String, _ codes: [String]) -> Bool {
        number.count >= Thresholds.longCodeDigits && codes.contains { $0.hasPrefix(number) }
    }

    static func isSentence(_ line: TableLines.Line) -> Bool {
        line.tokens.contains { UTF8Text.containsAny($0.text, "。", "，") }
    }

    /// (2), （3）, 4. 5、: a list item's number.
    private static let listMarker = CompiledPattern(#"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])$"#)
}
