/// The mirror of `RateUnderMoneyHeader`: an amount printed with thousands separators (`12,500`)
/// read under a column whose name ends in a percent sign (`执行数为上年执行数的%`) is no rate, so
/// the header was read off the section's columns (words of tall cells, centred vertically, joined
/// to the wrong neighbours). Then no value of the section has a certain column: all are rejected.
enum AmountUnderRateHeader {
    static func checked(_ sections: [ExtractedSection]) -> (sections: [ExtractedSection], rejects: [ReaderReject]) {
        var rejects: [ReaderReject] = []
        let kept = sections.map { section -> ExtractedSection in
            let rates = section.columns.map { $0.components.last.map(endsInPercent) ?? false }
            guard rates.contains(true), section.rows.contains(where: { row in
                row.cells.contains { rates.indices.contains($0.column) && rates[$0.column] && isSeparatedAmount($0.text) }
            }) else { return section }
            var section = section
            for r in section.rows.indices {
                rejects += section.rows[r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .amountUnderRateHeader) }
                section.rows[r].cells = []
            }
            return section
        }
        return (kept, rejects)
    }

    /// A column name closed by a percent sign: the column holds rates.
    static func endsInPercent(_ name: String) -> Bool {
        name.unicodeScalars.last == "%" || name.unicodeScalars.last == "％"
    }

    /// A number with a thousands separator and no percent sign: an amount, never a rate.
    static func isSeparatedAmount(_ text: String) -> Bool {
        TokenKind.of(text) == .amount && UTF8Text.containsAny(text, ",") && !RateUnderMoneyHeader.isRate(text)
    }
}
