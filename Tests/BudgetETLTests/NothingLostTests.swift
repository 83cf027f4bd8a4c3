import Foundation
import XCTest
@testable import BudgetETL

/// Nothing lost: every number printed in a table's body, in every document of input/, the PDF
/// texts and the real documents, is a fact (a cell on its line), a reject on its line, or a code
/// or 序号 the row on that line carries (a second code column's code goes into the row's name).
/// A number that is none of these vanished without a trace; the test names each by file and line.
final class NothingLostTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folders = ["input", "Tests/Fixtures/pdf", "Tests/Fixtures/real"]

    func testEveryNumberOfATableBodyIsAFactARejectOrItsRowsCode() throws {
        let config = try PipelineConfigLoader.load(file: NothingLostTests.repository.appendingPathComponent("pipeline.yaml"))
        let extractor = Extractor(catalog: config.catalog)
        var lost: [String] = []
        var counted = 0
        for folder in NothingLostTests.folders {
            let url = NothingLostTests.repository.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).filter({ $0.hasSuffix(".txt") }).sorted() {
                let bytes = try Array(Data(contentsOf: url.appendingPathComponent(name)))
                let numbers = NothingLostTests.tableBodyNumbers(bytes, extractor: extractor)
                counted += numbers.count
                let document = extractor.extract(bytes: bytes, sourceFile: name, sha256: "")
                lost += NothingLostTests.unaccounted(numbers, in: document).map { "\(folder)/\(name):\($0.line) \($0.text)" }
            }
        }
        XCTAssertGreaterThan(counted, 5_000)
        XCTAssertEqual(lost, [], "\(lost.count) of \(counted) numbers of table bodies are neither fact, reject nor code")
    }

    /// The numbers of the bodies of the tables the extractor keeps, as its reader tokenizes them.
    static func tableBodyNumbers(_ bytes: [UInt8], extractor: Extractor) -> [Token] {
        guard let lines = try? Extractor.lines(bytes) else { return [] }
        let document = extractor.extract(bytes: bytes, sourceFile: "", sha256: "")
        let kept = Set(document.tables.map(\.titleLine))
        let (regions, built) = TableStructure.regionsAndTables(in: lines, titles: RegionFinder.titleLines(in: lines, matcher: TitleMatcher(catalog: extractor.catalog)))
        return regions.filter { kept.contains($0.titleIndex + 1) }.flatMap { region in
            let table = built[TableStructure.LinesKey(region)] ?? TableLines(lines: lines, region: region, titleLine: lines[region.titleIndex])
            // A sentence under the table (its note, 。 or ，) is narrative, not a cell.
            return table.body.filter { !UnreadNumbers.isSentence($0) }.flatMap(\.tokens).filter { $0.kind.isNumeric }
        }
    }

    /// A number's trace on its line; 款 and 项 codes a spreadsheet printed as 2 are carried as 02.
    static func key(_ line: Int, _ text: String) -> String {
        let compact = TextRepair.compact(text)
        let short = compact.count == 2 && compact.hasPrefix("0") ? String(compact.dropFirst()) : compact
        return "\(line) \(short)"
    }

    /// Lines a row's wrapped name may run over before its code's line.
    static let maxRowSpan = 3

    /// A whole code's 类 and 款/项 parts (2080501 → 208, 05, 01); none for other codes.
    static func parts(_ code: String) -> [String] {
        guard code.count == 5 || code.count == 7, code.allSatisfy(\.isNumber) else { return [] }
        var rest = Substring(code).dropFirst(3), out = [String(code.prefix(3))]
        while !rest.isEmpty { out.append(String(rest.prefix(2))); rest = rest.dropFirst(2) }
        return out
    }

    /// The numbers that are no cell, reject or row code on their line.
    static func unaccounted(_ numbers: [Token], in document: ExtractedDocument) -> [Token] {
        var traces: [String: Int] = [:]
        func add(_ line: Int, _ text: String) { traces[key(line, text), default: 0] += 1 }
        // A row begun by name pieces above its code's line spans the lines up to the next row's.
        var spans: [(row: ExtractedRow, lines: ClosedRange<Int>)] = []
        for section in document.tables.flatMap(\.sections) {
            for (i, row) in section.rows.enumerated() {
                let next = i + 1 < section.rows.count ? section.rows[i + 1].line : row.line + 1
                spans.append((row, row.line...max(row.line, min(next - 1, row.line + maxRowSpan))))
            }
        }
        for (row, lines) in spans {
            row.cells.forEach { add($0.line, $0.text) }
            // A code names its row only where the row has a name or values.
            if !row.label.isEmpty || !row.cells.isEmpty { lines.forEach { line in row.codeParts.forEach { add(line, $0) } } }
            row.ordinal.map { add($0.line, $0.text) }
            if row.codeParts.count > 1 { add(row.line, row.codeParts.joined()) }
            // A code printed in its 类/款/项 parts (208 05 01) is carried whole (2080501).
            if !row.label.isEmpty || !row.cells.isEmpty { row.codeParts.flatMap(parts).forEach { add(row.line, $0) } }
        }
        document.rejects.forEach { add($0.line, $0.text) }
        // A second code column (政府预算经济分类 beside 部门预算经济分类) goes into the row's name.
        var labels: [Int: String] = [:]
        for row in document.tables.flatMap(\.sections).flatMap(\.rows) { labels[row.line, default: ""] += TextRepair.compact(row.label) }
        return numbers.filter { token in
            let key = key(token.line, token.text)
            // An item number (1.) opening a row's name is carried in the name.
            let inName = token.kind == .integer || RowStreamPatterns.bareItemNumber.matches(TextRepair.compact(token.text))
            if inName, labels[token.line]?.contains(TextRepair.compact(token.text)) == true { return false }
            guard let left = traces[key], left > 0 else { return true }
            traces[key] = left - 1
            return false
        }
    }
}
