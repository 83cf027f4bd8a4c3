import XCTest
@testable import BudgetETL

/// A spreadsheet's table printed by a browser or a word processor: header cells centred
/// vertically, so a wrapped name's pieces stand one under the other with other cells' lines
/// between them and no header line holds one word per column (`SheetHeaderTiles`).
final class ExtractSheetHeaderTilesTests: XCTestCase {
    private let sheet = [
        "一般公共预算支出预算表",
        "编制单位：某某县某某局                                                     单位：万元",
        "                                    基本支出                       项目支出",
        "                                   人员经费           公用经费",
        "科目编码 科目名称       合计                    对个人和                   特定目标",
        "                         小计   工资福利           商品和服 小计",
        "                                      家庭的补                     类",
        "                               支出             务支出",
        "                                        助",
        "          合计    9,000.00  700.00   500.00   100.00   100.00 8,300.00 8,300.00",
        "        某某县某",
        "101001          9,000.00  700.00   500.00   100.00   100.00 8,300.00 8,300.00",
        "        某局",
        "2010101 行政运行      600.00  600.00   500.00   100.00",
        "2010102 一般行政      100.00  100.00                     100.00",
        "2010199 其他支出    8,300.00                                    8,300.00 8,300.00",
        "2010150 事业运行       90.00   80.00    80.00",
    ]

    private let names = ["合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助",
                         "基本支出/公用经费/商品和服务支出", "项目支出/小计", "项目支出/特定目标类"]

    private func lines(_ texts: [String], from first: Int) -> [TableLines.Line] {
        texts.enumerated().map { n, text in
            TableLines.Line(number: first + n, tokens: Tokenizer.alignedTokens(text, number: first + n), compact: text)
        }
    }

    private func section(_ texts: [String], headerLines: Int) -> AlignedHeader.Section? {
        SheetHeader.section(lines(Array(texts[2..<(2 + headerLines)]), from: 3),
                            body: lines(Array(texts[(2 + headerLines)...]), from: 3 + headerLines))
    }

    func testTheNamesAreCutFromTheCentredPiecesTopDown() {
        let header = lines(Array(sheet[2...8]), from: 3)
        XCTAssertTrue(AlignedGridReader.fittedHeader(header, body: lines(Array(sheet[9...]), from: 10)).misplacesSubtotal)
        XCTAssertNil(SheetHeader.bottomColumns(header, count: 7))
        let read = section(sheet, headerLines: 7)
        XCTAssertEqual(read?.identifying.map(\.path), [["科目编码"], ["科目名称"]])
        XCTAssertEqual(read?.values.map { $0.path.joined(separator: "/") }, names)
    }

    func testALowerCaptionWrappedOverTheOtherIsJoinedAndSetInItsColumnsOrder() {
        var wrapped = sheet
        wrapped.replaceSubrange(3...3, with: [
            "                                              公用经",
            "                                   人员经费",
            "                                               费",
        ])
        XCTAssertEqual(section(wrapped, headerLines: 9)?.values.map { $0.path.joined(separator: "/") }, names)
    }

    func testSparseRowsArePlacedAndARowOffItsSumsIsRejected() {
        let doc = FamilyFixture.extract(sheet)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L14 2010101|行政运行 → 合计=600.00@14 基本支出 / 小计=600.00@14 基本支出 / 人员经费 / 工资福利支出=500.00@14 "
            + "基本支出 / 人员经费 / 对个人和家庭的补助=100.00@14"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L16 2010199|其他支出 → 合计=8,300.00@16 项目支出 / 小计=8,300.00@16 项目支出 / 特定目标类=8,300.00@16"),
                      rows.joined(separator: "\n"))
        // The code's line holds no words: 101001 is the row's code, not its first value.
        XCTAssertTrue(rows.contains { $0.hasPrefix("L12 101001") && $0.contains("合计=9,000.00@12") }, rows.joined(separator: "\n"))
        // 合计 90.00 is not 小计 80.00: the row's columns are a guess for normalize's sums to settle.
        XCTAssertTrue(rows.contains { $0.hasPrefix("L17 2010150") && $0.contains("90.00") }, rows.joined(separator: "\n"))
        XCTAssertTrue(doc.tables[0].sections[0].rows.filter { $0.line == 17 }.flatMap(\.cells).allSatisfy(\.guessed))
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }

    func testANumberLeftOfTheNamedRowsValuesIsTheCode() {
        let values = SheetHeader.rowValues(lines(["          合计    9,000.00  700.00", "101001          9,000.00  700.00"], from: 1))
        XCTAssertEqual(values.map { $0.map(\.text) }, [["9,000.00", "700.00"], ["9,000.00", "700.00"]])
    }

    func testPiecesJoinOnlyDownwardUnderTheOneAboveAndATotalStandsAlone() {
        let piece = { (text: String, line: Int, start: Int) in
            SheetHeaderTiles.Piece(text: text, line: line, start: start, end: start + text.count)
        }
        XCTAssertTrue(SheetHeaderTiles.continues(piece("工资福利", 5, 30), piece("支出", 7, 31)))
        XCTAssertFalse(SheetHeaderTiles.continues(piece("工资福利", 7, 30), piece("支出", 5, 31)))
        XCTAssertFalse(SheetHeaderTiles.continues(piece("工资福利", 5, 30), piece("支出", 7, 40)))
        XCTAssertFalse(SheetHeaderTiles.continues(piece("小计", 5, 30), piece("支出", 7, 30)))
        // Two pieces, one under the other, as one column or two: both cuts are read, one is kept.
        let pieces = [piece("合计", 4, 10), piece("工资福利", 5, 30), piece("支出", 7, 31)]
        XCTAssertEqual(SheetHeaderTiles.tilings(pieces, count: 2), [["合计", "工资福利支出"]])
        XCTAssertEqual(SheetHeaderTiles.tilings(pieces, count: 3), [["合计", "工资福利", "支出"]])
        // Names that spell no class either way: a tie, not read.
        XCTAssertNil(SheetHeaderTiles.best([["合计", "甲乙", "丙"], ["合计", "甲", "乙丙"]]))
        XCTAssertEqual(SheetHeaderTiles.best([["合计", "工资福利支出", "丙"], ["合计", "工资福利", "支出丙"]]), ["合计", "工资福利支出", "丙"])
    }

    /// Pieces stacked one under another each may continue the one above or start a name, so
    /// the ways to cut them double with every piece; asked for more names than pieces, none is
    /// found, and the search stops at its step bound instead of trying every way.
    func testACutTooLongToSearchIsNotRead() {
        let pieces = (0..<22).map { SheetHeaderTiles.Piece(text: "甲乙", line: $0, start: 10, end: 12) }
        XCTAssertNil(SheetHeaderTiles.tilings(pieces, count: 23))
        XCTAssertEqual(SheetHeaderTiles.tilings(Array(pieces.prefix(3)), count: 2)?.count, 2)
    }

    private let wordProcessorTable = [
        "                             一般公共预算支出预算表",
        "编制单位：某某局单位：万元",
        "                                         基本支出                              项目支出",
        "                                                      公用经",
        "                                         人员经费",
        "                                                       费",
        "科目编码        科目名称      合计                                                   其他运",
        "                                小计            对个人 商品和            小计                 特定目标类",
        "                                       工资福                                  转类",
        "                                              和家庭 服务支",
        "                                       利支出",
        "                                              的补助  出",
        "          合计       121,300.00 1,000.00 865.00 75.00   60.00   120,300.00 300.00 120,000.00",
        "101       某某市某局    121,300.00 1,000.00 865.00 75.00   60.00   120,300.00 300.00 120,000.00",
        "2050803 培训支出       3.93      3.93                     3.93",
        "2101101 行政单位医疗     30.91     30.91    30.91",
        "2101501 行政运行       389.34    227.34   198.73 4.56     24.05   162.00       162.00",
    ]

    /// A word processor's table (cells centred vertically, a caption wrapped over the one beside
    /// it): the word-by-word tree reads a header whose groups every full row's sums contradict, and
    /// no total lifted a level mends it; the header read by the sums places the rows.
    func testAHeaderWhoseGroupsTheSumsContradictIsReadByTheSums() {
        let table = wordProcessorTable
        let doc = FamilyFixture.extract(table)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出",
                                                    "基本支出 / 人员经费 / 对个人和家庭的补助", "基本支出 / 公用经费 / 商品和服务支出",
                                                    "项目支出 / 小计", "项目支出 / 其他运转类", "项目支出 / 特定目标类"])
        let rows = FamilyFixture.rows(section)
        XCTAssertEqual(rows.count, 5)
        XCTAssertTrue(rows.contains("L15 2050803|培训支出 → 合计=3.93@15 基本支出 / 小计=3.93@15 基本支出 / 公用经费 / 商品和服务支出=3.93@15"),
                      rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L17 2101501|行政运行 → 合计=389.34@17 基本支出 / 小计=227.34@17 基本支出 / 人员经费 / 工资福利支出=198.73@17 "
            + "基本支出 / 人员经费 / 对个人和家庭的补助=4.56@17 基本支出 / 公用经费 / 商品和服务支出=24.05@17 项目支出 / 小计=162.00@17 "
            + "项目支出 / 其他运转类=162.00@17"), rows.joined(separator: "\n"))
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }

    /// Under a header read by its sums (every full row confirms them), rows that break the sums
    /// are left each alone to normalize's placement by the sums (their cells guessed), however
    /// many: the header stands, the other rows keep their values.
    func testRowsOffTheSumsOfAHeaderReadByThemAreLeftAlone() {
        var table = wordProcessorTable
        let broken = (1...6).map { "20101\($0)0 某某支出\($0)       7.00      7.00   4.00" }
        table += broken
        let doc = FamilyFixture.extract(table)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.filter { !$0.cells.isEmpty && !$0.cells.contains(where: \.guessed) }.count, 5)
        XCTAssertEqual(section.rows.filter { $0.cells.count == 3 && $0.cells.allSatisfy(\.guessed) }.count, 6)
        XCTAssertEqual(doc.rejects.count, 0)
    }

    /// A word processor's 三公 table: every cell centred vertically, so the two-line name of the
    /// column beside the groups (因公出国(境)费) starts a line above the identifying words and ends
    /// a line under them. Its top piece is no lower caption: the block is read from under the top
    /// captions, and every full row's sums confirm the groups.
    func testATallNameStartingAboveTheIdentifyingWordsIsAColumnNotACaption() throws {
        let table = [
            "部门三公经费预算表",
            "单位：万元",
            "                        公务用车购置及运行费                    公务接待费",
            "             因公出国",
            "   项目     合计               公务用车购 公务用车运    国内接 外宾接待",
            "              (境)费   小计                小计",
            "                             置费    行费      待费    费",
            "本年预算数     12.50 1.00   8.00 3.00    5.00    3.50 2.50    1.00",
            "上年预算数     10.00 0.00   6.00 0.00    6.00    4.00 4.00    0.00",
            "上年决算数      9.20 2.00   5.20 1.20    4.00    2.00 1.50    0.50",
        ]
        let doc = FamilyFixture.extract(table)
        let section = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "因公出国(境)费", "公务用车购置及运行费 / 小计",
                                                    "公务用车购置及运行费 / 公务用车购置费", "公务用车购置及运行费 / 公务用车运行费",
                                                    "公务接待费 / 小计", "公务接待费 / 国内接待费", "公务接待费 / 外宾接待费"])
        let rows = FamilyFixture.rows(section)
        XCTAssertTrue(rows.contains("L10 |上年决算数 → 合计=9.20@10 因公出国(境)费=2.00@10 公务用车购置及运行费 / 小计=5.20@10 "
            + "公务用车购置及运行费 / 公务用车购置费=1.20@10 公务用车购置及运行费 / 公务用车运行费=4.00@10 公务接待费 / 小计=2.00@10 "
            + "公务接待费 / 国内接待费=1.50@10 公务接待费 / 外宾接待费=0.50@10"), rows.joined(separator: "\n"))
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }
}
