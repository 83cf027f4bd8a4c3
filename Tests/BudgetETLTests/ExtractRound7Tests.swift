import Foundation
import XCTest
@testable import BudgetETL

/// Extraction's seventh speed round: each rewritten part answers as the code it replaced (kept
/// here as the reference) on every table line of the sample documents and on made-up headers.
final class ExtractRound7Tests: XCTestCase {
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

    /// `headerResumes` as it was: every line's words made before asking whether it holds values.
    private func referenceHeaderResumes(_ body: [TableLines.Line]) -> Bool {
        let lines = body.map { $0.tokens.filter { !$0.isBlank } }.filter { !$0.isEmpty }
        let valueless = lines.map { !$0.contains { CellText.mayBeNumber($0) || $0.isRowCode } }
        return lines.indices.contains { n in
            let words = lines[n].map { TextRepair.compact($0.text) }
            let resumes = (words.count >= 3 && words.contains(where: HeaderWords.isTotal))
                || (words.count >= 2 && HeaderWords.isSubtotal(words[0]))
                || (words.count == 1 && HeaderWords.isSubtotal(words[0]) && n + 1 < lines.count && valueless[n + 1])
                || (words.count == 1 && HeaderWords.isLabel(words[0]) && !words[0].hasPrefix("是否"))
            return resumes && valueless[n]
        }
    }

    func testHeaderResumesAsBefore() throws {
        var resumed = 0, asked = 0
        for lines in try sampleDocuments() {
            for start in stride(from: 0, to: lines.count, by: 5) {
                let body = Array(lines[start..<min(start + 12, lines.count)])
                let answer = StreamReadingOrder.headerResumes(body)
                XCTAssertEqual(answer, referenceHeaderResumes(body), "line \(lines[start].number)")
                asked += 1
                if answer { resumed += 1 }
            }
        }
        XCTAssertGreaterThan(asked, 500)
        XCTAssertGreaterThan(resumed, 10)
        let prepared = { (texts: [String]) in texts.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: false, mangled: false) } }
        XCTAssertTrue(StreamReadingOrder.headerResumes(prepared(["合计", "基本支出", "1.00"])))
        XCTAssertFalse(StreamReadingOrder.headerResumes(prepared(["合计 1.00", "基本支出 2.00"])))
    }

    /// A header of single-spaced cells by Character, without the two-space-bytes guard.
    private func referenceHeaderCells(_ line: String) -> [String]? {
        guard !line.isEmpty, !line.utf8.contains(9), !line.utf8.contains(UInt8(ascii: "|")),
              let cells = SpacedBlankCells.cellsByCharacter(line), cells.count >= 3, !cells.contains(where: \.isEmpty),
              HeaderWords.isStructural(TextRepair.compact(cells[0])), !cells.contains(where: { TokenKind.of($0).isNumeric })
        else { return nil }
        return cells
    }

    func testHeaderCellsGuardRefusesOnlyWhatTheyRefuse() throws {
        let folder = Self.repository.appendingPathComponent("input")
        var lines = ["项目 合计 基本支出", "项目 合计", "项目 \u{301} 合计", "项目\u{301} 合计 小计", "项目 合计 1.00", "项目", ""]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var headers = 0
        for line in lines {
            let cells = SpacedBlankCells.headerCells(line)
            XCTAssertEqual(cells, referenceHeaderCells(line), line.debugDescription)
            if cells != nil { headers += 1 }
        }
        XCTAssertGreaterThanOrEqual(headers, 1)
        XCTAssertEqual(SpacedBlankCells.headerCells("项目 合计 基本支出"), ["项目", "合计", "基本支出"])
        XCTAssertNil(SpacedBlankCells.headerCells("项目 合计"))
    }
}
