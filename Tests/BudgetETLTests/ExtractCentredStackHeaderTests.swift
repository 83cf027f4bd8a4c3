import XCTest
@testable import BudgetETL

/// A header of vertically centred cells printed line by line by height, positions lost: one-line
/// cells on the middle line, two-line cells' pieces around it, three-line cells' pieces above, on
/// and below it. The lines' word counts leave several readings; the name column's word, the rates'
/// columns and a rate named as one column over another (`执行数为调整预算数的%`) leave one.
final class ExtractCentredStackHeaderTests: XCTestCase {
    private func lines(_ texts: [String]) -> [TableLines.Line] {
        texts.enumerated().map { TableLines.prepare($0.element, number: $0.offset + 1, tab: false, mangled: false) }
    }

    /// 项目 | 调整预算数 (two lines) | 执行数 | 执行数为调整预算数的% (three lines) | 执行数为上年执行数的% (two lines).
    private let centred = ["执行数为", "调整  执行数为", "项  目  执行数  调整", "预算数  上年执行数的%", "预算数的%"]

    func testTheOneReadingWhoseNamedRateHoldsNamesTheColumns() {
        let rows = [["200", "210", "105.0%", "110.0%"], ["100", "99", "99.0%", "98.0%"], ["50", "60", "120.0%", "90.0%"]]
        XCTAssertEqual(CentredStackHeader.paths(lines(centred), rows: rows)?.map(\.joined),
                       ["调整预算数", "执行数", "执行数为调整预算数的%", "执行数为上年执行数的%"])
    }

    func testNoReadingWhenTheNamedRateHoldsInNone() {
        // The first rate is neither amount over the other here: no reading's named rate holds.
        let rows = [["200", "210", "101.0%", "110.0%"], ["100", "99", "97.0%", "98.0%"], ["50", "60", "100.0%", "90.0%"]]
        XCTAssertNil(CentredStackHeader.paths(lines(centred), rows: rows))
    }

    func testNoReadingWithoutARateNamingTwoColumns() {
        // Without a rate of two columns the rows cannot tell the two-line from the one-line cells'
        // order (调整预算数 | 执行数 or 执行数 | 调整预算数).
        let header = ["调整  增长", "项  目  执行数", "预算数  率%"]
        let rows = [["200", "210", "5.0%"], ["100", "99", "-1.0%"]]
        XCTAssertNil(CentredStackHeader.paths(lines(header), rows: rows))
    }

    func testTheRatesTellWhichAmountIsWhich() {
        // 调整预算数 over 执行数: the first amount is 执行数.
        let rows = [["210", "200", "105.0%", "110.0%"], ["99", "100", "99.0%", "98.0%"], ["60", "50", "120.0%", "90.0%"]]
        XCTAssertEqual(CentredStackHeader.paths(lines(centred), rows: rows)?.map(\.joined),
                       ["执行数", "调整预算数", "执行数为调整预算数的%", "执行数为上年执行数的%"])
    }

    func testRatesUnderRateNamesOnly() {
        // Rates printed under a column named as an amount rule the reading out.
        let rows = [["200", "210", "105.0%", "110.0%"], ["100", "99%", "99.0%", "98.0%"], ["50", "60", "120.0%", "90.0%"]]
        XCTAssertNil(CentredStackHeader.paths(lines(centred), rows: rows))
    }

    func testAShareHoldsWithinTheAmountsRounding() {
        // 500 ÷ 11 = 4545.45%, but 500.5 ÷ 11 = 4550.0%: a rate worked out from the unrounded
        // amounts. 4800.0% is beyond any rounding (500.5 ÷ 10.5 = 4766.7%).
        func rows(_ rate: String) -> [[ExactDecimal?]] {
            [["11", "500", rate], ["200", "210", "105.0"]].map { $0.map { ExactDecimal.parse($0) } }
        }
        XCTAssertTrue(RateColumns.isShare(2, of: 1, over: 0, in: rows("4545.5"), minimumRows: 2))
        XCTAssertTrue(RateColumns.isShare(2, of: 1, over: 0, in: rows("4550.0"), minimumRows: 2))
        XCTAssertFalse(RateColumns.isShare(2, of: 1, over: 0, in: rows("4800.0"), minimumRows: 2))
        XCTAssertFalse(RateColumns.isShare(2, of: 0, over: 1, in: rows("4550.0"), minimumRows: 1))
    }

    func testShareParts() {
        XCTAssertTrue(CentredStackHeader.shareParts("执行数为调整预算数的%").map { $0 == ("执行数", "调整预算数") } ?? false)
        XCTAssertTrue(CentredStackHeader.shareParts("执行数为预算数%").map { $0 == ("执行数", "预算数") } ?? false)
        XCTAssertNil(CentredStackHeader.shareParts("为预算的%"))
        XCTAssertNil(CentredStackHeader.shareParts("执行数为预算数"))
    }

    func testATableUnderACentredHeaderIsReadByIt() {
        let doc = FamilyFixture.extract(["某市一般公共预算收入执行情况表", "单位：万元"] + centred + [
            "一、税收收入  200 210 105.0%110.0%",
            "增值税  100 99 99.0%98.0%",
            "二、非税收入  50 60 120.0%90.0%",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertEqual(rows, [
            "L8 |一、税收收入 → 调整预算数=200@8 执行数=210@8 执行数为调整预算数的%=105.0%@8 执行数为上年执行数的%=110.0%@8",
            "L9 |增值税 → 调整预算数=100@9 执行数=99@9 执行数为调整预算数的%=99.0%@9 执行数为上年执行数的%=98.0%@9",
            "L10 |二、非税收入 → 调整预算数=50@10 执行数=60@10 执行数为调整预算数的%=120.0%@10 执行数为上年执行数的%=90.0%@10",
        ])
    }
}
