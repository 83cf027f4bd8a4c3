/// A rate (`100%`) read under a column whose header states a money unit (`项目金额(万元) / 政府预算资金`)
/// or whose own name is an amount (`比上年增减 / 增、减金额`) stands under a column not its own: the
/// header says the column holds amounts, and a rate is none. A converter that sets a right-aligned
/// amount against the left-aligned rate of the next cell prints the two as one number (`4` and
/// `22%` as `422%`) under the amount's column: neither the amount nor the rate can be told. A header read off its columns (a caption stretched over rate columns, or a lone
/// rate placed by its position under an amount column) puts it there, and the rate's own column is
/// not known: the value is rejected. A leaf that names a rate itself (`增长%`, `执行率`, `占比`) may
/// sit under a money caption and keeps its rates.
enum RateUnderMoneyHeader {
    static func checked(_ sections: [ExtractedSection]) -> (sections: [ExtractedSection], rejects: [ReaderReject]) {
        var rejects: [ReaderReject] = []
        let kept = sections.map { section -> ExtractedSection in
            let money = section.columns.map(namesMoneyNotRate)
            guard money.contains(true) else { return section }
            var section = section
            for r in section.rows.indices {
                section.rows[r].cells.removeAll { cell in
                    guard money.indices.contains(cell.column), money[cell.column], isRate(cell.text) else { return false }
                    rejects.append(ReaderReject(line: cell.line, text: cell.text, reason: .rateUnderMoneyHeader))
                    return true
                }
            }
            return section
        }
        return (kept, rejects)
    }

    /// A printed rate: a number followed by a percent sign (cheap byte test first).
    static func isRate(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "%" || last == "％" else { return false }
        return text.unicodeScalars.first.map { ("0"..."9").contains($0) || $0 == "-" } ?? false
    }

    /// A header path one of whose words closes on a money unit in brackets (`(万元)`, `（元）`), or
    /// whose leaf names an amount (`金额`), and whose leaf names no rate.
    static func namesMoneyNotRate(_ path: HeaderPath) -> Bool {
        guard let leaf = path.components.last, !namesRate(leaf) else { return false }
        return UTF8Text.holds(leaf, "金额") || path.components.contains { UTF8Text.holds($0, "元)") || UTF8Text.holds($0, "元）") }
    }

    /// A leaf holding a rate's sign or word (%, ％, 率, 比, 幅). On plain text (`UTF8Text.isPlain`)
    /// each scalar is its own Character and canonically equal to no other, so the scalars tell
    /// (a byte search); elsewhere the Characters.
    static func namesRate(_ leaf: String) -> Bool {
        guard UTF8Text.isPlain(leaf) else { return leaf.contains(where: { "%％率比幅".contains($0) }) }
        return UTF8Text.containsAny(leaf, "%", "％", "率", "比", "幅")
    }
}
