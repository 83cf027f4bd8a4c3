import Foundation
@testable import BudgetETL

/// Converters that keep a table's words but not its layout: pages printed bottom line first, and
/// cells parted by exactly two spaces with nothing padded.
enum ConverterOrderVariants {
    /// Each table taken as a page, from the top of its title's lines (a marker, a unit or agency
    /// line printed right above the title) to the next table's, and printed bottom line first:
    /// its notes and any empty table after it first, then the rows upwards, the header, the unit,
    /// the title and the lines above it last.
    static func bottomLineFirst(_ sample: SampleDocument) -> [Variant] {
        let starts = sample.tables.map { span -> Int in pageTop(sample, above: span.titleLine) }.sorted()
        var edits: [Int: [String]] = [:]
        for (k, first) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] - 1 : sample.lines.count - 1
            let page = (first...end).map { sample.lines[$0] }
            for line in first...end { edits[line] = [] }
            edits[first] = page.reversed()
        }
        return [Variant(sample: sample.name, name: "pages printed bottom line first", text: sample.rewritten(edits))]
    }

    /// Every table line (header and rows) with its blank cells dropped and the rest parted by two
    /// spaces: no cell keeps its position.
    static func twoSpaceCells(_ sample: SampleDocument) -> [Variant] {
        var edits: [Int: [String]] = [:]
        for span in sample.tables {
            for line in span.lines where line != span.titleLine && !sample.isBlank(line) {
                let texts = sample.cells(line).map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                edits[line] = [texts.joined(separator: "  ")]
            }
        }
        return [Variant(sample: sample.name, name: "cells parted by two spaces", text: sample.rewritten(edits))]
    }

    /// The first of the marker, unit, agency or year lines right above a title (blank lines
    /// between), or the title when none is: the top of the title's page.
    private static func pageTop(_ sample: SampleDocument, above title: Int) -> Int {
        var top = title, k = title - 1
        while k >= 0 {
            if sample.isBlank(k) { k -= 1; continue }
            guard isMarker(sample.lines[k]) || LineClass.isMeta(sample.lines[k]), !sample.tables.contains(where: { $0.lines.contains(k) })
            else { break }
            top = k
            k -= 1
        }
        return top
    }

    private static func isMarker(_ line: String) -> Bool {
        line.trimmingCharacters(in: .whitespaces).range(of: #"^(?:公开|预算|决算|附)?\s*\d+\s*表$|^附?表\s*\d+$"#, options: .regularExpression) != nil
    }
}
