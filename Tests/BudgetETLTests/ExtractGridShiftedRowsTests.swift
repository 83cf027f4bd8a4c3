import XCTest
@testable import BudgetETL

/// Tab rows one cell right of their header (a converter that added an empty cell after the name):
/// rows whose last cell runs past the header are moved back, and so are the rows printed the same
/// way that end before it (their last cell left blank).
final class ExtractGridShiftedRowsTests: XCTestCase {
    private func rows(_ body: [String]) -> [String] {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元",
                                         "一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析"] + body)
        XCTAssertEqual(doc.tables.count, 1)
        guard let section = doc.tables.first?.sections.first else { return [] }
        return section.rows.map { row in
            "\(row.label) " + row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.joined(separator: " ")
        }
    }

    func testARowShapedLikeAMovedRowIsMovedToo() {
        XCTAssertEqual(rows([
            "产出指标\t完成率\t\t≥90%\t98%\t10\t9.8\t按期完成",
            "\t满意度\t\t≥90%\t95%\t5\t5\t",
        ]), [
            // (a target in words, ≥90%, is no number: it stays in the row's name text)
            "产出指标 完成率 ≥90% 实际完成值=98% 分值=10 得分=9.8",
            "满意度 ≥90% 实际完成值=95% 分值=5 得分=5",
        ])
    }

    func testATotalRowWithBlankCellsAfterItsNameStaysInPlace() {
        XCTAssertEqual(rows([
            "产出指标\t完成率\t\t≥90%\t98%\t10\t9.8\t按期完成",
            "总分\t\t\t100%\t10\t9.8\t",
        ]).last, "总分 实际完成值=100% 分值=10 得分=9.8")
    }

    func testARowWithItsFirstMeasureFilledStaysInPlace() {
        XCTAssertEqual(rows([
            "产出指标\t完成率\t\t≥90%\t98%\t10\t9.8\t按期完成",
            "\t满意度\t95%\t95%\t5\t5\t\t",
        ]).last, "满意度 年度指标值=95% 实际完成值=95% 分值=5 得分=5")
    }

    /// Only a row printed one cell wider than the header carries the extra cell: a row as wide as
    /// the header stands in place (80 is its 执行数), one narrower could stand either way.
    func testARowPrintedAsWideAsTheHeaderIsNotMoved() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目\t预算数\t执行数\t原因",
                                         "甲\t\t100\t90\t超支", "乙\t\t80\t", "丙\t\t70"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        let read = section.rows.map { row in
            "\(row.label) " + row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.joined(separator: " ")
        }
        XCTAssertEqual(read, ["甲 预算数=100 执行数=90", "乙 执行数=80"])
        XCTAssertEqual(doc.rejects.map(\.text), ["70"])
    }
}
