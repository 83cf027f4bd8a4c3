import Foundation
import XCTest
@testable import BudgetETL

/// Extraction's eighth speed round: each rewritten part answers as the code it replaced (kept
/// here as the reference) on every table line of the sample documents and on made-up texts.
final class ExtractRound8Tests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Each sample document's lines, prepared as a tab or space table's lines.
    private func sampleDocuments() throws -> [[TableLines.Line]] {
        let folder = Self.repository.appendingPathComponent("input")
        var documents: [[TableLines.Line]] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n").map(String.init).filter { !TableLines.isBlank($0) }
            documents.append(lines.enumerated().map { n, line in
                TableLines.prepare(line, number: n + 1, tab: line.contains("\t"), mangled: false)
            })
        }
        XCTAssertEqual(documents.count, 5)
        return documents
    }

    /// `ListMarkers.isMarker` as it was: an array of every scalar but spaces, for every cell.
    private func referenceIsMarker(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.filter { !Tokenizer.isSpace($0) })
        func digit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value) }
        func open(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "（" }
        func close(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "）" }
        func point(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" }
        guard let first = scalars.first, let last = scalars.last else { return false }
        if open(first), close(last) {
            let inner = scalars.dropFirst().dropLast()
            return (1...2).contains(inner.count) && inner.allSatisfy(digit)
        }
        let number = scalars.dropLast()
        return point(last) && (1...2).contains(number.count) && number.allSatisfy(digit)
    }

    func testListMarkersAsBefore() throws {
        let madeUp = ["(2)", "（12）", "2.", "１２．", "( 3 )", " (1) ", "\u{3000}7.\u{A0}", "123.", "(123)", "(1", "2", "",
                      ".", "()", "(a)", "3.5", "(-2)", "12.3.", "1 2 .", "（１）", "(2)）", "（ 2 ）", "-1,234.00", "一、"]
        let expected = ["(2)", "（12）", "2.", "１２．", "( 3 )", " (1) ", "\u{3000}7.\u{A0}", "1 2 .", "（１）", "（ 2 ）"]
        XCTAssertEqual(madeUp.filter(ListMarkers.isMarker), expected)
        var asked = 0
        for text in madeUp { XCTAssertEqual(ListMarkers.isMarker(text), referenceIsMarker(text), text) }
        for lines in try sampleDocuments() {
            for token in lines.flatMap(\.tokens) {
                XCTAssertEqual(ListMarkers.isMarker(token.text), referenceIsMarker(token.text), token.text)
                asked += 1
            }
        }
        XCTAssertGreaterThan(asked, 10_000)
    }

    /// `ListMarkers.kinds` as it was: the filled cells, those but markers, then their kinds.
    private func referenceKinds(_ cells: [Token]) -> [TokenKind] {
        let filled = cells.filter { !$0.isBlank }
        let others = filled.filter { !($0.kind == .amount && referenceIsMarker($0.text)) }
        guard others.contains(where: { $0.kind == .text }), others.allSatisfy({ $0.kind == .text }) else { return filled.map(\.kind) }
        return filled.map { _ in .text }
    }

    func testColumnKindsAsBefore() throws {
        let cells = { (texts: [String]) in texts.enumerated().map { Token(text: $1, line: $0 + 1, column: 0) } }
        XCTAssertEqual(ListMarkers.kinds(cells(["(1)", "", "公用经费", "2."])), [.text, .text, .text])
        XCTAssertEqual(ListMarkers.kinds(cells(["(1)", "12.50"])), [.amount, .amount])
        XCTAssertEqual(ListMarkers.kinds(cells(["(1)", "(2)"])), [.amount, .amount])
        var columns = 0
        for lines in try sampleDocuments() {
            for start in stride(from: 0, to: lines.count, by: 6) {
                let window = lines[start..<min(start + 10, lines.count)]
                for i in 0..<(window.map { $0.tokens.count }.max() ?? 0) {
                    let column = window.compactMap { i < $0.tokens.count ? $0.tokens[i] : nil }
                    XCTAssertEqual(ListMarkers.kinds(column), referenceKinds(column), "line \(lines[start].number)")
                    columns += 1
                }
            }
        }
        XCTAssertGreaterThan(columns, 2_000)
    }

    /// `HeaderRuns` as it was: every run's characters sorted when the header is read.
    private struct ReferenceHeaderRuns {
        private var runs: [Int: [(characters: [Unicode.Scalar], lines: Int)]] = [:]

        init(keys: [String]) {
            let characters = keys.map { Array($0.unicodeScalars) }
            for start in characters.indices {
                var joined: [Unicode.Scalar] = []
                for end in start..<characters.count {
                    joined += characters[end]
                    runs[joined.count, default: []].append((joined.sorted(), end - start + 1))
                }
            }
        }

        func lines(repeatedBy run: [Unicode.Scalar], lineCount: Int) -> Int {
            guard let candidates = runs[run.count] else { return 0 }
            let sorted = run.sorted()
            return candidates.filter { ($0.lines >= 2 || lineCount >= 2) && $0.characters == sorted }.map(\.lines).max() ?? 0
        }
    }

    func testHeaderRunsAsBefore() throws {
        var asked = 0, found = 0
        for lines in try sampleDocuments() {
            let texts = lines.map(\.compact)
            for start in stride(from: 0, to: texts.count - 4, by: 7) {
                let keys = Array(texts[start..<start + 4])
                let runs = RepeatedHeaderFinder.HeaderRuns(keys: keys), reference = ReferenceHeaderRuns(keys: keys)
                // The header's own runs rewrapped (reversed, rotated), and the lines after it.
                var asks = [Array(keys.joined().unicodeScalars.reversed()), Array((keys[2] + keys[1]).unicodeScalars),
                            Array((keys[1] + keys[0]).unicodeScalars.reversed()), Array(keys[3].unicodeScalars)]
                asks += texts[(start + 4)..<min(start + 8, texts.count)].map { Array($0.unicodeScalars) }
                for run in asks {
                    for lineCount in 1...2 {
                        let answer = runs.lines(repeatedBy: run, lineCount: lineCount)
                        XCTAssertEqual(answer, reference.lines(repeatedBy: run, lineCount: lineCount), "line \(lines[start].number)")
                        asked += 1
                        if answer > 0 { found += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(asked, 1_000)
        XCTAssertGreaterThan(found, 200)
        let header = RepeatedHeaderFinder.HeaderRuns(keys: ["ab", "c", "ab"])
        XCTAssertEqual(header.lines(repeatedBy: Array("bca".unicodeScalars), lineCount: 1), 2)
        XCTAssertEqual(header.lines(repeatedBy: Array("ba".unicodeScalars), lineCount: 1), 0)
        XCTAssertEqual(header.lines(repeatedBy: Array("ba".unicodeScalars), lineCount: 2), 1)
        XCTAssertEqual(header.lines(repeatedBy: Array("abcba".unicodeScalars), lineCount: 1), 3)
    }

    func testRepeatedUnderTopNamesGivesEachGroupItsWords() {
        typealias Word = SequentialHeader.Word
        let words = [Word(text: "上年", line: 0), Word(text: "本年", line: 0),
                     Word(text: "预算数", line: 1), Word(text: "决算数", line: 1), Word(text: "预算数", line: 1), Word(text: "决算数", line: 1)]
        let paths = SequentialHeader.repeatedUnderTopNames(words, expected: 4)
        XCTAssertEqual(paths?.map(\.joined), ["上年 / 预算数", "上年 / 决算数", "本年 / 预算数", "本年 / 决算数"])
        // A word printed once under two groups is no repeat.
        let uneven = Array(words.dropLast())
        XCTAssertNil(SequentialHeader.repeatedUnderTopNames(uneven, expected: 4))
    }

    /// `LineNumberSequence.placed` as it was: the rows before and after searched for every row.
    private func referencePlaced(_ section: ExtractedSection) -> ExtractedSection {
        guard let k = section.columns.firstIndex(where: { HeaderWords.isLineNumber(TextRepair.compact($0.components.last ?? "")) })
        else { return section }
        var section = section
        func lineNumber(_ r: Int) -> ExactDecimal? {
            section.rows[r].cells.first { $0.column == k }.flatMap { ExactDecimal.parse($0.text) }
        }
        for r in section.rows.indices {
            guard let first = section.rows[r].cells.indices.min(by: { section.rows[r].cells[$0].column < section.rows[r].cells[$1].column }),
                  section.rows[r].cells[first].column > k,
                  let value = ExactDecimal.parse(section.rows[r].cells[first].text), LineNumberSequence.isCount(value) else { continue }
            let before = section.rows[..<r].indices.last { lineNumber($0) != nil }.flatMap(lineNumber)
            let after = section.rows[(r + 1)...].indices.first { lineNumber($0) != nil }.flatMap(lineNumber)
            guard before.map({ $0 + ExactDecimal(1) == value }) == true || after.map({ value + ExactDecimal(1) == $0 }) == true
            else { continue }
            section.rows[r].cells[first].column = k
            section.rows[r].cells[first].guessed = false
        }
        return section
    }

    /// Made-up sections of line numbers, lone counts (a run of them numbered from the row before),
    /// amounts and rows without cells: the one-pass search places what the search per row placed.
    func testLineNumbersPlacedAsBefore() {
        var generator = SplitMix64(seed: 8)
        var moved = 0
        for _ in 0..<400 {
            let rows = (0..<Int.random(in: 1...12, using: &generator)).map { n -> ExtractedRow in
                let number = String(n + 1 + Int.random(in: 0...1, using: &generator))
                let cells: [RawCell]
                switch Int.random(in: 0...4, using: &generator) {
                case 0: cells = [RawCell(column: 0, text: number, line: n + 1), RawCell(column: 1, text: "12.50", line: n + 1)]
                case 1: cells = [RawCell(column: 1, text: number + [".00", ""].randomElement(using: &generator)!, line: n + 1, guessed: true)]
                case 2: cells = [RawCell(column: 2, text: ["8.00", "x", number].randomElement(using: &generator)!, line: n + 1, guessed: true)]
                case 3: cells = [RawCell(column: 0, text: "—", line: n + 1)]
                default: cells = []
                }
                return ExtractedRow(line: n + 1, label: "", cells: cells)
            }
            let section = ExtractedSection(name: "", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"]), HeaderPath(["预算数"])], rows: rows)
            let placed = LineNumberSequence.placed(section)
            XCTAssertEqual(placed, referencePlaced(section))
            if placed != section { moved += 1 }
        }
        XCTAssertGreaterThan(moved, 50)
    }
}
