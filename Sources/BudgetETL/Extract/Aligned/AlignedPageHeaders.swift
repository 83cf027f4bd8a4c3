/// A header printed again at the top of a page (a browser's or word processor's repeated header
/// rows). pdftotext lays each page out on its own: the columns of a later page may stand several
/// characters right or left of the first page's, column by column, and a short row placed by the
/// first page's header centres can land one column off (`82.65` under 对个人和家庭的补助 instead
/// of 工资福利支出 two lines below the page's own 工资福 / 人和). The page's own header words show
/// where each column now stands: every column's anchor moves as far as the header word it was
/// taken from moved. Used only when every value column's word is found again on the page.
extension AlignedGridReader {
    struct PageHeader {
        /// The first body line the page's header stands over.
        var from: Int
        var sections: [AlignedHeader.Section]
    }

    static func pageHeaders(_ header: [TableLines.Line], repeats: [[TableLines.Line]],
                            _ sections: [AlignedHeader.Section]) -> [PageHeader] {
        let first = header.flatMap(\.tokens).filter { !$0.isBlank }
        return repeats.compactMap { run in
            guard let last = run.last?.number,
                  let moved = movedSections(sections, from: first, to: run.flatMap(\.tokens).filter { !$0.isBlank })
            else { return nil }
            return PageHeader(from: last + 1, sections: moved)
        }
    }

    /// The sections with each column's anchor moved by its header word's move; nil when a value
    /// column's word is not printed again, or when nothing moved.
    static func movedSections(_ sections: [AlignedHeader.Section], from first: [Token], to again: [Token]) -> [AlignedHeader.Section]? {
        let moves = wordMoves(first, again)
        var moved = sections, anyMoved = false
        for n in moved.indices {
            for l in moved[n].leaves.indices {
                let anchor = moved[n].leaves[l].anchor
                let nearest = moves.min { abs($0.center - anchor) < abs($1.center - anchor) }
                guard let nearest, abs(nearest.center - anchor) <= Thresholds.pageHeaderWordDistance else {
                    if moved[n].leaves[l].role == .value { return nil }
                    continue
                }
                moved[n].leaves[l].anchor += nearest.by
                anyMoved = anyMoved || nearest.by != 0
            }
        }
        return anyMoved ? moved : nil
    }

    /// How far each word of the first header moved on the page: words paired by text, in order,
    /// where the text is printed as many times on both.
    static func wordMoves(_ first: [Token], _ again: [Token]) -> [(center: Double, by: Double)] {
        func byText(_ tokens: [Token]) -> [String: [Token]] {
            Dictionary(grouping: tokens.sorted { ($0.line, $0.column) < ($1.line, $1.column) }) { TextRepair.compact($0.text) }
        }
        let before = byText(first), after = byText(again)
        var moves: [(center: Double, by: Double)] = []
        for (text, words) in before {
            guard let later = after[text], later.count == words.count else { continue }
            moves += zip(words, later).map { ($0.center, $1.center - $0.center) }
        }
        return moves
    }

    /// A short line that the page's own header and the first page's place differently is in
    /// doubt: pdftotext may move a page's header words with its values or without them, and
    /// nothing on the line tells which. Its columns are left for the table's sums to settle, or
    /// its values rejected.
    static func doubtWhereHeadersDisagree(_ segments: inout [Segment], _ sections: [AlignedHeader.Section], pages: [PageHeader]) {
        guard !pages.isEmpty else { return }
        for i in segments.indices where !segments[i].values.isEmpty && !segments[i].columnsGuessed
            && segments[i].values.count < sections[segments[i].section].values.count
            && pages.contains(where: { $0.from <= segments[i].line }) {
            var byFirstPage = [segments[i]]
            place(&byFirstPage, sections)
            if byFirstPage[0].columns != segments[i].columns { segments[i].columnsGuessed = true }
        }
    }

    /// The sections a line is placed by: its page's own header's, or the first page's.
    static func sections(for line: Int, _ sections: [AlignedHeader.Section], pages: [PageHeader]) -> [AlignedHeader.Section] {
        pages.last { $0.from <= line }?.sections ?? sections
    }
}
