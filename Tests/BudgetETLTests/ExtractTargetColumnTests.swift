import XCTest
@testable import BudgetETL

/// A performance table's target columns (指标值) hold rates and words: an amount whose position
/// leaves its column open is not slid under one while the money columns can take it.
final class ExtractTargetColumnTests: XCTestCase {
    private let paths = [["项目金额", "资金总额"], ["项目金额", "财政拨款"], ["指标值"], ["年度指标值"]]

    private func tokens(_ texts: [String]) -> [Token] {
        texts.enumerated().map { Token(text: $1, line: 7, column: 40 + 10 * $0) }
    }

    func testAmountsKeepToTheMoneyColumns() {
        // Positions favour the shifted placement (财政拨款 | 指标值) over the money columns.
        let fits = ColumnFit.candidates(ends: [64, 76], anchors: [58, 64, 76.5, 80.5])
        XCTAssertEqual(fits.first?.columns, [1, 2])
        let kept = AlignedGridReader.amountsOutOfTargets(fits, tokens(["38.50", "38.50"]), paths)
        XCTAssertEqual(kept.map(\.columns), [[0, 1]])
    }

    func testRatesAndTablesWithoutTargetsKeepEveryPlacement() {
        let fits = ColumnFit.candidates(ends: [83], anchors: [58, 64, 76.5, 80.5])
        XCTAssertEqual(AlignedGridReader.amountsOutOfTargets(fits, tokens(["95%"]), paths), fits)
        let two = ColumnFit.candidates(ends: [64, 76], anchors: [58, 64, 76.5, 80.5])
        let money = [["合计"], ["基本支出"], ["项目支出"], ["其他"]]
        XCTAssertEqual(AlignedGridReader.amountsOutOfTargets(two, tokens(["38.50", "38.50"]), money), two)
        // Three amounts cannot all stand in two money columns: nothing is dropped.
        let three = ColumnFit.candidates(ends: [58, 64, 76], anchors: [58, 64, 76.5, 80.5])
        XCTAssertEqual(AlignedGridReader.amountsOutOfTargets(three, tokens(["1.00", "2.00", "3.00"]), paths), three)
    }

    func testTargetWords() {
        XCTAssertTrue(HeaderWords.isTarget("指标值"))
        XCTAssertTrue(HeaderWords.isTarget("年度指标值"))
        XCTAssertFalse(HeaderWords.isTarget("三级指标"))
        XCTAssertFalse(HeaderWords.isTarget("资金总额"))
    }

    /// A line whose positions alone would settle it with an amount under a target column (a row
    /// without its name, so without the push a name gives its values) is placed with its
    /// neighbours, in the money columns.
    func testALineWhosePositionsPutAnAmountUnderATargetIsPlacedWithItsNeighbours() {
        let leaves = zip(paths, [47.0, 56.5, 64.0, 69.0]).map { AlignedHeader.Leaf(path: $0, role: .value, anchor: $1) }
        let sections = [AlignedHeader.Section(name: "", leaves: leaves)]
        func segment(_ line: Int, _ values: [(String, Int)], named: Bool) -> AlignedGridReader.Segment {
            AlignedGridReader.Segment(section: 0, line: line, codes: [Token(text: "1010\(line)", line: line, column: 0)],
                                      labels: named ? [Token(text: "某某经费", line: line, column: 25)] : [],
                                      values: values.map { Token(text: $0.0, line: line, column: $0.1) })
        }
        var segments = [segment(1, [("424.00", 46), ("424.00", 56)], named: true),
                        segment(2, [("47.00", 47), ("47.00", 57)], named: true),
                        segment(3, [("55.00", 37), ("55.00", 52)], named: false),
                        segment(4, [("60.00", 47), ("60.00", 57)], named: true)]
        XCTAssertEqual(ColumnFit.candidates(ends: [42, 57], anchors: [47, 56.5, 64, 69]).first?.columns, [0, 2])
        AlignedGridReader.place(&segments, sections)
        XCTAssertEqual(segments.map(\.columns), [[0, 1], [0, 1], [0, 1], [0, 1]])
    }
}
