import XCTest
@testable import BudgetETL

/// Tables of a department's workbook printed to PDF and read back by pdftotext -layout: cells
/// bottom-aligned (a wrapped row name's first piece over its number line), captions centred over
/// merged cells and set off their columns in character columns (a CJK word takes one column of
/// text but two on paper).
final class ExtractWorkbookPrintTests: XCTestCase {
    func testAWrappedNamesPieceUnderARowNamedByItsYearStartsTheNextRow() {
        let doc = FamilyFixture.extract([
            "某县三公经费对比表", "单位：万元",
            "    项目       合计        出国         接待",
            "2015年           2840       90         2750",
            "2016年           2364       12         2352",
            "2016年比2015",
            "年增减%           -16.77    -86.62     -14.47",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.rows.map(\.label), ["2015年", "2016年", "2016年比2015年增减%"])
        XCTAssertFalse(AlignedRows.continues("2016年比2015", previous: "2016年", codes: false), "a year names a whole row")
        XCTAssertTrue(AlignedRows.continues("支出", previous: "一般公共服务", codes: false))
    }

    func testACaptionOfComparisonsSetOffCentreHeadsItsTwoColumns() {
        // "比上年增、减情况" centred over 增、减金额 and 增、减幅度 stands short of the second: it
        // heads both (not one column over another, which would be rejected as columnOverColumn).
        let doc = FamilyFixture.extract([
            "某县三公经费情况统计表", "单位：万元",
            "                                                 比上年增、减情况",
            "    项目        上年决算数           本年决算数           增、减金额            增、减幅度",
            "合计                2911.47         2706.86         -204.61 -7.03%",
            "1.因公出国(境)费          13.06            10.2           -2.86 -21.9%",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 |合计 → 上年决算数=2911.47@5 本年决算数=2706.86@5 比上年增、减情况 / 增、减金额=-204.61@5 比上年增、减情况 / 增、减幅度=-7.03%@5",
            "L6 |1.因公出国(境)费 → 上年决算数=13.06@6 本年决算数=10.2@6 比上年增、减情况 / 增、减金额=-2.86@6 比上年增、减情况 / 增、减幅度=-21.9%@6",
        ])
    }

    func testACaptionCentredOverTheWholeTableHeadsTheValueColumnsItStandsOver() {
        // A workbook's caption merged over the value columns, printed where it stands nearer the
        // centre of the whole table (code and name columns too) than of its far-reaching run: the
        // code and name cells span both header lines, so it heads the three value columns.
        let doc = FamilyFixture.extract([
            "                   某单位基本支出预算表",
            "编制单位：某单位                                                    单位：万元",
            "                                                 本年一般公共预算基本支出",
            "   科目编码               科目名称                合计         人员经费                       公用经费",
            "                合计                           611.17      533.23                         77.94",
            "          30108 社会保障缴费                             41.3              41.3",
            "          30201 办公费                                   35.5                              35.5",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["本年一般公共预算基本支出 / 合计", "本年一般公共预算基本支出 / 人员经费", "本年一般公共预算基本支出 / 公用经费"])
        XCTAssertEqual(FamilyFixture.rows(section).last,
                       "L7 30201|办公费 → 本年一般公共预算基本支出 / 合计=35.5@7 本年一般公共预算基本支出 / 公用经费=35.5@7")
    }

    func testACaptionOfComparisonsIsNoPieceOfTheNameUnderIt() {
        func node(_ text: String, line: Int) -> AlignedHeader.Node {
            AlignedHeader.Node(text: text, start: 0, end: text.count, firstLine: line, lastLine: line)
        }
        XCTAssertTrue(WrappedHeaderPieces.isComparisonCaption(node("比上年增、减情况", line: 0), over: node("增、减金额", line: 1)))
        XCTAssertFalse(WrappedHeaderPieces.isComparisonCaption(node("理情况", line: 1), over: node("得分率", line: 2)),
                       "a narrow cell's piece is no wider than the next")
        XCTAssertFalse(WrappedHeaderPieces.isComparisonCaption(node("公共预算拨款情", line: 0), over: node("况", line: 1)))
    }

    func testACaptionsTotalAfterAnotherOfItsColumnsDisagrees() {
        let paths = [["合计"], ["出国"], ["公车", "接待费"], ["公车", "合计"], ["公车", "购置"], ["公车", "运行"]]
        XCTAssertTrue(AlignedGroupSums.totalAfterOtherParts(paths))
        XCTAssertFalse(AlignedGroupSums.totalAfterOtherParts([["合计"], ["出国"], ["接待费"], ["公车", "合计"], ["公车", "购置"], ["公车", "运行"]]))
        let doc = FamilyFixture.extract([
            "某县三公经费对比表", "单位：万元",
            "                     因公出国(境)                       公车购置及运行维护费",
            "    项目       合计        经费         公务接待费        合计      车辆购置    车辆运行",
            "2015年           2840       90         1400        1350      73    1277",
            "2016年           2364       12         1356         996      37     959",
        ])
        // The caption is not read over 公务接待费 at all: a run with a bare total between other
        // value columns heads no group (`HeaderFit.score`), so the sums agree and nothing is rejected.
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), [
            "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费 / 合计", "公车购置及运行维护费 / 车辆购置", "公车购置及运行维护费 / 车辆运行",
        ])
        XCTAssertEqual(doc.rejects.count, 0)
    }

    func testAColumnOfItsOwnBeforeTheGroupsIsPartOfTheTotal() {
        // 合计 | 因公出国(境)费 | 公务用车 (小计 | 购置费 | 运行费) | 公务接待费 (小计 | 行政运行 | 其他)
        let names = ["合计", "因公出国(境)费", "小计", "购置费", "运行费", "小计", "行政运行", "其他"]
        func row(_ values: [String]) -> [Token] { values.map { Token(text: $0, line: 1, column: 0) } }
        let rows = [row(["6.94", "0", "2.94", "0", "2.94", "4", "0.37", "3.63"]),
                    row(["4.06", "0", "3.01", "0", "3.01", "1.05", "0.47", "0.58"])]
        let paths = SheetHeaderGroups.topGroupPaths(names, captions: [["公务用车", "公务接待费"]], rows: rows)
        XCTAssertEqual(paths, [["合计"], ["因公出国(境)费"], ["公务用车", "小计"], ["公务用车", "购置费"], ["公务用车", "运行费"],
                               ["公务接待费", "小计"], ["公务接待费", "行政运行"], ["公务接待费", "其他"]])
        let off = [row(["7.94", "0", "2.94", "0", "2.94", "4", "0.37", "3.63"])] + rows
        XCTAssertNil(SheetHeaderGroups.topGroupPaths(names, captions: [["公务用车", "公务接待费"]], rows: off), "a total off its parts' sum")
    }

    func testPiecesNoClassPlacesGoToTheColumnsStartingUnderThem() {
        // 因公出国 / (境)费, 公务用车购 / 置费 …: no economic class tells, where they start does.
        let words = ["合计", "(境)费", "小计", "置费", "行费", "小计", "行政运行", "支出"]
        let starts = [10, 19, 30, 41, 46, 61, 70, 76]
        let pieces = [["其他城乡社"], ["因公出国", "公务用车购", "公务用车运", "区管理事务"]]
        XCTAssertNil(SheetHeaderPieces.joined(words, pieces: pieces), "without positions the choice is open")
        XCTAssertEqual(SheetHeaderPieces.joined(words, pieces: pieces, wordStarts: starts, pieceStarts: [[75], [18, 39, 45, 75]]),
                       ["合计", "因公出国(境)费", "小计", "公务用车购置费", "公务用车运行费", "小计", "行政运行", "其他城乡社区管理事务支出"])
        XCTAssertNil(SheetHeaderPieces.joined(words, pieces: pieces, wordStarts: starts, pieceStarts: [[75], [18, 35, 45, 75]]),
                     "a piece standing between two columns")
        XCTAssertNil(SheetHeaderPieces.joined(words, pieces: pieces, wordStarts: starts, pieceStarts: [[75], [18, 39, 45, 66]]),
                     "a piece far from every column")
    }
}
