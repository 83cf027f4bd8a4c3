@testable import BudgetETL
import XCTest

/// A header printed again on a new page with its cells wrapped otherwise than on the first page
/// (a long word wrapped in its cell there, whole here): the same characters on other lines are the
/// header again, not a sub-table's header.
final class ExtractFamilyRewrappedHeaderTests: XCTestCase {
    func testHeaderPrintedWholeOnTheNextPageIsNoSubTable() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                              // 1
            "单位：万元",                                  // 2
            "科目编码 科目 合计 基本支出 项目支出",           // 3
            "名称",                                       // 4: 科目 wrapped in its cell
            "201 一般公共服务支出 50.00 30.00 20.00",        // 5
            "科目编码 科目名称 合计 基本支出 项目支出",        // 6: the next page prints it whole
            "205 教育支出 10.00 4.00 6.00",                 // 7
        ])
        XCTAssertEqual(doc.tables[0].sections.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 201|一般公共服务支出 → 合计=50.00@5 基本支出=30.00@5 项目支出=20.00@5",
            "L7 205|教育支出 → 合计=10.00@7 基本支出=4.00@7 项目支出=6.00@7",
        ])
    }

    func testOnlyTheHeadersCharactersOnOtherLinesRepeatIt() {
        func line(_ text: String, _ number: Int) -> TableLines.Line {
            TableLines.prepare(text, number: number, tab: false, mangled: false, aligned: false)
        }
        let header = RepeatedHeaderFinder.HeaderRuns(keys: ["经济分类", "科目编码", "科目决算数", "名称"])
        // Three lines holding the four header lines' characters: the header again.
        XCTAssertEqual(RepeatedHeaderFinder.rewrappedHeaderLines([line("经济分类", 1), line("科目编码", 2), line("科目名称 决算数", 3),
                                                        line("301 工资福利支出 5.00", 4)][...], header), 3)
        // One line equal to one header line is left to the line comparison (it may be a name's piece).
        XCTAssertEqual(RepeatedHeaderFinder.rewrappedHeaderLines([line("名称", 1), line("301 工资福利支出 5.00", 2)][...], header), 0)
        // Header words in another number (a word dropped) are no repeat.
        XCTAssertEqual(RepeatedHeaderFinder.rewrappedHeaderLines([line("科目编码 科目名称", 1), line("301 工资福利支出 5.00", 2)][...], header), 0)
        // A name's piece before the header whose last lines are `出` / `助`: the run from the next line
        // repeats more of the header, so the piece is no part of it.
        let tall = RepeatedHeaderFinder.HeaderRuns(keys: ["基本支出项目支出", "合计小计", "出", "助"])
        let lines = [line("出", 1), line("基本支出 合计", 2), line("项目支出 小计", 3), line("出", 4), line("助", 5), line("301 工资福利支出 5.00", 6)]
        XCTAssertEqual(RepeatedHeaderFinder.rewrappedHeaderLines(lines[...], tall), 0)
        XCTAssertEqual(RepeatedHeaderFinder.rewrappedHeaderLines(lines.dropFirst(), tall), 4)
    }

    /// A tab grid's header cell wrapped over three lines with the short cells beside it on the middle
    /// line: the lead-in `其中:` alone on its line goes on in the pieces under it (`财政` / `拨款`).
    func testLeadInAloneOnItsLineGoesOnInThePiecesUnderIt() {
        let doc = FamilyFixture.extract([
            "部门收入预算表",
            "单位：万元",
            "科目编码\t科目名称\t合计\t一般\t\t政府性",
            "\t\t\t公共\t\t基金",
            "\t\t\t预算\t\t",
            "\t\t\t\t其中:\t",
            "\t\t\t小计\t财政\t",
            "\t\t\t\t拨款\t",
            "201\t一般公共服务支出\t50.00\t50.00\t40.00\t0.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "一般公共预算 / 小计", "一般公共预算 / 其中:财政拨款", "政府性基金"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L9 201|一般公共服务支出 → 合计=50.00@9 一般公共预算 / 小计=50.00@9 一般公共预算 / 其中:财政拨款=40.00@9 政府性基金=0.00@9",
        ])
        XCTAssertTrue(HeaderWords.isLeadIn("其中："))
        XCTAssertFalse(HeaderWords.isLeadIn("其中:财政"))
    }

    /// A quoted word wrapped between its quote marks keeps both (`“三公` / `”经费` / `合计`).
    func testWrappedPieceKeepsItsQuoteMark() {
        let doc = FamilyFixture.extract([
            "部门三公经费预算表",
            "单位：万元",
            "“三公\t因公出\t公务",
            "”经费\t国(境)\t接待费",
            "合计\t费\t",
            "3.00\t1.00\t2.00",
        ])
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.joined), ["“三公”经费合计", "因公出国(境)费", "公务接待费"])
        XCTAssertEqual(WrappedGridCells.joinedPiece(" ”经费 "), "”经费")
        XCTAssertEqual(WrappedGridCells.joinedPiece("合计合计"), "合计")
        XCTAssertEqual(WrappedGridCells.joinedPiece("国（境）"), "国(境)")
    }

    /// Short cells a converter centred on the middle line of a band of wrapped cells (`总计` beside
    /// `基本` / `支出`) go up to the band's top line; one under a measure printed whole is its child.
    func testShortCellsOnABandsLowerLineGoUpToItsTopLine() {
        func line(_ text: String, _ number: Int) -> TableLines.Line {
            TableLines.prepare(text, number: number, tab: true, mangled: false)
        }
        func texts(_ lines: [TableLines.Line]) -> [[String]] {
            lines.map { $0.tokens.map(\.text).filter { !$0.isEmpty } }
        }
        let body = [line("一般公共服务支出\t50.00\t50.00\t30.00", 5)]
        XCTAssertEqual(texts(WrappedGridCells.joinedHeader([line("项目\t\t基本\t", 1), line("\t总计\t支出\t", 2),
                                                            line("\t\t合计\t人员经费", 3)], body: body)),
                       [["项目", "总计", "基本支出"], ["合计", "人员经费"]])
        // 人员经费 stands under 基本支出, printed whole on the line above: its child, not its line's.
        let wide = [line("一般公共服务支出\t50.00\t30.00\t20.00", 5)]
        XCTAssertEqual(texts(WrappedGridCells.joinedHeader([line("项目\t基本支出\t\t项目", 1), line("\t\t人员经费\t支出", 2)], body: wide)),
                       [["项目", "基本支出", "项目支出"], ["人员经费"]])
    }

    /// A header row of identifying columns only (a name's wrapped piece) between a parent printed one
    /// cell early and the row under it does not keep the parent from going over its group.
    func testRowOfNameColumnsOnlyIsNoLevelOfTheMeasures() {
        func row(_ cells: [String]) -> [Token] { cells.enumerated().map { Token(text: $0.element, line: 9, column: $0.offset) } }
        let top = ["科目编码", "科目名称", "基本支出", "", "项目支出", "", ""]
        let lower = [["", "", "人员经费", "公用经费", "", "合计", "其他"], ["", "", "", "小计", "商品和服务支出", "", ""]]
        let body = [row(["201", "一般公共服务支出", "1.00", "2.00", "3.00", "4.00", "5.00"])]
        let expected = [["基本支出", "人员经费"], ["基本支出", "公用经费", "小计"], ["基本支出", "公用经费", "商品和服务支出"],
                        ["项目支出", "合计"], ["项目支出", "其他"]]
        for header in [[top] + lower, [top, ["", "（续）", "", "", "", "", ""]] + lower] {
            let grid = ColumnGrid(header: header, body: body, columnNumbers: [])
            XCTAssertEqual(grid.sections[0].paths.map(\.components), expected)
        }
    }

    /// A key-value line above the header (`部门(单位)名称 | 某某局`) wrapped inside its two cells is
    /// no header line: the agency's name does not go over a column.
    func testKeyValueLineWrappedInItsCellsIsNoHeaderLine() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "部门(单\t\t某某",
            "位)名称\t\t局",
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",
            "201\t一般公共服务支出\t50.00\t30.00\t20.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        func line(_ text: String) -> TableLines.Line { TableLines.prepare(text, number: 1, tab: true, mangled: false) }
        XCTAssertEqual(TableLines.wrappedKeyValueLines([line("部门(单\t\t某某"), line("位)名称\t\t局"), line("合计\t1.00")][...]), 2)
        XCTAssertEqual(TableLines.wrappedKeyValueLines([line("部门\t\t某某"), line("名称\t合计\t局")][...]), 0)
    }

    /// pdftotext -layout of a two-sided table whose side cells wrapped (`财政拨` / `款收入` |
    /// `财政拨` / `款支出`): the joined words name the sides, and the side word is no column.
    func testWrappedSideWordsNameTheSides() {
        let doc = FamilyFixture.extract([
            "                             部门收支预算总表",
            "编制单位：某某局                                                                    单位：元",
            "",
            "       财政拨                                             财政拨",
            "       款收入                                             款支出",
            "",
            "     项目         预算数              项目           合计           一般公共预算",
            "",
            "一、一般公共预算资金 91,016,775.35 一、一般公共服务支出        82,096,797.42   82,096,797.42",
            "",
            "二、政府性基金                      二、社会保障和就业支出    8,920,000.00    8,920,000.00",
            "",
            "收入总计      91,016,775.35      支出总计       91,016,775.35   91,016,775.35",
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["财政拨款收入", "财政拨款支出"])
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["预算数"], ["合计", "一般公共预算"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]).first, "L9 |一、一般公共预算资金 → 预算数=91,016,775.35@9")
    }

    /// A single-space header whose wrapped words were read off their cells, a short piece (`主管`)
    /// taken for a value column no row has a number for: no value's column is certain.
    func testShortPieceTakenForAColumnRejectsTheValues() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "科目名称 主管 合计 基本支出",
            "一般公共服务支出 50.00 30.00",
            "教育支出 20.00 20.00",
        ])
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.fragmentColumn.description }.map(\.text),
                       ["50.00", "30.00", "20.00", "20.00"])
    }
}
