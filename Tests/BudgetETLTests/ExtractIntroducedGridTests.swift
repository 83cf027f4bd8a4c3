import XCTest
@testable import BudgetETL

/// Cells closed by " |" one per line, rows of a name then a count padded with "||" to the width,
/// under a sentence announcing the table (…如下:) instead of a title.
final class ExtractIntroducedGridTests: XCTestCase {
    private let lines = [
        "一、机构情况",
        "本年度纳入汇编范围的单位共 7 个,分类说明如下:",
        "项目 |", "数量 |", "比上年增减 |", "变动原因说明 |",
        "合 计 |", "|||",
        "一、按单位性质 |", "7 |", "||",
        "行政单位 |", "2 |", "||",
        "事业单位 |", "5 |", "||",
        "其他 |", "|||",
    ]

    func testRowsOfANameThenNumbersPaddedToTheWidthFoldUnderAOneNameColumnHeader() {
        let folded = ClosedCells.folded(Array(lines.dropFirst(2)))
        XCTAssertEqual(folded.filter { !$0.isEmpty }.first, "项目 | 数量 | 比上年增减 | 变动原因说明 |")
        XCTAssertTrue(folded.contains("行政单位 | 2 |  |  |"), "\(folded)")
        // Under a header of two name columns the name could span both: the pads do not fold it.
        let twoNames = ["项目 |", "行次 |", "数量 |", "说明 |", "合计 |", "|||", "甲 |", "7 |", "||", "乙 |", "2 |", "||"]
        XCTAssertNil(ClosedCells.rows(in: twoNames[...], from: 0))
        XCTAssertNotNil(ClosedCells.rows(in: lines[2...], from: 2))
        XCTAssertTrue(ClosedCells.isNameThenNumbers(["甲", "7", "", ""]))
        XCTAssertFalse(ClosedCells.isNameThenNumbers(["甲", "乙", "", ""]))
        XCTAssertFalse(ClosedCells.isNameThenNumbers(["甲", "7", "", "8"]))
    }

    func testASentenceEndingAsFollowsHeadsAnUntitledTable() {
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.map(\.title), [""])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows).filter { !$0.cells.isEmpty }
        XCTAssertEqual(rows.map { "\($0.label)=\($0.cells.map { "\($0.column):\($0.text)" }.joined())" },
                       ["一、按单位性质=0:7", "行政单位=0:2", "事业单位=0:5"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        // A sentence that does not say the table follows heads nothing.
        XCTAssertFalse(RegionFinder.introducesGrid(at: 0, in: ["单位共 7 个。", "项目\t数量\t说明"]))
        XCTAssertTrue(RegionFinder.introducesGrid(at: 0, in: ["分类说明如下:", "项目\t数量\t说明"]))
        XCTAssertFalse(RegionFinder.introducesGrid(at: 0, in: ["分类说明如下:", "甲\t7\t说明"]))
    }
}
