/// Reads a table whose blank cells were dropped or shown only by spacing (space-separated text,
/// including the mangled conversions whose cells wrap over lines). The body is read as one
/// stream of tokens; each row section is [code] label values…, with as many values as its
/// section has columns, and sections follow each other in print order.
struct StreamReader {
    let table: TableLines
    let header: SequentialHeader

    init(table: TableLines) {
        self.table = table
        self.header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers)
    }

    private enum Phase { case label, values }

    private struct Segment {
        var line = 0
        var codes: [String] = []
        var labels: [String] = []
        var values: [Token] = []
        var started = false
    }

    func sections() -> (sections: [ExtractedSection], rejects: [(Int, String, String)]) {
        let widths = header.sections.map { max($0.paths.count, 1) }
        var rows = Array(repeating: [ExtractedRow](), count: widths.count)
        var lastClass = Array(repeating: "", count: widths.count)
        var section = 0, phase = Phase.label, seg = Segment()
        var rejects: [(Int, String, String)] = []
        let wraps = table.mangled || StreamReader.rowsWrap(table.body)
        var finishedInLine = false
        let names = header.sections.map { TextRepair.compact($0.name) }

        func previous(_ section: Int) -> Int { (section + widths.count - 1) % widths.count }

        func finish() {
            defer { seg = Segment(); phase = .label }
            guard seg.started else { return }
            for extra in seg.values.dropFirst(widths[section]) where CellText.mayBeNumber(extra) {
                rejects.append((extra.line, extra.text, "more values than the section has columns"))
            }
            // Where blank cells were dropped, a row with fewer values than columns was placed
            // left to right: which cells were blank is a guess.
            let guessed = !table.mangled && !seg.values.isEmpty && seg.values.count < widths[section]
                && seg.values.contains(where: { !$0.isBlank })
            let cells = seg.values.prefix(widths[section]).enumerated().compactMap { k, t in
                CellText.mayBeNumber(t) ? RawCell(column: k, text: t.text, line: t.line, guessed: guessed) : nil
            }
            let label = seg.labels.joined(separator: " ")
            if wraps, seg.codes.isEmpty, seg.values.isEmpty, !label.isEmpty, let last = rows[previous(section)].indices.last {
                // Text alone after a row in a table whose cells wrap: the rest of that row.
                rows[previous(section)][last].label += " " + label
                return
            }
            // "人员经费合计" belongs to the section named 人员经费 and "本年收入合计" to 收入, wherever
            // the rotation stands: a total that names one section puts the rotation back in step.
            let compactLabel = TextRepair.compact(label)
            let named = Set(names.filter { !$0.isEmpty && compactLabel.contains($0) })
            if seg.codes.isEmpty, widths.count > 1, named.count == 1, let target = names.firstIndex(of: named.first!),
               widths[target] == widths[section] {
                section = target
            }
            if !(seg.codes.isEmpty && label.isEmpty && cells.isEmpty) {
                rows[section].append(ExtractedRow(line: seg.line, codeParts: seg.codes, label: label, cells: cells))
            }
            if let code = seg.codes.first { lastClass[section] = String(code.prefix(3)) }
            section = (section + 1) % widths.count
            finishedInLine = section == 0
        }

        let items = table.body.flatMap { line in line.tokens.map { ($0, line) } }
        for (n, (token, line)) in items.enumerated() {
            let first = n == 0 || items[n - 1].1.number != line.number
            // Each line starts a row, unless the previous line ended on a code whose name and
            // values follow (a name wrapped onto the next lines).
            let awaitingName = seg.started && seg.values.isEmpty && !seg.codes.isEmpty
            if first, !wraps, !awaitingName { if seg.started { finish() }; section = 0; finishedInLine = false }
            let next = n + 1 < items.count ? items[n + 1].0 : nil
            let startsCode = isCode(token) && (next.map { $0.kind == .text } ?? false)
            if phase == .values, startsCode || (token.kind == .text && !CellText.mayBeNumber(token)) { finish() }
            if phase == .values, belongsToNextSection(token, column: seg.values.count, of: section) { finish() }
            if !wraps, !first, !seg.started, section == 0, finishedInLine, token.kind != .text, !startsCode {
                // The line's sections are complete: more values than the table has columns.
                rejects.append((token.line, token.text, "more values than the section has columns"))
                continue
            }
            if !seg.started { seg.started = true; seg.line = token.line }
            switch phase {
            case .label:
                let loneCode = isCode(token) && wraps && onlyToken(token, line)
                if wraps, startsCode || loneCode, seg.codes.isEmpty, !seg.labels.isEmpty, seg.values.isEmpty,
                   let last = rows[previous(section)].indices.last {
                    // Text left over after the previous row's values (a trailing text cell): it
                    // belongs to that row, and this code starts the next one.
                    rows[previous(section)][last].label += " " + seg.labels.joined(separator: " ")
                    seg.labels = []; seg.line = token.line
                }
                if startsCode || loneCode, !seg.codes.isEmpty, widths.count > 1 {
                    // Side-by-side code lists: a new code ends a row whose values are all blank.
                    finish()
                    seg.started = true; seg.line = token.line
                    section = choose(section, code: token.text, lastClass: lastClass)
                    seg.codes.append(token.text)
                } else if startsCode || loneCode, !seg.codes.isEmpty || !seg.labels.isEmpty {
                    // A second code after the row's name: another classification of the same row.
                    seg.labels.append(token.text)
                } else if startsCode || loneCode {
                    if widths.count > 1 { section = choose(section, code: token.text, lastClass: lastClass) }
                    seg.codes.append(token.text)
                } else if token.kind == .text, !(CellText.mayBeNumber(token) && !seg.labels.isEmpty) {
                    seg.labels.append(token.text)
                } else if token.isBlank && seg.codes.isEmpty && seg.labels.isEmpty {
                    phase = .values
                } else {
                    phase = .values; seg.values.append(token)
                }
            case .values:
                seg.values.append(token)
            }
            if phase == .values, seg.values.count >= widths[section] { finish() }
            let last = n + 1 == items.count || items[n + 1].1.number != line.number
            if last, phase == .values, !wraps || line.endsWithSpace { finish() }
            // A named row followed by a run of spaces: its value cells are blank.
            if last, phase == .label, wraps, line.trailingSpaces >= 2, !seg.labels.isEmpty { finish() }
        }
        finish()
        let sections = header.sections.enumerated().map { n, s in
            ExtractedSection(name: SectionNaming.name(s.name, index: n, count: widths.count),
                             columns: s.paths, rows: rows[n])
        }
        return (sections, rejects)
    }

    /// Cells wrapped over lines leave lines of text alone between the value lines.
    static func rowsWrap(_ body: [TableLines.Line]) -> Bool {
        let textOnly = body.filter { line in
            let filled = line.tokens.filter { !$0.isBlank }
            return !filled.isEmpty && filled.allSatisfy { $0.kind == .text }
        }.count
        return textOnly * 4 >= body.count && textOnly >= 2
    }

    /// Where blank cells were dropped, a whole number where an amount is due is the next section's
    /// 行次 (收入 | 支出 tables: "30 61" is 行次 30 with a blank amount, then 行次 61).
    private func belongsToNextSection(_ token: Token, column: Int, of section: Int) -> Bool {
        let paths = header.sections.map(\.paths)
        guard !table.mangled, paths.count > 1, token.kind == .integer, column < paths[section].count,
              !HeaderWords.isLineNumber(paths[section][column].joined) else { return false }
        let next = paths[(section + 1) % paths.count]
        return next.first.map { HeaderWords.isLineNumber($0.joined) } ?? false
    }

    private func isCode(_ token: Token) -> Bool {
        token.kind == .integer && [3, 5, 6, 7].contains(token.text.count)
    }

    private func onlyToken(_ token: Token, _ line: TableLines.Line) -> Bool {
        line.tokens.filter { !$0.isBlank }.count == 1
    }

    /// Side-by-side code lists (人员经费 | 公用经费 | …) keep each class in its own section, so a
    /// code whose class (first three digits) a section already holds goes to that section.
    private func choose(_ current: Int, code: String, lastClass: [String]) -> Int {
        let cls = String(code.prefix(3))
        if lastClass[current] == cls { return current }
        return lastClass.firstIndex(of: cls) ?? current
    }
}
