import XCTest
@testable import BudgetETL

/// Cells centred vertically in narrow columns (Excel / WPS templates through pdftotext -layout),
/// made-up tables: where a wrapped cell's lines end, codes printed beside or around a row's
/// number line, and a caption printed wider than the column it was taken to wrap in.
final class ExtractCentredCellLinesTests: XCTestCase {
    private func columns(_ doc: ExtractedDocument) throws -> [String] {
        try XCTUnwrap(doc.tables.first?.sections.first).columns.map(\.joined)
    }

    /// A wrapped cell fills each line but its last: a piece printed under a line that had room
    /// for the piece's first character is another cell (the caption's one column, `合计`).
    func testPieceThatWouldHaveFitTheLineAboveIsAnotherCell() throws {
        let doc = FamilyFixture.extract([
            "                                部门支出预算表",   // 1
            "                                      单位：万元", // 2
            "                        机关(机",                  // 3
            "                       构)运行经",                 // 4
            "科目编码      科目名称",                           // 5
            "                        费支出",                   // 6
            "                         合计",                    // 7
            "        合计             34.24",                   // 8
            "30201 办公费              2.18",                   // 9
            "30211 差旅费              2.00",                   // 10
            "30216 培训费              3.93",                   // 11
        ])
        XCTAssertEqual(try columns(doc).last, "机关(机构)运行经费支出 / 合计")
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).last, "L11 30216|培训费 → 机关(机构)运行经费支出 / 合计=3.93@11")
    }

    /// The same in a spreadsheet's print: the caption's last piece is one character (`出`), the
    /// column's word under it on a line of its own.
    func testShortLastPieceOverTotalEndsTheCaption() throws {
        let doc = FamilyFixture.extract([
            "                                部门支出预算表",   // 1
            "                                      单位：万元", // 2
            "              机关(机构)",                         // 3
            "              运行经费支",                         // 4
            " 科目编码    科目名称",                            // 5
            "                出",                               // 6
            "               合计",                              // 7
            "        合计        34.24",                        // 8
            "  30201 办公费        2.18",                       // 9
            "  30211 差旅费        2.00",                       // 10
        ])
        XCTAssertEqual(try columns(doc).last, "机关(机构)运行经费支出 / 合计")
    }

    /// A line filled to the cell's width goes on: `本年一般` / `公共预算` over nothing else is one name.
    func testFilledLinesStayOneName() {
        typealias Node = AlignedHeader.Node
        let lines: [[Node]] = [
            [Node(text: "本年一般", start: 20, end: 24, firstLine: 0, lastLine: 0)],
            [Node(text: "公共预算", start: 20, end: 24, firstLine: 1, lastLine: 1)],
        ]
        XCTAssertFalse(CentredCellLines.endsCellAbove(lines[0][0], lines[1][0], lines: lines))
        let short: [[Node]] = [
            [Node(text: "机关运行", start: 20, end: 24, firstLine: 0, lastLine: 0)],
            [Node(text: "经费", start: 21, end: 23, firstLine: 1, lastLine: 1)],
            [Node(text: "合计", start: 21, end: 23, firstLine: 2, lastLine: 2)],
        ]
        XCTAssertFalse(CentredCellLines.endsCellAbove(short[0][0], short[1][0], lines: short), "经 did not fit")
        XCTAssertTrue(CentredCellLines.endsCellAbove(short[1][0], short[2][0], lines: short), "合 would have fit after 经费")
        let bracket: [[Node]] = [
            [Node(text: "因公出国", start: 20, end: 24, firstLine: 0, lastLine: 0)],
            [Node(text: "(境)费", start: 20, end: 24, firstLine: 1, lastLine: 1)],
        ]
        XCTAssertFalse(CentredCellLines.endsCellAbove(bracket[0][0], bracket[1][0], lines: bracket), "(境) kept together")
        let measure: [[Node]] = [
            [Node(text: "比上年", start: 20, end: 23, firstLine: 0, lastLine: 0)],
            [Node(text: "(同比)增减%", start: 20, end: 27, firstLine: 1, lastLine: 1)],
        ]
        XCTAssertFalse(CentredCellLines.endsCellAbove(measure[0][0], measure[1][0], lines: measure), "a bracketed group kept together")
    }

    /// A two-digit number after a row's whole code of five digits, before text, starts the
    /// name's second classification (`30101 01 工资奖金津` / `补贴]`): no code part follows a 款.
    func testCodePartAfterWholeCodeStartsTheName() throws {
        let doc = FamilyFixture.extract([
            "                              部门支出预算表",                  // 1
            "                                              单位：万元",      // 2
            "科目编码      科目名称           合计",                         // 3
            "        合计         274.75",                                    // 4
            "      基本工资 [501",                                            // 5
            "30101 01 工资奖金津 274.75",                                     // 6
            "      补贴]",                                                    // 7
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        let last = try XCTUnwrap(FamilyFixture.rows(s).last)
        XCTAssertTrue(last.hasPrefix("L6 30101|"), last)
        XCTAssertTrue(last.hasSuffix("合计=274.75@6"), last)
    }

    /// Whole codes printed on the lines above and below a number line are two rows' codes, not
    /// the pieces of one code wrapped in its cell.
    func testWholeCodesAroundNumberLineAreNotJoined() {
        func row(_ line: Int, code: String?, label: String = "", cells: Bool = false) -> ExtractedRow {
            var r = ExtractedRow(line: line, label: label, cells: [])
            if let code { r.codeParts = [code] }
            if cells { r.cells = [RawCell(column: 0, text: "1.00", line: line)] }
            return r
        }
        let rows = [row(1, code: nil, label: "卫生健康支出", cells: true), row(2, code: "2101101"),
                    row(3, code: nil, label: "行政单位医疗", cells: true), row(4, code: "2101102"),
                    row(5, code: nil, label: "事业单位医疗", cells: true)]
        XCTAssertEqual(AlignedWrappedCodes.joined(rows).map(\.codeParts), [[], ["2101101"], [], ["2101102"], []])
        let wrapped = [row(1, code: nil, label: "项目", cells: true), row(2, code: "410800220000000"),
                       row(3, code: nil, label: "某项目", cells: true), row(4, code: "014330")]
        XCTAssertEqual(AlignedWrappedCodes.joined(wrapped).map(\.codeParts), [[], ["410800220000000014330"]])
    }

    /// A whole code alone above a row of a name and values without a code is that row's code,
    /// the row before having its own; not when the row before has none (it may be that row's).
    func testCodeAloneAboveCodelessRowIsItsCode() {
        func row(_ line: Int, code: String?, label: String = "", cells: Bool = false) -> ExtractedRow {
            ExtractedRow(line: line, codeParts: code.map { [$0] } ?? [], label: label,
                         cells: cells ? [RawCell(column: 0, text: "1.00", line: line)] : [])
        }
        let rows = [row(1, code: "21011", label: "行政事业单位医疗", cells: true), row(2, code: "2101101"),
                    row(3, code: nil, label: "行政单位医疗", cells: true), row(4, code: "2101102"),
                    row(5, code: nil, label: "事业单位医疗", cells: true)]
        XCTAssertEqual(AlignedWrappedCodes.movedDown(rows).map(\.codeParts), [["21011"], ["2101101"], ["2101102"]])
        let doubtful = [row(1, code: nil, label: "某某支出", cells: true), row(2, code: "2101101"),
                        row(3, code: nil, label: "行政单位医疗", cells: true)]
        XCTAssertEqual(AlignedWrappedCodes.movedDown(doubtful).count, 3)
    }

    /// A measure with no year read over it between two measures under years: its values are
    /// rejected, the others read under their years.
    func testMeasureBetweenYearsWithoutItsYearIsRejected() throws {
        let doc = FamilyFixture.extract([
            "                  部门收入决算表",                   // 1
            "                                     单位：万元",   // 2
            "         2020 年           2021 年",                // 3
            "  项目",                                           // 4
            "          完成数      预算数        完成数",         // 5
            "税收收入   27,631   33,385     33,385",             // 6
            "增值税     13,950   18,835     17,585",             // 7
        ])
        let s = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(s).last, "L7 |增值税 → 2020年 / 完成数=13,950@7 2021年 / 完成数=17,585@7")
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.yearCaptionUnknown.description }.map(\.text), ["33,385", "18,835"])
    }

    /// A word printed wider than the column it stands over (a Chinese character prints two text
    /// columns wide) reaches over the next column too: the caption of both, not the top line of
    /// one name wrapped around the row's middle line.
    func testCaptionPrintedOverTwoColumnsIsNoWrappedName() throws {
        let doc = FamilyFixture.extract([
            "                         三公经费预算表",                                                   // 1
            "                                                                 单位：万元",              // 2
            "                    因公出国(境)                       公车购置及运行维护费",                 // 3
            "   项目      合计                 公务接待费",                                              // 4
            "                      经费                      合计       车辆购置     车辆运行",          // 5
            "2015年      2,840.00     90.00   1,400.00      1,350.00    73.00  1,277.00",                // 6
            "2016年      2,364.00     12.00   1,356.00        996.00    37.00    959.00",                // 7
        ])
        XCTAssertEqual(try columns(doc), ["合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费 / 合计",
                                          "公车购置及运行维护费 / 车辆购置", "公车购置及运行维护费 / 车辆运行"])
    }
}
