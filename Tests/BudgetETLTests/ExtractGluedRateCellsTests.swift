import XCTest
@testable import BudgetETL

/// An amount and the rate in the next cell printed as one word (`2100%`: 2 and 100%), as a
/// converter that joins characters set close and places a word by its first character prints them.
final class ExtractGluedRateCellsTests: XCTestCase {
    private let names = ["全年预算数", "全年执行数", "系统查询全年执行数", "预算执行率", "资金管理得分率"]
    private let anchors = [20.5, 26.5, 31.5, 37.5, 42.5]

    private func section(_ names: [String]) -> AlignedHeader.Section {
        AlignedHeader.Section(name: "", leaves: zip(names, anchors).map { AlignedHeader.Leaf(path: [$0], role: .value, anchor: $1) })
    }

    /// The texts left on the segment and the rejected ones, after the rule.
    private func read(_ values: [(String, Int)], columns: [Int], names: [String]? = nil) -> (kept: [String], rejected: [String]) {
        var segments = [AlignedGridReader.Segment(section: 0, line: 1, values: values.map { Token(text: $0.0, line: 1, column: $0.1) },
                                                  columns: columns)]
        let rejects = GluedRateCells.rejected(&segments, [section(names ?? self.names)], pages: [])
        XCTAssertTrue(rejects.allSatisfy { $0.reason == .cellsGlued })
        return (segments[0].values.map(\.text), rejects.map(\.text))
    }

    func testAmountGluedToTheRateAfterItIsRejected() {
        // Values end 3.5 right of their words' centres; 2 of the blank 系统查询 column would end at 35.
        let read = read([("2", 23), ("2", 29), ("2100%", 34), ("99.5%", 41)], columns: [0, 1, 3, 4])
        XCTAssertEqual(read.kept, ["2", "2", "99.5%"])
        XCTAssertEqual(read.rejected, ["2100%"])
        XCTAssertEqual(self.read([("1.5", 21), ("1.38", 26), ("1.3892%", 31), ("99%", 43)], columns: [0, 1, 3, 4]).rejected, ["1.3892%"])
        // Placed under the amount's column (the rate's blank): the same two cells.
        XCTAssertEqual(self.read([("2", 23), ("2", 28), ("18.88100%", 30), ("99.5%", 41)], columns: [0, 1, 2, 4]).rejected, ["18.88100%"])
    }

    func testRateStandingWhereItsColumnPutsItIsKept() {
        // 100% ends where its column's values end: no cut of it ends under the blank column.
        XCTAssertEqual(read([("2", 23), ("2", 29), ("100%", 37), ("99.5%", 41)], columns: [0, 1, 3, 4]).rejected, [])
        // The column before it is filled: nothing is glued to it.
        XCTAssertEqual(read([("2", 23), ("2", 29), ("2", 34), ("2100%", 36), ("99.5%", 41)], columns: [0, 1, 2, 3, 4]).rejected, [])
    }

    func testRateAfterARateColumnIsKept() {
        // The blank column before holds rates as well: `2` | `100%` is no amount beside a rate.
        let names = ["全年预算数", "全年执行数", "完成率", "预算执行率", "资金管理得分率"]
        XCTAssertEqual(read([("2", 23), ("2", 29), ("2100%", 34), ("99.5%", 41)], columns: [0, 1, 3, 4], names: names).rejected, [])
    }

    func testAColumnOfRatesNamedByNoRatesWordIsToldByItsValues() {
        // 增长比 names no rate, but its values are rates: 19093 | 22.04% glued as 1909322.04%.
        let section = AlignedHeader.Section(name: "", leaves: zip(["本期", "上期", "增长额", "增长比"], [28.0, 41.0, 53.5, 66.5])
            .map { AlignedHeader.Leaf(path: [$0], role: .value, anchor: $1) })
        let line = { (n: Int, values: [(String, Int)], columns: [Int]) in
            AlignedGridReader.Segment(section: 0, line: n, values: values.map { Token(text: $0.0, line: n, column: $0.1) }, columns: columns)
        }
        var segments = [line(1, [("105721", 30), ("86628", 44), ("1909322.04%", 57)], [0, 1, 3]),
                        line(2, [("5053.28", 30), ("5363.02", 43), ("-309.74", 55), ("-5.78%", 69)], [0, 1, 2, 3])]
        let rejects = GluedRateCells.rejected(&segments, [section], pages: [])
        XCTAssertEqual(rejects.map(\.text), ["1909322.04%"])
        XCTAssertEqual(segments[1].values.count, 4)
    }

    func testALikelyRateIsKeptWhereverItStands() {
        // 20.00% holds no more digits than a rate prints: read as the rate it looks like.
        XCTAssertEqual(read([("2", 23), ("2", 29), ("20.00%", 34), ("99.5%", 41)], columns: [0, 1, 3, 4]).rejected, [])
        XCTAssertTrue(GluedRateCells.unlikelyRate("2100%"))
        XCTAssertTrue(GluedRateCells.unlikelyRate("1.3892%"))
        XCTAssertFalse(GluedRateCells.unlikelyRate("699.83%"))
    }

    func testALikelyRateWhereOtherRowsPrintTheTwoCellsGluedIsRejected() {
        // Two rows print 系统查询 and 预算执行率 as one unlikely rate; on the third the same cut leaves a
        // likely one (2 | 3.45%): glued as the others are. With one such row only, it is kept.
        let line = { (n: Int, values: [(String, Int)]) in
            AlignedGridReader.Segment(section: 0, line: n, values: values.map { Token(text: $0.0, line: n, column: $0.1) },
                                      columns: [0, 1, 3, 4])
        }
        let rows = [line(1, [("2", 23), ("2", 29), ("2100%", 34), ("99.5%", 41)]),
                    line(2, [("1.5", 21), ("1.38", 26), ("1.3892%", 31), ("99%", 43)]),
                    line(3, [("58", 22), ("2", 29), ("23.45%", 34), ("96.5%", 41)])]
        var segments = rows
        XCTAssertEqual(GluedRateCells.rejected(&segments, [section(names)], pages: []).map(\.text), ["2100%", "1.3892%", "23.45%"])
        var one = [rows[0], rows[2]]
        XCTAssertEqual(GluedRateCells.rejected(&one, [section(names)], pages: []).map(\.text), ["2100%"])
    }

    func testARateOfMoreDigitsThanAnyTablePrintsIsRejectedWhereverItStands() {
        // Under an amount's column, the rate's column told by nothing (its other cells glued too).
        let section = AlignedHeader.Section(name: "", leaves: zip(["本期", "上期", "增长额", "增长比"], [28.0, 41.0, 53.5, 66.5])
            .map { AlignedHeader.Leaf(path: [$0], role: .value, anchor: $1) })
        var segments = [AlignedGridReader.Segment(section: 0, line: 1, values: [("105721", 30), ("86628", 44), ("1909322.04%", 57)]
            .map { Token(text: $0.0, line: 1, column: $0.1) }, columns: [0, 1, 2])]
        XCTAssertEqual(GluedRateCells.rejected(&segments, [section], pages: []).map(\.text), ["1909322.04%"])
        XCTAssertEqual(segments[0].columns, [0, 1])
        XCTAssertTrue(GluedRateCells.impossibleRate("48598600703.33%"))
        XCTAssertTrue(GluedRateCells.impossibleRate("123456%"))
        XCTAssertFalse(GluedRateCells.impossibleRate("12345%"), "a growth rate may print so")
        XCTAssertFalse(GluedRateCells.impossibleRate("1909322.04"), "no rate")
    }

    func testCutsKeepNumbersAsPrinted() {
        // `21` | `00%` prints no number; `2` | `100%` and `210` | `0%` do.
        XCTAssertEqual(GluedRateCells.amountEnds(of: Token(text: "2100%", line: 1, column: 10)), [11, 13])
    }

    /// A rate glued to a name closing on its unit sign: cut apart, the rate where its characters stand.
    func testARateGluedToANameEndingInItsSignIsCutOff() {
        let cut = AlignedGridReader.rateAfterName(Token(text: "收入的比重%23%", line: 1, column: 8))
        XCTAssertEqual(cut.map(\.text), ["收入的比重%", "23%"])
        XCTAssertEqual(cut.map(\.column), [8, 14])
        XCTAssertEqual(AlignedGridReader.rateAfterName(Token(text: "占比(%)9.5%", line: 1, column: 0)).map(\.text), ["占比(%)", "9.5%"])
        // A name ending in its sign alone, or a rate inside a name, stays whole.
        for text in ["增幅%", "药占比(不含中药饮片)%", "增长5%", "23%"] {
            XCTAssertEqual(AlignedGridReader.rateAfterName(Token(text: text, line: 1, column: 0)).map(\.text), [text])
        }
    }
}

