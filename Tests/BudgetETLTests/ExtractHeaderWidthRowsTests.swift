import XCTest
@testable import BudgetETL

/// Cells closed by " |" one per line, a lone "|" for an empty cell, rows ending in a column of
/// words: the header's width folds them (`HeaderWidthRows`), and a tab row of a name, whole
/// amounts and words is a row (`TableLines.isNamedRowOfWholes`).
final class ExtractHeaderWidthRowsTests: XCTestCase {
    private let cells = [
        "某市专项资金分配情况表",
        "单位名称 |", "合计 |", "省级资金 |", "市级资金 |", "用途 |",   // 2–6: the header
        "甲县 |", "2019 |", "2019 |", "|", "道路 |",                 // 7–11: an amount like a year, twice
        "乙县 |", "350 |", "|", "350 |", "水利 |",                    // 12–16
        "丙县 |", "120 |", "120 |", "|", "道路 |",                    // 17–21
        "预留 |", "|", "|", "|", "|",                                // 22–26: a row without values
        "监督电话:12345",
    ]

    func testRowsEndingInWordsFoldByTheHeaderWidthAndKeepTheirColumns() {
        let doc = FamilyFixture.extract(cells)
        XCTAssertEqual(doc.tables.map(\.title), ["某市专项资金分配情况表"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "省级资金", "市级资金"])
        XCTAssertEqual(FamilyFixture.rows(section).prefix(3), [
            "L7 |甲县 → 合计=2019@7 省级资金=2019@7",
            "L12 |乙县 → 合计=350@12 市级资金=350@12",
            "L17 |丙县 → 合计=120@17 省级资金=120@17",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTheWidthMustBeTheOnlyOneThatFits() {
        let cell = { (n: Int, text: String) in NamedRows.Cell(line: n, text: text) }
        let folded = HeaderWidthRows.folded(["单位名称", "合计", "用途", "甲县", "5", "道路", "乙县", "7", "水利"].enumerated().map(cell))
        XCTAssertEqual(folded?[3], "甲县\t5\t道路")
        // A column holding words in one row and numbers in another: no width makes a grid.
        XCTAssertNil(HeaderWidthRows.folded(["单位名称", "合计", "用途", "甲县", "5", "道路", "乙县", "水利", "7"].enumerated().map(cell)))
        // No column of words: the rows are `NamedRows`' (or need no folding).
        XCTAssertNil(HeaderWidthRows.folded(["单位名称", "合计", "甲县", "5", "乙县", "7"].enumerated().map(cell)))
    }

    func testANamedRowOfWholesEndsInWordsAndRepeatsAYearOnlyAsAnAmount() {
        let line = { (text: String) in
            TableLines.Line(number: 1, tokens: text.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map {
                Token(text: String($1), line: 1, column: $0 * 8)
            }, compact: text)
        }
        XCTAssertTrue(TableLines.isNamedRowOfWholes(line("甲县\t350\t\t350\t水利")))
        XCTAssertTrue(TableLines.isNamedRowOfWholes(line("甲县\t2019\t\t2019\t道路")))
        // Years each once: a header row of years, not a row.
        XCTAssertFalse(TableLines.isNamedRowOfWholes(line("地区\t2019\t2020\t备注")))
        XCTAssertFalse(TableLines.isNamedRowOfWholes(line("项目\t350\t水利")))
        XCTAssertFalse(TableLines.isNamedRowOfWholes(line("甲县\t3.50\t水利")))
    }

    /// A remarks column no row fills, an empty row printed inside the table, and a heading without
    /// 表 or unit line right over the header after the prose: the heading is the title, the rows
    /// fold by the header's width, the empty row is none.
    private let blankRemarks = [
        "根据有关规定,现将资金分配情况公示如下:",
        "二、 资金分配情况",
        "地区 |", "资金合计 |", "中央资金 |", "省级资金 |", "备注 |",   // 3–7: the header
        "甲县 |", "116.7 |", "10 |", "106.7 |", "|",                 // 8–12
        "乙县 |", "237.1 |", "|", "237.1 |", "|",                    // 13–17
        "丙场 |", "|", "10 |", "|", "|",                             // 18–22: only 中央资金
        "|", "|", "|", "|", "|",                                     // 23–27: an empty row
        "合计 |", "363.8 |", "20 |", "343.8 |", "|",                 // 28–32
        "监督电话:12345",
    ]

    func testABlankRemarksColumnAndAnEmptyRowFoldUnderAHeadingWithoutBiao() {
        let doc = FamilyFixture.extract(blankRemarks)
        XCTAssertEqual(doc.tables.map(\.title), ["资金分配情况"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["资金合计", "中央资金", "省级资金", "备注"])
        XCTAssertEqual(FamilyFixture.rows(section).prefix(4), [
            "L8 |甲县 → 资金合计=116.7@8 中央资金=10@8 省级资金=106.7@8",
            "L13 |乙县 → 资金合计=237.1@13 省级资金=237.1@13",
            "L18 |丙场 → 中央资金=10@18",
            "L28 |合计 → 资金合计=363.8@28 中央资金=20@28 省级资金=343.8@28",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testARemarksColumnCountsAsWordsOnlyWhenNoRowFillsIt() {
        let cell = { (n: Int, text: String) in NamedRows.Cell(line: n, text: text) }
        let folded = HeaderWidthRows.folded(["地区", "合计", "备注", "甲县", "5", "", "乙县", "7", ""].enumerated().map(cell))
        XCTAssertEqual(folded?[3], "甲县\t5\t")
        // Another blank last column is no remarks column: nothing says the rows are three wide.
        XCTAssertNil(HeaderWidthRows.folded(["地区", "合计", "其他", "甲县", "5", "", "乙县", "7", ""].enumerated().map(cell)))
        // A row of blank cells only, between two rows, is no row.
        XCTAssertEqual(HeaderWidthRows.folded(["地区", "合计", "备注", "甲县", "5", "", "", "", "", "乙县", "7", ""]
            .enumerated().map(cell))?[9], "乙县\t7\t")
    }
}
