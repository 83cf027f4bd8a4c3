import XCTest
@testable import BudgetETL

/// A table pasted one cell per line, each closed by ` |`, under a two-row header printed flat: the
/// top row's words (each naming its unit, one a lead-in `其中:`), then the lead-in's parts.
final class ExtractLeadInHeaderTests: XCTestCase {
    private let lines = [
        "2020年某某医院分地区收支情况 |",
        "地 区 |",
        "支出合计(万元) |",
        "其中: |",
        "专项支出(万元) |",
        "人员支出 |",
        "公用支出 |",
        "甲 乙",
        "合 计 |",
        "300.00 |", "120.00 |", "150.00 |", "30.00 |",
        "丙 省 |",
        "100.00 |", "40.00 |", "50.00 |", "10.00 |",
        "丁 省 |",
        "200.00 |", "80.00 |", "100.00 |", "20.00 |",
    ]

    func testTheLeadInHeadsTheWordsAfterTheTopRowsLastUnitAndAWrappedNameIsOneCell() {
        let doc = FamilyFixture.extract(lines)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["支出合计(万元)", "其中: / 人员支出", "其中: / 公用支出", "专项支出(万元)"])
        XCTAssertEqual(section.rows.map(\.label), ["甲乙合计", "丙省", "丁省"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) },
                       [["300.00", "120.00", "150.00", "30.00"], ["100.00", "40.00", "50.00", "10.00"], ["200.00", "80.00", "100.00", "20.00"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTheBreakIsTakenOnlyWhereTheUnitsTellIt() {
        let paths = { StreamLeadInHeader.paths($0, columns: 4)?.map(\.joined) }
        XCTAssertEqual(paths(["支出合计(万元)", "其中:", "专项支出(万元)", "人员支出", "公用支出"]),
                       ["支出合计(万元)", "其中: / 人员支出", "其中: / 公用支出", "专项支出(万元)"])
        // The lead-in closing the top row: every word after it is a part.
        XCTAssertEqual(StreamLeadInHeader.paths(["支出合计(万元)", "其中:", "人员支出", "公用支出"], columns: 3)?.map(\.joined),
                       ["支出合计(万元)", "其中: / 人员支出", "其中: / 公用支出"])
        XCTAssertNil(paths(["支出合计", "其中:", "专项支出(万元)", "人员支出", "公用支出"]), "a top word names no unit")
        XCTAssertNil(paths(["支出合计(万元)", "其中:", "专项支出(万元)", "人员支出(万元)", "公用支出"]), "a part names a unit")
        XCTAssertNil(paths(["支出合计(万元)", "其中:", "专项支出(万元)", "人员支出", "公用支出(万元)"]), "one part left under the lead-in")
        XCTAssertNil(paths(["其中:", "支出合计(万元)", "专项支出(万元)", "人员支出", "公用支出"]), "no whole before the lead-in")
        XCTAssertNil(paths(["支出合计(万元)", "专项支出(万元)", "人员支出", "公用支出", "其他支出"]), "no lead-in")
        XCTAssertNil(StreamLeadInHeader.paths(["支出合计(万元)", "其中:", "人员支出", "公用支出"], columns: 2), "the counts differ")
    }

    func testOnlyAShortLineOfIdeographsBeforeAClosedTextCellIsAWrappedPiece() {
        func folded(_ piece: String, _ next: String, _ after: String = "2.00 |") -> [String] {
            ClosedCells.folded(["项目 |", "合计 |", "甲 |", "1.00 |", piece, next, after])
        }
        XCTAssertEqual(folded("乙 丙", "丁 |")[4...5], ["", "乙 丙 丁 |"])
        XCTAssertEqual(folded("乙 丙", "丁 |", "戊 |")[4], "乙 丙", "no amount after it: a heading over cells")
        XCTAssertEqual(folded("附表二", "丁 |")[4], "附表二", "a table's marker")
        XCTAssertEqual(folded("注:见下", "丁 |")[4], "注:见下", "punctuation: prose")
        XCTAssertEqual(folded("第2页", "丁 |")[4], "第2页", "a digit: page furniture")
        XCTAssertEqual(folded("乙 丙", "3.00 |")[4], "乙 丙", "before an amount")
        XCTAssertEqual(folded("某某某某某某某某某", "丁 |")[4], "某某某某某某某某某", "too long for a piece")
    }

    /// The same header laid out by a word processor (pdftotext -layout): the lead-in centred in its
    /// merged cell stands over one part only and was read as a column of its own, and rows whose
    /// values stand closer together put one under it (甲市's third value). Its parts' columns are
    /// not known: every value is rejected, none placed.
    func testALaidOutLeadInReadAsAColumnOfItsOwnRejectsTheValues() {
        let doc = FamilyFixture.extract([
            "某某医院按地区分院均收入情况表",
            "单位：千元",
            "",
            "           支出合计(千                  其中:          专项和其他项目支出中:基本项目支",
            "   项目",
            "             元)         人员支出         公用支出             出(千元)",
            "甲乙合计      167,437.09   70,519.96    96,660.37   15,218.97",
            "甲市         616,874.76   428,296.45 188,628.13 97,475.11",
            "乙市         407,395.50   221,789.60 183,667.90 23,158.55",
        ])
        XCTAssertEqual(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).count, 0)
        XCTAssertEqual(doc.rejects.count, 12)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.spanUnknown.description])
    }

    /// A workbook prints the lead-in left in its merged cell, over the first part: read as a column
    /// of its own again; no row's value stands under it, but its parts would be named without it
    /// (人员支出 for 其中: / 人员支出): rejected too.
    func testALaidOutLeadInColumnNoValueFallsUnderStillRejectsTheValues() {
        let doc = FamilyFixture.extract([
            "某某医院按地区分院均收入情况表",
            "单位：千元",
            "",
            "                                                     专项和其他项目支出",
            "                                   其中:               中:基本项目支出(千",
            "    项目    支出合计(千元)        人员支出           公用支出            元)",
            "甲乙合计          167437.09      70519.96       96660.37        15218.97",
            "甲市             616874.76     428296.45      188628.13        97475.11",
            "乙市              407395.5      221789.6       183667.9        23158.55",
        ])
        XCTAssertEqual(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).count, 0)
        XCTAssertEqual(doc.rejects.count, 12)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.spanUnknown.description])
    }

    /// A title naming two years keeps both: only a lone leading year is the document's, not the title's.
    func testATitleOpeningWithTwoYearsKeepsThem() {
        XCTAssertEqual(TitleMatcher.normalize("2017年和2018年某地专项债务余额情况表"), "2017年和2018年某地专项债务余额情况表")
        XCTAssertEqual(TitleMatcher.normalize("2016年至2018年某地收入情况表"), "2016年至2018年某地收入情况表")
        XCTAssertEqual(TitleMatcher.normalize("2018年某地专项债务余额情况表"), "某地专项债务余额情况表")
    }

    func testPlaceIsTheNameColumnsWord() {
        XCTAssertTrue(HeaderWords.isLabel("地区"))
        XCTAssertEqual(HeaderWordBytes.isLabel("地区"), true)
        XCTAssertFalse(HeaderWords.isLabel("某某区"))
    }
}
