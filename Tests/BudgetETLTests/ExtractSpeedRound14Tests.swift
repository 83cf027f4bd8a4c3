import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 14 (docs/performance.md): the readers' repeated work. Each answer is compared
/// with the code's before, kept here as reference.
final class ExtractSpeedRound14Tests: XCTestCase {
    /// `AlignedGridReader.nearestNames` before: the identifying leaves' distances mapped per section.
    private func referenceNearestNames(_ token: Token, _ sections: [AlignedHeader.Section]) -> Int {
        let column = Double(token.column)
        let distances = sections.map { s in s.identifying.map { abs(column - $0.anchor) }.min() ?? .infinity }
        return distances.indices.min { distances[$0] < distances[$1] } ?? 0
    }

    func testNearestNamesAsBefore() {
        var random = SplitMix64(seed: 14)
        let roles: [ColumnGrid.Role] = [.code, .label, .value, .value]
        for _ in 0..<5_000 {
            // Sections with or without name columns, anchors on whole and half columns (ties happen).
            let sections = (0..<Int.random(in: 0...4, using: &random)).map { _ in
                AlignedHeader.Section(name: "", leaves: (0..<Int.random(in: 0...5, using: &random)).map { _ in
                    AlignedHeader.Leaf(path: ["项目"], role: roles.randomElement(using: &random)!,
                                       anchor: Double(Int.random(in: 0...160, using: &random)) / 2)
                })
            }
            let token = Token(text: "合计", line: 1, column: Int.random(in: 0...80, using: &random))
            XCTAssertEqual(AlignedGridReader.nearestNames(token, sections), referenceNearestNames(token, sections))
        }
        // Equal distances: the first section; no name column anywhere: the first section.
        let left = AlignedHeader.Section(name: "", leaves: [AlignedHeader.Leaf(path: ["项目"], role: .label, anchor: 10)])
        let right = AlignedHeader.Section(name: "", leaves: [AlignedHeader.Leaf(path: ["项目"], role: .label, anchor: 30)])
        let valuesOnly = AlignedHeader.Section(name: "", leaves: [AlignedHeader.Leaf(path: ["金额"], role: .value, anchor: 5)])
        XCTAssertEqual(AlignedGridReader.nearestNames(Token(text: "a", line: 1, column: 20), [left, right]), 0)
        XCTAssertEqual(AlignedGridReader.nearestNames(Token(text: "a", line: 1, column: 25), [left, right]), 1)
        XCTAssertEqual(AlignedGridReader.nearestNames(Token(text: "a", line: 1, column: 25), [valuesOnly, valuesOnly]), 0)
        XCTAssertEqual(AlignedGridReader.nearestNames(Token(text: "a", line: 1, column: 25), [valuesOnly, right]), 1)
    }

    /// A grid row's code header and unit read from the header's words per column, read once per
    /// table: a code column's words, a unit column (计量单位) told by its last word.
    func testGridRowHeadersPerColumn() {
        let lines = ["项目支出表", "科目编码\t项目\t计量单位\t金额", "201\t一般公共服务支出\t万元\t12.50", "205\t教育支出\t万元\t3.00"]
        let region = TableRegion(key: "k", title: "t", titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false)
        let table = TableLines(lines: lines, region: region, titleLine: lines[0])
        XCTAssertTrue(table.tabSeparated)
        let read = GridReader(table: table).read().sections.flatMap(\.rows)
        XCTAssertEqual(read.map(\.codeParts), [["201"], ["205"]])
        XCTAssertEqual(read.map(\.codeHeader), ["科目编码", "科目编码"])
        XCTAssertEqual(read.map(\.unit), ["万元", "万元"])
        XCTAssertEqual(read.map { $0.cells.map(\.text) }, [["12.50"], ["3.00"]])
    }
}
