import XCTest
@testable import BudgetETL

/// `|` rows led by 序号 under a cell merged over several rows (a city beside its counties): the
/// rows under the merged cell are printed one cell short from the left and padded at their end.
final class ExtractMergedCellRowsTests: XCTestCase {
    private let lines = [
        "某省专项资金安排表",
        "单位:万元",
        "序号 | 市 | 县 | 金额 |",
        "1 | 甲市 | 子县 | 120 |",
        "2 | 乙市 | 丑县 | 35 |",
        "3 | 寅县 | 48 | |",            // under 乙市, merged
        "4 | 卯县 | 260 | |",
        "5 | 丙市 | 辰县 | 77 |",
        "全部合计 | 540 |",              // 序号, 市 and 县 merged
    ]

    func testShiftedRowsStandUnderTheirColumnsAndOrdinalsEndNoName() {
        let doc = FamilyFixture.extract(lines)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["序号", "金额"])
        let amounts = section.rows.map { row in "\(row.label)=\(row.cells.filter { $0.column == 1 }.map(\.text).joined())" }
        // The merged cell heads its group as a row of its own; every county is named alone.
        XCTAssertEqual(amounts, ["甲市=", "子县=120", "乙市=", "丑县=35", "寅县=48", "卯县=260", "丙市=", "辰县=77", "全部合计=540"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A group's own total row keeps the group's name beside 小计: a bare 小计 names no row.
    func testAGroupsTotalRowKeepsTheGroupsName() {
        let line = { (cells: [String], blankEnd: Bool) -> TableLines.Line in
            var line = TableLines.Line(number: 1, tokens: cells.enumerated().map { Token(text: $1, line: 1, column: $0 * 6) }, compact: cells.joined())
            line.endsWithBlankCell = blankEnd
            return line
        }
        let body = [line(["甲市", "小计", "30"], false), line(["子县", "10", ""], true), line(["丑县", "20", ""], true),
                    line(["乙市", "寅县", "5"], false)]
        let read = MergedCellRows.shifted(body, header: ["市", "县", "金额"])
        XCTAssertEqual(read.body.map { $0.tokens.map(\.text) },
                       [["甲市", "小计", "30"], ["子县", "", "10"], ["丑县", "", "20"], ["", "寅县", "5"]])
        XCTAssertEqual(read.headings.map(\.label), ["乙市"])
    }

    /// Where the shifts put blanks among the name columns in different counts, which name columns
    /// the merged cell covers is not told: the rows keep their names as printed.
    func testShiftsOfDifferentWidthsSplitNoGroup() {
        let line = { (cells: [String], blankEnd: Bool) -> TableLines.Line in
            var line = TableLines.Line(number: 1, tokens: cells.enumerated().map { Token(text: $1, line: 1, column: $0 * 6) }, compact: cells.joined())
            line.endsWithBlankCell = blankEnd
            return line
        }
        let header = ["省", "市", "县", "金额"]
        let body = [line(["甲省", "甲市", "子县", "10"], false), line(["丑县", "20", "", ""], true),
                    line(["乙市", "寅县", "30", ""], true), line(["乙省", "丙市", "卯县", "40"], false)]
        let read = MergedCellRows.shifted(body, header: header)
        XCTAssertEqual(read.body.map { $0.tokens.map(\.text) },
                       [["甲省", "甲市", "子县", "10"], ["丑县", "", "", "20"], ["乙市", "寅县", "", "30"], ["乙省", "丙市", "卯县", "40"]])
    }

    /// Shifted by its two blank cells, a row could stand either way when an amount cell of its own
    /// is blank: its numbers are rejected, not guessed.
    func testAShiftThatLeavesAnAmountColumnBlankIsRejected() {
        let token = { (text: String, c: Int) in Token(text: text, line: 1, column: c * 6) }
        let line = { (cells: [String]) in
            TableLines.Line(number: 1, tokens: cells.enumerated().map { token($1, $0) }, compact: cells.joined())
        }
        var short = line(["寅县", "50", "", ""])
        short.endsWithBlankCell = true      // the converter prints blank cells
        let body = [line(["甲市", "子县", "10", "20"]), line(["乙市", "丑县", "30", "40"]), short]
        let read = MergedCellRows.shifted(body, header: ["市", "县", "省级资金", "市级资金"])
        XCTAssertEqual(read.rejects.map(\.text), ["50"])
        XCTAssertEqual(read.body[2].tokens.map(\.text), ["寅县", "", "", ""])
        // No row is shifted: a row that needs no shift is left as printed.
        XCTAssertEqual(read.body[0].tokens.map(\.text), ["甲市", "子县", "10", "20"])
        XCTAssertTrue(read.headings.isEmpty)
    }

    func testAnOrdinalIsLeftOutOnlyUnderALineNumberColumn() {
        let line = { (text: String) in
            TableLines.Line(number: 1, tokens: text.split(separator: "\t").enumerated().map { Token(text: String($1), line: 1, column: $0 * 6) },
                            compact: text)
        }
        let numbered = [line("序号\t市\t县\t金额")], named = [line("项目\t市\t县\t金额")]
        XCTAssertEqual(TableLines.withoutOrdinal(line("3\t寅县\t48"), under: numbered).tokens.map(\.text), ["寅县", "48"])
        XCTAssertEqual(TableLines.withoutOrdinal(line("3\t寅县\t48"), under: named).tokens.map(\.text), ["3", "寅县", "48"])
    }

    /// Once rows are shifted, a short row that reads as printed could be shifted too (a county
    /// whose 预算数 is blank, or a city's row without a county): its number is rejected.
    func testAShortRowThatCouldBeShiftedIsRejectedOnceRowsShift() {
        let line = { (cells: [String], blankEnd: Bool) -> TableLines.Line in
            var line = TableLines.Line(number: 1, tokens: cells.enumerated().map { Token(text: $1, line: 1, column: $0 * 6) }, compact: cells.joined())
            line.endsWithBlankCell = blankEnd
            return line
        }
        let header = ["市州", "县", "预算数", "执行数"]
        let full = [line(["甲市", "子县", "10", "20"], false), line(["乙市", "丑县", "30", "40"], false)]
        let shifted = line(["寅县", "50", "60"], true), open = line(["衡山县", "", "26"], true)
        let read = MergedCellRows.shifted(full + [shifted, open], header: header)
        XCTAssertEqual(read.rejects.map(\.text), ["26"])
        XCTAssertEqual(read.body[2].tokens.map(\.text), ["寅县", "", "50", "60"])
        // The rows that print the merged cell are named by their own cell, the group heads them.
        XCTAssertEqual(read.body[0].tokens.map(\.text), ["", "子县", "10", "20"])
        XCTAssertEqual(read.headings.map(\.label), ["甲市", "乙市"])
        // Where no row is shifted, the row reads as printed.
        let alone = MergedCellRows.shifted(full + [open], header: header)
        XCTAssertTrue(alone.rejects.isEmpty)
        XCTAssertEqual(alone.body[2].tokens.map(\.text), ["衡山县", "", "26"])
    }
}
