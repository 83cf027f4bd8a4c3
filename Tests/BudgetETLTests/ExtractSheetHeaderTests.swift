import XCTest
@testable import BudgetETL

/// A spreadsheet's table (Excel, WPS, LibreOffice Calc) printed to PDF and read back by
/// pdftotext -layout: each header cell's text at the bottom of its cell, lines of Chinese words
/// packed together, so captions and wrapped pieces stand off their columns (`SheetHeader`).
final class ExtractSheetHeaderTests: XCTestCase {
    /// A county bureau's export: 公用经费 stands over 项目支出's 小计, the wrapped pieces are packed
    /// to the left of their columns, and the word-by-word tree puts a 小计 off its group.
    private let sheet = [
        "部门支出预算表",
        "编制单位：某某县某某局单位：元",
        "                                             基本支出                                  项目支出",
        "                                             人员经费                 公用经费",
        "",
        "                                       工资福利 对个人和家 商品和服",
        "科目编码      科目名称    合计         小计          支出      庭的补助    务支出                 小计     特定目标类",
        "         合计     1,250,300.00  450,300.00  300,000.00  50,300.00  100,000.00          800,000.00  800,000.00",
        "         某某县某",
        "  101001 某局     1,250,300.00  450,300.00  300,000.00  50,300.00  100,000.00          800,000.00  800,000.00",
        "         行政运行",
        " 2010101            350,300.00  350,300.00  300,000.00  50,300.00",
        " 2010102 一般行政     100,000.00  100,000.00                          100,000.00",
        "         管理事务",
        " 2010199 其他支出     800,000.00                                                     800,000.00  800,000.00",
        " 2010150 事业运行      90.00      80.00      80.00",
    ]

    private func lines(_ texts: [String], from first: Int) -> [TableLines.Line] {
        texts.enumerated().map { n, text in
            TableLines.Line(number: first + n, tokens: Tokenizer.alignedTokens(text, number: first + n), compact: text)
        }
    }

    func testTheWordByWordTreeRejectsTheHeaderAndTheSheetReadingNamesEveryColumn() {
        let header = lines(Array(sheet[2...6]), from: 3).filter { !$0.tokens.isEmpty }
        let body = lines(Array(sheet[7...]), from: 8)
        XCTAssertTrue(AlignedGridReader.fittedHeader(header, body: body).misplacesSubtotal)
        let section = SheetHeader.section(header, body: body)
        XCTAssertEqual(section?.identifying.map(\.path), [["科目编码"], ["科目名称"]])
        XCTAssertEqual(section?.values.map { $0.path.joined(separator: "/") }, [
            "合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/人员经费/对个人和家庭的补助",
            "基本支出/公用经费/商品和服务支出", "项目支出/小计", "项目支出/特定目标类",
        ])
    }

    func testACaptionOverTheIdentifyingColumnsIsPassedOver() {
        var other = sheet
        other[2] = "   功能分类科目                              基本支出                                  项目支出"
        let section = SheetHeader.section(lines(Array(other[2...6]), from: 3).filter { !$0.tokens.isEmpty }, body: lines(Array(other[7...]), from: 8))
        XCTAssertEqual(section?.values.map { $0.path.joined(separator: "/") }.prefix(3), ["合计", "基本支出/小计", "基本支出/人员经费/工资福利支出"])
    }

    func testSparseRowsArePlacedByTheFullRowsAndARowOffItsSumsIsLeftToTheSums() throws {
        let doc = FamilyFixture.extract(sheet)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section).filter { $0.contains("2010") }.prefix(3), [
            "L12 2010101|行政运行 → 合计=350,300.00@12 基本支出 / 小计=350,300.00@12 基本支出 / 人员经费 / 工资福利支出=300,000.00@12 "
                + "基本支出 / 人员经费 / 对个人和家庭的补助=50,300.00@12",
            "L13 2010102|一般行政 管理事务 → 合计=100,000.00@13 基本支出 / 小计=100,000.00@13 基本支出 / 公用经费 / 商品和服务支出=100,000.00@13",
            "L15 2010199|其他支出 → 合计=800,000.00@15 项目支出 / 小计=800,000.00@15 项目支出 / 特定目标类=800,000.00@15",
        ])
        // 合计 90.00 is not 小计 80.00: a value of that row stands under a column not its own, so
        // its columns are a guess, for normalize's placement to settle by the sums or reject.
        let offRow = try XCTUnwrap(section.rows.first { $0.label == "事业运行" })
        XCTAssertEqual(offRow.cells.map(\.text), ["90.00", "80.00", "80.00"])
        XCTAssertTrue(offRow.cells.allSatisfy(\.guessed))
        XCTAssertEqual(doc.rejects.map(\.text), [])
        let corpus = try GeneralityCorpus.shared.get()
        let normalized = corpus.normalizer.normalize(corpus.extractor.extract(bytes: Array(sheet.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: ""))
        XCTAssertEqual(normalized.rejects.map(\.text).filter { ["90.00", "80.00"].contains($0) }.count, 3, normalized.rejects.map(\.text).joined(separator: " "))
    }

    func testAPlaceholderInAFullRowIsTheSpreadsheetsZero() {
        var dashed = Array(sheet.prefix(11))
        for n in [7, 9] {
            dashed[n] = dashed[n].replacingOccurrences(of: "1,250,300.00", with: "1,200,000.00")
                .replacingOccurrences(of: "450,300.00", with: "400,000.00").replacingOccurrences(of: "50,300.00", with: "    -    ")
        }
        let section = SheetHeader.section(lines(Array(dashed[2...6]), from: 3).filter { !$0.tokens.isEmpty }, body: lines(Array(dashed[7...]), from: 8))
        XCTAssertEqual(section?.values.count, 7)
        XCTAssertEqual(SheetHeaderGroups.amount("-"), .zero)
        XCTAssertEqual(SheetHeaderGroups.amount("1,200.50"), ExactDecimal.parse("1200.50"))
    }

    func testALowerCaptionTheClassificationDoesNotPlaceKeepsTheTableRejected() {
        var other = sheet
        other[3] = "                                             甲类经费                 乙类经费"
        let doc = FamilyFixture.extract(other)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.subtotalOffItsGroup.description])
    }

    func testFullRowsWhoseGroupTotalsDoNotAddUpKeepTheTableRejected() {
        var other = sheet
        other[7] = "         合计     1,250,300.00  450,300.00  300,000.00  50,300.00  100,000.00          800,000.00  700,000.00"
        let doc = FamilyFixture.extract(other)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
    }

    func testPiecesGoToTheColumnsTheirJoinedNamesSpellOrTheOnlyOnes() {
        // Packed left of their columns: position would give 工资福利 to 小计's neighbour.
        XCTAssertEqual(SheetHeaderPieces.joined(["合计", "小计", "出", "庭的补助", "支出", "小计", "其他运转类"],
                                                pieces: [["工资福利支", "对个人和家", "商品和服务"]]),
                       ["合计", "小计", "工资福利支出", "对个人和家庭的补助", "商品和服务支出", "小计", "其他运转类"])
        // A piece on a higher line goes to one of the columns with a piece under it.
        XCTAssertEqual(SheetHeaderPieces.joined(["合计", "支出", "助", "类"], pieces: [["对个人和"], ["工资福利", "家庭的补", "特定目标"]]),
                       ["合计", "工资福利支出", "对个人和家庭的补助", "特定目标类"])
        // Two pieces over three columns, no name telling which: not read.
        XCTAssertNil(SheetHeaderPieces.joined(["合计", "甲", "乙", "丙"], pieces: [["一一", "二二"]]))
    }

    func testLowerCaptionsTakeTheColumnsOfTheirKindInOneGroup() {
        let paths = [["合计"], ["基本支出", "小计"], ["基本支出", "工资福利支出"], ["基本支出", "商品和服务支出"], ["基本支出", "资本性支出"]]
        let names = paths.map { $0.last! }
        let groups = [(1, 5)]
        // 资本性支出 is 公用经费 in some templates only: a group with a lower caption leaves it open.
        XCTAssertNil(SheetHeaderGroups.lowered(paths, names: names, lower: ["人员经费", "公用经费"], groups: groups))
        XCTAssertEqual(SheetHeaderGroups.lowered(Array(paths.prefix(4)), names: Array(names.prefix(4)), lower: ["人员经费", "公用经费"],
                                                 groups: [(1, 4)])?.map { $0.joined(separator: "/") },
                       ["合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/公用经费/商品和服务支出"])
        // Captions in the other order than their columns: not read.
        XCTAssertNil(SheetHeaderGroups.lowered(Array(paths.prefix(4)), names: Array(names.prefix(4)), lower: ["公用经费", "人员经费"],
                                               groups: [(1, 4)]))
    }

    /// Placeholders count as zero, so full rows of `-` or 0 add up under any grouping: they
    /// confirm none, and the groups need two full rows with every group's total nonzero.
    func testRowsOfPlaceholdersOrZerosConfirmNoGrouping() {
        let names = ["合计", "小计", "甲类", "乙类", "小计", "丙类"]
        let captions = [["基本支出", "项目支出"]]
        func row(_ texts: [String]) -> [Token] { texts.enumerated().map { Token(text: $1, line: 1, column: $0 * 12) } }
        let dashes = row(["-", "-", "-", "-", "-", "-"]), zeros = row(["0", "0.00", "0", "0", "0", "0"])
        let full = row(["30.00", "20.00", "5.00", "15.00", "10.00", "10.00"])
        let other = row(["6.00", "4.00", "1.00", "3.00", "2.00", "2.00"])
        XCTAssertNil(SheetHeaderGroups.paths(names, captions: captions, rows: [dashes, zeros]))
        XCTAssertNil(SheetHeaderGroups.paths(names, captions: captions, rows: [full, dashes, zeros]))
        XCTAssertEqual(SheetHeaderGroups.paths(names, captions: captions, rows: [full, dashes, other])?.map { $0.joined(separator: "/") },
                       ["合计", "基本支出/小计", "基本支出/甲类", "基本支出/乙类", "项目支出/小计", "项目支出/丙类"])
    }

    /// A value placed past the header's columns is under no group: no sum vouches for it, so it
    /// is rejected, the row's values that add up kept.
    func testAValuePastTheHeadersColumnsIsRejected() {
        let names = ["合计", "小计", "甲类", "小计", "丙类"]
        let section = AlignedHeader.Section(name: "", leaves: names.enumerated().map {
            AlignedHeader.Leaf(path: [$1], role: .value, anchor: Double($0 * 12))
        })
        var rows = [ExtractedRow(line: 9, label: "某项", cells: [
            RawCell(column: 0, text: "30.00", line: 9), RawCell(column: 1, text: "20.00", line: 9), RawCell(column: 2, text: "20.00", line: 9),
            RawCell(column: 3, text: "10.00", line: 9), RawCell(column: 4, text: "10.00", line: 9), RawCell(column: 5, text: "7.00", line: 9),
        ])]
        let rejects = SheetHeaderGroups.doubtRowsOffTheirSums(&rows, section)
        XCTAssertEqual(rejects.map(\.text), ["7.00"])
        XCTAssertEqual(rows[0].cells.map(\.text), ["30.00", "20.00", "20.00", "10.00", "10.00"])
    }

    /// The sheet's columns stand where its rows' values stand, not under its header's words: a
    /// header printed again on the next page with its words moved (packed further left) must not
    /// move the columns of that page's rows, which stand where the first page's did.
    func testAHeaderPrintedAgainWithItsWordsMovedLeavesTheRowsColumns() {
        let again = [
            "\u{0C}",
            "                                     基本支出                                  项目支出",
            "                                     人员经费                 公用经费",
            "",
            "                               工资福利 对个人和家 商品和服",
            "科目编码  科目名称    合计         小计          支出      庭的补助    务支出                 小计     特定目标类",
            " 2010102 一般行政     100,000.00  100,000.00                          100,000.00",
            " 2010199 其他支出     800,000.00                                                     800,000.00  800,000.00",
            " 2010103 机关服务     300.00     300.00     300.00",
        ]
        let doc = FamilyFixture.extract(Array(sheet.prefix(12)) + [""] + again)
        XCTAssertEqual(doc.rejects.map(\.text), [])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]).filter { $0.hasPrefix("L2") }, [
            "L20 2010102|一般行政 → 合计=100,000.00@20 基本支出 / 小计=100,000.00@20 基本支出 / 公用经费 / 商品和服务支出=100,000.00@20",
            "L21 2010199|其他支出 → 合计=800,000.00@21 项目支出 / 小计=800,000.00@21 项目支出 / 特定目标类=800,000.00@21",
            "L22 2010103|机关服务 → 合计=300.00@22 基本支出 / 小计=300.00@22 基本支出 / 人员经费 / 工资福利支出=300.00@22",
        ])
    }

    /// 基本支出: 合计 | 人员经费: 小计 工资福利支出 对个人和家庭的补助 | 公用经费: 小计 商品和服务支出: each
    /// lower caption leads with a total of its own, which the group's total sums in its members' stead.
    func testLowerCaptionsLedByTheirOwnTotalsAreSummedThroughThem() {
        let names = ["总计", "合计", "小计", "工资福利支出", "对个人和家庭的补助", "小计", "商品和服务支出", "合计", "特定目标类"]
        let captions = [["基本支出", "项目支出"], ["人员经费", "公用经费"]]
        func row(_ texts: [String]) -> [Token] { texts.enumerated().map { Token(text: $1, line: 1, column: $0 * 12) } }
        let full = row(["95.00", "35.00", "25.00", "20.00", "5.00", "10.00", "10.00", "60.00", "60.00"])
        let other = row(["17.00", "9.00", "6.00", "4.00", "2.00", "3.00", "3.00", "8.00", "8.00"])
        XCTAssertEqual(SheetHeaderGroups.paths(names, captions: captions, rows: [full, other])?.map { $0.joined(separator: "/") },
                       ["总计", "基本支出/合计", "基本支出/人员经费/小计", "基本支出/人员经费/工资福利支出",
                        "基本支出/人员经费/对个人和家庭的补助", "基本支出/公用经费/小计", "基本支出/公用经费/商品和服务支出",
                        "项目支出/合计", "项目支出/特定目标类"])
        // A lower caption's total that is not its members' sum: not read.
        let off = row(["17.00", "9.00", "7.00", "4.00", "2.00", "2.00", "3.00", "8.00", "8.00"])
        XCTAssertNil(SheetHeaderGroups.paths(names, captions: captions, rows: [full, off]))
        // A 小计 before a lower caption heads the group where no other total would (基本支出: 小计 工资福利支出 …).
        let plain = ["合计", "小计", "工资福利支出", "商品和服务支出", "小计", "特定目标类"]
        XCTAssertEqual(SheetHeaderGroups.paths(plain, captions: captions,
                                               rows: [row(["40.00", "30.00", "20.00", "10.00", "10.00", "10.00"]),
                                                      row(["9.00", "5.00", "4.00", "1.00", "4.00", "4.00"])])?.map { $0.joined(separator: "/") },
                       ["合计", "基本支出/小计", "基本支出/人员经费/工资福利支出", "基本支出/公用经费/商品和服务支出",
                        "项目支出/小计", "项目支出/特定目标类"])
    }

    /// Rows placed under a header with lower captions' own totals are checked through them: a row
    /// off them is left to normalize's placement by the sums (its cells guessed).
    func testARowOffItsLowerCaptionsTotalIsLeftToTheSums() {
        let paths = [["总计"], ["基本支出", "合计"], ["基本支出", "人员经费", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                     ["基本支出", "公用经费", "小计"], ["基本支出", "公用经费", "商品和服务支出"]]
        let section = AlignedHeader.Section(name: "", leaves: paths.enumerated().map { k, path in
            AlignedHeader.Leaf(path: path, role: .value, anchor: Double(k * 10)) })
        func cells(_ texts: [String], line: Int) -> [RawCell] { texts.enumerated().map { RawCell(column: $0, text: $1, line: line) } }
        var rows = [ExtractedRow(line: 1, codeParts: [], label: "甲", cells: cells(["9.00", "9.00", "6.00", "6.00", "3.00", "3.00"], line: 1)),
                    ExtractedRow(line: 2, codeParts: [], label: "乙", cells: cells(["9.00", "9.00", "6.00", "5.00", "3.00", "3.00"], line: 2))]
        let rejects = SheetHeaderGroups.doubtRowsOffTheirSums(&rows, section)
        XCTAssertFalse(rows[0].cells.contains(where: \.guessed))
        XCTAssertEqual(rows[1].cells.count, 6)
        XCTAssertTrue(rows[1].cells.allSatisfy(\.guessed))
        XCTAssertEqual(rejects.count, 0)
    }
}
