/// Nothing lost, whatever the reader: a number printed in a kept table's body that the reading
/// holds nowhere on its line (no cell, no reject, no row code, 序号 or name carries it) is
/// rejected (`numberUnread`) with its line. The readers place or reject every number they
/// understand; this catches the ones a reader passed over (a number cut off its row, a code in a
/// text cell), so none vanishes without a trace. A number in a sentence (a note under the table,
/// its text holding 。 or ，) is narrative, not a cell.
enum UnreadNumbers {
    static func rejects(_ body: [TableLines.Line], sections: [ExtractedSection], rejected: [ReaderReject]) -> [ReaderReject] {
        var traces: [Int: [String]] = [:]
        for row in sections.flatMap(\.rows) {
            row.cells.forEach { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
            row.ordinal.map { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
            traces[row.line, default: []] += row.codeParts + [row.codeParts.joined(), TextRepair.compact(row.label)]
        }
        rejected.forEach { traces[$0.line, default: []].append(TextRepair.compact($0.text)) }
        return body.filter { !isSentence($0) }.flatMap { line in
            line.tokens.filter { $0.kind.isNumeric && !isTraced(TextRepair.compact($0.text), in: traces[line.number] ?? []) }
                .map { ReaderReject(line: line.number, text: $0.text, reason: .numberUnread) }
        }
    }

    /// Held by a trace on its line: the same text, or a text that holds it or that it holds (a
    /// cell cut from a glued token, a code in a row's name, a 款 code 2 carried as 02).
    static func isTraced(_ number: String, in traces: [String]) -> Bool {
        // A short trace (a cell "1") inside a long number says nothing of it.
        traces.contains { $0 == number || $0.contains(number) || ($0.count >= Thresholds.gluedPieceDigits && number.contains($0)) }
    }

    static func isSentence(_ line: TableLines.Line) -> Bool {
        line.tokens.contains { UTF8Text.containsAny($0.text, "。", "，") }
    }
}
