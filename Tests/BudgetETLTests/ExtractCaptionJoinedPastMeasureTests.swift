import XCTest
@testable import BudgetETL

/// A year's caption printed narrower than its three columns, over one of them only: joined to
/// that word, it leaves the bare measure before it without a caption, and which columns it heads
/// is not certain (CaptionJoinedPastMeasure): the values from that measure on are rejected, never placed.
final class ExtractCaptionJoinedPastMeasureTests: XCTestCase {
    private func section(_ names: [String]) -> AlignedHeader.Section {
        AlignedHeader.Section(name: "", leaves: names.enumerated().map {
            AlignedHeader.Leaf(path: [$1], role: .value, anchor: Double($0 * 10))
        })
    }

    func testYearCaptionJoinedAfterABareMeasureIsUncertain() {
        XCTAssertEqual(CaptionJoinedPastMeasure.uncertainColumns([section(["2019年决算数", "金额", "2021年执行数占预算%", "增长%"])]).map(\.from), [1])
    }

    func testCaptionOverItsOwnColumnsOrAWholeNameIsNot() {
        XCTAssertTrue(CaptionJoinedPastMeasure.uncertainColumns([section(["2019年决算数", "2021年执行数占预算%", "增长%"])]).isEmpty)
        XCTAssertTrue(CaptionJoinedPastMeasure.uncertainColumns([section(["金额", "2021年执行数"])]).isEmpty, "a caption alone is a column's name")
        XCTAssertTrue(CaptionJoinedPastMeasure.uncertainColumns([section(["金额", "占预算%"])]).isEmpty)
    }

    func testValuesOfSuchATableAreRejected() {
        let doc = FamilyFixture.extract([
            "              某镇一般公共预算支出执行情况表",
            "编制单位：某镇                                              单位：万元",
            "                       2021年预算调          2021年执行数",
            "    项目      2020年决算数",
            "                           整数   金额      占调整预算%      比上年增长%",
            "一、一般公共服务支",
            "                 500        600   600      100.00       20.00",
            "出",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        // `2021年执行数` as printed (a Chinese character two text columns wide) reaches over
        // `占调整预算%` too: no line of a name wrapped into `金额` but the caption of its three
        // columns (`HeaderFit.reachesPastAsPrinted`), so every value has its column.
        XCTAssertEqual(section.columns.map(\.joined), ["2020年决算数", "2021年预算调整数", "2021年执行数 / 金额",
                                                     "2021年执行数 / 占调整预算%", "2021年执行数 / 比上年增长%"])
        XCTAssertEqual(section.rows.flatMap { $0.cells.map(\.text) }, ["500", "600", "600", "100.00", "20.00"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects.map(\.reason))")
    }
}
