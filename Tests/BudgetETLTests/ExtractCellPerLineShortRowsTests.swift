import XCTest
@testable import BudgetETL

/// One cell per line, one section: rows short of the header's columns go to normalize's placement
/// by the table's sums (guessed cells), and a caption after the name column's word heads as many
/// columns as the widest row holds.
final class ExtractCellPerLineShortRowsTests: XCTestCase {
    private let lines = [
        "部门支出预算表", "单位：元",
        "项目", "一般公共预算基本支出", "部门预算经济分类科目", "编码", "经济分类科目名称", "合计", "人员经费", "公用经费", "类", "款",
        "301", "工资福利支出", "30.00", "30.00",
        "302", "商品和服务支出", "20.00", "20.00",
        "合计", "50.00", "30.00", "20.00",
    ]

    func testTheCaptionHeadsTheWidestRowsColumns() {
        let table = FamilyFixture.extract(lines).tables.first
        XCTAssertEqual(table?.sections.first?.columns.map(\.joined), ["一般公共预算基本支出 / 合计", "一般公共预算基本支出 / 人员经费", "一般公共预算基本支出 / 公用经费"])
    }

    func testShortRowsAreLeftToTheSums() {
        let rows = FamilyFixture.extract(lines).tables.first?.sections.first?.rows ?? []
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [["30.00", "30.00"], ["20.00", "20.00"], ["50.00", "30.00", "20.00"]])
        XCTAssertEqual(rows.map { $0.cells.map(\.guessed) }, [[true, true], [true, true], [false, false, false]])
    }
}
