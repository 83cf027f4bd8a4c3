import XCTest
@testable import BudgetETL

/// A `|` table whose first header row names groups (小学, 初中) and closes with a total (合计), over
/// a second row that repeats one run of sub-headers per group (each with its own rate in brackets)
/// and ends with the total's own name: each group spans one run, the total its one sub-header.
final class ExtractGroupsClosedByTotalTests: XCTestCase {
    static let header = ["序号 | 乡镇名称 | 总人数 | 小学 | 初中 | 合计 | ||",
                         "走读生(每生100元) | 寄宿生(每生200元) | 走读生(每生150元) | 寄宿生(每生300元) | 补助合计 | |||"]

    func testEachGroupSpansOneRunAndTheTotalItsOwnName() {
        let doc = FamilyFixture.extract(["某县学生资助汇总表"] + Self.header + [
            "1 | 东乡 | 120 | 52 | 6 | 40 | 22 | 19000 |",
            "2 | 西乡 | 85 | 30 | 10 | 25 | 20 | 14750 |",
            "3 | 南乡 | 64 | 20 | 8 | 16 | 20 | 12000 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined).suffix(6), ["总人数", "小学 / 走读生(每生100元)", "小学 / 寄宿生(每生200元)",
                                                                  "初中 / 走读生(每生150元)", "初中 / 寄宿生(每生300元)", "合计 / 补助合计"])
        let east = section.rows.first { $0.label == "东乡" }
        XCTAssertEqual(east?.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.suffix(6),
                       ["总人数=120", "小学 / 走读生(每生100元)=52", "小学 / 寄宿生(每生200元)=6",
                        "初中 / 走读生(每生150元)=40", "初中 / 寄宿生(每生300元)=22", "合计 / 补助合计=19000"])
    }

    /// The total row prints no 序号: its name over the 序号 and name cells merged, one cell short.
    func testATotalRowWithoutItsNumberStandsUnderTheColumns() {
        let doc = FamilyFixture.extract(["某县学生资助汇总表"] + Self.header + [
            "1 | 东乡 | 120 | 52 | 6 | 40 | 22 | 19000 |",
            "2 | 西乡 | 85 | 30 | 10 | 25 | 20 | 14750 |",
            "3 | 南乡 | 64 | 20 | 8 | 16 | 20 | 12000 |",
            "合计 | 269 | 102 | 24 | 81 | 62 | 45750 |",
        ])
        let section = doc.tables[0].sections[0]
        let total = section.rows.first { $0.label == "合计" }
        XCTAssertEqual(total?.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" },
                       ["总人数=269", "小学 / 走读生(每生100元)=102", "小学 / 寄宿生(每生200元)=24",
                        "初中 / 走读生(每生150元)=81", "初中 / 寄宿生(每生300元)=62", "合计 / 补助合计=45750"])
        // A row of the numbered kind one cell short is left as printed.
        let line = TableLines.Line(number: 9, tokens: ["乙", "5", "6"].map { Token(text: $0, line: 9, column: 0) }, compact: "")
        let header = TableLines.Line(number: 1, tokens: ["序号", "名称", "甲", "乙"].map { Token(text: $0, line: 1, column: 0) }, compact: "")
        let row = TableLines.Line(number: 2, tokens: ["1", "x", "5", "6"].map { Token(text: $0, line: 2, column: 0) }, compact: "")
        XCTAssertEqual(OrdinalTotalRows.placed([row, line], header: [header]).map(\.tokens.count), [4, 3])
    }

    func testTheRunsMustRepeatAndTheLastSubHeaderNameTheTotal() {
        let first = ["序号", "乡镇名称", "总人数", "小学", "初中", "合计"].map(Self.token)
        let subs = ["走读生(每生100元)", "寄宿生(每生200元)", "走读生(每生150元)", "寄宿生(每生300元)", "补助合计"].map(Self.token)
        XCTAssertEqual(HeaderSpans.groupsClosedByTotal(first, subs, bodyWidth: 8), [3, 4, 5])
        // The last sub-header does not name the total again: nothing tells which cell it is under.
        var other = subs
        other[4] = Self.token("补助资金")
        XCTAssertNil(HeaderSpans.groupsClosedByTotal(first, other, bodyWidth: 8))
        // The runs differ: no repeated run to share out.
        var unlike = subs
        unlike[3] = Self.token("走读生(每生300元)")
        XCTAssertNil(HeaderSpans.groupsClosedByTotal(first, unlike, bodyWidth: 8))
        XCTAssertEqual(HeaderSpans.withoutNote("走读生(四类学生,每生每学期250元)"), "走读生")
        XCTAssertEqual(HeaderSpans.withoutNote("总人数"), "总人数")
    }

    private static func token(_ text: String) -> Token { Token(text: text, line: 1, column: 0) }
}
