import XCTest
@testable import BudgetETL

/// A header printed one piece of a column's name per line, each name closed by its unit in brackets:
/// the names make one header line, a table though no header word is printed, and a name alone under
/// it heads a group of rows.
final class ExtractUnitClosedHeaderTests: XCTestCase {
    static let page = ["3-1  各县主要指标(2020年)", "   ", "人口", "(万人)", "", "", "财政", "预算收入", "(万元)", "",
                       "财政", "预算支出", "(万元)", "     ", "甲市", "  一区 56.0 1305958 562324", "  二县 37.4 153367 258038", "乙市",
                       "  三县 20.5 90227 282950"]

    func testPiecesUpToEachUnitAreOneColumnsName() {
        let folded = UnitClosedHeader.folded(Self.page)
        XCTAssertEqual(folded[2], "人口(万人) 财政预算收入(万元) 财政预算支出(万元)")
        XCTAssertTrue(folded[3...13].allSatisfy { $0.isEmpty }, "\(folded)")
        XCTAssertEqual(Array(folded[14...]), Array(Self.page[14...]))
    }

    /// A piece with a digit or a sentence, a name without its unit, or no rows after the units: left.
    func testFoldedOnlyWhereEveryNameIsClosedAndRowsFollow() {
        let unclosed = ["人口", "(万人)", "财政", "预算收入", "  一区 56.0 1305"]
        XCTAssertEqual(UnitClosedHeader.folded(unclosed), unclosed)
        let oneName = ["人口", "(万人)", "  一区 56.0 1305"]
        XCTAssertEqual(UnitClosedHeader.folded(oneName), oneName)
        let prose = ["人口", "(万人)", "财政收入", "(万元)", "说明:数据来自统计局。"]
        XCTAssertEqual(UnitClosedHeader.folded(prose), prose)
    }

    func testTheFoldedHeaderHeadsRowsUnderGroupHeadingsInTheColumnsUnits() {
        let doc = Extractor(catalog: Catalog(kinds: [])).extract(bytes: Array(Self.page.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["人口(万人)", "财政预算收入(万元)", "财政预算支出(万元)"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L15 |甲市 → ", "L16 |一区 → 人口(万人)=56.0@16 财政预算收入(万元)=1305958@16 财政预算支出(万元)=562324@16",
            "L17 |二县 → 人口(万人)=37.4@17 财政预算收入(万元)=153367@17 财政预算支出(万元)=258038@17", "L18 |乙市 → ",
            "L19 |三县 → 人口(万人)=20.5@19 财政预算收入(万元)=90227@19 财政预算支出(万元)=282950@19",
        ])
    }

    /// A row printing fewer values than the columns (blank cells dropped) has no certain places: its
    /// cells are guessed, left to the table's sums (which reject them when several places fit).
    func testAShortRowIsRejected() {
        let page = Array(Self.page.prefix(16)) + ["  五区 12.5 3333333", "  二县 37.4 153367 258038"]
        let doc = Extractor(catalog: Catalog(kinds: [])).extract(bytes: Array(page.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        let short = doc.tables[0].sections[0].rows.first { $0.label == "五区" }
        XCTAssertEqual(short?.cells.map(\.text), ["12.5", "3333333"])
        XCTAssertEqual(short?.cells.map(\.guessed), [true, true])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]).last,
                       "L18 |二县 → 人口(万人)=37.4@18 财政预算收入(万元)=153367@18 财政预算支出(万元)=258038@18")
    }
}
