import XCTest
@testable import BudgetETL

/// A header printed in narrow cells (a browser or word processor's table through pdftotext
/// -layout): each column's name wraps over two to five lines, one or two characters a line, the
/// pieces of one name stand every other line with other cells' words between them, the name
/// column's title stands one character a line around the code column's title, and a caption
/// drifts off the centre of its columns.
final class ExtractNarrowCellHeaderTests: XCTestCase {
    private let header = [
        "                                     基本支出                                 项目支出",     // 1
        "                                    人员经费               公用经费",                       // 2
        "     科",                                                                             // 3
        "     目                                     对个",                                      // 4
        "科目编码        总计                                                商品",                   // 5
        "                                           人和                             其他运",        // 6
        "     名                合计               工资福                    和服     合计       特定目标类", // 7
        "                               小计          家庭          小计                  转类",      // 8
        "     称                                 利支出                    务支",                 // 9
        "                                           的补",                                      // 10
        "                                                              出",                     // 11
        "                                            助",                                       // 12
    ]
    private let body = [
        "         240.00     90.00  60.00  50.00  10.00  30.00  30.00     150.00  40.00  110.00",
        "2050803        3.93     3.93                           3.93   3.93",
        "2080505       95.30    95.30   95.30   95.30",
        "2080599       11.45    11.45   11.45           11.45",
    ]

    private func fitted() -> AlignedHeader {
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        return AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
    }

    func testNarrowCellNamesJoinIntoTheBodysTenColumns() {
        let h = fitted()
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].identifying.map { $0.path.joined() }, ["科目编码", "科目名称"])
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "总计", "基本支出 / 合计", "基本支出 / 人员经费 / 小计", "基本支出 / 人员经费 / 工资福利支出",
            "基本支出 / 人员经费 / 对个人和家庭的补助", "基本支出 / 公用经费 / 小计", "基本支出 / 公用经费 / 商品和服务支出",
            "项目支出 / 合计", "项目支出 / 其他运转类", "项目支出 / 特定目标类",
        ])
    }

    /// The values of rows with gaps land under their own columns by position.
    func testValuesOfRowsWithGapsLandInTheirColumns() {
        let doc = FamilyFixture.extract(["                部门支出预算表", "编制单位：某某局                     单位：万元"] + header + body)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L18 2080599| → 总计=11.45@18 基本支出 / 合计=11.45@18 基本支出 / 人员经费 / 小计=11.45@18 "
            + "基本支出 / 人员经费 / 对个人和家庭的补助=11.45@18"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L16 2050803| → 总计=3.93@16 基本支出 / 合计=3.93@16 基本支出 / 公用经费 / 小计=3.93@16 "
            + "基本支出 / 公用经费 / 商品和服务支出=3.93@16"), rows.joined(separator: "\n"))
    }

    /// Two name words stacked in one band are one column's name; a measure word under a caption
    /// word stays a cell of its own.
    func testStackedNameWordsAreOneName() {
        typealias Node = AlignedHeader.Node
        let words: [[Node]] = ["科", "目", "", "名", "称"].enumerated().map { n, text in
            n == 2 ? [Node(text: "科目编码", start: 0, end: 4, firstLine: n, lastLine: n)]
                : [Node(text: text, start: 5, end: 6, firstLine: n, lastLine: n)]
        }
        let joined = WrappedHeaderPieces.joined(words, columns: [.init(lower: -.infinity, upper: 20)])
        XCTAssertEqual(joined.map { $0.map(\.text) }, [["科目名称"], [], ["科目编码"], [], []])
        let measure: [[Node]] = [[Node(text: "预算数", start: 5, end: 8, firstLine: 0, lastLine: 0)],
                                 [Node(text: "合计", start: 5, end: 7, firstLine: 1, lastLine: 1)]]
        XCTAssertEqual(WrappedHeaderPieces.joined(measure, columns: [.init(lower: -.infinity, upper: 20)]).map { $0.map(\.text) },
                       [["预算数"], ["合计"]])
    }

    /// A caption printed beside a tall cell of the line below (`合计` between `本年拨款` and its
    /// column) heads only its own column: the tall cell is out of its reach.
    func testCaptionDoesNotTakeATallCellOutOfReach() {
        let paths = AlignedHeader(header: [
            "                                                                      本年拨款",
            "   科目编码             科目名称                      合计                     一般公共预算",
        ].enumerated().map { n, text in TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true) })
            .sections.flatMap(\.values).map { $0.path.joined(separator: " / ") }
        XCTAssertFalse(paths.contains("本年拨款 / 合计"), paths.joined(separator: ", "))
    }

    /// A first row whose name wrapped wholly off its line, one character above it: that
    /// character is the row's, not a header line.
    func testNameCharacterAboveANamelessRowIsNoHeader() {
        let line = { (text: String, n: Int) in TableLines.prepare(text, number: n, tab: false, mangled: false, aligned: true) }
        XCTAssertTrue(TableLines.isNameFragment(line("       合", 1), of: line("         240.00     90.00  60.00", 2)))
        XCTAssertFalse(TableLines.isNameFragment(line("       合计", 1), of: line("         240.00     90.00  60.00", 2)))
        XCTAssertFalse(TableLines.isNameFragment(line("                   收入", 1), of: line("         240.00     90.00  60.00", 2)))
    }

    /// A first row that opens with its code and whose name wrapped wholly off its line: the name's
    /// pieces above it stand between the code and the first value.
    func testNamePieceBetweenCodeAndValuesIsNoHeader() {
        let line = { (text: String, n: Int) in TableLines.prepare(text, number: n, tab: false, mangled: false, aligned: true) }
        let row = line("    052001                         2    2    2   100%", 2)
        XCTAssertTrue(TableLines.isNameFragment(line("           某某县", 1), of: row))
        XCTAssertTrue(TableLines.isNameFragment(line("           [052 医", 1), of: row))
        XCTAssertFalse(TableLines.isNameFragment(line("           项目名称", 1), of: row))
        XCTAssertFalse(TableLines.isNameFragment(line("           某某县                          数", 1), of: row))
        XCTAssertFalse(TableLines.isNameFragment(line("           2022", 1), of: row))
    }

    /// Cells two characters wide: each name stacks over four or five lines and its pieces end in
    /// characters a name may end with (`资金`, `成本`, `得分`); the first row's name wraps over
    /// lines of its own under the name column's title, above its numbers.
    private let deepHeader = [
        "                       系统           资金",
        "                                         成本              满意",
        "            全年   全年    查询           管理           产出指 效益指",
        "科目编    科目                     预算执        指标              度指        自评",
        "            预算   执行    全年           情况           标得分 标得分",
        " 码     名称                     行率         得分              标得        得分",
        "             数   数     执行           得分            率   率",
        "                                         率               分率",
        "                        数            率",
        "       某某",
        "       单位",
    ]
    private let deepBody = [
        "052001        2     2     2   100% 99.5% 98.4%   100%   99.4% 100% 99.59",
        "       项目",
        "052002        3     3     3   100% 99.0% 98.0%   100%   99.0% 100% 99.00",
    ]

    func testTwoCharacterCellsJoinWhateverTheirLastCharacter() {
        let prepared = (deepHeader + deepBody).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let header = Array(prepared.prefix(9)), body = Array(prepared.dropFirst(9))
        XCTAssertTrue(TableLines.standsInNameColumn(prepared[9], under: header[...]))
        XCTAssertFalse(TableLines.standsInNameColumn(prepared[8], under: header.dropLast()))
        let h = AlignedGridReader.fittedHeader(header, body: body)
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "全年预算数", "全年执行数", "系统查询全年执行数", "预算执行率", "资金管理情况得分率", "成本指标得分率",
            "产出指标得分率", "效益指标得分率", "满意度指标得分率", "自评得分",
        ])
    }

    /// A finished word of four characters over a stack is the caption of the one column under it.
    func testLongerFinishedWordOverAStackIsNoPiece() {
        typealias Node = AlignedHeader.Node
        let words: [[Node]] = [
            [Node(text: "公用经费", start: 39, end: 43, firstLine: 0, lastLine: 0)],
            [Node(text: "商品和服", start: 39, end: 43, firstLine: 1, lastLine: 1)],
            [Node(text: "务支出", start: 40, end: 43, firstLine: 2, lastLine: 2)],
        ]
        let joined = WrappedHeaderPieces.joined(words, columns: [.init(lower: 35, upper: 47)], anyEnding: true)
        XCTAssertEqual(joined.map { $0.map(\.text) }, [["公用经费"], ["商品和服务支出"], []])
        XCTAssertTrue(WrappedHeaderPieces.stacksDeep(words[0][0], in: words))
    }
}

/// Narrow cells of three or four characters: a name on the line of a 小计 wraps over three
/// lines whatever its last character (`对个人` / `和家庭` / `的补助`), and a caption wrapped in its
/// own narrow cell (`公用经` / `费`) heads the column printed on the lines below it.
final class ExtractNarrowCaptionTests: XCTestCase {
    func testNameAmongSubtotalsAndWrappedCaption() {
        let header = [
        "                                        基本支出                                项目支出",
        "                                                       公用经",
        "                                        人员经费",
        "     科目名                                                费",
        "科目编码               合计                                                       其他运转",
        "      称                      小计            对个人         商品和        小计             特定目标类",
        "                                      工资福利                                    类",
        "                                           和家庭         服务支",
        "                                       支出",
        "                                           的补助          出",
        ]
        let body = [
            "         合计    800.00 300.00   200.00   40.00   60.00 500.00     100.00 400.00",
            "309             800.00 300.00   200.00   40.00   60.00 500.00     100.00 400.00",
        ]
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let h = AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 其他运转类", "项目支出 / 特定目标类",
        ])
    }
}

/// A caption over a single narrow column (`公用经费` over `商品和服` / `务支出`) heads that column
/// alone: the 小计 beside it is the next caption's.
final class ExtractNarrowSingleColumnCaptionTests: XCTestCase {
    func testCaptionOverOneColumnKeepsItsNeighbourOut() {
        let header = [
            "                            基本支出                   项目支出",
            "                           人员经费        公用经费",
            "科目编码 科目名称   合计                  对个人和                   其他运转",
            "                   小计 工资福利             商品和服 小计",
            "                                家庭的补                     类",
            "                         支出             务支出",
            "                                  助",
        ]
        let body = ["     合计 8400.00 600.00  500.00  12.00   88.00 7800.00 7800.00"]
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let h = AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 其他运转类",
        ])
    }
}

/// A narrow name column whose names wrap around their number line, half above and half below,
/// the number line itself holding no name. Where the two pieces start at one column (a cell's text
/// centred on its row: `AlignedRows.Centred`) they are that row's name; where they do not, which
/// row those numbers belong to cannot be told: they are rejected, not given to a neighbour's name.
final class ExtractNamelessRowTests: XCTestCase {
    private func document(belowIndent: Int, above: [String] = ["             某某局公用经费在职人"]) -> ExtractedDocument {
        FamilyFixture.extract([
            "                              部门支出预算表",
            "编制单位：某某局                                        单位：万元",
            "                                               本年拨款",
            "科目编码             科目名称         合计",
            "                                           一般公共预算",
            "             合计                         1,090.51       1,090.51",
            "309          某某局                      1,090.51       1,090.51",
        ] + above + [
            "                                            1.10             1.10",
            String(repeating: " ", count: belowIndent) + "员公用经费培训费(行政)",
            "             工会经费(行政)                       2.30             2.30",
        ])
    }

    /// Right under a two-sided header the first row's name wraps around its number line
    /// (`一、一般公共预算资` / numbers / `金`, a browser centring the row's cells). The number starts
    /// its line left of the right side's name column, so it is the left side's (never the right
    /// side's 合计); the piece above starts a row (`一、`) and stands with the one below it in the
    /// left side's name column: one piece above, one below, the row's centred name.
    func testNumberBetweenTwoNamePiecesUnderATwoSidedHeaderIsTheLeftSidesRow() {
        let doc = FamilyFixture.extract([
            "                                         部门财政拨款收支预算总表",
            "   编制单位：某某街道办事处                                                           单位：元",
            "",
            "                 财政拨款收入                                   财政拨款支出",
            "                项目      预算数                        项目          合计               一般公共预算",
            "    一、一般公共预算资",
            "                                   156,211,123 一、一般公共服务支出           2,932,700    2,932,700",
            "    金",
            "    收入总计                           156,211,123 二、公共安全支出             1,633,000    1,633,000",
            "                                           三、教育支出                    250,000      250,000",
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["财政拨款收入", "财政拨款支出"])
        let income = FamilyFixture.rows(sections[0]), spending = FamilyFixture.rows(sections[1])
        XCTAssertEqual(income, ["L7 |一、一般公共预算资 金 → 预算数=156,211,123@7", "L9 |收入总计 → 预算数=156,211,123@9"])
        XCTAssertEqual(spending.first, "L7 |一、一般公共服务支出 → 合计=2,932,700@7 一般公共预算=2,932,700@7")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testNameCentredOnItsNumbersNamesTheRow() {
        let doc = document(belowIndent: 13)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains { $0.contains("|某某局公用经费在职人 员公用经费培训费(行政) →") && $0.contains("1.10") },
                      rows.joined(separator: "\n"))
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason != RejectReason.rowNameUnknown.description })
    }

    /// A line of totals without a name under the header, the next row's name below it, is kept.
    func testNamelessTotalsUnderTheHeaderAreKept() {
        let doc = FamilyFixture.extract([
            "                              部门支出预算表",
            "编制单位：某某中心                                  单位：万元",
            "                                               本年拨款",
            "科目编码             科目名称         合计",
            "                                           一般公共预算",
            "                                            7877.00    7877.00",
            "         某某医疗保险",
            "313002                                 7877.00    7877.00",
        ])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason != RejectReason.rowNameUnknown.description })
        XCTAssertEqual(doc.tables[0].sections[0].rows.first?.cells.map(\.text), ["7877.00", "7877.00"])
    }
}
