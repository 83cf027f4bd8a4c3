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

    /// The statement broken before its last character: `单位：万` / `元`.
    static func splitOverTwoLines(_ sample: SampleDocument) -> Variant? {
        var edits: [Int: [String]] = [:]
        for found in statements(sample) where edits[found.line] == nil {
            let text = sample.lines[found.line]
            let cut = text.index(before: found.range.upperBound)
            edits[found.line] = [String(text[..<cut]), String(text[cut...])]
        }
        guard !edits.isEmpty else { return nil }
        return Variant(sample: sample.name, name: "unit over two lines", text: sample.rewritten(edits))
    }

    /// The statement taken off its line and printed as `金额单位：…` at the end of the table's first header line.
    static func inHeader(_ sample: SampleDocument) -> Variant? {
        var edits: [Int: [String]] = [:]
        for span in sample.tables {
            let found = statements(sample).filter { span.titleLine == $0.line || span.header.contains($0.line) }
            guard let unit = found.first?.unit,
                  let header = span.header.first(where: { WrappedHeaderVariants.isColumnHeader(sample, $0) }) else { continue }
            for item in found {
                let rest = sample.lines[item.line].replacingCharacters(in: item.range, with: "")
                edits[item.line] = rest.trimmingCharacters(in: .whitespaces).isEmpty ? [] : [rest]
            }
            let separator = sample.layout(of: header) == .tabs ? "\t" : sample.layout == .aligned ? "    " : " "
            edits[header] = [sample.lines[header] + separator + "金额单位：" + unit]
        }
        guard !edits.isEmpty else { return nil }
        return Variant(sample: sample.name, name: "unit in the header", text: sample.rewritten(edits))
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
