import XCTest
@testable import BudgetETL

/// pdftotext lays out each page on its own: a spreadsheet's second page comes out narrower, its
/// columns several characters left of the first page's. A line whose own positions leave its
/// placement open takes the shift of a certain line on its own page, not of one on the next page
/// (a page break shown by the blank lines where its furniture was).
final class ExtractFamilyPageShiftTests: XCTestCase {
    func testLoneLineNumberTakesTheShiftOfItsOwnPage() {
        let doc = FamilyFixture.extract([
            "                        财政拨款收入支出决算总表",                                                        // 1
            "单位：元",                                                                                      // 2
            "         收入                                                支出",                                 // 3
            "  项目        行次             金额       项目                行次            合计           财政拨款",     // 4
            "预算财政拨款           1      2573.53 服务支出                     33",                                  // 5
            "款                2                 二、外交支出                  34",                                   // 6
            "",                                                                                             // 7
            "",                                                                                             // 8
            "\u{0C}",                                                                                       // 9
            "经营财政拨款   3                三、国防支出   35",                                                        // 10
            "         4                卫生健康支出       36   2573.53   2573.53",                                     // 11
            "本年收入合计   5   2573.53 本年支出合计   37   2573.53   2573.53",                                          // 12
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        let spending = FamilyFixture.rows(sections[1])
        XCTAssertEqual(spending.first { $0.hasPrefix("L5 ") }, "L5 |服务支出 → 行次=33@5")
        XCTAssertEqual(spending.first { $0.hasPrefix("L11 ") }, "L11 |卫生健康支出 → 行次=36@11 合计=2573.53@11 财政拨款=2573.53@11")
    }
}
