import BudgetETL
import XCTest

/// The suite's fact comparison: what it excuses (a rejected number) and what it never does (a
/// value at another place).
final class FactDiffTests: XCTestCase {
    private func fact(_ row: String, _ column: String, _ value: String, table: String = "t") -> Fact {
        Fact(tableKey: table, row: row, column: column, value: value + " 元", sourceValue: value)
    }

    func testSameFactsInAnotherOrderHold() {
        let a = [fact("201", "合计", "5.00"), fact("201", "合计", "5.00"), fact("208", "合计", "7.00")]
        let diff = FactDiff(original: a, variant: a.reversed(), variantRejects: [])
        XCTAssertTrue(diff.holds)
        XCTAssertEqual(diff.kept, 3)
    }

    func testARejectedNumberExcusesItsMissingFact() {
        let original = [fact("201", "合计", "1,203.50"), fact("208", "合计", "3.00")]
        let reject = RejectedLine(line: 9, tableTitle: "t", text: "201 行政运行 1,203.50", reason: "more numbers than columns")
        let diff = FactDiff(original: original, variant: [original[1]], variantRejects: [reject])
        XCTAssertTrue(diff.holds)
        XCTAssertEqual(diff.rejected.map(\.reason), ["more numbers than columns"])
    }

    /// 100 is a whole token of a rejected "100%" as well: the reject of 100 alone goes to it, so
    /// that the "100%" reject is left for the rate.
    func testARejectOfTheNumberAloneIsTakenFirst() {
        let original = [fact("总分", "实际完成值", "100"), fact("预算执行率", "实际完成值", "100%")]
        let rejects = [RejectedLine(line: 8, tableTitle: "t", text: "100%", reason: "r"),
                       RejectedLine(line: 9, tableTitle: "t", text: "100", reason: "r")]
        let diff = FactDiff(original: original, variant: [], variantRejects: rejects)
        XCTAssertTrue(diff.holds)
        XCTAssertEqual(diff.rejected.count, 2)
    }

    /// A workbook prints 32.5340 as 32.534 and 0.0000 as 0: its reject of that cell, the number
    /// alone, is the same amount. Inside other text only the printed form counts.
    func testARejectOfTheSameAmountPrintedOtherwiseExcusesItsFact() {
        let original = [fact("一", "执行数", "32.5340"), fact("二", "预算数", "0.0000")]
        let rejects = [RejectedLine(line: 8, tableTitle: "t", text: "32.534", reason: "r"),
                       RejectedLine(line: 9, tableTitle: "t", text: "0", reason: "r")]
        XCTAssertTrue(FactDiff(original: original, variant: [], variantRejects: rejects).holds)
        XCTAssertTrue(FactDiff.sameNumber("1,200", "1200.00"))
        XCTAssertFalse(FactDiff.sameNumber("32.53", "32.534"))
        XCTAssertFalse(FactDiff.sameNumber("合计 32.534", "32.534"))
    }

    func testARejectMustHoldTheWholeNumber() {
        XCTAssertTrue(FactDiff.mentions("合计 13.5 7", "13.5"))
        XCTAssertFalse(FactDiff.mentions("合计 113.50", "13.5"))
        XCTAssertFalse(FactDiff.mentions("合计 13.50", "13.5"))
    }

    func testAValueInAnotherColumnIsMovedAndFails() {
        let original = [fact("201", "基本支出", "5.00"), fact("201", "合计", "9.00")]
        let variant = [fact("201", "项目支出", "5.00"), fact("201", "合计", "9.00")]
        let diff = FactDiff(original: original, variant: variant, variantRejects: [])
        XCTAssertFalse(diff.holds)
        XCTAssertEqual(diff.moved.map(\.to.column), ["项目支出"])
        let report = diff.report()
        XCTAssertTrue(report.hasPrefix("kept 1, rejected 0, missing 0, extra 0, moved 1"), report)
        XCTAssertTrue(report.contains("5.00 元: t | 201 | 基本支出  →  t | 201 | 项目支出"), report)
    }

    func testAMovePrefersTheSameRow() {
        let original = [fact("201", "合计", "5.00"), fact("208", "合计", "5.00")]
        let variant = [fact("201", "合计", "5.00"), fact("208", "小计", "5.00")]
        let diff = FactDiff(original: original, variant: variant, variantRejects: [])
        XCTAssertEqual(diff.moved.map(\.from.row), ["208"])
    }

    func testTableCountsNameOnlyTablesThatChanged() {
        let original = [fact("1", "a", "1", table: "x"), fact("2", "a", "2", table: "y")]
        let variant = [fact("1", "a", "1", table: "x"), fact("2", "a", "2", table: "x")]
        let diff = FactDiff(original: original, variant: variant, variantRejects: [])
        XCTAssertEqual(diff.tableCounts(original: original, variant: variant), "x 1→2, y 1→0")
    }
}
