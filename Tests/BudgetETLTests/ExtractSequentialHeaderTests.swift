import XCTest
@testable import BudgetETL

/// Layer 4 (space layout): header words read in order, cut into sections, reconciled with 栏次.
final class ExtractSequentialHeaderTests: XCTestCase {
    private func line(_ text: String, _ n: Int) -> TableLines.Line {
        TableLines.prepare(text, number: n, tab: false, mangled: false)
    }
    private func header(_ lines: [String], numbers: String? = nil) -> SequentialHeader {
        SequentialHeader(header: lines.enumerated().map { line($0.element, $0.offset + 10) },
                         columnNumbers: numbers.map { line($0, 99) })
    }
    private func paths(_ h: SequentialHeader) -> [[[String]]] { h.sections.map { $0.paths.map(\.components) } }
    private func words(_ items: [(String, Int)]) -> [SequentialHeader.Word] {
        items.map { SequentialHeader.Word(text: $0.0, line: $0.1) }
    }

    func testSingleSection() {
        let h = header(["项目 决算数"])
        XCTAssertEqual(h.sections.map(\.name), [""])
        XCTAssertEqual(paths(h), [[["决算数"]]])
        XCTAssertEqual(paths(header(["科目编码 科目名称 年初预算数 调整预算数 决算数"], numbers: "栏次 1 2 3")),
                       [[["年初预算数"], ["调整预算数"], ["决算数"]]])
    }

    /// A year is a whole header word: the name on the line under the header (a section's name
    /// printed before its rows) is no wrapped rest of the last year's column ("2008卫生机构"),
    /// while a word that stops mid-word still takes its rest.
    func testYearIsNeverTheStartOfAWrappedWord() {
        XCTAssertEqual(paths(header(["项目 2007 2008", "卫生机构"])), [[["2007"], ["2008"], ["卫生机构"]]])
        XCTAssertEqual(SequentialHeader.joinWrapped(words([("2008", 0), ("卫生机构", 1)]), expected: nil).map(\.text), ["2008", "卫生机构"])
        XCTAssertEqual(SequentialHeader.joinWrapped(words([("上级补", 0), ("助收入", 1)]), expected: nil).map(\.text), ["上级补助收入"])
        XCTAssertEqual(SequentialHeader.joinStructuralFragments(words([("2008", 0), ("机构", 1)])).map(\.text), ["2008", "机构"])
    }

    func testNoStructuralWordsIsOneSection() {
        XCTAssertEqual(paths(header(["合计 基本支出 项目支出"], numbers: "1 2 3")),
                       [[["合计"], ["基本支出"], ["项目支出"]]])
    }

    func testSectionsWhereStructuralWordsRecur() {
        let h = header(["收入 支出", "项目 行次 金额 项目 行次 金额"], numbers: "栏次 1 栏次 2")
        XCTAssertEqual(h.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(paths(h), [[["行次"], ["金额"]], [["行次"], ["金额"]]])
    }

    /// pdfminer's boxes print the second side's caption after its name column's word (收入 项目
    /// 金额 项目 支出 合计 …): that side has no name before the header, and the caption over all its
    /// columns names it (not the first side's name again).
    func testSideCaptionAfterItsNameWordNamesTheSide() {
        let h = header(["收入", "项目", "金额", "项目", "支出", "合计", "一般公共预算", "小计 其中:财政拨款"])
        XCTAssertEqual(h.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(paths(h), [[["金额"]], [["合计"], ["一般公共预算", "小计"], ["一般公共预算", "其中:财政拨款"]]])
    }

    /// One cell per line in blocks (MuPDF's): the last word of a block over the next block led by
    /// 合计 heads that block, each of its words on a line of its own; without the blank line (one
    /// block) nothing is nested.
    func testLastWordOfABlockHeadsTheNextBlockLedByATotal() {
        func read(_ items: [(String, Int)]) -> [[[String]]] {
            paths(SequentialHeader(header: items.map { line($0.0, $0.1) }, columnNumbers: nil))
        }
        XCTAssertEqual(read([("科目编码", 10), ("科目名称", 11), ("一般公共预算支出", 13), ("合计", 15), ("基本支出", 16), ("项目支出", 17)]),
                       [[["一般公共预算支出", "合计"], ["一般公共预算支出", "基本支出"], ["一般公共预算支出", "项目支出"]]])
        XCTAssertEqual(read([("科目编码", 10), ("科目名称", 11), ("一般公共预算支出", 12), ("合计", 13), ("基本支出", 14), ("项目支出", 15)]),
                       [[["一般公共预算支出"], ["合计"], ["基本支出"], ["项目支出"]]])
    }

    func testSectionsWithoutNames() {
        let h = header(["科目编码 科目名称 决算数 科目编码 科目名称 决算数"])
        XCTAssertEqual(h.sections.map(\.name), ["", ""])
        XCTAssertEqual(paths(h), [[["决算数"]], [["决算数"]]])
    }

    func testLoneWordOverSubtotalLineSpansItWithoutColumnNumbers() {
        XCTAssertEqual(paths(header(["项目 本年预算数", "小计 其中:财政拨款"])),
                       [[["本年预算数", "小计"], ["本年预算数", "其中:财政拨款"]]])
        // Two words over the line, or a lower line not led by a total: no span is told.
        XCTAssertEqual(paths(header(["项目 上年数 本年数", "小计 其中:财政拨款"])),
                       [[["上年数"], ["本年数"], ["小计"], ["其中:财政拨款"]]])
        XCTAssertEqual(paths(header(["项目 本年预算数", "基本支出 项目支出"])),
                       [[["本年预算数"], ["基本支出"], ["项目支出"]]])
    }

    func testLoneWordEndingMidWordOverSubtotalLineIsTheirParent() {
        // pdftotext -raw: the merged cell 收入预算 on its own line over its parts; 预算 is no
        // complete ending, yet it is not the start of a wrapped 合计.
        XCTAssertEqual(paths(header(["科目编码 科目名称", "收入预算", "合计 财政拨款收入 事业收入"])),
                       [[["收入预算", "合计"], ["收入预算", "财政拨款收入"], ["收入预算", "事业收入"]]])
        XCTAssertEqual(paths(header(["科目编码 科目名称", "支出预算", "合计 基本支出 项目支出"], numbers: "栏次 1 2 3")),
                       [[["支出预算", "合计"], ["支出预算", "基本支出"], ["支出预算", "项目支出"]]])
        // A wrapped first word not followed by a total stays a join.
        XCTAssertEqual(paths(header(["科目编码 科目名称", "上级补", "助收入 事业收入"])),
                       [[["上级补助收入"], ["事业收入"]]])
    }

    func testLoneWordsNestFromTheLowestUp() {
        // pdftotext -raw: every merged cell on a line of its own, its first part its total.
        XCTAssertEqual(paths(header(["科目编码 科目名称 总计", "本年收入", "合计", "一般公共预算", "小计 其中:财政拨款"])),
                       [[["总计"], ["本年收入", "合计"], ["本年收入", "一般公共预算", "小计"],
                         ["本年收入", "一般公共预算", "其中:财政拨款"]]])
        // A lone word further down the group: only the line under it are its parts.
        XCTAssertEqual(paths(header(["项目 金额 项目 合计", "一般公共预算", "小计 其中:财政拨款"])),
                       [[["金额"]], [["合计"], ["一般公共预算", "小计"], ["一般公共预算", "其中:财政拨款"]]])
        // Two lone words stacked over the line: either may span it, so neither is nested.
        XCTAssertNotEqual(paths(header(["项目", "三公经费预算数", "机关运行经费预算数", "合计 因公出国(境)费 公务接待费"]))[0].first,
                          ["机关运行经费预算数", "合计"])
        // A merged cell that names its parts' unit is their parent, not a wrapped first word.
        XCTAssertEqual(paths(header(["科目编码 科目名称", "项目金额(万元)", "资金总额 政府预算资金"])),
                       [[["项目金额(万元)", "资金总额"], ["项目金额(万元)", "政府预算资金"]]])
        // Words after the line under it that are not nested: no span is told.
        XCTAssertEqual(paths(header(["项目 本年预算数", "小计 其中:财政拨款", "上年数"])),
                       [[["本年预算数"], ["小计"], ["其中:财政拨款"], ["上年数"]]])
    }

    func testNestingOverSubtotal() {
        let h = header(["科目编码 科目名称 本年支出", "小计 基本支出 项目支出"], numbers: "栏次 1 2 3")
        XCTAssertEqual(paths(h), [[["本年支出", "小计"], ["本年支出", "基本支出"], ["本年支出", "项目支出"]]])
    }

    func testNestingChoosesParentByCommonEnding() {
        let h = header(["项目 年初结转和结余 本年支出 年末结转和结余", "小计 基本支出 项目支出"], numbers: "栏次 1 2 3 4 5")
        XCTAssertEqual(paths(h), [[["年初结转和结余"], ["本年支出", "小计"], ["本年支出", "基本支出"],
                                   ["本年支出", "项目支出"], ["年末结转和结余"]]])
    }

    func testJoinWrappedFragments() {
        let h = header(["项目 合计 财政拨款收入 上级补", "助收入 事业收入"], numbers: "栏次 1 2 3 4")
        XCTAssertEqual(paths(h), [[["合计"], ["财政拨款收入"], ["上级补助收入"], ["事业收入"]]])
    }

    func testJoinWrappedWithoutCountJoinsOnlyIncompleteFragments() {
        let joined = SequentialHeader.joinWrapped(words([("上级补", 0), ("助收入", 1)]), expected: nil)
        XCTAssertEqual(joined.map(\.text), ["上级补助收入"])
        XCTAssertEqual(joined.map(\.first), [0])
        XCTAssertEqual(joined.map(\.line), [1])
        // complete words on different lines stay apart; fragments on the same line are not joined
        XCTAssertEqual(SequentialHeader.joinWrapped(words([("事业收入", 0), ("经营收入", 1)]), expected: nil).map(\.text),
                       ["事业收入", "经营收入"])
        XCTAssertEqual(SequentialHeader.joinWrapped(words([("上级补", 0), ("助收入", 0)]), expected: nil).map(\.text),
                       ["上级补", "助收入"])
    }

    func testStructuralFragmentsJoinedBeforeSections() {
        let h = header(["科目编码 科目名称 金额 科目编", "码 科目名称 金额"])
        XCTAssertEqual(h.sections.count, 2)
        XCTAssertEqual(paths(h), [[["金额"]], [["金额"]]])
        let joined = SequentialHeader.joinStructuralFragments(words([("科目编", 0), ("码", 1), ("科目名称", 1)]))
        XCTAssertEqual(joined.map(\.text), ["科目编码", "科目名称"])
    }

    func testSplitGluedNames() {
        let h = header(["项目 合计 一般公共预算财政拨款政府性基金预算财政拨款国有资本经营预算财政拨款"], numbers: "栏次 1 2 3 4")
        XCTAssertEqual(paths(h), [[["合计"], ["一般公共预算财政拨款"], ["政府性基金预算财政拨款"], ["国有资本经营预算财政拨款"]]])
    }

    func testSplitGluedNamesWrappedOntoTheNextLine() {
        // Cut alone, the first line's word would split at its two 预算; joined with the next
        // line's word, the names split at 财政拨款, the longer repeated ending.
        let h = header(["项目 合计 一般公共预算财政拨款政府性基金预算", "财政拨款国有资本经营预算财政拨款"], numbers: "栏次 1 2 3 4")
        XCTAssertEqual(paths(h), [[["合计"], ["一般公共预算财政拨款"], ["政府性基金预算财政拨款"], ["国有资本经营预算财政拨款"]]])
    }

    func testRepeatedGroupsUnderTopNames() {
        let h = header(["项目 预算数 决算数",
                        "合计 因公出国(境)费 公务接待费 合计 因公出国(境)费 公务接待费"],
                       numbers: "栏次 1 2 3 4 5 6")
        XCTAssertEqual(paths(h), [[["预算数", "合计"], ["预算数", "因公出国(境)费"], ["预算数", "公务接待费"],
                                   ["决算数", "合计"], ["决算数", "因公出国(境)费"], ["决算数", "公务接待费"]]])
    }

    func testRepeatedGroupsWithNesting() {
        let h = header(["项目 预算数 决算数",
                        "合计 因公出国(境)费 公务用车购置及运行费 公务接待费 合计 因公出国(境)费 公务用车购置及运行费 公务接待费",
                        "小计 购置费 运行费 小计 购置费 运行费"],
                       numbers: "栏次 1 2 3 4 5 6 7 8 9 10 11 12")
        let group: [[String]] = [["合计"], ["因公出国(境)费"], ["公务用车购置及运行费", "小计"],
                                 ["公务用车购置及运行费", "购置费"], ["公务用车购置及运行费", "运行费"], ["公务接待费"]]
        XCTAssertEqual(paths(h), [group.map { ["预算数"] + $0 } + group.map { ["决算数"] + $0 }])
    }

    func testColumnCountMismatchFallsBackToColumnNumbers() {
        XCTAssertEqual(paths(header(["项目 金额"], numbers: "栏次 1 2 3")), [[["栏次 1"], ["栏次 2"], ["栏次 3"]]])
    }

    func testColumnCountsIncludeLineNumberColumn() {
        let h = header(["项目 行次 金额"], numbers: "栏次 1")
        XCTAssertEqual(paths(h), [[["行次"], ["金额"]]])
        let groups = [words([("行次", 0), ("金额", 0)]), words([("行次", 0), ("金额", 0)])]
        XCTAssertEqual(SequentialHeader.columnCounts(line("栏次 1 栏次 2 3", 1), groups: groups), [2, 3])
        XCTAssertEqual(SequentialHeader.columnCounts(line("1 2 3", 1), groups: [words([("金额", 0)])]), [3])
        XCTAssertNil(SequentialHeader.columnCounts(nil, groups: groups))
        XCTAssertNil(SequentialHeader.columnCounts(line("栏次 1 栏次 2 栏次 3", 1), groups: groups))
    }

    func testBlankBetweenHeaderWordsIsAnUnnamedColumn() {
        XCTAssertEqual(paths(header(["项目  金额"])), [[["栏次 1"], ["金额"]]])
        // leading and trailing blanks are not columns
        XCTAssertEqual(paths(header(["项目 金额  "])), [[["金额"]]])
    }

    func testEmptyHeaderHasOneEmptySection() {
        let h = header([])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h), [[]])
    }

    /// A mangled header (bold printed twice, cells wrapped over lines, two bold cells glued) with
    /// two groups under 预算数 | 决算数 and a 小计 group inside each.
    func testMangledRepeatedGroupsWithSubtotals() {
        let lines = ["预算数预算数 决算数决算数", "合计合计", "因公出国因公出国", "（境）（境）", "费费",
                     "公务用车购置及运行维护费公务用车购置及运行维护费", "公务接待公务接待", "费费",
                     "合计合计", "因公出国因公出国", "（境）（境）", "费费", "公务用车购置及运行维护费公务用车购置及运行维护费",
                     "公务接待公务接待", "费费小计小计", "公务用车公务用车", "购置费购置费", "公务用车公务用车 运行维运行维", "护费护费",
                     "小计小计", "公务用车公务用车", "购置费购置费", "公务用车公务用车 运行维运行维", "护费护费"]
        let h = SequentialHeader(header: lines.enumerated().map { TableLines.prepare($0.element, number: $0.offset + 1, tab: false, mangled: true) },
                                 columnNumbers: line("1 2 3 4 5 6 7 8 9 10 11 12", 99))
        let group = [["合计"], ["因公出国(境)费"], ["公务用车购置及运行维护费", "小计"], ["公务用车购置及运行维护费", "公务用车购置费"],
                     ["公务用车购置及运行维护费", "公务用车运行维护费"], ["公务接待费"]]
        XCTAssertEqual(paths(h), [group.map { ["预算数"] + $0 } + group.map { ["决算数"] + $0 }])
    }

    func testGluedBoldCellsBecomeTwoTokens() {
        let tokens = TableLines.prepare("费费小计小计 合计合计 301301", number: 1, tab: false, mangled: true).tokens.map(\.text)
        XCTAssertEqual(tokens, ["费", "小计", "合计", "301"])
    }

    /// Header cells wrapped over three lines in text without positions, the last line holding
    /// the tails of only some cells: the words cannot be paired to the 栏次 row's columns, so the
    /// section is marked as having words that fit no column (its values are then rejected).
    func testHeaderWrappedOverThreeLinesIsMarkedUnplaced() {
        let wrapped = header(["项目", "本年 基本 项目 上缴 经营 对附属", "支出 支出 支出 上级 支出 单位补", "合计 支出 助支出",
                              "功能分 科目", "类科目 名称", "编码"], numbers: "栏次 1 2 3 4 5 6")
        XCTAssertEqual(paths(wrapped), [(1...6).map { [["栏次 \($0)"]] }.flatMap { $0 }])
        XCTAssertEqual(wrapped.sections.map(\.wordsUnplaced), [true])
        let whole = header(["项目", "本年支出合计 基本支出 项目支出 上缴上级支出 经营支出 对附属单位补助支出",
                            "功能分类科目编码 科目名称"], numbers: "栏次 1 2 3 4 5 6")
        XCTAssertEqual(paths(whole)[0].first, ["本年支出合计"])
        XCTAssertEqual(whole.sections.map(\.wordsUnplaced), [false])
    }

    /// A wrapped piece that reads as an identifying word ("项目" of 项目支出) cuts the words into
    /// more sections than the 栏次 row numbers: which section and column a value stands under is
    /// not known, so every section is marked unplaced; the header printed whole is not.
    func testSectionsTheColumnNumbersDoNotCountAreUnplaced() {
        let wrapped = header(["项目 本年", "支出", "功能分 科目 基本 项目", "类科目 名称 小计 支出 支出", "编码"], numbers: "栏次 1 2 3")
        XCTAssertGreaterThan(wrapped.sections.count, 1)
        XCTAssertTrue(wrapped.sections.allSatisfy(\.wordsUnplaced))
        let whole = header(["项目 本年支出", "功能分类科目编码 科目名称 小计 基本支出 项目支出"], numbers: "栏次 1 2 3")
        XCTAssertEqual(paths(whole), [[["本年支出", "小计"], ["本年支出", "基本支出"], ["本年支出", "项目支出"]]])
        XCTAssertEqual(whole.sections.map(\.wordsUnplaced), [false])
    }

    /// A group's name ending its line over the whole next line, whose words all begin with the
    /// name's ending ("比上年增减" over "增减额 增减%"): the words are the group's parts. A wrapped
    /// cell's rest (one piece, not repeating the ending) still joins, and words that do not share
    /// the ending stay columns of their own.
    func testPartsNamedAfterTheirGroupsEndingNestUnderIt() {
        XCTAssertEqual(paths(header(["项目 2016年度 2017年度 比上年增减", "增减额 增减%"])),
                       [[["2016年度"], ["2017年度"], ["比上年增减", "增减额"], ["比上年增减", "增减%"]]])
        XCTAssertEqual(paths(header(["项目 上年决算数 本年预算数 比上年增", "减额"])),
                       [[["上年决算数"], ["本年预算数"], ["比上年增减额"]]])
        XCTAssertEqual(paths(header(["项目 预算数 决算数", "金额 占比%"])),
                       [[["预算数"], ["决算数"], ["金额"], ["占比%"]]])
    }

    /// A two-character word spaced to fill its cell ("合 计") is that word, not two columns; single
    /// characters that make no header word stay apart.
    func testSpacedTwoCharacterHeaderWordIsOneWord() {
        XCTAssertEqual(paths(header(["年份 合 计 基本建设支出 专项支出"])), [[["合计"], ["基本建设支出"], ["专项支出"]]])
        XCTAssertEqual(SequentialHeader.joinSpacedCharacters(words([("甲", 0), ("乙", 0), ("合", 1), ("计", 1)])).map(\.text),
                       ["甲", "乙", "合计"])
        XCTAssertEqual(SequentialHeader.joinSpacedCharacters(words([("合", 0), ("计", 1)])).map(\.text), ["合", "计"])
    }
}
