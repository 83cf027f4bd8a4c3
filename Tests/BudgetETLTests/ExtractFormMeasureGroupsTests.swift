import XCTest
@testable import BudgetETL

/// The “三公” form with 预算数 决算数 under each of its columns, single-space text whose header
/// cells wrapped over lines (`FormMeasureGroups`).
final class ExtractFormMeasureGroupsTests: XCTestCase {
    private func cells(_ lines: [String]) -> [String] {
        FamilyFixture.extract(lines).tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" } }
            }
        }
    }

    private let title = ["财政拨款“三公”经费支出决算表", "单位：万元"]
    private let measures = "预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数 预算数 决算数"

    func testTheOneOrderTheLinesAndSumsLeaveIsTheHeader() {
        // 公务接待费 printed beside 因公出国（境）费 stands after the vehicle columns: before them,
        // 小计 (1.00) would not be their sum (2.00 + 4.00).
        let lines = title + [
            "财政拨款“三公”经费",
            "公务用车购置及运行维护费",
            "合计 因公出国（境）费 公务接待费",
            "小计 公务用车购置费 公务用车运行维护费",
            measures,
            "10.00 8.00 1.00 0.00 6.00 5.00 2.00 1.00 4.00 4.00 3.00 3.00",
        ]
        // Paths as the reader gives them (quote marks dropped, brackets half-width).
        let top = "财政拨款三公经费 / ", car = top + "公务用车购置及运行维护费 / "
        XCTAssertEqual(cells(lines), [
            top + "合计 / 预算数=10.00", top + "合计 / 决算数=8.00",
            top + "因公出国(境)费 / 预算数=1.00", top + "因公出国(境)费 / 决算数=0.00",
            car + "小计 / 预算数=6.00", car + "小计 / 决算数=5.00",
            car + "公务用车购置费 / 预算数=2.00", car + "公务用车购置费 / 决算数=1.00",
            car + "公务用车运行维护费 / 预算数=4.00", car + "公务用车运行维护费 / 决算数=4.00",
            top + "公务接待费 / 预算数=3.00", top + "公务接待费 / 决算数=3.00",
        ])
    }

    func testPiecesOfWrappedCellsJoinIntoTheFormsColumns() {
        // 因公出国 / （境）费 and 公务用车 / 购置费 wrapped in their cells; 公务接待费 printed after
        // both vehicle pieces on their line stands after them.
        let lines = title + [
            "财政拨款“三公”经费",
            "公务用车购置及运行维护费",
            "因公出国",
            "合计 公务用车 公务用车 公务接待费",
            "（境）费 小计",
            "购置费 运行维护费",
            measures,
            "10.00 8.00 1.00 0.00 6.00 5.00 2.00 1.00 4.00 4.00 3.00 3.00",
        ]
        XCTAssertEqual(cells(lines).count, 12)
        XCTAssertTrue(cells(lines).contains("财政拨款三公经费 / 公务接待费 / 决算数=3.00"), "\(cells(lines))")
        XCTAssertTrue(cells(lines).contains("财政拨款三公经费 / 因公出国(境)费 / 预算数=1.00"), "\(cells(lines))")
    }

    func testRowsThatAddUpNoWayPlaceNothing() {
        // No order makes 合计 the sum of the others: the header stays unread, no value placed.
        let lines = title + [
            "财政拨款“三公”经费",
            "公务用车购置及运行维护费",
            "合计 因公出国（境）费 公务接待费",
            "小计 公务用车购置费 公务用车运行维护费",
            measures,
            "99.00 8.00 1.00 0.00 6.00 5.00 2.00 1.00 4.00 4.00 3.00 3.00",
        ]
        XCTAssertEqual(cells(lines), [])
    }

    // The budget's form: no measure line, a caption naming the measure over the form's columns,
    // the vehicle parts named bare under the merged cell, and a column beside the caption whose
    // name, wrapped, ends in a measure of its own.
    private let budgetTitle = ["2026年部门“三公”经费和机关运行经费预算表", "编制部门：某某局 单位:万元"]
    private let budgetHeader = [
        "“三公”经费预算数",
        "机关运行经费预算",
        "公务用车购置及运行费",
        "数",
        "合计 因公出国(境)费 公务接待费",
        "小计 购置费 运行费",
    ]

    func testTheBudgetFormsColumnBesideTheCaptionStandsOutsideItsSums() {
        // 20.00 = 1.00 + 3.00 + 16.00 and 16.00 = 6.00 + 10.00 only with the vehicle columns last
        // among the caption's, and the column beside it after them (first, 合计 would be 20.00's
        // neighbour 1.00).
        let cells = cells(budgetTitle + budgetHeader + ["20.00 1.00 3.00 16.00 6.00 10.00 55.50"])
        let top = "三公经费预算数 / ", car = top + "公务用车购置及运行费 / "
        XCTAssertEqual(cells, [
            top + "合计=20.00", top + "因公出国(境)费=1.00", top + "公务接待费=3.00",
            car + "小计=16.00", car + "购置费=6.00", car + "运行费=10.00", "机关运行经费预算数=55.50",
        ])
    }

    func testTheBudgetFormsZeroPartsKeepTheirPrintOrder() {
        // 购置费 0.00 and 运行费 42.24 add up either way: the line prints 购置费 first.
        let cells = cells(budgetTitle + budgetHeader + ["42.24 0.00 0.00 42.24 0.00 42.24 124.56"])
        XCTAssertTrue(cells.contains("三公经费预算数 / 公务用车购置及运行费 / 运行费=42.24"), "\(cells)")
        XCTAssertTrue(cells.contains("三公经费预算数 / 公务用车购置及运行费 / 购置费=0.00"), "\(cells)")
        XCTAssertTrue(cells.contains("机关运行经费预算数=124.56"), "\(cells)")
    }

    func testTheBudgetFormWhoseRowAddsUpNoWayPlacesNothing() {
        // The header stays as read flat (nine columns for seven values, left to normalize's sums).
        let cells = cells(budgetTitle + budgetHeader + ["20.00 1.00 3.00 17.00 6.00 10.00 55.50"])
        XCTAssertFalse(cells.contains { $0.hasPrefix("机关运行经费预算数=") || $0.contains("购置费=") }, "\(cells)")
    }

    // Every row short (blank cells dropped): the order the lines' print order alone leaves (因公出国
    // before 小计 on `（境）费 小计`, the vehicle pieces before 公务接待费), each row kept where the
    // form's sums leave one column (`FormRows`).
    private let wrappedHeader = [
        "财政拨款“三公”经费",
        "公务用车购置及运行维护费",
        "因公出国",
        "合计 公务用车 公务用车 公务接待费",
        "（境）费 小计",
        "购置费 运行维护费",
    ]

    func testAShortRowUnderThePrintOrderIsPlacedByTheFormsSums() {
        // 因公出国 blank: 10.00 = 9.00 + 1.00, 9.00 = 5.00 + 4.00 (预算数), 8.00 = 8.00 + 0, 8.00 = 5.00 + 3.00.
        let cells = cells(title + wrappedHeader + [measures, "10.00 8.00 9.00 8.00 5.00 5.00 4.00 3.00 1.00 0"])
        let top = "财政拨款三公经费 / ", car = top + "公务用车购置及运行维护费 / "
        XCTAssertEqual(cells, [
            top + "合计 / 预算数=10.00", top + "合计 / 决算数=8.00",
            car + "小计 / 预算数=9.00", car + "小计 / 决算数=8.00",
            car + "公务用车购置费 / 预算数=5.00", car + "公务用车购置费 / 决算数=5.00",
            car + "公务用车运行维护费 / 预算数=4.00", car + "公务用车运行维护费 / 决算数=3.00",
            top + "公务接待费 / 预算数=1.00", top + "公务接待费 / 决算数=0",
        ])
    }

    func testAValueTheSumsLeaveUnderTwoColumnsIsRejected() {
        // 小计 6.00 / 5.00 and one part of the same amounts: 购置费 or 运行维护费, the sums do not tell.
        let doc = FamilyFixture.extract(title + wrappedHeader + [measures, "10.00 8.00 6.00 5.00 6.00 5.00 4.00 3.00"])
        let cells = doc.tables.flatMap { $0.sections.flatMap { s in s.rows.flatMap { $0.cells.map { "\(s.columns[$0.column].joined)=\($0.text)" } } } }
        let top = "财政拨款三公经费 / ", car = top + "公务用车购置及运行维护费 / "
        XCTAssertEqual(cells, [
            top + "合计 / 预算数=10.00", top + "合计 / 决算数=8.00",
            car + "小计 / 预算数=6.00", car + "小计 / 决算数=5.00",
            top + "公务接待费 / 预算数=4.00", top + "公务接待费 / 决算数=3.00",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), ["6.00", "5.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.formCellUntold.description])
    }
}
