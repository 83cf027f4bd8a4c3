import XCTest
@testable import BudgetETL

/// Three header rows of a `|` table printed with their blank cells dropped: the names wrapped over
/// the rows are stacked back at their columns (`StackedHeaderRows`).
final class ExtractStackedHeaderRowsTests: XCTestCase {
    private func table(_ top: String) -> [String] {
        ["某市学校院均经费支出情况 | |||||||", "单位:千元 | |||||||", top,
         "合计 | 经费 | 经费 | 其中: | 其中设备购置费 | 经费 | ||", "办公费 | 印刷费 | ||||||",
         "甲校 | 100 | 60 | 30 | 20 | 5 | 3 | 10 |", "乙校 | 50 | 35 | 12 | 6 | 4 | 1 | 3 |"]
    }

    func testWrappedNamesStandOverTheCellsThatGoOnThem() {
        let doc = FamilyFixture.extract(table("经费 | 人员 | 公用 | 其他 | ||||"))
        XCTAssertEqual(doc.tables.count, 1)
        guard let section = doc.tables.first?.sections.first else { return }
        XCTAssertEqual(section.columns.map(\.joined),
                       ["经费合计", "人员经费", "公用经费", "其中: / 办公费", "其中: / 印刷费", "其中设备购置费", "其他经费"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L6 |甲校 → 经费合计=100@6 人员经费=60@6 公用经费=30@6 其中: / 办公费=20@6 其中: / 印刷费=5@6 其中设备购置费=3@6 其他经费=10@6",
            "L7 |乙校 → 经费合计=50@7 人员经费=35@7 公用经费=12@7 其中: / 办公费=6@7 其中: / 印刷费=4@7 其中设备购置费=1@7 其他经费=3@7",
        ])
    }

    /// The name column's word printed first in the top row stands over the names.
    func testANameColumnWordFirstStandsOverTheNames() {
        let doc = FamilyFixture.extract(table("单位名称 | 经费 | 人员 | 公用 | 其他 | |||"))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined),
                       ["经费合计", "人员经费", "公用经费", "其中: / 办公费", "其中: / 印刷费", "其中设备购置费", "其他经费"])
        XCTAssertEqual(section.rows.map(\.label), ["甲校", "乙校"])
    }

    /// Pieces fewer than the cells that may go on a name: which cell each starts is unknown, and no
    /// value is placed.
    func testPiecesOfAnotherCountLeaveTheHeaderUnread() {
        let doc = FamilyFixture.extract(table("经费 | 人员 | 其他 | |||||"))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertTrue(cells.isEmpty, "\(cells.map(\.text))")
    }

    func testALeadInOrAPartNamedAfterItOpensAColumn() {
        XCTAssertTrue(StackedHeaderRows.opensColumn("其中:"))
        XCTAssertTrue(StackedHeaderRows.opensColumn("内:"))
        XCTAssertTrue(StackedHeaderRows.opensColumn("其中基本药物支出"))
        XCTAssertFalse(StackedHeaderRows.opensColumn("支出"))
        XCTAssertFalse(StackedHeaderRows.opensColumn("合计"))
    }
}
