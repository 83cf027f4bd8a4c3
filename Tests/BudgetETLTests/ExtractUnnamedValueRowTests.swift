import XCTest
@testable import BudgetETL

/// One cell per line: a header of value words only over one row of values without a name. The
/// word printed just above the numbers is the header's last word, not the row's name.
final class ExtractUnnamedValueRowTests: XCTestCase {
    private func header(_ last: [String]) -> [String] {
        ["2021年部门“三公”经费预算表", "单位:万元", "“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费",
         "公务接待费", "小计"] + last
    }

    func testTheRowsSumsTellWhichTopWordSpansTheSubtotalRun() {
        let doc = FamilyFixture.extract(header(["公务用车购置费", "公务用车运行费"]) + ["90", "5", "60", "20", "40", "25"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费 / 小计",
                                                     "公务用车购置及运行费 / 公务用车购置费", "公务用车购置及运行费 / 公务用车运行费", "公务接待费"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L10 | → “三公”经费合计=90@10 因公出国(境)费=5@11 公务用车购置及运行费 / 小计=60@12 "
                + "公务用车购置及运行费 / 公务用车购置费=20@13 公务用车购置及运行费 / 公务用车运行费=40@14 公务接待费=25@15",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSumsThatHoldAtTwoPlacesLeaveTheRowUnplaced() {
        // 0 = 0 + 0 at the second place too, and 60 = 60 + 0 at the third: which word spans the run is not told.
        let doc = FamilyFixture.extract(header(["公务用车购置费", "公务用车运行费"]) + ["60", "0", "60", "60", "0", "0"])
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertFalse(cells.contains { $0.text == "60" && $0.line == 12 }, "\(cells)")
        XCTAssertFalse(doc.tables.flatMap(\.sections).flatMap(\.columns).contains { $0.components.count == 2 })
    }

    func testSpacesInsideAClosedCellJoinOnlyBetweenCharactersOtherThanASCII() {
        XCTAssertEqual(ClosedCells.withSpacesJoined("公务 接待费 |"), "公务接待费 |")
        XCTAssertEqual(ClosedCells.withSpacesJoined("项 目 |"), "项目 |")
        XCTAssertEqual(ClosedCells.withSpacesJoined("8-2 国家财政收支平衡表 |"), "8-2 国家财政收支平衡表 |")
        XCTAssertEqual(ClosedCells.withSpacesJoined("Tax Revenue |"), "Tax Revenue |")
        XCTAssertEqual(ClosedCells.withSpacesJoined("||"), "||")
    }

    func testAClosedCellWithASpaceInsideIsOneHeaderCell() {
        // Each cell closed by " |", the header's merged cells left as runs of "|": 公务 接待费 is one cell.
        let doc = FamilyFixture.extract(["2022年部门“三公”经费预算表 |", "单位:万元 |", "“三公”经费合计 |", "因公出国(境)费 |",
                                         "公务用车购置及运行费 |", "公务 接待费 |", "||", "小计 |", "公务用车购置费 |", "公务用车运行费 |",
                                         "|||", "79 |", "0 |", "75 |", "25 |", "50 |", "4 |"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.last?.joined, "公务接待费")
        XCTAssertEqual(FamilyFixture.rows(section).first?.hasSuffix("公务接待费=4@17"), true, "\(FamilyFixture.rows(section))")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testALoneDashClosedByAPipeIsABlankValueNotARuleLine() {
        XCTAssertEqual(PipeCells.asTabs("- |"), "-")
        XCTAssertEqual(PipeCells.asTabs("|---|:--:|"), "")
        XCTAssertEqual(PipeCells.asTabs("|-|"), "")
        XCTAssertEqual(PipeCells.asTabs("--- |"), "")
    }

    func testColumnNamesEndingInTheirUnitAreWholeCellsOverPlaceholderCells() {
        let doc = FamilyFixture.extract(["2020年部门“三公”经费预算表 |", "经费项目 |", "2020年度支出 (万元) |", "支出减少情况(万元) |",
                                         "支出减少率 |", "因公出国(境)费 |", "5 |", "1 |", "20% |", "公务接待费 |", "7 |", "- |", "- |"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2020年度支出(万元)", "支出减少情况(万元)", "支出减少率"])
        XCTAssertEqual(FamilyFixture.rows(section).first,
                       "L6 |因公出国(境)费 → 2020年度支出(万元)=5@7 支出减少情况(万元)=1@8 支出减少率=20%@9")
        XCTAssertEqual(section.rows.last?.cells.first?.text, "7")
        XCTAssertEqual(section.rows.last?.cells.first?.column, 0)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    // Made up: a header of one row of value words, each cell closed by " |", over one row without a name.
    private let title = ["2023年部门“三公”经费预算表 |", "单位:万元 |"]
    private let values = ["5834 |", "100 |", "692 |", "4612 |", "430 |"]

    private func placed(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap { section in
            section.rows.flatMap { row in row.cells.map { "\(row.label)|\(section.columns[$0.column].joined)=\($0.text)" } }
        }
    }

    func testTheLastHeaderWordOnItsOwnLineIsNoRowName() {
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国(境)费 |", "公务用车购置费 |", "公务用车运行费 |", "公务接待费 |"] + values)
        XCTAssertEqual(placed(doc), ["|合计=5834", "|因公出国(境)费=100", "|公务用车购置费=692", "|公务用车运行费=4612", "|公务接待费=430"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTheLastTwoHeaderWordsOnOneLineAreNoRowName() {
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国(境)费 |", "公务用车购置费 |", "公务用车运行费 | 公务接待费 |"] + values)
        XCTAssertEqual(placed(doc), ["|合计=5834", "|因公出国(境)费=100", "|公务用车购置费=692", "|公务用车运行费=4612", "|公务接待费=430"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// The five values under two header rows whose words count out to six columns: the sums say
    /// the 小计 is the one printed blank (5834 = 100 + 692 + 4612 + 430; a blank anywhere else
    /// breaks 合计 or 小计), its run ends at 公务接待费 (a top column of the form) and 公务用车购置
    /// names a piece of the word that spans it.
    private let blankSubtotalPlaced = ["|合计=5834", "|因公出国=100", "|公务用车购置及运行维护 / 公务用车购置=692",
                                       "|公务用车购置及运行维护 / 公车运行及维护=4612", "|公务接待费=430"]

    func testAFirstWordThatNamesAValueColumnNeverNamesTheRowsNames() {
        // Neither 合计 as the names' word nor 公务接待费 as a row name: the 小计 has no value.
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国 |", "公务用车购置及运行维护 |", "小计 |", "公务用车购置 |",
                                                 "公车运行及维护 |", "公务接待费 |"] + values)
        XCTAssertEqual(placed(doc), blankSubtotalPlaced)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSumsThatDoNotSingleOutTheBlankSubtotalPlaceNothing() {
        // 5834 ≠ 100 + 692 + 4600 + 430: no column taken blank makes the sums hold.
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国 |", "公务用车购置及运行维护 |", "小计 |", "公务用车购置 |",
                                                 "公车运行及维护 |", "公务接待费 |", "5834 |", "100 |", "692 |", "4600 |", "430 |"])
        XCTAssertEqual(placed(doc), [])
        XCTAssertEqual(doc.rejects.count, 5)
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.contains("header of several rows") }, "\(doc.rejects)")
    }

    func testOnlyTheSubtotalTakenBlankMakesTheSumsHold() {
        let words = ["“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "小计", "公务用车购置费", "公务用车运行费", "公务接待费"]
        let tokens = { (texts: [String]) in texts.map { Token(text: $0, line: 1, column: 0) } }
        let paths = BlankSubtotal.paths(words, values: tokens(["300", "20", "50", "200", "30"]))
        XCTAssertEqual(paths?.map(\.joined), ["“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费 / 公务用车购置费",
                                             "公务用车购置及运行费 / 公务用车运行费", "公务接待费"])
        // A value for every column: no blank to place.
        XCTAssertNil(BlankSubtotal.paths(words, values: tokens(["300", "20", "250", "50", "200", "30"])))
        // No top word holds the first part's name: which one spans the run is not told.
        let unnamed = ["合计", "甲费", "乙费", "小计", "丙费", "丁费", "公务接待费"]
        XCTAssertNil(BlankSubtotal.paths(unnamed, values: tokens(["300", "20", "50", "200", "30"])))
    }

    func testAMiddleOrFirstWordOnALineWithAnotherKeepsTheColumns() {
        for header in [["合计 | 因公出国(境)费 |", "公务用车购置费 |", "公务用车运行费 |", "公务接待费 |"],
                       ["合计 |", "因公出国(境)费 | 公务用车购置费 |", "公务用车运行费 |", "公务接待费 |"]] {
            let doc = FamilyFixture.extract(title + header + values)
            let wrong = placed(doc).filter { !["|合计=5834", "|因公出国(境)费=100", "|公务用车购置费=692", "|公务用车运行费=4612",
                                               "|公务接待费=430"].contains($0) }
            XCTAssertEqual(wrong, [], "\(header)")
            XCTAssertEqual(placed(doc).count + doc.rejects.count, 5, "\(header)")
        }
    }

    func testNamedRowsUnderAHeaderWithoutACornerWordKeepTheirNames() {
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国(境)费 |", "公务用车购置费 |", "公务用车运行费 |", "公务接待费 |",
                                                 "区级部门 |"] + values + ["街道 |", "200 |", "10 |", "50 |", "100 |", "40 |"])
        XCTAssertEqual(placed(doc).first, "区级部门|合计=5834")
        XCTAssertEqual(placed(doc).last, "街道|公务接待费=40")
        XCTAssertEqual(placed(doc).count, 10)
    }

    func testAHeaderWordAsTheNameOfARowOfFullerTableIsNotTaken() {
        // The stream word is a row's name here: a name-column word heads the header.
        XCTAssertNil(UnnamedValueRow.reading(paths: [HeaderPath(["合计"])], words: ["项目", "合计"],
                                             chunks: [RowStreamReader.Chunk(labels: [Token(text: "公务接待费", line: 1, column: 0)],
                                                                            values: [Token(text: "5", line: 2, column: 0)])]))
    }

    func testTheHeadersLastTwoCellsOnTheValuesLineAreNoRowName() {
        // Two header rows closed by runs of "|", the lower row's last two cells on one line: a
        // column joined of the upper row's words was a guess; the header's own words count out to
        // the five values once the 小计 the sums leave blank is dropped.
        let doc = FamilyFixture.extract(title + ["合计 |", "因公出国 |", "公务用车购置及运行维护 |", "|||||", "小计 |", "公务用车购置 |",
                                                 "公车运行及维护 | 公务接待费 | ||||"] + values)
        XCTAssertEqual(placed(doc), blankSubtotalPlaced)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }
}
