import XCTest
@testable import BudgetETL

/// A two-sided final account numbers every row of each side; a row's line number printed alone
/// may be placed in the amount column by position or by order.
final class ExtractLineNumberSequenceTests: XCTestCase {
    private func row(_ line: Int, _ label: String, _ cells: [(Int, String)]) -> ExtractedRow {
        ExtractedRow(line: line, label: label, cells: cells.map { RawCell(column: $0.0, text: $0.1, line: line, guessed: true) })
    }

    func testLoneValueContinuingTheLineNumbersIsTheRowsLineNumber() {
        let section = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、一般公共服务支出", [(0, "32.00")]),
            row(2, "二、外交支出", [(1, "33.00")]),          // the next line number, read as an amount
            row(3, "三、国防支出", [(0, "34.00"), (1, "12.50")]),
            row(4, "四、公共安全支出", [(1, "99")]),         // an amount: no count continues to it
            row(5, "五、教育支出", [(1, "35.50")]),          // not a whole number
            row(6, "", [(1, "36")]),                        // one less than the next row's
            row(7, "七、科学技术支出", [(0, "37"), (1, "8.00")]),
        ])
        let placed = LineNumberSequence.placed(section)
        XCTAssertEqual(placed.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } },
                       [["0=32.00"], ["0=33.00"], ["0=34.00", "1=12.50"], ["1=99"], ["1=35.50"], ["0=36"], ["0=37", "1=8.00"]])
        XCTAssertEqual(placed.rows[1].cells[0].guessed, false)
        XCTAssertEqual(placed.rows[3].cells[0].guessed, true)
    }

    /// A name filling its cell printed as one word with the 行次 beside it (`…收入2`): the number is
    /// the row's 行次 where it continues the run, else the name's own.
    func testLineNumberGluedToTheNameIsTheRowsWhereItContinuesTheRun() {
        let section = ExtractedSection(name: "收入", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、一般公共预算财政拨款收入", [(0, "1"), (1, "842.48")]),
            row(2, "二、政府性基金预算财政拨款收入2", [(1, "0.00")]),
            row(3, "三、其他收入", [(0, "3"), (1, "0.00")]),
            row(4, "项目9", [(1, "5.00")]),              // 9 continues nothing: the name's own
        ])
        let placed = LineNumberSequence.placed(section)
        XCTAssertEqual(placed.rows.map(\.label), ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、其他收入", "项目9"])
        XCTAssertEqual(placed.rows[1].cells.map { "\($0.column)=\($0.text)" }, ["0=2", "1=0.00"])
        XCTAssertEqual(placed.rows[3].cells.map { "\($0.column)=\($0.text)" }, ["1=5.00"])
        XCTAssertNil(LineNumberSequence.gluedLineNumber("2024年"), "no digits at the end")
        XCTAssertNil(LineNumberSequence.gluedLineNumber("12"), "no name before")
        XCTAssertNil(LineNumberSequence.gluedLineNumber("Item 2"), "not after a Chinese character")
    }

    func testSectionWithoutALineNumberColumnIsLeftAsRead() {
        let section = ExtractedSection(name: "", columns: [HeaderPath(["合计"]), HeaderPath(["基本支出"])], rows: [
            row(1, "甲", [(0, "1")]), row(2, "乙", [(1, "2")]),
        ])
        XCTAssertEqual(LineNumberSequence.placed(section), section)
    }

    /// Name pieces wrapped between rows put the numbers off step: a line number missing from its
    /// section's run sits in a value column. The rows up to the last such number are rejected
    /// (values only, typed); rows after it are kept as read, and a side whose run misses nothing
    /// found in its values is left as read.
    func testLineNumbersOffStepRejectTheRowsUpToTheLastBreak() {
        let income = ExtractedSection(name: "收入", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、财政拨款收入", [(0, "1"), (1, "500.00")]),
            row(2, "二、上级补助收入", [(1, "3.00")]),         // 行次 3, missing from the run
            row(3, "三、事业收入", [(0, "4"), (1, "20.00")]),
            row(4, "本年收入合计", [(0, "5"), (1, "520.00")]),
        ])
        let spending = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、一般公共服务支出", [(0, "7"), (1, "6.00")]),   // 6 is before its run
            row(2, "二、外交", [(0, "8"), (1, "120.00")]),
            row(3, "本年支出合计", [(0, "9"), (1, "520.00")]),
        ])
        let checked = LineNumberSequence.checked([income, spending])
        XCTAssertEqual(checked.sections.map { $0.rows.map { $0.cells.map(\.text) } },
                       [[[], [], ["4", "20.00"], ["5", "520.00"]], spending.rows.map { $0.cells.map(\.text) }])
        XCTAssertEqual(checked.rejects.map(\.text), ["500.00", "3.00"])
        XCTAssertTrue(checked.rejects.allSatisfy { $0.reason == .lineNumbersOutOfStep })
    }

    /// 行次 that rise and run without gaps leave every value where it was read, whole-number
    /// amounts too (an amount equal to a line number of the run is not a gap).
    func testLineNumbersInStepLeaveTheSectionsAsRead() {
        let income = ExtractedSection(name: "收入", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、财政拨款收入", [(0, "1"), (1, "2.00")]),
            row(2, "二、事业收入", [(0, "2"), (1, "90.00")]),
        ])
        let spending = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["决算数"])], rows: [
            row(1, "一、教育支出", [(0, "3"), (1, "92.00")]),
        ])
        let checked = LineNumberSequence.checked([income, spending])
        XCTAssertEqual(checked.sections, [income, spending])
        XCTAssertTrue(checked.rejects.isEmpty)
    }

    /// An amount with a fraction read in the 行次 column of a side whose one value column follows
    /// it goes to that column when the row left it blank; with a 行次 there, or a whole number,
    /// or several value columns, the cell stays.
    func testFractionalNumberInTheLineNumberColumnIsTheSidesAmount() {
        let income = ExtractedSection(name: "收入", columns: [HeaderPath(["行次"]), HeaderPath(["金额"])], rows: [
            row(1, "本年收入合计", [(0, "7"), (1, "900.50")]),
            row(2, "收入总计", [(0, "900.50")]),
            row(3, "", [(0, "8")]),
            row(4, "其他", [(0, "12.25"), (1, "3.00")]),
            row(5, "事业收入", [(0, "35.53")]),      // the run breaks around it (8 → 10): a reading off step
            row(6, "经营收入", [(0, "10")]),
        ])
        let placed = LineNumberSequence.placed(income)
        XCTAssertEqual(placed.rows.map { $0.cells.map { "\($0.column)=\($0.text)" } },
                       [["0=7", "1=900.50"], ["1=900.50"], ["0=8"], ["0=12.25", "1=3.00"], ["0=35.53"], ["0=10"]])
        let wide = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["合计"]), HeaderPath(["基本支出"])],
                                    rows: [row(1, "总计", [(0, "900.50")])])
        XCTAssertEqual(LineNumberSequence.placed(wide), wide)
    }

    /// A side's rows that the other side lacks print their 行次 alone; read into the other side's
    /// amount column, whole numbers continuing this side's run (60 → 61, 62, 63 → 64) are given
    /// back to it as rows of their own. An amount on a line where that side has its own 行次, or
    /// one that continues no run, stays.
    func testOtherSidesLineNumbersInAValueColumnGoBackToThatSide() {
        let income = ExtractedSection(name: "收入", columns: [HeaderPath(["行次"]), HeaderPath(["金额"])], rows: [
            row(1, "本年收入合计", [(0, "27"), (1, "500.00")]),
            row(2, "结转和结余", [(0, "28")]),
            row(3, "一般公共预算财政拨款", [(0, "29"), (1, "61")]),
            row(4, "政府性基金预算财政拨款", [(0, "30"), (1, "62")]),
            row(5, "国有资本经营预算财政拨款", [(0, "31"), (1, "63")]),
            row(6, "收入总计", [(0, "32"), (1, "500.00")]),
        ])
        let spending = ExtractedSection(name: "支出", columns: [HeaderPath(["行次"]), HeaderPath(["合计"])], rows: [
            row(1, "本年支出合计", [(0, "59"), (1, "500.00")]),
            row(2, "结转和结余", [(0, "60")]),
            row(6, "总计", [(0, "64"), (1, "500.00")]),
        ])
        let checked = LineNumberSequence.checked([income, spending])
        XCTAssertTrue(checked.rejects.isEmpty)
        XCTAssertEqual(checked.sections[0].rows.map { $0.cells.map(\.text) },
                       [["27", "500.00"], ["28"], ["29"], ["30"], ["31"], ["32", "500.00"]])
        XCTAssertEqual(checked.sections[1].rows.map { "\($0.line):" + $0.cells.map { "\($0.column)=\($0.text)" }.joined(separator: ",") },
                       ["1:0=59,1=500.00", "2:0=60", "3:0=61", "4:0=62", "5:0=63", "6:0=64,1=500.00"])
        // A 行次 of its own on the line: the number is an amount there, and the run left broken
        // keeps every cell where it was read.
        XCTAssertEqual(LineNumberSequence.otherSidesLineNumbers([income, spending.withLineNumber(3)]),
                       [income, spending.withLineNumber(3)])
        // A run that would still miss a number (66 after 64) is a reading off step: nothing moves.
        var skipping = spending
        skipping.rows[2].cells[0].text = "66"
        XCTAssertEqual(LineNumberSequence.otherSidesLineNumbers([income, skipping]), [income, skipping])
        // A gap left before by a row rejected elsewhere (the income side's 25, 26 gone) stays; the
        // numbers that close the other side's gaps still move.
        var gapped = income
        gapped.rows.insert(row(0, "二十四、其他支出", [(0, "24")]), at: 0)
        let mended = LineNumberSequence.otherSidesLineNumbers([gapped, spending])
        XCTAssertEqual(mended[0].rows.map { $0.cells.map(\.text) }, [["24"], ["27", "500.00"], ["28"], ["29"], ["30"], ["31"], ["32", "500.00"]])
        XCTAssertEqual(mended[1].rows.compactMap { $0.cells.first?.text }, ["59", "60", "61", "62", "63", "64"])
        XCTAssertEqual(LineNumberSequence.breaks(mended[0], 0), 1)
    }
}

private extension ExtractedSection {
    /// The section with a 行次 of its own on `line` (the number does not continue the run).
    func withLineNumber(_ line: Int) -> ExtractedSection {
        var section = self
        let at = section.rows.firstIndex { $0.line > line } ?? section.rows.count
        section.rows.insert(ExtractedRow(line: line, label: "乙", cells: [RawCell(column: 0, text: "90", line: line)]), at: at)
        return section
    }
}
