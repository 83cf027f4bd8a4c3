import XCTest
@testable import BudgetETL

/// A table pasted one closed cell per line whose pads tell where each row ends: a row of a name
/// and blank cells only (a heading) is a whole row, never the start of the row below's name.
final class ExtractClosedHeadingRowsTests: XCTestCase {
    static let lines = ["说明如下:", "项目 |", "数量 |", "比上年增减 |", "变动原因说明 |",
                        "合 计 |", "|||",
                        "一、甲类 |", "10 |", "||",
                        "行政单位 |", "1 |", "||",
                        "其他 |", "|||",
                        "企业 |", "|||",
                        "二、乙类 |", "|||",
                        "一级单位 |", "1 |", "||",
                        "二级单位 |", "|||"]

    func testAPaddedHeadingRowIsWrittenAsATabRowWithItsBlankCells() {
        let folded = ClosedCells.folded(Self.lines)
        XCTAssertEqual(folded[17], "二、乙类\t\t\t")
        XCTAssertEqual(folded[13], "其他\t\t\t")
        // A row with a value stays a `|` row; the header too.
        XCTAssertEqual(PipeCells.asTabs(folded[19]), "一级单位\t1\t\t")
        XCTAssertEqual(PipeCells.asTabs(folded[1]), "项目\t数量\t比上年增减\t变动原因说明")
    }

    func testAHeadingRowLendsItsNameToNoRowBelow() {
        let doc = FamilyFixture.extract(Self.lines)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0]).filter { !$0.hasSuffix("→ ") }
        XCTAssertEqual(rows, ["L8 |一、甲类 → 数量=10@8", "L11 |行政单位 → 数量=1@11", "L20 |一级单位 → 数量=1@20"])
        let labels = doc.tables[0].sections[0].rows.map(\.label)
        XCTAssertTrue(labels.contains("二、乙类") && labels.contains("企业") && labels.contains("其他"), "\(labels)")
    }

    func testOnlyABodyRowOfANameAndBlanksIsAHeading() {
        XCTAssertTrue(ClosedCells.isHeading(["二、乙类", "", "", ""]))
        XCTAssertFalse(ClosedCells.isHeading(["一级单位", "1", "", ""]))
        XCTAssertFalse(ClosedCells.isHeading(["10", "", ""]))
        XCTAssertFalse(ClosedCells.isHeading(["", "", ""]))
        XCTAssertFalse(ClosedCells.isHeading(["甲"]))
    }
}
