import XCTest
@testable import BudgetETL

/// Column-aligned headers (pdftotext -layout of a printed table) whose words wrapped inside their
/// cells: the pieces stand on lines apart, with other cells' words between them, and not exactly
/// over each other. The body's full rows tell how many value columns there are and where.
final class ExtractFamilyWrappedAlignedHeaderTests: XCTestCase {
    private func header(_ lines: [String], body: [String]) -> AlignedHeader {
        let prepared = (lines + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        return AlignedGridReader.fittedHeader(Array(prepared.prefix(lines.count)), body: Array(prepared.dropFirst(lines.count)))
    }
    private func paths(_ section: AlignedHeader.Section) -> [String] { section.values.map { $0.path.joined(separator: " / ") } }

    /// `工资福利` / `支出` and `对个人和家` / `庭的补助` printed two lines apart, a `小计` of a taller
    /// cell between them: read word by word the header names 13 columns for 10 values.
    func testPiecesWithAnotherCellsWordBetweenJoinByTheBodysColumns() {
        let doc = FamilyFixture.extract([
            "                                                 部门支出预算表",                                                       // 1
            "编制单位：某某局                                                                                    单位：万元",             // 2
            "                                                   基本支出                               项目支出",                     // 3
            "                                               人员经费               公用经费",                                        // 4
            "科目编码        科目名称      总计                                                              其他运转",                   // 5
            "                                合计            工资福利 对个人和家            商品和服       合计             特定目标类",   // 6
            "                                        小计                     小计                       类",                         // 7
            "                                               支出     庭的补助           务支出",                                      // 8
            "       合计          2,400.00   600.00 500.00  420.00   80.00 100.00  100.00  1,800.00 300.00 1,500.00",              // 9
            "201     一般公共服务     2,400.00   600.00 500.00     420.00   80.00 100.00   100.00  1,800.00     300.00 1,500.00",       // 10
            "2010301 行政运行            600.00   600.00 500.00     420.00   80.00 100.00   100.00",                                  // 11
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), [
            "总计", "基本支出 / 合计", "基本支出 / 人员经费 / 小计", "基本支出 / 人员经费 / 工资福利支出",
            "基本支出 / 人员经费 / 对个人和家庭的补助", "基本支出 / 公用经费 / 小计", "基本支出 / 公用经费 / 商品和服务支出",
            "项目支出 / 合计", "项目支出 / 其他运转类", "项目支出 / 特定目标类",
        ])
        let rows = FamilyFixture.rows(section)
        XCTAssertEqual(rows.last, "L11 2010301|行政运行 → 总计=600.00@11 基本支出 / 合计=600.00@11 "
            + "基本支出 / 人员经费 / 小计=500.00@11 基本支出 / 人员经费 / 工资福利支出=420.00@11 "
            + "基本支出 / 人员经费 / 对个人和家庭的补助=80.00@11 基本支出 / 公用经费 / 小计=100.00@11 "
            + "基本支出 / 公用经费 / 商品和服务支出=100.00@11")
    }

    /// A row of narrow columns whose names all wrapped, a taller `合计` cell printed between their
    /// two lines: a head longer than two characters (`其他单位经` / `营收入`) joins its tail like the
    /// short ones, since no other word stands over the tail and wrapped text fills the upper line.
    func testLongWrappedTailInARowOfWrappedNamesJoinsItsHead() {
        let h = header([
            "                                                     收入预算",
            "    科目编码                     科目名称                财政拨款收 附属收 其他单位经 杂项收",
            "                                      合计",
            "                                                   入    入   营收入   入",
        ], body: [
            "    301     商品服务支出                     1,500,000    1,200,000   0   0     300,000",
            "    30101   办公费                           900,000      800,000     0   0     100,000",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 附属收入",
                                              "收入预算 / 其他单位经营收入", "收入预算 / 杂项收入"])
    }

    /// A measure's name wrapped so that its last character, 款, stands alone two lines under its head
    /// (`政府性基金` / `预算财政拨` / `款`, a taller cell's line between):
    /// it is the name's tail, not a classification's 款 column, so the value under it keeps its
    /// column and no code column splits the section; and `政府性基金`, though it reads finished, is
    /// the cell's first line, as its neighbour `国有资本经` is (`HeaderFit.isTopLineOfWrappedCell`).
    func testLoneKuanUnderAnUnfinishedMeasureIsItsTail() {
        let h = header([
            "                    收入                                         支出",
            "                                                                    政府性基金 国有资本经",
            "                         行                       行            一般公共预",
            "          项目                   金额        项目           合计            预算财政拨 营预算财政",
            "                         次                       次            算财政拨款",
            "                                                                      款    拨款",
        ], body: [
            "    一、某项收入          1 500.00 一、某项支出  33  500.00       300.00   150.00    50.00",
            "    二、另项收入          2   0.00 二、另项支出  34    0.00         0.00     0.00     0.00",
        ])
        XCTAssertEqual(h.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(paths(h.sections[1]), ["行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"])
    }

    /// 类 款 项 side by side under 科目编码 stay code columns.
    func testKuanUnderACodeWordStaysACodeColumn() {
        XCTAssertFalse(HeaderFit.isWrappedCodeTail("科目编码", "款"))
        XCTAssertTrue(HeaderFit.isWrappedCodeTail("基金预算拨", "款"))
    }

    /// A two-sided table: each source column's name wrapped over the line that holds the other
    /// side's 项目 and 合计; the pieces are joined, one column each.
    func testTwoSidedTableWithWrappedColumnNames() {
        let h = header([
            "          收入                                           支出",
            "               行                       行            一般公共预算财政 政府性基金预算财     国有资本经营预算财",
            "     项目             金额       项目             合计",
            "               次                       次               拨款       政拨款          政拨款",
        ], body: [
            "一、一般公共预算财政拨款  1 842.48 一、一般公共服务支出     33   12.00          10.00   2.00          0.00",
            "二、政府性基金预算财政拨款  2  0.00 二、外交支出        34    0.00           0.00   0.00          0.00",
        ])
        XCTAssertEqual(h.sections.count, 2)
        XCTAssertEqual(paths(h.sections[1]), ["行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"])
    }

    /// A caption centred over several columns is not a piece of the column name under it
    /// (`收入预算` over `事业收入`), although the header names one column more than the body
    /// holds (a wrapped row name read as a header line): the header stays as read word by word.
    func testACaptionOverSeveralColumnsIsNoPiece() {
        let lines = [
            "                                        收入预算",
            "科目编码       科目名称                                    事业单位经",
            "                     合计         财政拨款收入 事业收入              其他收入",
            "                                                    营收入",
            "          一般公共服务支",
        ]
        let body = ["201                 2,932,700    2,932,700     0       0      0",
                    "20105     统计信息事务     257,700      257,700      0       0      0"]
        let h = header(lines, body: body)
        XCTAssertTrue(h.sections[0].values.allSatisfy { $0.path.first == "收入预算" || $0.path.count == 1 })
        XCTAssertFalse(paths(h.sections[0]).contains { $0.contains("收入预算事业收入") })
    }

    /// Pieces join only inside one body column, and only under an unfinished word.
    func testPiecesJoinWithinOneBodyColumnOnly() {
        typealias Node = AlignedHeader.Node
        let words: [[Node]] = [
            [Node(text: "商品和服", start: 10, end: 14, firstLine: 0, lastLine: 0),
             Node(text: "人员经费", start: 30, end: 34, firstLine: 0, lastLine: 0)],
            [Node(text: "小计", start: 20, end: 22, firstLine: 1, lastLine: 1)],
            [Node(text: "务支出", start: 11, end: 14, firstLine: 2, lastLine: 2),
             Node(text: "支出", start: 31, end: 33, firstLine: 2, lastLine: 2)],
        ]
        let one = WrappedHeaderPieces.ColumnSpan(lower: 5, upper: 16)
        let joined = WrappedHeaderPieces.joined(words, columns: [one, .init(lower: 16, upper: 25), .init(lower: 25, upper: 36)])
        // 人员经费 is a finished word: 支出 under it is a cell of its own.
        XCTAssertEqual(joined.map { $0.map(\.text) }, [["商品和服务支出", "人员经费"], ["小计"], ["支出"]])
        XCTAssertEqual(joined[0][0].lastLine, 2)
        // The piece under it standing in another body column, in the text and on paper (a Chinese
        // character prints two columns wide), is not its piece.
        var shifted = words
        shifted[2][0] = Node(text: "务支出", start: 15, end: 18, firstLine: 2, lastLine: 2)
        let apart = WrappedHeaderPieces.joined(shifted, columns: [.init(lower: 5, upper: 16), .init(lower: 16, upper: 36)])
        XCTAssertEqual(apart.map { $0.map(\.text) }, [["商品和服", "人员经费"], ["小计"], ["务支出", "支出"]])
        // A word that heads several columns in the header read word by word, standing over two
        // body columns, is a caption.
        var centred = words
        centred[2][0] = Node(text: "务支出", start: 10, end: 13, firstLine: 2, lastLine: 2)
        let bands: [WrappedHeaderPieces.ColumnSpan] = [.init(lower: 5, upper: 12), .init(lower: 12, upper: 36)]
        let caption = WrappedHeaderPieces.joined(centred, columns: bands, heads: [words[0][0]])
        XCTAssertEqual(caption.map { $0.map(\.text) }, [["商品和服", "人员经费"], ["小计"], ["务支出", "支出"]])
        // Not read as heading several columns, the same word is the top of its cell.
        XCTAssertEqual(WrappedHeaderPieces.joined(centred, columns: bands).map { $0.map(\.text) },
                       [["商品和服务支出", "人员经费"], ["小计"], ["支出"]])
    }
}

/// A caption printed alone on its line, centred over three columns, stands exactly over the
/// middle one (a spreadsheet's merged cell): a column that wide would have held both words on one
/// line, so it is the caption, not the top of that column's name; a narrow column's name wraps.
final class ExtractAlignedCaptionOverMiddleColumnTests: XCTestCase {
    private func paths(_ lines: [String]) -> [String] {
        let header = AlignedHeader(header: lines.enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        })
        return header.sections.flatMap(\.values).map { $0.path.joined(separator: " / ") }
    }

    func testCaptionOverTheMiddleOfThreeWideColumns() {
        XCTAssertEqual(paths([
            "                                               支出预算",
            "  科目编码           科目名称           合计             基本支出                项目支出",
        ]), ["支出预算 / 合计", "支出预算 / 基本支出", "支出预算 / 项目支出"])
    }

    func testNarrowColumnsNameStillWraps() {
        XCTAssertEqual(paths([
            "                                           收入预算",
            "                                                      事业单位经营",
            " 科目编码       科目名称    合计        财政拨款收入       事业收入         收入     其他收入",
        ]), ["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 事业收入", "收入预算 / 事业单位经营收入", "收入预算 / 其他收入"])
    }
}

/// A header squeezed into narrow cells: words one space apart drift off their columns, so only
/// their order tells which piece ends which word.
final class ExtractSqueezedAlignedHeaderTests: XCTestCase {
    private let header = [
        "                  本年收入 财政拨款 上级补助 事业收 经营收 附属单位 其他收",
        "科目编码      科目名称",
        "                   合计     收入     收入    入    入    上缴收入   入",
    ]

    func testTwoLinesOfAsManyWordsAsColumnsPairByOrder() {
        let doc = FamilyFixture.extract(["                收入决算表", "编制单位：某某中心                                  单位：万元"] + header + [
            "          合计       500.00 400.00  50.00 30.00 10.00   6.00 4.00",
            "206       科学技术支出      300.00    200.00   50.00   30.00   10.00   6.00   4.00",
            "20699     其他科学技术支出  300.00    200.00   50.00   30.00   10.00   6.00   4.00",
            "208       社会保障和就业支出 200.00    200.00    0.00    0.00    0.00   0.00   0.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined),
                       ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L7 206|科学技术支出 → 本年收入合计=300.00@7 财政拨款收入=200.00@7 "
            + "上级补助收入=50.00@7 事业收入=30.00@7 经营收入=10.00@7 附属单位上缴收入=6.00@7 其他收入=4.00@7")
    }

    func testOtherCountsAreNotPaired() {
        // A body of six columns: the words do not pair one to one, the header is left as read.
        let prepared = header.enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        XCTAssertNil(WrappedHeaderPieces.pairedByOrder(prepared, count: 6))
        XCTAssertEqual(WrappedHeaderPieces.pairedByOrder(prepared, count: 7)?.sections[0].values.count, 7)
    }

    func testALeadInCentredOverTheWholeAndItsPartsHeadsThePartsOnly() {
        // A workbook centres 其中: in its merged cell; its words stand nearer the centre of the run
        // that takes in 总收入 too, but 其中: lists the parts of the whole printed before them.
        let doc = FamilyFixture.extract([
            "某县部门收支对比表", "单位：万元", "                                其中:",
            "   项目     总收入        医疗收入       财政补助收入     其他收入",
            "甲类        100.00         60.00          30.00          10.00",
            "乙类        200.00        120.00          60.00          20.00",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["总收入", "其中: / 医疗收入", "其中: / 财政补助收入", "其中: / 其他收入"])
    }
}
