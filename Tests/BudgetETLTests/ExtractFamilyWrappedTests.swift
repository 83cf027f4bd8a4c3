import XCTest
@testable import BudgetETL

/// Column-aligned text whose row names and header words were wrapped inside their cells: the
/// pieces join by the columns they stand in, not by the line they happen to follow.
final class ExtractFamilyWrappedTests: XCTestCase {
    func testNameFragmentsBeforeAndAfterTheNumberLineJoinItsRow() {
        let doc = FamilyFixture.extract([
            "                          部门收支预算总表",                                            // 1
            "单位：万元",                                                                          // 2
            "            收入                              支出",                                  // 3
            "    项目             预算数           项目                    预算数",                   // 4
            "一、财政拨款          1,513.50     一、一般公共服务支出          1,203.50",                 // 5
            "    1.一般公共预",                                                                    // 6
            "                    1,203.50     二、外交支出                    310.00",              // 7
            "    算",                                                                             // 8
            "    2.政府性基金        310.00     三、教育支出",                                      // 9
            "                                  （义务教育）                       0.00",           // 10
            "收入总计              1,513.50     支出总计                      1,513.50",             // 11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L5 |一、财政拨款 → 预算数=1,513.50@5",
            // 1.一般公共预 above and 算 below the number line, both in the name column
            "L7 |1.一般公共预 算 → 预算数=1,203.50@7",
            "L9 |2.政府性基金 → 预算数=310.00@9",
            "L11 |收入总计 → 预算数=1,513.50@11",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L5 |一、一般公共服务支出 → 预算数=1,203.50@5",
            "L7 |二、外交支出 → 预算数=310.00@7",
            // the number line of 三、教育支出 is below it: the name above joins it
            "L10 |三、教育支出 （义务教育） → 预算数=0.00@10",
            "L11 |支出总计 → 预算数=1,513.50@11",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testHeaderWordWrappedOverThreeLinesJoinsByColumn() {
        let doc = FamilyFixture.extract([
            "                  部门三公经费预算表",                                         // 1
            "单位：万元",                                                               // 2
            "                           因公出                  公务用车",         // 3
            "   合计                      国（境）     公务接待费       购置及运",    // 4
            "                           费                    行费",              // 5
            "  120.00                  40.00     30.00      50.00",             // 6
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "因公出国（境）费", "公务接待费", "公务用车购置及运行费"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L6 | → 合计=120.00@6 因公出国（境）费=40.00@6 公务接待费=30.00@6 公务用车购置及运行费=50.00@6",
        ])
    }

    func testCodedRowsWithNamesWrappedAboveTheirNumbersUnderAStackedHeader() {
        let doc = FamilyFixture.extract([
            "                       部门支出预算表",                                    // 1
            "单位：万元",                                                             // 2
            "        项目                    支出",                                   // 3
            "                              预算",                                    // 4
            "科目编码        科目          合计        基本        项目",                 // 5
            "            名称                    支出        支出",                     // 6
            "",                                                                     // 7
            "            一般公共",                                                  // 8
            "201         服务支出      300.00    100.00    200.00",                   // 9
            "",                                                                     // 10
            "            人大",                                                      // 11
            "20101       事务        300.00    100.00    200.00",                     // 12
            "2010101     行政运行      300.00    100.00    200.00",                    // 13
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["支出预算 / 合计", "支出预算 / 基本支出", "支出预算 / 项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            // the name's first line stands above the number line, after a blank line
            "L9 201|一般公共 服务支出 → 支出预算 / 合计=300.00@9 支出预算 / 基本支出=100.00@9 支出预算 / 项目支出=200.00@9",
            "L12 20101|人大 事务 → 支出预算 / 合计=300.00@12 支出预算 / 基本支出=100.00@12 支出预算 / 项目支出=200.00@12",
            "L13 2010101|行政运行 → 支出预算 / 合计=300.00@13 支出预算 / 基本支出=100.00@13 支出预算 / 项目支出=200.00@13",
        ])
    }

    func testListNumberLeftOnTheNumberLine() {
        XCTAssertEqual(AlignedRows.joinedLabel([Token(text: "一般公共", line: 1, column: 3)],
                                               [Token(text: "1. 预算资金", line: 2, column: 0)]), "1. 一般公共 预算资金")
        XCTAssertEqual(AlignedRows.joinedLabel([Token(text: "一般公共", line: 1, column: 0)],
                                               [Token(text: "预算资金", line: 2, column: 0)]), "一般公共 预算资金")
    }

    func testSingleSpaceHeaderWhoseEveryCellWrappedJoinsInPairs() {
        let doc = FamilyFixture.extract([
            "部门收入决算表",                                   // 1
            "单位：万元",                                      // 2
            "项目",                                           // 3
            "本年收 财政拨 事业",                                // 4
            "入合计 款收入 收入",                                // 5
            "功能分类 科目",                                    // 6
            "科目编码 名称",                                    // 7
            "206 科学技术支出 32.48 30.00 2.48",                 // 8
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年收入合计", "财政拨款收入", "事业收入"])
        XCTAssertEqual(FamilyFixture.rows(section),
                       ["L8 206|科学技术支出 → 本年收入合计=32.48@8 财政拨款收入=30.00@8 事业收入=2.48@8"])
    }

    func testTabHeaderWordsWrappedInTheirCellsJoinByCellIndex() {
        let doc = FamilyFixture.extract([
            "部门三公经费预算表",                                        // 1
            "单位：万元",                                               // 2
            "项目\t合计\t因公出国\t公务用车\t项目",                     // 3
            "\t\t（境）费\t购置运行费\t支出",                                   // 4
            "机关运行\t120.00\t40.00\t30.00\t50.00",                  // 5
            "其他事务\t20.00\t10.00\t5.00\t5.00",                     // 6
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        // 因公出国 and 公务用车 stop mid-word; 项目 over a column of amounts is the top of 项目支出, not a name column.
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "因公出国(境)费", "公务用车购置运行费", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section).first,
                       "L5 |机关运行 → 合计=120.00@5 因公出国(境)费=40.00@5 公务用车购置运行费=30.00@5 项目支出=50.00@5")
    }

    func testTabHeaderParentOverASubtotalStaysTwoCells() {
        let header = ["项目\t一般公共预算\t", "\t小计\t其中：财政拨款"].enumerated().map { n, text in
            TableLines.Line(number: n + 1, tokens: text.split(separator: "\t", omittingEmptySubsequences: false)
                .enumerated().map { Token(text: String($1), line: n + 1, column: $0) }, compact: text)
        }
        let body = [TableLines.Line(number: 3, tokens: ["一、收入", "12.00", "10.00"].enumerated()
            .map { Token(text: $1, line: 3, column: $0) }, compact: "")]
        let joined = WrappedGridCells.joinedHeader(header, body: body)
        XCTAssertEqual(joined.map { $0.tokens.map(\.text) }, [["项目", "一般公共预算", ""], ["", "小计", "其中：财政拨款"]])
    }

    func testTabNamePiecesJoinTheRowTheyFlankInTheirCell() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表",                                   // 1
            "单位：万元",                                        // 2
            "收入\t\t支出\t",                                   // 3
            "项目\t预算数\t项目\t预算数",                          // 4
            "一、一般公共\t1,513.50\t一、一般公共\t1,203.50",       // 5
            "预算\t\t服务支出",                                  // 6
            "二、政府性\t\t二、外交\t",                           // 7
            "基金\t310.00\t支出\t310.00",                       // 8
            "收入总计\t1,823.50\t支出总计\t1,513.50",             // 9
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.count, 2)
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            // 预算 under its number line, in the name cell: the end of the name above
            "L5 |一、一般公共 预算 → 预算数=1,513.50@5",
            // 二、政府性 starts a row: it is the beginning of the name of the number line below
            "L8 |二、政府性 基金 → 预算数=310.00@8",
            "L9 |收入总计 → 预算数=1,823.50@9",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L5 |一、一般公共 服务支出 → 预算数=1,203.50@5",
            "L8 |二、外交 支出 → 预算数=310.00@8",
            "L9 |支出总计 → 预算数=1,513.50@9",
        ])
    }

    func testTabTextInAValueCellIsARowNotANamePiece() {
        let rows = WrappedGridCells.joinedRows([
            .init(row: ExtractedRow(line: 1, codeParts: [], label: "产出指标", cells: [], codeHeader: ""), nameCells: [0], valuesBlank: false),
            .init(row: ExtractedRow(line: 2, codeParts: [], label: "数量", cells: [RawCell(column: 0, text: "12.00", line: 2)],
                                    codeHeader: ""), nameCells: [0], valuesBlank: false),
        ], hasCodes: false)
        XCTAssertEqual(rows.map(\.label), ["产出指标", "数量"])
    }

    // MARK: single-space layout: "the same cell" is the row's name token

    private static let singleSpaceHead = [
        "收入支出决算总表",                 // 1
        "单位：万元",                      // 2
        "收入 支出",                       // 3
        "项目 行次 决算数 项目 行次 决算数",  // 4
    ]

    func testSingleSpaceNamePiecesBelowTheNumberLineFinishNamesThatStopMidWord() {
        let doc = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共 31 500.00",  // 5
            "服务支出",                                     // 6: 财政拨款 is complete, 一般公共 is not
            "二、上级补 2 0.00 二、教育 32 300.00",          // 7
            "助收入 经费支出",                               // 8: both names stop mid-word
            "收入总计 3 800.00 支出总计 33 800.00",          // 9
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { FamilyFixture.rows($0).map { $0.components(separatedBy: " → ")[0] } }, [
            ["L5 |一、财政拨款", "L7 |二、上级补助收入", "L9 |收入总计"],
            ["L5 |一、一般公共服务支出", "L7 |二、教育经费支出", "L9 |支出总计"],
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Totals side by side whose names wrapped at their total word (本年收入 / 合计): the line of one
    /// piece per name over a line of bare totals begins each, as a name wrapped in its cell does.
    func testSingleSpacePiecesOverBareTotalsBeginTheirNames() {
        let doc = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共服务支出 31 500.00", // 5
            "二、事业收入 2 0.00 二、教育支出 32 300.00",          // 6
            "本年收入 本年支出",                                   // 7
            "合计 3 800.00 合计 33 800.00",                       // 8
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { FamilyFixture.rows($0).map { $0.components(separatedBy: " → ")[0] } }, [
            ["L5 |一、财政拨款", "L6 |二、事业收入", "L8 |本年收入合计"],
            ["L5 |一、一般公共服务支出", "L6 |二、教育支出", "L8 |本年支出合计"],
        ])
        // In a table of coded rows too.
        let coded = FamilyFixture.extract(["基本支出决算表", "单位：万元", "人员经费 公用经费", "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
            "30101 基本工资 5.00 30201 办公费 1.00",
            "人员经费 公用经费",
            "合计 5.00 合计 1.00"])
        XCTAssertEqual(coded.tables.first?.sections.map { FamilyFixture.rows($0).last?.components(separatedBy: " → ")[0] }, ["L7 |人员经费合计", "L7 |公用经费合计"])
    }

    /// Pieces under a number line fewer than its names that stop mid-word: which name each
    /// finishes is unknown, so those rows' names are not certain and their values are rejected
    /// (they were read under the first piece alone, 使用非财政拨).
    func testSingleSpacePiecesFewerThanOpenNamesLeaveThemUncertain() {
        let doc = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共服务支出 31 500.00", // 5
            "使用非财政拨 2 0.00 结余分配 32 0.00",               // 6
            "款结余和专用",                                       // 7
            "结余",                                              // 8
            "收入总计 3 800.00 支出总计 33 500.00",               // 9
        ])
        let labels = doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(labels.contains { $0.hasPrefix("L6 ") && $0.contains("=0.00") }, labels.joined(separator: "; "))
        let rejected: [String] = doc.rejects.map { "\($0.line) \($0.text)" }
        XCTAssertTrue(rejected.contains("6 0.00"), rejected.joined(separator: "; "))
        // A piece left after names that took pieces from below and read complete then (拨款 ends
        // as a name may): it finishes one of them, which one is unknown.
        let complete = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、一般公共 1 800.00 一、一般公共 31 500.00", // 5
            "预算财政拨款 服务支出",                      // 6
            "收入",                                     // 7
            "收入总计 3 800.00 支出总计 33 500.00",      // 8
        ])
        let read = complete.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(read.contains { $0.hasPrefix("L5 |一、一般公共预算财政拨款 ") && $0.contains("=") }, read.joined(separator: "; "))
        // The piece left may as well begin the next row's name when that name starts no row.
        let next = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共服务支出 31 500.00", // 5
            "使用非财政拨 2 0.00 结余分配 32 0.00",               // 6
            "款结余",                                            // 7
            "年初结转和结 3 266.15 年末结转 33 0.00",              // 8
            "收入总计 4 800.00 支出总计 34 500.00",               // 9
        ])
        let nextRead = next.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(nextRead.contains { $0.hasPrefix("L8 ") && $0.contains("266.15") }, nextRead.joined(separator: "; "))
        // Pieces over the number line, fewer than its names that start no row.
        let above = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共服务支出 31 500.00", // 5
            "使用非财政拨",                                       // 6
            "款结余和专用",                                       // 7
            "结余 2 0.00 结余分配 32 0.00",                       // 8
            "收入总计 3 800.00 支出总计 33 500.00",               // 9
        ])
        let aboveRead = above.tables[0].sections.flatMap { FamilyFixture.rows($0) }
        XCTAssertFalse(aboveRead.contains { $0.hasPrefix("L8 |结余 ") && $0.contains("=") }, aboveRead.joined(separator: "; "))
    }

    func testSingleSpaceNamePiecesAboveTheNumberLineBeginNamesUpToTheirRowStart() {
        let doc = FamilyFixture.extract(Self.singleSpaceHead + [
            "一、财政拨款 1 800.00 一、一般公共服务支出 31 500.00", // 5
            "二、上级补助",                                       // 6
            "收入 二、教育",                                      // 7
            "事业 3 0.00 支出 32 300.00",                         // 8
            "收入总计 4 800.00 支出总计 33 800.00",                // 9
        ])
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map { FamilyFixture.rows($0).map { $0.components(separatedBy: " → ")[0] } }, [
            ["L5 |一、财政拨款", "L8 |二、上级补助收入事业", "L9 |收入总计"],
            ["L5 |一、一般公共服务支出", "L8 |二、教育支出", "L9 |支出总计"],
        ])
    }

    func testSingleSpaceTextAfterATotalBeginsTheNextCodedRowsName() {
        // "科学技术" stands between the total and the code line "206 支出": a total's name goes on
        // with nothing, so it is the first piece of the next row's name.
        let doc = FamilyFixture.extract(["收入决算表", "单位：万元", "项目 本年收入合计 财政拨款收入", "科目编码 科目名称",
                                         "合计 842.48 842.48", "", "科学技术", "206 支出 32.48 32.48", "",
                                         "20699 其他科学技术 32.48 32.48", "支出"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { ($0.codeParts.joined(), TextRepair.compact($0.label)) }.map { "\($0) \($1)" },
                       [" 合计", "206 科学技术支出", "20699 其他科学技术支出"])
    }

    func testSingleSpacePiecesJoinNothingWhereTheyFitNoNameBySection() {
        func line(_ n: Int, _ text: String) -> TableLines.Line {
            var column = 0
            let tokens = text.split(separator: " ").map { word -> Token in
                defer { column += word.count + 1 }
                return Token(text: String(word), line: n, column: column)
            }
            return TableLines.Line(number: n, tokens: tokens, compact: text.replacingOccurrences(of: " ", with: ""))
        }
        // A heading alone over a row without a row marker: not taken for the start of its name.
        let heading = [line(1, "基本支出"), line(2, "工资福利 100.00")]
        XCTAssertEqual(WrappedStreamNames.joined(heading).map(\.number), [1, 2])
        // A heading that starts a row and reads complete is a row of its own.
        let marked = [line(1, "一、基本支出"), line(2, "工资福利 100.00")]
        XCTAssertEqual(WrappedStreamNames.joined(marked).map(\.number), [1, 2])
        // A table with codes is left to the reader's own wrapped-row reading (this code wants the
        // piece below as its own name).
        let code = [line(1, "30305 生活补助 30225 专用燃料费 31001"), line(2, "房屋构筑物")]
        XCTAssertEqual(WrappedStreamNames.joined(code).map(\.number), [1, 2])
        // Two pieces for one open name: which one is unclear.
        let counts = [line(1, "一、一般公共 1 5.00"), line(2, "服务 支出")]
        XCTAssertEqual(WrappedStreamNames.joined(counts).map(\.number), [1, 2])
        // One open name, one piece: joined.
        let joined = WrappedStreamNames.joined([line(1, "一、一般公共 1 5.00"), line(2, "服务支出")])
        XCTAssertEqual(joined.map { $0.tokens.map(\.text) }, [["一、一般公共服务支出", "1", "5.00"]])
    }

    func testSingleSpacePiecesThatRepeatTheirNamesAreTheNamesPrintedTwice() {
        func line(_ n: Int, _ text: String) -> TableLines.Line {
            var column = 0
            let tokens = text.split(separator: " ").map { word -> Token in
                defer { column += word.count + 1 }
                return Token(text: String(word), line: n, column: column)
            }
            return TableLines.Line(number: n, tokens: tokens, compact: text.replacingOccurrences(of: " ", with: ""))
        }
        // Side by side, each side's total printed twice (bold) and wrapped at its half: each
        // piece joins the name under it, not one name the whole line.
        let totals = WrappedStreamNames.joinedTwins([line(1, "年末结余 9 3.00"), line(2, "收入总额 支出总额"),
                                                     line(3, "收入总额 27 8.50 支出总额 58 7.25")])
        XCTAssertEqual(totals.map { $0.tokens.map(\.text) },
                       [["年末结余", "9", "3.00"], ["收入总额收入总额", "27", "8.50", "支出总额支出总额", "58", "7.25"]])
        // A piece that is not its name's twin leaves the name open: nothing is joined.
        let other = [line(1, "年末结余 9 3.00"), line(2, "收入总额 支出小项"), line(3, "收入总额 27 8.50 支出总额 58 7.25")]
        XCTAssertEqual(WrappedStreamNames.joinedTwins(other).map(\.number), [1, 2, 3])
        // Below the number line (its first half on the line) the same.
        let below = WrappedStreamNames.joinedTwins([line(1, "收入合计 8.50 支出合计 7.25"), line(2, "收入合计 支出合计")])
        XCTAssertEqual(below.map { $0.tokens.map(\.text) }, [["收入合计收入合计", "8.50", "支出合计支出合计", "7.25"]])
    }

    /// A row broken before its values: a line of numbers with no word, right under a line of one
    /// name that opens a row, takes that name. A name that opens no row (a heading's text), a line
    /// further up, or a number line with a word of its own takes nothing.
    func testSingleSpaceNumbersWithoutANameTakeTheRowNameOnTheLineAbove() {
        func line(_ n: Int, _ text: String) -> TableLines.Line {
            var column = 0
            let tokens = text.split(separator: " ").map { word -> Token in
                defer { column += word.count + 1 }
                return Token(text: String(word), line: n, column: column)
            }
            return TableLines.Line(number: n, tokens: tokens, compact: text.replacingOccurrences(of: " ", with: ""))
        }
        let broken = WrappedStreamNames.joined([line(1, "二、门诊收费 171.7 225.41"), line(2, "三、出院者平均费用"), line(3, "5591.34 5641.93")])
        XCTAssertEqual(broken.map { $0.tokens.map(\.text) }, [["二、门诊收费", "171.7", "225.41"], ["三、出院者平均费用", "5591.34", "5641.93"]])
        let heading = [line(1, "二、门诊收费 171.7 225.41"), line(2, "住院收费情况"), line(3, "5591.34 5641.93")]
        XCTAssertEqual(WrappedStreamNames.joined(heading).map(\.number), [1, 2, 3])
        // A whole amount of a code's length (6909800) elsewhere in the table changes nothing.
        let coded = WrappedStreamNames.joined([line(1, "二、门诊收费 6909800 225.41"), line(2, "三、出院者平均费用"), line(3, "5591.34 5641.93")])
        XCTAssertEqual(coded.map(\.number), [1, 3])
        // A header word standing among the rows (其中:…) over its values is no row's name.
        let among = [line(1, "二、门诊收费 171.7 225.41"), line(2, "其中:财政拨款"), line(3, "5591.34 5641.93")]
        XCTAssertEqual(WrappedStreamNames.joined(among).map(\.number), [1, 2, 3])
        let apart = [line(1, "二、门诊收费 171.7 225.41"), line(2, "三、出院者平均费用"), line(4, "5591.34 5641.93")]
        XCTAssertEqual(WrappedStreamNames.joined(apart).map(\.number), [1, 2, 4])
    }

    /// An English name broken after its own hyphen joins without a space; other breaks keep one.
    func testEnglishNameBrokenAtItsHyphenJoinsWhole() {
        XCTAssertEqual(AlignedRows.joinedLabel([Token(text: "国有资本经营收入", line: 1, column: 0),
                                                Token(text: "Operation Income of State-", line: 2, column: 0)],
                                               [Token(text: "owned Assets", line: 3, column: 0)]),
                       "国有资本经营收入 Operation Income of State-owned Assets")
        XCTAssertEqual(AlignedRows.wrapped("Charge for", "Administration", spaced: true), "Charge for Administration")
        XCTAssertEqual(AlignedRows.wrapped("其他收入-", "Other", spaced: true), "其他收入- Other")
        XCTAssertEqual(AlignedRows.wrapped("Non-", "2020", spaced: true), "Non- 2020")
        XCTAssertEqual(AlignedRows.wrapped("增幅", "%", spaced: false), "增幅%")
    }
}
