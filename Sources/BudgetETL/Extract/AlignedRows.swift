/// The rows of a column-aligned table from its line segments (`AlignedGridReader`): a code or
/// values start a row; text alone on the line right under a row is the rest of its wrapped name;
/// text lines after the last row are not rows.
enum AlignedRows {
    static func build(_ segments: [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section]) -> [[ExtractedRow]] {
        var rows = Array(repeating: [ExtractedRow](), count: sections.count)
        var lastLines = Array(repeating: [Int](), count: sections.count)
        // Name fragments printed above their row's number line, by the index of that segment.
        var prefixes: [Int: [Token]] = [:]
        for (index, segment) in segments.enumerated() {
            let n = segment.section, section = sections[n]
            var label = ((prefixes[index] ?? []) + segment.labels).map(\.text).joined(separator: " ")
            let bare = segment.codes.isEmpty && segment.values.isEmpty
            // Without a name column, text alone on a line is a heading near the table, not a row.
            if section.identifying.isEmpty, bare { continue }
            if bare, !label.isEmpty, let last = rows[n].indices.last, segment.line - lastLines[n][last] <= Thresholds.wrappedNameLineDistance,
               continues(label, previous: rows[n][last].label, codes: section.hasCodes) {
                rows[n][last].label += " " + label
                lastLines[n][last] = segment.line
                continue
            }
            if bare, let next = flankedRow(after: index, segments, sections) {
                prefixes[next, default: []] = (prefixes[index] ?? []) + segment.labels
                continue
            }
            // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
            var codes = segment.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
            if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
            let cells = zip(segment.values, segment.columns).compactMap { token, column in
                CellText.mayBeNumber(token)
                    ? RawCell(column: column, text: token.text, line: token.line, guessed: segment.columnsGuessed) : nil
            }
            if codes.isEmpty && label.isEmpty && cells.isEmpty { continue }
            rows[n].append(ExtractedRow(line: segment.line, codeParts: codes, label: label, cells: cells))
            lastLines[n].append(segment.line)
        }
        // Headings and notes between the table's last row and the next title.
        for n in rows.indices {
            while let last = rows[n].last, last.cells.isEmpty, last.codeParts.isEmpty { rows[n].removeLast() }
        }
        return rows
    }

    /// The segment whose row a name fragment (text alone on its line) is the beginning of: the
    /// next segment of the same section, a few lines down, holding the row's numbers, whose own
    /// name is missing or goes on from the fragment, and whose name column the fragment stands in.
    static func flankedRow(after index: Int, _ segments: [AlignedGridReader.Segment],
                           _ sections: [AlignedHeader.Section]) -> Int? {
        let fragment = segments[index]
        guard let next = segments.indices.dropFirst(index + 1).first(where: { segments[$0].section == fragment.section }),
              !segments[next].values.isEmpty || !segments[next].codes.isEmpty,
              segments[next].line - fragment.line <= Thresholds.wrappedNameLineDistance else { return nil }
        let own = segments[next].labels
        let area = own.isEmpty ? nameArea(fragment.section, sections) : own.map(\.column).min()!..<own.map(\.end).max()!
        guard fragment.labels.allSatisfy({ overlap($0.column..<$0.end, area) >= Thresholds.nameFragmentOverlap }) else { return nil }
        return own.isEmpty || !startsRow(own.map(\.text).joined()) ? next : nil
    }

    /// Character columns between the previous section's last value column and this section's
    /// first one: where the section's names are printed.
    static func nameArea(_ n: Int, _ sections: [AlignedHeader.Section]) -> Range<Int> {
        let start = n > 0 ? sections[n - 1].values.map(\.anchor).max().map { Int($0.rounded(.up)) } ?? 0 : 0
        let end = sections[n].values.map(\.anchor).min().map { Int($0.rounded(.down)) } ?? Int.max
        return start..<max(start, end)
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    /// Text alone on a line after a row: the rest of that row's wrapped name, unless it starts a
    /// row of its own (a numbered item, a total), follows a total, or the table's rows are not
    /// coded and the previous name is complete.
    static func continues(_ text: String, previous: String, codes: Bool) -> Bool {
        if startsRow(text) || isTotal(previous) { return false }
        return codes || !HeaderWords.endsComplete(TextRepair.compact(previous))
    }

    static func startsRow(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return compact.range(of: #"^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]|\([一二三四五六七八九十\d]+\)|其中)"#,
                             options: .regularExpression) != nil || isTotal(text)
    }

    static func isTotal(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return HeaderWords.isSubtotal(compact) || compact.hasSuffix("总计") || compact.hasSuffix("合计")
    }
}

import Foundation
