import XCTest
@testable import BudgetETL

/// A list whose header names columns of words between the name and the amount (项目领域, 债券性质):
/// the words stand under them on every line, no number does, so they are no value columns and
/// each line's one amount goes under the column it stands in.
final class ExtractWordColumnsTests: XCTestCase {
    private func placed(_ lines: [String]) -> [String] {
        let document = FamilyFixture.extract(lines)
        return document.tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)\($0.guessed ? "?" : "")" } }
            }
        }
    }

    func testAmountsGoUnderTheirOwnColumnNotUnderAColumnOfWords() {
        // The dates after the amounts are values too: two values for four columns fitted the
        // columns of words one column left, certain (债券性质 ← 1.20) before.
        let lines = [
            "某某县本级2020年新增债券安排情况表",
            "                                                  单位：亿元",
            "  项目名称          项目领域        债券性质      债券规模   发行时间",
            "某某医院门诊楼      公立医院        专项债券      1.20       2020/5/20",
            "某某学校新校区      普通高校        专项债券      0.80       2020/5/20",
            "某某公路改扩建      收费公路        专项债券      12.50      2020/8/11",
            "某某河道治理        水利建设        一般债券      3.00       2020/8/11",
        ]
        // (The dates stay under 发行时间 for normalize to reject: no amount.)
        XCTAssertEqual(placed(lines), ["债券规模=1.20", "发行时间=2020/5/20", "债券规模=0.80", "发行时间=2020/5/20",
                                       "债券规模=12.50", "发行时间=2020/8/11", "债券规模=3.00", "发行时间=2020/8/11"])
    }

    func testAColumnWithANumberInSomeLineStaysAValueColumn() {
        // 上年数 prints 无 in two lines and an amount in one: a value column whose cells are blank
        // or a word, not a column of words.
        let header = AlignedHeader.Section(name: "", leaves: [
            .init(path: ["项目"], role: .label, anchor: 4),
            .init(path: ["上年数"], role: .value, anchor: 20),
            .init(path: ["本年数"], role: .value, anchor: 32),
        ])
        func segment(_ line: Int, words: [(String, Int)], numbers: [(String, Int)]) -> AlignedGridReader.Segment {
            var s = AlignedGridReader.Segment(section: 0, line: line)
            s.labels = words.map { Token(text: $0.0, line: line, column: $0.1) }
            s.values = numbers.map { Token(text: $0.0, line: line, column: $0.1) }
            return s
        }
        let segments = [
            segment(1, words: [("一、甲", 0), ("无", 20)], numbers: [("12.00", 30)]),
            segment(2, words: [("二、乙", 0), ("无", 20)], numbers: [("8.00", 31)]),
            segment(3, words: [("三、丙", 0)], numbers: [("5.00", 18), ("6.00", 31)]),
        ]
        XCTAssertEqual(WordColumns.demoted([header], segments: segments)[0].values.map(\.path), [["上年数"], ["本年数"]])
        // Without the amount under it, 上年数 holds words only: a column of words.
        let wordsOnly = Array(segments.prefix(2))
        XCTAssertEqual(WordColumns.demoted([header], segments: wordsOnly)[0].values.map(\.path), [["本年数"]])
    }
}
