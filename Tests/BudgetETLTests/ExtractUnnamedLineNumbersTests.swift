import XCTest
@testable import BudgetETL

/// A form numbering its rows through all its sections (行次 1, 2, 3 …) whose later section names no
/// 行次 column: the rows' first whole numbers carry the count on and are line numbers, not amounts.
final class ExtractUnnamedLineNumbersTests: XCTestCase {
    private func row(_ line: Int, _ label: String, _ cells: [(Int, String)]) -> ExtractedRow {
        ExtractedRow(line: line, label: label, cells: cells.map { RawCell(column: $0.0, text: $0.1, line: line) })
    }

    private var numbered: ExtractedSection {
        ExtractedSection(name: "一、采购", columns: [HeaderPath(["行次"]), HeaderPath(["金额"])],
                         rows: [row(1, "合计", [(0, "1"), (1, "300.00")]), row(2, "货物", [(0, "2"), (1, "300.00")])])
    }

    func testRowsCarryingTheCountOnUnderANamedColumnAreRejected() {
        let counted = ExtractedSection(name: "二、车辆", columns: [HeaderPath(["统计数"])],
                                       rows: [row(3, "车辆合计", [(0, "3"), (0, "2")]), row(4, "甲类用车", [(0, "4")]),
                                              row(4, "", [(0, "1")]), row(5, "乙类用车", [(0, "6")])])
        var last: ExactDecimal?
        let checked = UnnamedLineNumbers.checked([numbered, counted], last: &last)
        XCTAssertEqual(checked.sections[0].rows.map(\.cells.count), [2, 2])
        // The row the reading parted from a line number's row (its value on the same line) too.
        XCTAssertEqual(checked.sections[1].rows.map(\.cells.count), [0, 0, 0, 0])
        XCTAssertEqual(checked.rejects.map(\.text), ["3", "2", "4", "1", "6"])
        XCTAssertTrue(checked.rejects.allSatisfy { $0.reason == .lineNumberUnnamed })
        XCTAssertEqual(last, ExactDecimal.parse("6"))
    }

    func testTheCountIsCarriedFromBlockToBlock() {
        var last: ExactDecimal?
        _ = UnnamedLineNumbers.checked([numbered], last: &last)
        let counted = ExtractedSection(name: "二、车辆", columns: [HeaderPath(["统计数"])],
                                       rows: [row(3, "甲类用车", [(0, "3")]), row(4, "乙类用车", [(0, "4")])])
        XCTAssertEqual(UnnamedLineNumbers.checked([counted], last: &last).rejects.map(\.text), ["3", "4"])
    }

    func testAmountsThatDoNotCarryTheCountOnStay() {
        var last: ExactDecimal?
        // One number that follows on could be an amount; a run that starts elsewhere is no count.
        let one = ExtractedSection(name: "二", columns: [HeaderPath(["统计数"])], rows: [row(3, "甲", [(0, "3")]), row(4, "乙", [(0, "12.50")])])
        XCTAssertEqual(UnnamedLineNumbers.checked([numbered, one], last: &last).rejects, [])
        last = nil
        let other = ExtractedSection(name: "二", columns: [HeaderPath(["统计数"])], rows: [row(3, "甲", [(0, "7")]), row(4, "乙", [(0, "8")])])
        XCTAssertEqual(UnnamedLineNumbers.checked([numbered, other], last: &last).rejects, [])
        // Under a column the header left unnamed the number keeps the place the header kept for it.
        last = nil
        let unnamed = ExtractedSection(name: "二", columns: [HeaderPath(["栏次 1"]), HeaderPath(["统计数"])],
                                       rows: [row(3, "甲", [(0, "3")]), row(4, "乙", [(0, "4")])])
        XCTAssertEqual(UnnamedLineNumbers.checked([numbered, unnamed], last: &last).rejects, [])
        // No section names a 行次 column: no count to carry on.
        last = nil
        XCTAssertEqual(UnnamedLineNumbers.checked([other], last: &last).rejects, [])
    }
}
