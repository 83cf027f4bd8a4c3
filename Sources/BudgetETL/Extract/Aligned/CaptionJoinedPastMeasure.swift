/// A year's caption (`2020年执行数`) printed narrower than the columns it heads (`金额 | 占调整预算%
/// | 比上年增长%`) stands over one of them only, and the tree may join it to that word as the top
/// of one wrapped cell (`2020年执行数占调整预算%`), leaving the bare measure before it (`金额`)
/// without its caption. A bare amount measure never names a column by itself; right before a
/// column named by such a caption and more, it shows a caption whose run the header does not
/// tell (one wrapped cell or a merged caption over several), and with no sums to check, which
/// columns the caption heads is not certain: their values are rejected.
enum CaptionJoinedPastMeasure {
    /// A caption of a year's amounts followed by more words in one column's name.
    private static let yearCaptionAndMore = CompiledPattern(#"^\d{4}年度?(?:调整)?(?:预算|决算|完成|执行|预计)数."#)

    /// Per section, the first value column whose caption is not certain: the bare measure's.
    static func uncertainColumns(_ sections: [AlignedHeader.Section]) -> [(section: Int, from: Int)] {
        sections.enumerated().compactMap { n, section in
            let names = section.values.map { $0.path.count == 1 ? TextRepair.compact($0.path[0]) : "" }
            return names.indices.dropLast().first { i in
                HeaderWords.isAmountMeasure(names[i]) && yearCaptionAndMore.matches(names[i + 1])
            }.map { (section: n, from: $0) }
        }
    }

    /// The cells from the bare measure's column on (the caption may head any of them), rejected;
    /// the columns before it keep their own names.
    static func rejected(_ rows: inout [[ExtractedRow]], _ uncertain: [(section: Int, from: Int)]) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for (n, from) in uncertain where n < rows.count {
            for r in rows[n].indices {
                let (kept, doubted) = (rows[n][r].cells.filter { $0.column < from }, rows[n][r].cells.filter { $0.column >= from })
                rejects += doubted.map { ReaderReject(line: $0.line, text: $0.text, reason: .spanUnknown) }
                rows[n][r].cells = kept
            }
        }
        return rejects
    }
}
