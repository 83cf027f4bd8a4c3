import XCTest
@testable import BudgetETL

/// A rate read under a column whose header states a money unit stands under a column not its own.
final class ExtractRateUnderMoneyHeaderTests: XCTestCase {
    private func cells(_ line: Int, _ values: [(Int, String)]) -> ExtractedRow {
        ExtractedRow(line: line, label: "项目\(line)", cells: values.map { RawCell(column: $0.0, text: $0.1, line: line) })
    }

    func testRateUnderAMoneyColumnIsRejectedAndAmountsStay() {
        let section = ExtractedSection(name: "", columns: [
            HeaderPath(["项目金额(万元)", "资金总额"]), HeaderPath(["项目金额(万元)", "政府预算资金"]),
            HeaderPath(["项目金额(万元)", "指标值"]), HeaderPath(["指标值"]),
        ], rows: [
            cells(1, [(0, "47"), (1, "47")]),
            cells(2, [(1, "100%")]),              // a lone rate placed under an amount column
            cells(3, [(2, "95%"), (3, "90%")]),   // under a money caption stretched over it; the last has its own column
        ])
        let checked = RateUnderMoneyHeader.checked([section])
        XCTAssertEqual(checked.sections[0].rows.map { $0.cells.map(\.text) }, [["47", "47"], [], ["90%"]])
        XCTAssertEqual(checked.rejects.map { "\($0.line):\($0.text)" }, ["2:100%", "3:95%"])
        XCTAssertTrue(checked.rejects.allSatisfy { $0.reason == .rateUnderMoneyHeader })
    }

    /// A leaf naming a rate keeps its rates under a money caption; a header with no money unit
    /// keeps everything.
    func testRateLeafOrHeaderWithoutMoneyUnitKeepsItsRates() {
        let section = ExtractedSection(name: "", columns: [
            HeaderPath(["2024年(万元)", "预算数"]), HeaderPath(["2024年(万元)", "比上年增长%"]), HeaderPath(["执行率"]),
        ], rows: [cells(1, [(0, "12.5"), (1, "3.2%"), (2, "98%")])])
        XCTAssertEqual(RateUnderMoneyHeader.checked([section]).sections, [section])
        XCTAssertTrue(RateUnderMoneyHeader.checked([section]).rejects.isEmpty)
        XCTAssertFalse(RateUnderMoneyHeader.isRate("100"))
        XCTAssertTrue(RateUnderMoneyHeader.isRate("-1.5％"))
    }

    /// A column named as an amount (`增、减金额`) holds no rate: a rate there is an amount and the
    /// next cell's rate printed as one number (`4` and `22%` as `422%`); its neighbour named as a
    /// rate keeps its own.
    func testRateUnderAnAmountLeafIsRejected() {
        let section = ExtractedSection(name: "", columns: [
            HeaderPath(["预算数"]), HeaderPath(["比上年增、减情况", "增、减金额"]), HeaderPath(["比上年增、减情况", "增、减幅度"]),
        ], rows: [cells(1, [(0, "18.15"), (1, "422%")]), cells(2, [(0, "3"), (1, "4"), (2, "133%")])])
        let checked = RateUnderMoneyHeader.checked([section])
        XCTAssertEqual(checked.sections[0].rows.map { $0.cells.map(\.text) }, [["18.15"], ["3", "4", "133%"]])
        XCTAssertEqual(checked.rejects.map { "\($0.line):\($0.text)" }, ["1:422%"])
    }
}
