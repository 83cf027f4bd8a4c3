import Foundation

/// Units moved: `单位：万` / `元` over two lines, `金额单位：万元` in the header, or stated only on the cover.
enum UnitVariants {
    /// A money unit statement: 单位：万元, 金额单位: 元 …
    static let statement = try! NSRegularExpression(pattern: #"(金额)?单位[：:]\s*(千元|万元|元)"#)

    static func isUnitOrAgencyLine(_ line: String) -> Bool {
        line.contains("单位：") || line.contains("单位:") || line.contains("部门：") || line.contains("部门:")
            || line.contains("名称：") || line.contains("名称:") || line.contains("编制")
    }

    static func make(_ sample: SampleDocument) -> [Variant] {
        [splitOverTwoLines(sample), inHeader(sample), onCoverOnly(sample)].compactMap { $0 }
    }

    /// (line, range, unit) of every unit statement between a title and its table's first row.
    static func statements(_ sample: SampleDocument) -> [(line: Int, range: Range<String.Index>, unit: String)] {
        sample.tables.flatMap { span in
            ([span.titleLine] + Array(span.header)).flatMap { line -> [(line: Int, range: Range<String.Index>, unit: String)] in
                let text = sample.lines[line]
                return statement.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
                    guard let range = Range(match.range, in: text), let unit = Range(match.range(at: 2), in: text) else { return nil }
                    return (line, range, String(text[unit]))
                }
            }
        }
    }

    /// The statement broken before its last character: `单位：万` / `元`, the rest of the line going
    /// with the `元`.
    static func splitOverTwoLines(_ sample: SampleDocument) -> Variant? {
        var edits: [Int: [String]] = [:]
        for found in statements(sample) where edits[found.line] == nil {
            let text = sample.lines[found.line]
            let cut = text.index(before: found.range.upperBound)
            let head = String(text[..<cut])
            // The second line starts under the cut: same column, or same tab cell.
            let indent = switch sample.layout(of: found.line) {
            case .tabs: String(repeating: "\t", count: head.filter { $0 == "\t" }.count)
            case .aligned: String(repeating: " ", count: head.count)
            case .spaced: ""
            }
            edits[found.line] = [head, indent + String(text[cut...])]
        }
        guard !edits.isEmpty else { return nil }
        return Variant(sample: sample.name, name: "unit over two lines", text: sample.rewritten(edits))
    }

    /// The statement taken off its line and printed as `金额单位：…` in the table's header grid: a
    /// line of its own above the column names, in the last cell (right-aligned in aligned text).
    static func inHeader(_ sample: SampleDocument) -> Variant? {
        var edits: [Int: [String]] = [:]
        let all = statements(sample)
        for span in sample.tables {
            let found = all.filter { span.titleLine == $0.line || span.header.contains($0.line) }
            guard let unit = found.first?.unit,
                  let header = span.header.first(where: { WrappedHeaderVariants.isColumnHeader(sample, $0) }) else { continue }
            for item in found {
                let rest = sample.lines[item.line].replacingCharacters(in: item.range, with: "")
                edits[item.line] = rest.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [rest]
            }
            edits[header] = [headerCell(sample, header, "金额单位：" + unit), sample.lines[header]]
        }
        guard !edits.isEmpty else { return nil }
        return Variant(sample: sample.name, name: "unit in the header", text: sample.rewritten(edits))
    }

    /// A header line holding only `text`, in the last cell of the header line `line`.
    static func headerCell(_ sample: SampleDocument, _ line: Int, _ text: String) -> String {
        let cells = sample.cells(line)
        switch sample.layout(of: line) {
        case .tabs: return LineCells.render([PlacedCell(text: text, start: cells.count - 1)], .tabs, tabCells: cells.count)
        case .aligned: return String(repeating: " ", count: max(sample.lines[line].count - text.count, 0)) + text
        case .spaced: return text
        }
    }

    /// Every statement removed and the one unit stated once, on the document's first line (the cover).
    /// Only for documents whose tables share one unit.
    static func onCoverOnly(_ sample: SampleDocument) -> Variant? {
        let found = statements(sample)
        guard let unit = found.first?.unit, found.allSatisfy({ $0.unit == unit }) else { return nil }
        var edits: [Int: [String]] = [:]
        for item in found.reversed() {
            let text = edits[item.line]?.first ?? sample.lines[item.line]
            let rest = text.replacingCharacters(in: item.range, with: "")
            edits[item.line] = rest.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [rest]
        }
        edits[0] = ["金额单位：" + unit] + (edits[0] ?? [sample.lines[0]])
        return Variant(sample: sample.name, name: "unit only on the cover", text: sample.rewritten(edits))
    }
}
