import Foundation
import XCTest
@testable import BudgetETL

/// Extraction's sixth round of byte scanning: each byte path answers as the Character code it
/// stands before (kept in the source as the fallback for text where a scalar may join the one
/// before it) on every line of the sample documents and on texts that could trip a byte scanner.
final class ExtractByteRound6Tests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func sampleLines() throws -> [String] {
        let folder = Self.repository.appendingPathComponent("input")
        var lines: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        XCTAssertGreaterThan(lines.count, 1000)
        return lines
    }

    private let tricky = ["项目 合计 基本支出 项目支出", "甲 1.8      ", "乙   250", "乙  250", "a b ", " a b", "a", "a  ", "a \u{301}b c",
                          "e\u{301} 1 2", "项目 \u{301} 合计 小计", "一、 1 2 3", "合计 1,000.00 2 3", "82,096,797.42 82,096,797.42",
                          "名称 【502 01】 金额", "ａ　ｂ ｃ", "科目 2023年 2024年", "", "  ", "1 2  3 4"]

    func testSpacedCellsOverBytesAsOverCharacters() throws {
        var kinds = Set<Int>()
        for line in try sampleLines() + tricky {
            let reference: [String]? = line.isEmpty || line.contains("\t") || line.contains("|") ? nil : SpacedBlankCells.cellsByCharacter(line)
            let cells = SpacedBlankCells.cells(line)
            XCTAssertEqual(cells, reference, line.debugDescription)
            kinds.insert(cells == nil ? 0 : cells!.contains("") ? 1 : 2)
            // A header is the cells without a blank (the rest of its test is unchanged).
            if let header = SpacedBlankCells.headerCells(line) { XCTAssertEqual(header, reference) }
            if reference?.contains("") == true { XCTAssertNil(SpacedBlankCells.headerCells(line)) }
        }
        XCTAssertEqual(kinds, [0, 1, 2])
        XCTAssertEqual(SpacedBlankCells.cells("甲 1.8      "), ["甲", "1.8", "", "", ""])
        XCTAssertEqual(SpacedBlankCells.cells("乙   250"), ["乙", "", "250"])
        XCTAssertNil(SpacedBlankCells.cells("a b "))
        XCTAssertEqual(SpacedBlankCells.cells("a \u{301}b c"), ["a \u{301}b", "c"])
        // After a blank the separator must be a space: a line where it is not does not read as
        // cells one space apart (it once lost the 金 of 金额), by bytes or by Character.
        XCTAssertNil(SpacedBlankCells.cells("年度  金额 1"))
        XCTAssertNil(SpacedBlankCells.cellsByCharacter("年度  金额 1"))
        XCTAssertNil(SpacedBlankCells.cells("a \u{301}b  c"))
        XCTAssertEqual(SpacedBlankCells.headerCells("项目 合计 基本支出 项目支出"), ["项目", "合计", "基本支出", "项目支出"])
        XCTAssertNil(SpacedBlankCells.headerCells("项目 合计  项目支出"))
    }

    func testPlacedWordsOverBytesAsOverCharacters() throws {
        var numbers = 0
        for line in try sampleLines() + tricky {
            let words = AlignedLayout.placedWords(line)
            XCTAssertEqual(words, AlignedLayout.placedWordsByCharacter(line), line.debugDescription)
            numbers += words.filter(\.isNumber).count
        }
        XCTAssertGreaterThan(numbers, 1000)
        XCTAssertEqual(AlignedLayout.placedWords("合计  1,000.00 2"), [
            .init(columns: 0..<2, spaces: 0, isNumber: false), .init(columns: 4..<12, spaces: 2, isNumber: true),
            .init(columns: 13..<14, spaces: 1, isNumber: true),
        ])
        XCTAssertEqual(AlignedLayout.touchingNumbers("合计  1,000.00 2  3"), [[4..<12, 13..<14]])
        XCTAssertEqual(AlignedLayout.numberEnds("合计  1,000.00 2  3"), [12, 14, 17])
    }
}
