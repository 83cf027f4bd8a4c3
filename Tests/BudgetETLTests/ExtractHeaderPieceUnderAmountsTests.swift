import XCTest
@testable import BudgetETL

/// pdftotext -layout text whose header wraps a rate column's name over three lines around the
/// line of the other columns' names (`比上年` / … / `（同比）+-%`): the last piece is the header's,
/// not the first row's name, though a whole number of that row stands before the rate. A whole
/// number under a header word naming an amount (2024年决算数) is that amount, never a code that
/// leaves room for a name after it.
final class ExtractHeaderPieceUnderAmountsTests: XCTestCase {
    static let lines = [
        "         2024年某省财政收支决算总表",
        "                                                     单位:万元",
        "",
        "                                                   比上年",
        "         预算科目       2023年决算数       2024年决算数",
        "                                                  （同比）+-%",
        "",
        "全省收入合计                  15571376       16559268             6.3",
        "",
        " 一般公共预算收入               13961466       14523421             4.0",
        "",
        "全省支出合计                  64735008       70042749             8.2",
    ]

    func testTheRateColumnKeepsItsLastHeaderPieceAndIsNoMoney() {
        let doc = FamilyFixture.extract(Self.lines)
        let section = doc.tables[0].sections[0]
        XCTAssertTrue(section.columns.map(\.joined).contains("比上年（同比）+-%"), "\(section.columns.map(\.joined))")
        XCTAssertEqual(section.rows.map(\.label), ["全省收入合计", "一般公共预算收入", "全省支出合计"])
        XCTAssertTrue(FamilyFixture.rows(section)[0].hasSuffix("比上年（同比）+-%=6.3@8"), FamilyFixture.rows(section)[0])
    }

    func testAWholeNumberUnderAnAmountWordLeavesNoCodeSlot() {
        let header = TableLines.prepare("         预算科目       2023年决算数       2024年决算数", number: 1, tab: false, mangled: false, aligned: true)
        let row = TableLines.prepare("全省收入合计                  15571376       16559268             6.3", number: 2, tab: false, mangled: false, aligned: true)
        XCTAssertEqual(TableLines.codeSlots(row).count, 1)
        XCTAssertTrue(TableLines.codeSlots(row, under: [header][...]).isEmpty)
    }
}
