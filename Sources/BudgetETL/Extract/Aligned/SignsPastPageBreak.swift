/// Rates whose percent sign a page break cut off. A word processor splits a tall row over two
/// pages; a rate wrapped in its narrow cell (`98.3` / `%`) then prints its number at the foot of
/// one page and its sign on the next, after the header printed again, where `WrappedPercentSigns`
/// (which gives a sign only to a number on the lines right above it) cannot join them. A number
/// without a sign under a column whose numbers are rates on most lines (`ratesByBody`), on its
/// section's last number line before a page break, with a line of bare signs between the break
/// and the section's next number line, is rejected (`rateSignPastPageBreak`): loaded bare it
/// would read as another quantity, and which sign is its own is not told.
enum SignsPastPageBreak {
    static func rejected(_ segments: inout [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section],
                         body: [TableLines.Line], pageBreaks: [Int]) -> [ReaderReject] {
        let signLines = body.filter(WrappedPercentSigns.isSignLine).map(\.number)
        guard !signLines.isEmpty, !pageBreaks.isEmpty else { return [] }
        let rates = GluedRateCells.ratesByBody(segments, sections)
        var rejects: [ReaderReject] = []
        for i in segments.indices where !segments[i].values.isEmpty && segments[i].values.count == segments[i].columns.count {
            let n = segments[i].section, line = segments[i].line
            // The section's next number line (a line of bare signs is none).
            let next = segments[(i + 1)...].first { $0.section == n && $0.values.contains { !WrappedPercentSigns.isBareSign($0.text) } }?.line ?? Int.max
            guard let pageBreak = pageBreaks.first(where: { $0 > line && $0 <= next }),
                  signLines.contains(where: { $0 >= pageBreak && $0 < next }) else { continue }
            let bare = segments[i].values.indices.filter { k in
                rates[n].contains(segments[i].columns[k]) && isBareNumber(segments[i].values[k].text)
            }
            for k in bare.reversed() {
                rejects.append(ReaderReject(line: segments[i].values[k].line, text: segments[i].values[k].text, reason: .rateSignPastPageBreak))
                segments[i].values.remove(at: k)
                segments[i].columns.remove(at: k)
            }
        }
        return rejects
    }

    private static func isBareNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return AlignedText.isNumber(scalars) && scalars.last != "%" && scalars.last != "％"
    }
}
