import BudgetETL
import Foundation

/// Where one table of a sample sits, found from the original's own extraction (so that no
/// sample content is written into the suite): its title line, the lines between the title and
/// the first row (unit, agency, header), and the body.
struct TableSpan {
    var key: String
    var title: String
    /// 0-based line indexes into `SampleDocument.lines`.
    var titleLine: Int
    var header: Range<Int>
    var body: ClosedRange<Int>
    /// 0-based lines where rows start, in order.
    var rowLines: [Int]

    init?(_ table: ExtractedTable) {
        let rows = table.sections.flatMap(\.rows)
        let lines = rows.map(\.line) + rows.flatMap { $0.cells.map(\.line) }
        guard let first = lines.min(), let last = lines.max(), first > table.titleLine else { return nil }
        key = table.tableKey
        title = table.title
        titleLine = table.titleLine - 1
        header = table.titleLine..<(first - 1)
        body = (first - 1)...(last - 1)
        rowLines = Set(rows.map { $0.line - 1 }).sorted()
    }

    /// The whole table, title to last body line.
    var lines: ClosedRange<Int> { titleLine...body.upperBound }
}

/// One sample text with its original reading: the base every variant is made from and compared with.
struct SampleDocument {
    var name: String
    var lines: [String]
    var layout: TextLayout
    var tables: [TableSpan]
    var metadata: DocumentMetadata
    var facts: [Fact]

    init(name: String, text: String, reading: Reading) {
        self.name = name
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let spans = reading.extracted.tables.compactMap(TableSpan.init)
        let allLines = lines
        tables = spans
        layout = TextLayout.dominant(spans.flatMap { span in span.body.map { allLines[$0] } })
        metadata = reading.extracted.metadata
        facts = Fact.of(reading.normalized)
    }

    func cells(_ index: Int) -> [PlacedCell] { LineCells.split(lines[index], TextLayout.of(lines[index]) == .tabs ? .tabs : layout) }
    func layout(of index: Int) -> TextLayout { TextLayout.of(lines[index]) == .tabs ? .tabs : layout }
    func isBlank(_ index: Int) -> Bool { lines[index].trimmingCharacters(in: .whitespaces).isEmpty }

    /// The text with some lines replaced: `edits[i]` stands for line i (empty: the line is dropped).
    func rewritten(_ edits: [Int: [String]]) -> String {
        lines.indices.flatMap { edits[$0] ?? [lines[$0]] }.joined(separator: "\n")
    }
}

/// A sample read by the library: the extract stage's output and the normalize stage's.
struct Reading {
    var extracted: ExtractedDocument
    var normalized: NormalizedDocument
}

/// A variant of a sample made by one general transformation.
struct Variant {
    var sample: String
    var name: String
    var text: String
    /// The table kinds compared with the original's, when the variant holds only some of them.
    var comparedTables: Set<String>? = nil

    /// The original's facts this variant must give.
    func expectedFacts(of sample: SampleDocument) -> [Fact] {
        guard let keys = comparedTables else { return sample.facts }
        return sample.facts.filter { keys.contains($0.tableKey) }
    }
}
