import Foundation

/// The text `budget-etl explain` prints: the tables found, then each line with its role, and under
/// each body line where its numbers went, with their confidence and what decided it.
struct ExplainReport {
    let lines: [String]
    let regions: [TableRegion]
    let normalized: NormalizedDocument
    let roles: LineRoles

    init(lines: [String], regions: [TableRegion], extracted: ExtractedDocument, normalized: NormalizedDocument) {
        self.lines = lines
        self.regions = regions.filter { region in normalized.tables.contains { $0.titleLine == region.titleIndex + 1 } }
        self.normalized = normalized
        roles = LineRoles(lines: lines, regions: regions, document: extracted)
    }

    func render(_ name: String, _ selection: Explainer.Selection) -> Result<String, Explainer.Failure> {
        var chosen = Array(normalized.tables.indices)
        if let wanted = selection.table {
            chosen = chosen.filter { Int(wanted) == $0 + 1 || normalized.tables[$0].tableKey == wanted }
            guard !chosen.isEmpty else {
                return .failure(Explainer.Failure(description: "\(name) has no table “\(wanted)”; its tables:\n" + tableList().joined(separator: "\n")))
            }
        }
        if let line = selection.line, !lines.indices.contains(line - 1) {
            return .failure(Explainer.Failure(description: "\(name) has \(lines.count) lines, no line \(line)"))
        }
        var out = ["\(name): \(lines.count) lines, \(normalized.tables.count) tables (blank lines not shown)"]
        if selection.table == nil && selection.line == nil { out += ["tables:"] + tableList() }
        let shown = shownLines(chosen: chosen, selection)
        var current: Int?
        for i in shown {
            let table = tableIndex(containing: i)
            if let table, table != current { out += [""] + describe(table) }
            if table == nil, current != nil { out.append("") }
            current = table
            out += lineText(i, table: table)
        }
        return .success(out.joined(separator: "\n") + "\n")
    }

    private func shownLines(chosen: [Int], _ selection: Explainer.Selection) -> [Int] {
        if let line = selection.line { return [line - 1] }
        if selection.table != nil {
            return chosen.flatMap { range(of: $0) }.filter { roles.roles[$0] != nil }
        }
        return lines.indices.filter { roles.roles[$0] != nil }
    }

    private func tableList() -> [String] {
        normalized.tables.enumerated().map { n, table in
            let span = range(of: n)
            return "  \(n + 1)  lines \(span.lowerBound + 1)–\(span.upperBound)  \(table.tableKey)  「\(table.title)」"
        }
    }

    private func range(of table: Int) -> Range<Int> {
        let title = normalized.tables[table].titleLine - 1
        guard let region = regions.first(where: { $0.titleIndex == title }) else { return title..<title + 1 }
        return title..<region.body.upperBound
    }

    private func tableIndex(containing line: Int) -> Int? {
        normalized.tables.indices.first { range(of: $0).contains(line) }
    }

    /// The table's kind, layout, unit, and each section's column grid.
    private func describe(_ n: Int) -> [String] {
        let table = normalized.tables[n]
        let span = range(of: n)
        var out = ["table \(n + 1): \(table.tableKey) 「\(table.title)」, lines \(span.lowerBound + 1)–\(span.upperBound)"]
        if let region = regions.first(where: { $0.titleIndex == span.lowerBound }) {
            let layout = PaddedSequentialTable.table(lines: lines, region: region, titleLine: lines[region.titleIndex],
                                                     judged: TableLines(lines: lines, region: region, titleLine: lines[region.titleIndex])).layout
            out.append("  layout: " + Self.describe(layout))
        }
        out.append("  unit: \(table.sourceUnit)")
        for section in table.sections {
            out.append("  columns" + (section.name.isEmpty ? ":" : " of “\(section.name)”:"))
            for (k, column) in section.columns.enumerated() {
                let money = section.moneyColumns.indices.contains(k) && section.moneyColumns[k]
                out.append("    \(k + 1)  \(column)" + (money ? "" : "  (not money)"))
            }
            if let correction = section.gridCorrection { out.append("  grid: \(correction)") }
        }
        return out
    }

    static func describe(_ layout: Layout) -> String {
        switch layout {
        case .tabGrid:
            return "tab grid (cells separated by tabs, blank cells kept: a number's column is its tab position)"
        case .columnAligned:
            return "column-aligned (runs of \(Thresholds.paddingGap)+ spaces, Thresholds.paddingGap, on at least"
                + " \(Int(Thresholds.paddedLineShare * 100))% of the lines, Thresholds.paddedLineShare: a number's column is where it stands)"
        case .sequential:
            return "sequential (blank cells dropped: a row with fewer numbers than columns is placed by the table's sums)"
        case .spacedCells:
            return "spaced cells (runs of spaces between cells, blank cells dropped, only the header padded: rows placed by the number of their values)"
        case .cellPerLine:
            return "one cell per line (content-stream order: rows rebuilt from codes and names; values kept where their count is the header's)"
        case .oneLine:
            return "a whole table on one line (cut at its spaces, then read like one cell per line)"
        }
    }

    /// "  137  body           合计 ⇥ 8488.17", then where its numbers went and what was rejected.
    private func lineText(_ i: Int, table: Int?) -> [String] {
        let role = roles.roles[i]?.rawValue ?? "blank"
        let text = lines[i].replacingOccurrences(of: "\t", with: " ⇥ ").trimmingCharacters(in: .whitespaces)
        var out = ["  \(Self.padded(String(i + 1), 5)) \(Self.padded(role, 15)) \(text)"]
        if let note = roles.notes[i] { out.append("        note: \(note)") }
        if let table { out += cells(at: i + 1, of: normalized.tables[table]) }
        for reject in normalized.rejects where reject.line == i + 1 {
            out.append("        rejected “\(reject.text)”: \(reject.reason)")
        }
        return out
    }

    private func cells(at line: Int, of table: NormalizedTable) -> [String] {
        var out: [String] = []
        for section in table.sections {
            for row in section.rows where row.line == line {
                for cell in row.cells {
                    // A cell past the named columns is shown by its position, as long.csv names it.
                    let name = section.columns.indices.contains(cell.column) ? section.columns[cell.column] : "column_\(cell.column + 1)"
                    let column = (section.name.isEmpty ? "" : section.name + " | ") + name
                    let unit = cell.sourceUnit.isEmpty ? cell.unit : cell.sourceUnit
                    out.append("        \(column) ← \(cell.sourceValue)\(unit.isEmpty ? "" : " " + unit)  \(cell.confidence.rawValue)")
                }
                if !row.placedBy.isEmpty { out.append("        placed by: " + row.placedBy.joined(separator: "; ")) }
            }
        }
        return out
    }

    /// `text` followed by spaces up to `width` characters.
    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
