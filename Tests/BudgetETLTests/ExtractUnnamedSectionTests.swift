import XCTest
@testable import BudgetETL

/// A space-separated table whose header words were wrapped off their cells leaves most columns
/// named by blank header cells only (`栏次 N`); without a 栏次 row to number them, no value of
/// that section has a known column.
final class ExtractUnnamedSectionTests: XCTestCase {
    private func reading(_ columns: [String]) -> TableReading {
        let row = ExtractedRow(line: 7, codeParts: ["301"], label: "工资福利支出",
                               cells: [RawCell(column: 0, text: "120.00", line: 7), RawCell(column: 2, text: "80.00", line: 7)])
        return TableReading(sections: [ExtractedSection(name: "", columns: columns.map { HeaderPath([$0]) }, rows: [row])], rejects: [])
    }

    func testValuesUnderMostlyUnnamedColumnsAreRejected() {
        let out = StreamReader.withoutUnnamedSections(reading(["栏次 1", "栏次 2", "金额"]), numbered: false)
        XCTAssertEqual(out.sections[0].rows[0].cells, [])
        XCTAssertEqual(out.rejects.map(\.text), ["120.00", "80.00"])
        XCTAssertEqual(out.rejects.map(\.reason), [.headerUnknown, .headerUnknown])
        XCTAssertEqual(out.sections[0].rows[0].label, "工资福利支出")
    }

    func testNumberedOrMostlyNamedColumnsKeepTheirValues() {
        let numbered = StreamReader.withoutUnnamedSections(reading(["栏次 1", "栏次 2", "金额"]), numbered: true)
        XCTAssertEqual(numbered.sections[0].rows[0].cells.map(\.text), ["120.00", "80.00"])
        let named = StreamReader.withoutUnnamedSections(reading(["合计", "栏次 2", "金额"]), numbered: false)
        XCTAssertEqual(named.sections[0].rows[0].cells.map(\.text), ["120.00", "80.00"])
        XCTAssertTrue(named.rejects.isEmpty)
    }

    /// With a 栏次 row, a section still loses its values when its header words fit none of its
    /// columns (every column named by number although words were printed): rejected, typed.
    func testNumberedSectionWhoseWordsFitNoColumnIsRejected() {
        let out = StreamReader.withoutUnnamedSections(reading(["栏次 1", "栏次 2", "栏次 3"]), numbered: true, unplaced: [true])
        XCTAssertEqual(out.sections[0].rows[0].cells, [])
        XCTAssertEqual(out.rejects.map(\.reason), [.headerUnknown, .headerUnknown])
        let named = StreamReader.withoutUnnamedSections(reading(["本年支出", "功能分", "基本"]), numbered: true, unplaced: [true])
        XCTAssertEqual(named.rejects.map(\.text), ["120.00", "80.00"])
        let placed = StreamReader.withoutUnnamedSections(reading(["栏次 1", "栏次 2", "栏次 3"]), numbered: true, unplaced: [false])
        XCTAssertEqual(placed.sections[0].rows[0].cells.map(\.text), ["120.00", "80.00"])
    }
}
