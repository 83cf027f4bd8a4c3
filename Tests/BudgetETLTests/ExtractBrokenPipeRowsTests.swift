import XCTest
@testable import BudgetETL

/// A `|` table whose page breaks each row's line at its blank cells, under a header padded to the
/// table's width; and a header whose first row has several cells over one repeated run of
/// sub-headers each.
final class ExtractBrokenPipeRowsTests: XCTestCase {
    static let header = ["地区 | 一般预算收入 | 税收占比% | 一般预算支出 | ||||||",
                         "本月 | 累计 | 为预算% | 增长% | 本月 | 累计 | 为预算% | 增长% | ||"]

    func testPiecesOfARowBrokenAtItsBlankCellsAreOneRowOfTheTablesWidth() {
        let lines = Self.header + ["甲县 | 12 | 30 |", "| 5.5 | 80.1 | 40 | 50 |", "| -2.0 |",
                                   "乙县 | 8 | 20 | 40 | 1.5 | 60.0 | 25 | 50 | 45 | 4.0 |"]
        let joined = BrokenPipeRows.joined(lines).map(PipeCells.asTabs)
        XCTAssertEqual(Array(joined[2...]), ["甲县\t12\t30\t\t5.5\t80.1\t40\t50\t\t-2.0", "", "",
                                             "乙县\t8\t20\t40\t1.5\t60.0\t25\t50\t45\t4.0"])
    }

    /// No padded line tells the width, or the pieces do not add up to it: left as printed.
    func testPiecesAreLeftWhenNoWidthIsPrintedOrTheyDoNotFillIt() {
        let unpadded = ["地区 | 收入 | 支出 |", "甲县 | 12 |", "| 40 |"]
        XCTAssertEqual(BrokenPipeRows.joined(unpadded), unpadded)
        let short = Self.header + ["甲县 | 12 | 30 |", "| 5.5 | 80.1 |", "说明:数据为快报数。"]
        XCTAssertEqual(BrokenPipeRows.joined(short), short)
        let words = Self.header + ["甲县 | 12 | 30 |", "| 备注 | 80.1 | 40 | 7 | -2.0 |"]
        XCTAssertEqual(BrokenPipeRows.joined(words), words)
    }

    func testCellsAlikeOverRepeatedRunsOfSubHeadersSpanOneRunEach() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位:万元"] + Self.header + [
            "甲县 | 12 | 30 |", "| 5.5 | 80.1 | 40 | 50 |", "| -2.0 |",
            "乙县 | 8 | 20 | 40 | 1.5 | 60.0 | 25 | 50 | 45 | 4.0 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["一般预算收入 / 本月", "一般预算收入 / 累计", "一般预算收入 / 为预算%", "一般预算收入 / 增长%", "税收占比%",
                                                       "一般预算支出 / 本月", "一般预算支出 / 累计", "一般预算支出 / 为预算%", "一般预算支出 / 增长%"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |甲县 → 一般预算收入 / 本月=12@5 一般预算收入 / 累计=30@5 一般预算收入 / 增长%=5.5@5 税收占比%=80.1@5 一般预算支出 / 本月=40@5 一般预算支出 / 累计=50@5 一般预算支出 / 增长%=-2.0@5",
            "L8 |乙县 → 一般预算收入 / 本月=8@8 一般预算收入 / 累计=20@8 一般预算收入 / 为预算%=40@8 一般预算收入 / 增长%=1.5@8 税收占比%=60.0@8 一般预算支出 / 本月=25@8 一般预算支出 / 累计=50@8 一般预算支出 / 为预算%=45@8 一般预算支出 / 增长%=4.0@8",
        ])
    }

    /// Two cells span but neither the count of cells after the names nor their words tell which:
    /// the values are rejected, not read under the sub-headers stacked from the first column.
    func testSpanningCellsNotToldRejectTheValues() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位:万元",
                                         "地区 | 收入 | 占比% | 支出 | ||||", "本月 | 累计 | 增长% | 本月 | 累计 | 增长% | ||",
                                         "乙县 | 8 | 20 | 1.5 | 60.0 | 25 | 50 | 4.0 |"])
        XCTAssertTrue(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).isEmpty)
        XCTAssertEqual(doc.rejects.map(\.text), ["8", "20", "1.5", "60.0", "25", "50", "4.0"])
    }

    func testRepeatedGroupsByWidthsAndWords() {
        func tokens(_ words: [String]) -> [Token] { words.map { Token(text: $0, line: 1, column: 0) } }
        // Every cell after the names' spans.
        XCTAssertEqual(HeaderSpans.repeatedGroups(tokens(["项目", "收入", "支出"]), tokens(["本月", "累计", "本月", "累计"]), bodyWidth: 5), [1, 2])
        // The runs differ: nothing told.
        XCTAssertNil(HeaderSpans.repeatedGroups(tokens(["项目", "收入", "支出"]), tokens(["本月", "累计", "累计", "本月"]), bodyWidth: 5))
        // Three cells alike for two spans: nothing told.
        XCTAssertNil(HeaderSpans.repeatedGroups(tokens(["项目", "预算收入", "预算支出", "预算结余"]), tokens(["本月", "累计", "本月", "累计"]), bodyWidth: 6))
    }
}
