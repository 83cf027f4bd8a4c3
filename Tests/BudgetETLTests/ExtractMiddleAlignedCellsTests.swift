import XCTest
@testable import BudgetETL

/// Cells centred vertically (Excel / WPS templates through pdftotext -layout), made-up tables:
/// a caption over its only column's wrapped name, a caption over one column set off its centre
/// by pdftotext's half-width Chinese, and centred row names around a page break.
final class ExtractMiddleAlignedCellsTests: XCTestCase {
    typealias Node = AlignedHeader.Node

    private func node(_ text: String, _ start: Int, line: Int, lastLine: Int? = nil, width: Int? = nil) -> Node {
        Node(text: text, start: start, end: start + (width ?? text.count), firstLine: line, lastLine: lastLine ?? line, children: [])
    }

    /// A wrapped cell fills its first line: a longer word narrower than it, of ideographs only,
    /// is its caption; a bracket the renderer keeps together, a short tail, a word as wide, or a
    /// bottom-aligned sheet (words packed off their columns) keep the wrapped reading.
    func testNarrowerWordOverFilledLineOfWrappedCellIsItsCaption() {
        let below = node("一般公共预算", 10, line: 2, lastLine: 3, width: 5)
        XCTAssertNil(HeaderFit.wrapLimit(node("本年拨款", 10, line: 1), onto: below, isolated: true), "narrower: a caption")
        XCTAssertNotNil(HeaderFit.wrapLimit(node("政府性基", 10, line: 1, width: 5), onto: below, isolated: true), "as wide: its first line")
        XCTAssertNotNil(HeaderFit.wrapLimit(node("称", 10, line: 1), onto: below, isolated: true), "a short tail")
        XCTAssertNotNil(HeaderFit.wrapLimit(node("本年拨款", 10, line: 1), onto: below, isolated: true, bottomAligned: true), "packed sheet")
        let bracketed = node("国（境）费", 10, line: 2, lastLine: 3, width: 5)
        XCTAssertNotNil(HeaderFit.wrapLimit(node("因公出", 10, line: 1), onto: bracketed, isolated: true), "a bracket kept together")
    }

    /// Printed, a word of ideographs ends twice its text width past its start: centred over a
    /// longer word, its text stands right of that word's text centre.
    func testPrintedCentringOfChineseWords() throws {
        let centring = try XCTUnwrap(HeaderFit.printedCentring(node("本年拨款", 41, line: 0), over: node("一般公共预算", 38, line: 2)))
        XCTAssertEqual(centring, 1.0 / 12, accuracy: 1e-9)
        XCTAssertNil(HeaderFit.printedCentring(node("金额(万元)", 41, line: 0), over: node("一般公共预算", 38, line: 2)))
        XCTAssertNil(HeaderFit.printedCentring(node("费", 41, line: 0), over: node("商品和服务", 40, line: 2)), "a wrapped name's tail")
    }

    /// A caption alone on its line over its only column's word, the column's name printed around
    /// the middle line of one-line cells, heads that column: no column of its own.
    func testCaptionOverItsOnlyColumnAroundTheMiddleLine() throws {
        let doc = FamilyFixture.extract([
            "                                项目支出预算表",                                   // 1
            "                                                         单位：万元",              // 2
            "                                         本年拨款",                                // 3
            " 科目编码       科目名称         合计",                                            // 4
            "                                      一般公共预算",                               // 5
            "          合计             130.50      130.50",                                    // 6
            "  309     某某局             130.50      130.50",                                  // 7
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).last, "L7 309|某某局 → 合计=130.50@7 本年拨款 / 一般公共预算=130.50@7")
    }

    /// Names centred on their number lines: a row whose pieces under its number line are as
    /// many as above it when the page ends is whole; the next page's first row takes the pieces
    /// above its number line, and its pieces under it run on to the next row's as before.
    func testCentredRowBalancedAtAPageBreakIsWhole() throws {
        let doc = FamilyFixture.extract([
            "                    Sheet1",   // 1
            "一般公共预算基本支出明细表",      // 2
            "单位：万元",                      // 3
            "   科目名称       合计     拨款",  // 4
            "   合计          10.00    10.00", // 5
            "   甲乙丙丁",                     // 6
            "                  1.00     1.00", // 7
            "   戊己庚",                       // 8
            "   子丑寅卯",                     // 9
            "                  2.00     2.00", // 10
            "   辰巳",                         // 11
            "",                                // 12
            "                     Page 1",     // 13
            "\u{0C}                    Sheet1", // 14
            "   天地玄黄",                     // 15
            "   宇宙洪荒",                     // 16
            "                  3.00     3.00", // 17
            "   日月盈昃",                     // 18
            "   辰宿列",                       // 19
            "   寒来暑往",                     // 20
            "                  4.00     4.00", // 21
            "   秋收冬",                       // 22
            "",                                // 23
            "                     Page 2",     // 24
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L5 |合计", "L7 |甲乙丙丁 戊己庚", "L10 |子丑寅卯 辰巳", "L17 |天地玄黄 宇宙洪荒 日月盈昃 辰宿列", "L21 |寒来暑往 秋收冬",
        ])
        XCTAssertTrue(doc.rejects.filter { $0.reason == RejectReason.namePiecesAcrossPageBreak.description }.isEmpty)
    }

    /// A number after a five-digit code, nearer the name column than the code column, begins the
    /// name's wrapped second classification though the bracket closes on a later line.
    func testNumberAfterALongCodeInTheNameColumnBeginsTheName() throws {
        let doc = FamilyFixture.extract([
            "支出经济分类汇总表",                                    // 1
            "单位：万元",                                            // 2
            " 科目编码   科目名称            总计       一般公共预算", // 3
            "            合计               171.29       171.29",     // 4
            "            基本工资 [501",                              // 5
            "  30101     01 工资奖金津      171.29       171.29",     // 6
            "            补贴]",                                      // 7
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).last?.components(separatedBy: "|").first, "L6 30101")
    }

    /// A code wrapped in its cell around the number line: its pieces above and under the line
    /// joined are the row's code.
    func testCodeWrappedAroundTheNumberLineIsJoined() throws {
        let doc = FamilyFixture.extract([
            "部门预算项目绩效目标表",                                         // 1
            "单位：万元",                                                     // 2
            "   科目编码           科目名称          资金总额     政府预算资金", // 3
            "     309        某某局                  107.00        107.00",    // 4
            "410800220000000 监管工作经",                                     // 5
            "                                          47.00         47.00",   // 6
            "     014330     费",                                             // 7
            "410800220000000 综合工作经",                                     // 8
            "                                          60.00         60.00",   // 9
            "     84412      费",                                             // 10
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(s.rows.map { $0.codeParts.joined() }, ["309", "410800220000000014330", "41080022000000084412"])
        XCTAssertEqual(AlignedWrappedCodes.codePiece(ExtractedRow(line: 1, codeParts: ["208", "05"], label: "", cells: [])), nil)
    }

    /// A word processor splits a row over two pages, printing its number centred in the part on
    /// the first page: the one way the rows after the break share out tells that the piece after
    /// it ends the split row's name.
    func testRowSplitAtItsNumberLineTakesThePieceAfterTheBreak() throws {
        let doc = FamilyFixture.extract([
            "                    Sheet1",   // 1
            "一般公共预算基本支出明细表",      // 2
            "单位：万元",                      // 3
            "   科目名称       合计     拨款",  // 4
            "   合计          10.00    10.00", // 5
            "   甲乙丙丁",                     // 6
            "                  1.00     1.00", // 7
            "   戊己庚",                       // 8
            "   子丑寅卯       2.00     2.00", // 9
            "",                                // 10
            "                     Page 1",     // 11
            "\u{0C}                    Sheet1", // 12
            "   辰巳午",                       // 13
            "   天地玄黄",                     // 14
            "                  3.00     3.00", // 15
            "   宇宙洪荒",                     // 16
            "   日月盈昃",                     // 17
            "                  4.00     4.00", // 18
            "   辰宿列",                       // 19
            "",                                // 20
            "                     Page 2",     // 21
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, [
            "L5 |合计", "L7 |甲乙丙丁 戊己庚", "L9 |子丑寅卯 辰巳午", "L15 |天地玄黄 宇宙洪荒", "L18 |日月盈昃 辰宿列",
        ])
    }

    /// A page break whose pieces after it share out no way leaves the split row and the next one
    /// uncertain; the rows after them go on sharing out where one count of pieces lets them.
    func testRowsAfterAnUncertainPageBreakShareOutAgainWhereOneCountFits() throws {
        let doc = FamilyFixture.extract([
            "                    Sheet1",   // 1
            "一般公共预算基本支出明细表",      // 2
            "单位：万元",                      // 3
            "   科目名称       合计     拨款",  // 4
            "   合计          10.00    10.00", // 5
            "   甲乙丙丁",                     // 6
            "                  1.00     1.00", // 7
            "   戊己庚",                       // 8
            "   子丑寅卯       2.00     2.00", // 9
            "",                                // 10
            "                     Page 1",     // 11
            "\u{0C}                    Sheet1", // 12
            "   辰巳午",                       // 13
            "                  3.00     3.00", // 14
            "   宇宙洪荒",                     // 15
            "   日月盈昃",                     // 16
            "   辰宿列",                       // 17
            "   金生丽水       5.00     5.00", // 18
            "",                                // 19
            "                     Page 2",     // 20
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).map { $0.components(separatedBy: " → ")[0] }, ["L5 |合计", "L7 |甲乙丙丁 戊己庚", "L18 |金生丽水"])
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.namePiecesAcrossPageBreak.description }.map(\.text),
                       ["2.00", "2.00", "3.00", "3.00"])
    }

    /// A line naming a year printed once a page is a running header; copies closer than a page
    /// anywhere are pieces of tall names alike, however far the first and last stand apart.
    func testYearLineCopiesCloserThanAPageAreNoRunningHeader() {
        let filler = Array(repeating: "   某某   1.00", count: Thresholds.runningHeaderSpacing)
        let paged = ["某局2024年预算公开"] + filler + ["某局2024年预算公开"] + filler
        XCTAssertTrue(TableLines.isRunningHeader("某局2024年预算公开", document: paged))
        let piece = "   前下达2024年"
        let tall = [piece] + filler + [piece] + ["   中央财政"] + [piece] + filler
        XCTAssertFalse(TableLines.isRunningHeader(piece, document: tall))
    }

    /// A name's piece naming a year, printed again a page away, is no running header where it
    /// opens a list item.
    func testNamePiecesNamingAYearAreNoRunningHeader() {
        let filler = Array(repeating: "   某某   1.00", count: Thresholds.runningHeaderSpacing)
        let listed = ["二、2024年末"] + filler + ["二、2024年末"] + filler
        XCTAssertFalse(TableLines.isRunningHeader("二、2024年末", document: listed))
        // A header followed by its page number on a later page is still one.
        let numbered = ["某局2024年预算公开"] + filler + ["某局2024年预算公开 2"] + filler
        XCTAssertTrue(TableLines.isRunningHeader("某局2024年预算公开", document: numbered))
    }

    /// A name's first piece naming a year is found again only inside longer titles (`某县2024年地方
    /// 政府债务表` holds `2024年地方政`): a copy of a running header stands apart from other text.
    func testNamePieceInsideTitlesIsNoRunningHeader() {
        let filler = Array(repeating: "   某某   1.00", count: Thresholds.runningHeaderSpacing)
        let piece = "2024年地方政"
        let titled = ["某县2024年地方政府一般债务表"] + filler + [piece] + filler + ["某县2024年地方政府专项债务表"]
        XCTAssertFalse(TableLines.isRunningHeader(piece, document: titled))
        let tabbed = ["2024年地方政\t3.00"] + filler + [piece] + filler
        XCTAssertTrue(TableLines.isRunningHeader(piece, document: tabbed))
        XCTAssertTrue(UTF8Text.containsApart("页眉\u{3000}某局2024年预算", "某局2024年预算"))
        XCTAssertFalse(UTF8Text.containsApart("某局2024年预算公开 2024年预算", "2024年预算公开"))
        XCTAssertTrue(UTF8Text.containsApart("某局2024年预算公开 2024年预算公开", "2024年预算公开"))
    }

    /// Pages are numbered from 1: a lone 0 in a column-aligned table, however indented, is a value
    /// centred between a name's pieces.
    func testALoneZeroIsNoPageNumber() {
        XCTAssertFalse(TableLines.isLonePageNumber("                   0", layout: .columnAligned, beforeFurniture: false))
        XCTAssertFalse(TableLines.isLonePageNumber("0", layout: .columnAligned, beforeFurniture: true))
        XCTAssertTrue(TableLines.isLonePageNumber("                   10", layout: .columnAligned, beforeFurniture: false))
    }
}
