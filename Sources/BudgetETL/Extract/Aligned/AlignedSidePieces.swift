/// A piece of a wrapped row name, on a line of names only, standing right of the first value a
/// side prints on the nearest line with values, is no piece of that side's name: a side's names
/// stand left of its values (项目 | 行次 | 金额). pdftotext packs a line whose left side prints
/// only its 行次 leftwards, so the right side's wrapped name may stand over the left side's name
/// column ("年初财政拨款    年末财政拨款" over "28   0.00        60   0.00"): the piece, and what
/// follows it on its line, goes to the next side.
extension AlignedGridReader {
    static func namePiecesPastTheirSide(_ segments: inout [Segment], _ sections: [AlignedHeader.Section]) {
        guard sections.count > 1 else { return }
        let byLine = Dictionary(grouping: segments.indices, by: { segments[$0].line })
        func namesOnly(_ line: Int) -> Bool {
            byLine[line]!.allSatisfy { segments[$0].values.isEmpty && segments[$0].codes.isEmpty }
        }
        // The nearest lines with values, across lines of names only (both when as near).
        func numberLines(near line: Int) -> [Int] {
            var found: [(line: Int, distance: Int)] = []
            for step in [-1, 1] {
                var q = line + step
                while byLine[q] != nil, namesOnly(q) { q += step }
                if byLine[q] != nil { found.append((q, abs(q - line))) }
            }
            let nearest = found.map(\.distance).min()
            return found.filter { $0.distance == nearest }.map(\.line)
        }
        // Where side s starts printing values on a line, when the next side prints there too.
        func firstValue(_ line: Int, side s: Int) -> Int? {
            let own = byLine[line]!.filter { segments[$0].section == s }
            guard byLine[line]!.contains(where: { segments[$0].section > s }) else { return nil }
            return own.flatMap { segments[$0].values }.map(\.column).min()
        }
        var moved = segments
        for line in byLine.keys.sorted() where namesOnly(line) {
            let near = numberLines(near: line)
            for i in byLine[line]! where segments[i].section + 1 < sections.count {
                let s = segments[i].section
                let starts = near.map { firstValue($0, side: s) }
                guard !starts.isEmpty, starts.allSatisfy({ $0 != nil }),
                      let k = segments[i].labels.firstIndex(where: { t in starts.allSatisfy { t.column > $0! } }) else { continue }
                moved[i].labels = Array(segments[i].labels[..<k])
                var next = Segment(section: s + 1, line: line)
                next.labels = Array(segments[i].labels[k...])
                moved.append(next)
            }
        }
        guard moved.count > segments.count else { return }
        segments = regrouped(moved.filter { !$0.labels.isEmpty || !$0.values.isEmpty || !$0.codes.isEmpty })
    }

    /// Segments back in line order, a line's segments by side, one segment per side of a names-only line.
    private static func regrouped(_ segments: [Segment]) -> [Segment] {
        var out: [Segment] = []
        for s in segments.enumerated().sorted(by: { ($0.element.line, $0.element.section, $0.offset) < ($1.element.line, $1.element.section, $1.offset) }).map(\.element) {
            if let last = out.last, last.line == s.line, last.section == s.section, last.values.isEmpty, last.codes.isEmpty,
               s.values.isEmpty, s.codes.isEmpty {
                out[out.count - 1].labels += s.labels
            } else {
                out.append(s)
            }
        }
        return out
    }
}
