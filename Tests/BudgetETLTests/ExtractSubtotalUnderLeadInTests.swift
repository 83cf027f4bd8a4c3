import XCTest
@testable import BudgetETL

/// A browser centres each header cell vertically: a tall 合计 prints on the middle line, between a
/// lead-in caption (其中:财政拨款收入) and the 小计 under it. That pair is a caption over its
/// group's 小计, not one wrapped name (`其中:财政拨款收入小计`): a 小计 opens a group and never
/// ends a name. Read as one name, the side captions (本年收入 | 本年支出) find no run to head and
/// the two 合计 columns lose their side: their values would stand under the wrong measure.
final class ExtractSubtotalUnderLeadInTests: XCTestCase {
    private let lines = [
        "职工医院支出情况表",
        "单位：元",
        "                                  本年收入                                本年支出",
        " 科目编码           科目名称                      其中:财政拨款收入                           其中:财政拨款支出",
        "                           合计                                  合计",
        "                                             小计                                  小计",
        "          合计             8,310,402.55       1,205,330.20    8,118,760.04       1,190,004.00",
        "208       社会保障和就业支出      8,310,402.55       1,205,330.20    8,118,760.04       1,190,004.00",
    ]

    func testSubtotalUnderALeadInIsNoTailOfItsName() {
        let prepared = lines[2...5].enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let names = AlignedHeader(header: prepared).sections.flatMap(\.leaves).map { $0.path.joined(separator: " / ") }
        XCTAssertFalse(names.contains { $0.hasSuffix("收入小计") || $0.hasSuffix("支出小计") }, "\(names)")
    }

    func testNoValueLosesItsSide() throws {
        let document = FamilyFixture.extract(lines)
        let table = try XCTUnwrap(document.tables.first)
        let placed = table.sections.flatMap { section in
            section.rows.flatMap { row in row.cells.map { section.columns[$0.column].joined } }
        }
        // Every value placed names its side; the header's 小计 alone under its caption is not
        // certain, so the values are rejected rather than put under a bare 合计.
        XCTAssertTrue(placed.allSatisfy { $0.hasPrefix("本年收入") || $0.hasPrefix("本年支出") }, "\(placed)")
        XCTAssertEqual(placed.count + document.rejects.filter { $0.text.contains(",") }.count, 8)
    }
}
