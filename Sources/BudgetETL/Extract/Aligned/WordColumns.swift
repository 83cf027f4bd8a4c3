/// Columns of words among a header's value words: a list of projects prints, between a project's
/// name and its amount, cells of words (项目领域 `1201公立医院`, 项目实施单位, 债券性质 `专项债券`)
/// whose header words are no name column's. pdftotext sets every cell where it stands, so a header
/// word under which the body prints words on most of its amount lines and a number on none names
/// a column of words, not of amounts. Left a value column it takes a line's one amount as well as
/// the amount's own column (one value fits every column at the same cost) and was given it first.
enum WordColumns {
    /// The sections with such columns made columns of words (`label`), at least one value column
    /// kept in each section.
    static func demoted(_ sections: [AlignedHeader.Section], segments: [AlignedGridReader.Segment]) -> [AlignedHeader.Section] {
        var sections = sections
        for n in sections.indices {
            let leaves = sections[n].leaves
            // Beside a name column read as such: a section whose header names none (its name
            // column's word read as a value's) keeps its columns, the lines under its header read as before.
            guard leaves.count > 1, leaves.contains(where: { $0.role != .value }) else { continue }
            var words = Array(repeating: 0, count: leaves.count)
            var numbers = Array(repeating: 0, count: leaves.count)
            var amountLines = 0
            for segment in segments where segment.section == n {
                let byNumbers = Set(segment.values.map { nearest($0, leaves) })
                for j in byNumbers { numbers[j] += 1 }
                // Words on the amount's own line: a name's pieces wrapped onto lines of their own
                // spill under a neighbouring column whatever it holds.
                guard byNumbers.contains(where: { leaves[$0].role == .value }) else { continue }
                amountLines += 1
                for j in Set(segment.labels.map { nearest($0, leaves) }) { words[j] += 1 }
            }
            let wordy = leaves.indices.filter { j in
                leaves[j].role == .value && numbers[j] == 0 && words[j] >= Thresholds.wordColumnLines
                    && Double(words[j]) >= Double(amountLines) * Thresholds.wordColumnShare
            }
            // A list mostly of words (name, number, field, unit, kind, then its amount): there a line's
            // one amount fits every column alike. Where amount columns outnumber them (a self-evaluation's
            // rates beside a project's kind), the values are placed by their many columns as they are.
            let count = sections[n].values.count
            guard !wordy.isEmpty, wordy.count < count, wordy.count * 2 >= count else { continue }
            for j in wordy { sections[n].leaves[j].role = .label }
        }
        return sections
    }

    /// Such columns made columns of words, and in the sections that have them the numbers standing
    /// nearest a name or code column rejected (`amountInIdentifyingColumn`): a project number's tail
    /// printed on a line of its own (`00000001` under 项目编号) is no amount, and with the columns of
    /// words gone it would fit the one amount column left.
    static func read(_ sections: inout [AlignedHeader.Section], _ segments: inout [AlignedGridReader.Segment]) -> [ReaderReject] {
        let before = sections
        sections = demoted(sections, segments: segments)
        var rejects: [ReaderReject] = []
        for n in sections.indices where sections[n] != before[n] {
            let leaves = sections[n].leaves
            for i in segments.indices where segments[i].section == n {
                let stray = segments[i].values.filter { leaves[nearest($0, leaves)].role != .value }
                guard !stray.isEmpty else { continue }
                segments[i].values.removeAll { stray.contains($0) }
                rejects += stray.map { ReaderReject(line: $0.line, text: $0.text, reason: .amountInIdentifyingColumn(column: nearest($0, leaves) + 1)) }
            }
        }
        return rejects
    }

    /// The leaf whose word's centre the token's centre stands nearest.
    private static func nearest(_ token: Token, _ leaves: [AlignedHeader.Leaf]) -> Int {
        var best = 0
        for j in leaves.indices where abs(token.center - leaves[j].anchor) < abs(token.center - leaves[best].anchor) { best = j }
        return best
    }
}
