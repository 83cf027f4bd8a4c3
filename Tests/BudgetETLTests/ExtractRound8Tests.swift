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
}
