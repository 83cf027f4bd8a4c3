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
}
