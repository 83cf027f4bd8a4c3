import XCTest
@testable import BudgetETL

/// Text columns beside a column the header names as the rows' names (项目名称 | 建设地点 |
/// 建设内容): facts printed about the row, not pieces of its name.
final class ExtractNamedColumnTests: XCTestCase {
    func testTheNamedColumnAloneNamesTheRow() {
        let doc = FamilyFixture.extract([
            "某区资金分配表",
            "序号 | 项目名称 | 建设地点 | 建设内容 | 分配金额(万元) | 责任单位 |",
            "1 | 甲村道路项目 | 甲镇 | 修建道路300米,宽4米。 | 20 | 交通局 |",
            "2 | 乙村水渠项目 | 乙镇 | 新建水渠1000米。 | 75 | 水利局 |",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.map(\.label), ["甲村道路项目", "乙村水渠项目"])
        XCTAssertEqual(FamilyFixture.rows(section).map { $0.components(separatedBy: "分配金额(万元)=").last ?? "" }, ["20@3", "75@4"])
    }

    func testNamedColumnOnlyWhereTheColumnsAfterItAreNamedByNoNameWord() {
        let header = [["序号", "项目名称", "建设地点", "建设内容", "金额"]]
        XCTAssertEqual(ColumnGrid.namingColumns([1, 2, 3], header: header), [1])
        // A group column left of the name column still heads the row.
        XCTAssertEqual(ColumnGrid.namingColumns([0, 1], header: [["年度主要任务", "任务名称", "主要内容"]]), [0, 1])
        XCTAssertEqual(ColumnGrid.namingColumns([0, 1, 2], header: [["分组", "项目名称", "地点", "金额"]]), [0, 1])
        // Two name columns, an unnamed one, a level of names: the columns name the row together.
        XCTAssertEqual(ColumnGrid.namingColumns([1, 2], header: [["序号", "单位名称", "项目名称", "金额"]]), [1, 2])
        XCTAssertEqual(ColumnGrid.namingColumns([1, 2], header: [["序号", "项目名称", "", "金额"]]), [1, 2])
        XCTAssertEqual(ColumnGrid.namingColumns([0, 1], header: [["指标名称", "三级指标", "金额"]]), [0, 1])
        XCTAssertEqual(ColumnGrid.namingColumns([0, 1], header: [["项目名称", "科目", "金额"]]), [0, 1])
        XCTAssertEqual(ColumnGrid.namingColumns([1], header: header), [1])
    }
}
