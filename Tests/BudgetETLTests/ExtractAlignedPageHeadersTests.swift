import XCTest
@testable import BudgetETL

/// pdftotext lays each page out on its own: a header printed again at a page's top may stand
/// its columns elsewhere than the first page's (here 补助, 公用 and 其他 six characters right).
/// The page's rows are placed by where its own header words stand, and the first page's full
/// rows say nothing about where that page ends its columns; a short row that the first page's
/// header would place otherwise is in doubt (pdftotext may move a page's header words without
/// its values), its columns left to the table's sums.
final class ExtractAlignedPageHeadersTests: XCTestCase {
    func testRowsUnderAHeaderPrintedAgainArePlacedByThatPagesColumns() {
        let doc = FamilyFixture.extract([
            "                部门支出预算表",                                           // 1
            "单位：万元",                                                              // 2
            "科目编码 科目名称          合计      工资    补助    公用      其他",              // 3
            "201     一般公共      30.00   12.00  8.00  4.00    6.00",                  // 4
            "20101   行政运行      30.00   12.00  8.00  4.00    6.00",                  // 5
            "\u{0C}科目编码 科目名称          合计      工资          补助    公用      其他",  // 6
            "208     社会保障      25.00   10.00       15.00",                          // 7
            "20805   养老支出      25.00   10.00       15.00",                          // 8
        ])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), [
            "L4 201|一般公共 → 合计=30.00@4 工资=12.00@4 补助=8.00@4 公用=4.00@4 其他=6.00@4",
            "L5 20101|行政运行 → 合计=30.00@5 工资=12.00@5 补助=8.00@5 公用=4.00@5 其他=6.00@5",
            "L7 208|社会保障 → 合计=25.00@7 工资=10.00@7 补助=15.00@7",
            "L8 20805|养老支出 → 合计=25.00@8 工资=10.00@8 补助=15.00@8",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        let rows = doc.tables[0].sections[0].rows
        XCTAssertEqual(rows.map { $0.cells.allSatisfy(\.guessed) }, [false, false, true, true])
    }

    func testColumnsMoveAsFarAsTheirHeaderWordsMoved() {
        func token(_ text: String, _ column: Int, line: Int = 1) -> Token { Token(text: text, line: line, column: column) }
        let first = [token("合计", 19), token("工资", 27), token("补助", 33)]
        let again = [token("合计", 19, line: 9), token("工资", 30, line: 9), token("补助", 39, line: 9)]
        let leaves = [AlignedHeader.Leaf(path: ["合计"], role: .value, anchor: 20), AlignedHeader.Leaf(path: ["工资"], role: .value, anchor: 28),
                      AlignedHeader.Leaf(path: ["补助"], role: .value, anchor: 34)]
        let moved = AlignedGridReader.movedSections([AlignedHeader.Section(name: "", leaves: leaves)], from: first, to: again)
        XCTAssertEqual(moved?.first?.leaves.map(\.anchor), [20, 31, 40])
        // A value column whose word the page does not print again keeps the first page's grid.
        XCTAssertNil(AlignedGridReader.movedSections([AlignedHeader.Section(name: "", leaves: leaves)], from: first, to: Array(again.prefix(2))))
        // Nothing moved: nothing to change.
        XCTAssertNil(AlignedGridReader.movedSections([AlignedHeader.Section(name: "", leaves: leaves)], from: first, to: first))
    }
}
