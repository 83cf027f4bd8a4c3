import Foundation

/// Finds the figures a `CellRef` names in a document and turns them into a `Figure`.
struct CellLocator {
    let index: DocumentIndex
    let outputUnit: MoneyUnit
    let regexes: RegexCache

    var document: NormalizedDocument { index.document }

    /// One located cell position; `cell` is nil when the row prints nothing in the column (= 0).
    struct Hit {
        var table: NormalizedTable
        var section: NormalizedSection
        var row: NormalizedRow
        var column: Int
        var cell: NormalizedCell?
    }

    /// The figure `ref` names, or nil when the document does not have it (no such table, section,
    /// row or column). `table` and `column` fill in what the ref leaves out; `captures` fill the
    /// `{name}` placeholders of its patterns (escaped, so captured text is matched literally).
    func figure(_ ref: CellRef, table: String?, column: String?, captures: [String: String] = [:]) -> Figure? {
        let hits = locate(ref, table: table, column: column, captures: captures)
        guard !hits.isEmpty else { return nil }
        return figure(of: hits)
    }

    /// A ref's pattern with the placeholders filled, and whether filling changed it (a pattern of
    /// this document alone, not of the run).
    private struct Pattern {
        var text: String
        /// Looked up once per `locate`, not once per section, column or row it is matched against.
        var compiled: CompiledPattern

        init?(_ template: String?, _ captures: [String: String], _ regexes: RegexCache) {
            guard let template else { return nil }
            text = Placeholders.fill(template, captures)
            compiled = regexes.pattern(text, filled: text != template)
        }

        func matches(_ text: String) -> Bool { compiled.matches(text) }
    }

    func locate(_ ref: CellRef, table defaultTable: String?, column defaultColumn: String?,
                captures: [String: String]) -> [Hit] {
        guard let key = ref.table ?? defaultTable,
              let columnPattern = Pattern(ref.column ?? defaultColumn, captures, regexes) else { return [] }
        let sectionPattern = Pattern(ref.section, captures, regexes), rowPattern = Pattern(ref.row, captures, regexes)
        let codePattern = Pattern(ref.code, captures, regexes)
        var hits: [Hit] = []
        for t in index.tables(key) {
            let table = document.tables[t]
            for (s, section) in table.sections.enumerated() {
                if let p = sectionPattern, !p.matches(section.name) { continue }
                let columnSelection = DocumentIndex.ColumnSelection(table: t, section: s, pattern: columnPattern.text)
                guard let column = index.column(columnSelection, {
                    section.moneyColumnIndices.first { columnPattern.matches(section.columns[$0]) }
                }) else { continue }
                let selection = DocumentIndex.RowSelection(table: t, section: s, row: rowPattern?.text,
                                                           code: codePattern?.text, level: ref.level)
                let rows = index.rows(selection) { row in
                    if let p = rowPattern, !p.matches(row.label) { return false }
                    if let p = codePattern, !(row.code.map { p.matches($0.code) } ?? false) {
                        return false
                    }
                    if let level = ref.level, row.code?.level != level { return false }
                    return true
                }
                func hit(_ r: Int) -> Hit {
                    Hit(table: table, section: section, row: section.rows[r], column: column,
                        cell: index.cell(t, s, r, column))
                }
                if ref.sum {
                    hits += rows.map(hit)
                } else if let first = rows.first(where: { index.hasCell(t, s, $0, column) }) ?? rows.first {
                    // The first row that prints the figure; a row printing nothing only when none does.
                    // Only that row becomes a `Hit` (each holds its table, section and row).
                    return [hit(first)]
                }
            }
        }
        return hits
    }

    func figure(of hits: [Hit]) -> Figure {
        var values: [ExactDecimal] = []
        var ulps: [ExactDecimal] = []
        var sourcePower = 0
        for hit in hits {
            let source = MoneyUnit(rawValue: hit.table.sourceUnit) ?? .yuan
            sourcePower = max(sourcePower, source.powerOfTen)
            values.append(hit.cell?.value ?? .zero)
            let scale = hit.cell.map { Exact.writtenScale($0.sourceValue) } ?? 2
            ulps.append(Exact.convert(Exact.ulp(scale: scale), fromPower: source.powerOfTen,
                                      toPower: outputUnit.powerOfTen) ?? .zero)
        }
        let first = hits[0]
        let nonZero = hits.filter { !($0.cell?.value.isZero ?? true) }.count
        return Figure(value: Exact.sum(values) ?? .zero, unit: outputUnit, ulp: Exact.sum(ulps) ?? .zero,
                      sourcePower: sourcePower, summands: nonZero, line: first.cell?.line ?? first.row.line,
                      names: { (Self.name(hits), Self.name(hits, forMessage: true)) },
                      tableKey: first.table.tableKey, tableTitle: first.table.title,
                      derived: hits.contains { $0.cell?.confidence == .derived })
    }

    /// "收入 总计 | 决算数" (or "收入 总计 的“决算数”" for a message); for a sum of several rows the
    /// rows are joined with "+".
    static func name(_ hits: [Hit], forMessage: Bool = false) -> String {
        let first = hits[0]
        let rows = hits.map { rowName($0.row) }
        let section = first.table.sections.count > 1 && !first.section.name.isEmpty ? first.section.name + " " : ""
        let rowsText = rows.count > 3 ? "\(rows[0])+…+\(rows[rows.count - 1])（\(rows.count)行）" : rows.joined(separator: "+")
        let column = first.section.columns[first.column]
        return forMessage ? "\(section)\(rowsText) 的“\(column)”" : "\(section)\(rowsText) | \(column)"
    }

    /// "208 社会保障和就业支出", "总计", or "第3行" for a row without code and label.
    static func rowName(_ row: NormalizedRow) -> String {
        let label = row.label.isEmpty && row.code == nil ? "第\(row.rowNumber)行" : row.label
        guard let code = row.code else { return label }
        return label.isEmpty ? code.code : "\(code.code) \(label)"
    }
}

/// `{name}` placeholders in ref patterns, filled with text captured from the narrative.
enum Placeholders {
    private static let openBrace: [UInt8] = [UInt8(ascii: "{")]

    /// One pass over the pattern's UTF-8: each `{name}` whose name was captured is replaced, any
    /// other brace (`{2,3}`) kept. (Was a `replacingOccurrences` per capture, each a Foundation
    /// search of the whole pattern, though most captures name no placeholder of it.) The escaped
    /// text holds no brace unescaped, so no placeholder can appear from a replacement.
    static func fill(_ pattern: String, _ captures: [String: String]) -> String {
        guard !captures.isEmpty, ByteSearch.contains(pattern, openBrace) else { return pattern }
        let bytes = Array(pattern.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let text = captures[String(decoding: bytes[(i + 1)..<close], as: UTF8.self)] {
                out += NSRegularExpression.escapedPattern(for: text).utf8
                i = close + 1
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
