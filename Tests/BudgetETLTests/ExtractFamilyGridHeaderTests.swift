import XCTest
@testable import BudgetETL

/// Tab header words wrapped inside their cells: a one-column cell's lines, a unit in brackets under
/// its word, a lone piece under a word that stops mid-word, and a group's parent printed one cell
/// early over a column the body leaves blank.
final class ExtractFamilyGridHeaderTests: XCTestCase {
    private func paths(_ lines: [String]) -> [String] {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：元"] + lines)
        XCTAssertEqual(doc.tables.count, 1)
        return doc.tables.first?.sections.flatMap { $0.columns.map(\.joined) } ?? []
    }

    func testAOneColumnCellsLinesAreOneWord() {
        XCTAssertEqual(paths([
            "项目\t资金\t政府预\t单位",
            "\t总额\t算资金\t资金",
            "合计\t10.00\t6.00\t4.00",
        ]), ["资金总额", "政府预算资金", "单位资金"])
    }

    func testAUnitInBracketsJoinsTheWordAboveIt() {
        XCTAssertEqual(paths([
            "项目\t项目金额\t\t",
            "\t（万元）\t\t",
            "\t资金总额\t政府预算资金\t单位资金",
            "合计\t10.00\t6.00\t4.00",
        ]), ["项目金额(万元) / 资金总额", "项目金额(万元) / 政府预算资金", "项目金额(万元) / 单位资金"])
    }

    func testALonePieceUnderAWordThatStopsMidWordJoinsIt() {
        XCTAssertEqual(paths([
            "项目\t合计\t一般公共预算\t",
            "\t\t小计\t其中：",
            "\t\t\t财政拨款",
            "合计\t10.00\t10.00\t8.00",
        ]), ["合计", "一般公共预算 / 小计", "一般公共预算 / 其中：财政拨款"])
    }

    func testAWordOverAGroupIsNoWrappedCell() {
        // 基本 heads 人员经费 and 公用经费 (its right cell is blank): not one cell with them.
        XCTAssertEqual(paths([
            "项目\t合计\t基本支出\t",
            "\t\t人员经费\t公用经费",
            "合计\t10.00\t6.00\t4.00",
        ]), ["合计", "基本支出 / 人员经费", "基本支出 / 公用经费"])
    }

    func testAFlattenedWebHeaderIsNoWrappedCell() {
        // The sub-headers of 比上年增减情况 printed from the first position, under 项目 and 上年决算数.
        XCTAssertEqual(paths([
            "项目 | 上年决算数 | 本年决算数 | 比上年增减情况",
            "增减金额 | 增减幅度",
            "合计 | 300.00 | 280.00 | -20.00 | -6.67%",
        ]), ["上年决算数", "本年决算数", "比上年增减情况 / 增减金额", "比上年增减情况 / 增减幅度"])
    }
}
