import XCTest
@testable import BudgetETL

/// A heading printed on the line of the first row under it, in a single-space table.
final class ExtractHeadingOnRowLineTests: XCTestCase {
    func testTheRowIsNamedFromTheMarkerOfAnotherKind() {
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、收入情况", "(一)", "收入总计"]), ["(一)", "收入总计"])
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、收入情况", "1.财政补助"]), ["1.财政补助"])
        // One kind of marker, a marker alone at the end, or no marker first: as printed.
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、住房", "二、保障"]), ["一、住房", "二、保障"])
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、住房", "(一)"]), ["一、住房", "(一)"])
        XCTAssertEqual(HeadingOnRowLine.rowName(["住房保障", "(一)", "租赁"]), ["住房保障", "(一)", "租赁"])
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、", "(一)", "租赁"]), ["一、", "(一)", "租赁"])
        // A year or an amount with a point is no list marker.
        XCTAssertEqual(HeadingOnRowLine.rowName(["一、支出", "2.5倍"]), ["一、支出", "2.5倍"])
    }

    func testASingleSpaceTablesFirstRowUnderAHeadingOnItsLine() {
        let doc = FamilyFixture.extract([
            "某某医院收支情况对比表",
            "单位:元",
            "项目 2016年度 2017年度",
            "一、收入支出情况 (一) 收入总计 300.50 400.00",
            "1. 财政补助收入 100.50 150.00",
            "2. 医疗收入 200.00 250.00",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.rows.map(\.label).first.map(TextRepair.compact), "(一)收入总计")
        XCTAssertEqual(section.rows.first?.cells.map(\.text), ["300.50", "400.00"])
    }
}
