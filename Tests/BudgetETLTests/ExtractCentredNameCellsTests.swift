import XCTest
@testable import BudgetETL

/// A list of projects through pdftotext -layout: cells of words between the name and the amount,
/// every cell centred on its row, a name of several lines printed evenly above and below the
/// amount line. Each row is named by its name column's pieces alone.
final class ExtractCentredNameCellsTests: XCTestCase {
    func testNamePiecesCentredOnTheirAmountLines() {
        let doc = FamilyFixture.extract([
            "                   某市2031年新增地方政府债券安排情况表",
            "                                                                                单位：亿元",
            "",
            "                                                                               发行时间",
            "       项目名称           项目编号             项目领域         项目实施单位      债券性质   债券规模",
            "                                                                               （年/月）",
            "",
            "东城区第一人民医院新址 DX990000361007-",
            "                                   1201公立医院      东城区第一人民医院      专项债券   1.20    2031/10/24",
            "扩建工程        00000001",
            "",
            "                 DX990000361008-                 西山县人民医院附属第二门",
            "门诊楼                                1201公立医院                     专项债券   1.00    2031/10/24",
            "                 00000001                        诊中心",
            "北岭农业职业学院新",
            "            DX990000360000005-",
            "校区建设项目（一期工程                        903普通高校       北岭农业职业学院     专项债券   3.00    2031/10/24",
            "            00000001",
            "）首批项目",
            "东城区妇幼保健院新建门 DX990000361009-",
            "                                   1201公立医院      东城区妇幼保健院       专项债券   0.80    2031/10/24",
            "诊楼及病房楼建设项目  00000002",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        // Two pieces around the amount line; one on it; three two lines apart (the code's pieces
        // between), the first as far from the row above as from its own.
        XCTAssertEqual(section.rows.map { TextRepair.compact($0.label) }, [
            "东城区第一人民医院新址扩建工程", "门诊楼", "北岭农业职业学院新校区建设项目(一期工程)首批项目", "东城区妇幼保健院新建门诊楼及病房楼建设项目",
        ])
        XCTAssertEqual(section.rows.map { $0.cells.filter { !$0.text.contains("/") }.map(\.text) }, [["1.20"], ["1.00"], ["3.00"], ["0.80"]])
    }

    func testPiecesThatDoNotShareOutLeaveNoNames() {
        let piece = { (line: Int) in [Token(text: "甲", line: line, column: 0)] }
        // Centred: two pieces around the first amount line, one on the second.
        XCTAssertEqual(CentredNameCells.shared([4: piece(4), 6: piece(6), 8: piece(8)], amountLines: [5, 8]), [5: "甲甲", 8: "甲"])
        // A piece above the first amount line with none below it: not centred on any row.
        XCTAssertNil(CentredNameCells.shared([4: piece(4), 8: piece(8)], amountLines: [5, 8]))
        // A piece between two amount lines, as far from each, paired on both sides: which row's is untold.
        XCTAssertNil(CentredNameCells.shared([1: piece(1), 5: piece(5), 9: piece(9)], amountLines: [3, 7]))
    }
}
