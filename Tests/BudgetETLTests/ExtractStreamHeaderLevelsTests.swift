import XCTest
@testable import BudgetETL

/// A header of several rows given one cell per line, rebuilt as a tree only where one tree's
/// leaves count out to the rows' values and the sums confirm every grouping (`StreamHeaderLevels`).
final class ExtractStreamHeaderLevelsTests: XCTestCase {
    /// 总计 | 基本支出 项目支出 over 合计 人员经费 公用经费 / 合计 运转类 特定目标类, the two middle
    /// words over 小计 and two parts each: three rows run together in stream order.
    static let words = ["总计", "基本支出", "项目支出", "合计", "人员经费", "公用经费", "合计", "运转类", "特定目标类",
                        "小计", "工资福利支出", "补助", "小计", "商品和服务支出", "资本性支出"]
    static let columns = ["总计", "基本支出 / 合计", "基本支出 / 人员经费 / 小计", "基本支出 / 人员经费 / 工资福利支出",
                          "基本支出 / 人员经费 / 补助", "基本支出 / 公用经费 / 小计", "基本支出 / 公用经费 / 商品和服务支出",
                          "基本支出 / 公用经费 / 资本性支出", "项目支出 / 合计", "项目支出 / 运转类", "项目支出 / 特定目标类"]
    static let adding = [["100", "60", "35", "30", "5", "25", "20", "5", "40", "15", "25"],
                         ["200", "120", "70", "50", "20", "50", "45", "5", "80", "30", "50"]]

    static func chunks(_ rows: [[String]]) -> [RowStreamReader.Chunk] {
        rows.enumerated().map { k, values in
            RowStreamReader.Chunk(labels: [Token(text: "行\(k)", line: k * 20 + 1, column: 0)],
                                  values: values.enumerated().map { Token(text: $1, line: k * 20 + 2 + $0, column: 0) })
        }
    }

    func testThreeRowsRebuiltWhenTheLeavesCountOutAndTheSumsConfirm() {
        let paths = StreamHeaderLevels.paths(Self.words, columns: 11, rows: Self.chunks(Self.adding))
        XCTAssertEqual(paths?.map(\.joined), Self.columns)
    }

    /// The rows hold ten values (a blank cell dropped in every row): no tree of the words has ten leaves.
    func testLeavesOtherThanTheRowsValuesAreNotRebuilt() {
        let short = Self.adding.map { Array($0.dropLast()) }
        XCTAssertNil(StreamHeaderLevels.paths(Self.words, columns: 10, rows: Self.chunks(short)))
    }

    /// A 小计 that is not the sum of its parts confirms no grouping.
    func testGroupingTheSumsDoNotConfirmIsNotRebuilt() {
        var rows = Self.adding
        rows[0][3] = "31"
        rows[1][3] = "51"
        XCTAssertNil(StreamHeaderLevels.paths(Self.words, columns: 11, rows: Self.chunks(rows)))
    }

    /// A 总计 that is not the sum of every part below the other top words: not rebuilt.
    func testTopTotalThatDoesNotAddUpIsNotRebuilt() {
        var rows = Self.adding
        rows[0][0] = "101"
        rows[1][0] = "201"
        XCTAssertNil(StreamHeaderLevels.paths(Self.words, columns: 11, rows: Self.chunks(rows)))
    }

    /// A 小计 equal to one part (the other zero) in every row fits any grouping: it confirms none.
    func testTotalEqualToOnePartConfirmsNothing() {
        let words = ["合计", "甲类", "乙类", "小计", "一", "二", "小计", "三", "四"]
        let oneEach = [["9", "4", "4", "0", "5", "2", "3"], ["8", "3", "3", "0", "5", "1", "4"]]
        XCTAssertNil(StreamHeaderLevels.paths(words, columns: 7, rows: Self.chunks(oneEach)))
        let spread = [["9", "4", "1", "3", "5", "2", "3"], ["8", "3", "2", "1", "5", "1", "4"]]
        XCTAssertEqual(StreamHeaderLevels.paths(words, columns: 7, rows: Self.chunks(spread))?.map(\.joined),
                       ["合计", "甲类 / 小计", "甲类 / 一", "甲类 / 二", "乙类 / 小计", "乙类 / 三", "乙类 / 四"])
    }

    /// Balances beside a group (年初结余 本年收入 本年支出 年末结余 over 小计 基本支出 项目支出): a
    /// lone top word is in no sum, and the sums that fit 年末结余 over the group are a coincidence.
    func testLoneTopWordBesideAGroupIsNotRebuilt() {
        let words = ["年初结余", "本年收入", "本年支出", "年末结余", "小计", "基本支出", "项目支出"]
        let rows = [["1", "9", "8", "6", "2", "4"], ["0", "5", "5", "5", "1", "4"]]
        XCTAssertNil(StreamHeaderLevels.paths(words, columns: 6, rows: Self.chunks(rows)))
    }

    /// End to end: the table's cells one per line, the header's three rows run together; every
    /// value lands under its leaf.
    func testCellPerLineTableUnderThreeHeaderRows() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：元", "项目"] + Self.words
            + ["201", "一般公共服务支出"] + Self.adding[1] + ["20101", "人大事务"] + Self.adding[0]
            + ["20102", "政协事务"] + Self.adding[0])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), Self.columns)
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [Self.adding[1], Self.adding[0], Self.adding[0]])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.column) }, Array(repeating: Array(0..<11), count: 3))
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A caption over a classification's name columns (部门预算经济分类科目 over 编码 and 名称) is a
    /// name-column word: the one measure word before it heads the columns under it.
    func testClassificationCaptionNamesTheNameColumns() {
        XCTAssertTrue(HeaderWords.isLabel("部门预算经济分类科目"))
        XCTAssertTrue(HeaderWords.isStructural("政府预算支出经济分类科目"))
        XCTAssertFalse(HeaderWords.isStructural("科目分类支出"))
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：元", "项目", "基本支出", "部门预算经济分类科目", "编码",
                                         "经济分类科目名称", "合计", "人员经费", "公用经费", "类", "款",
                                         "301", "工资福利支出", "90", "90", "0", "301", "01", "基本工资", "60", "60", "0"])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["基本支出 / 合计", "基本支出 / 人员经费", "基本支出 / 公用经费"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["90", "90", "0"], ["60", "60", "0"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// 人员经费 and 公用经费 over classes of the economic classification without a 小计 of their
    /// own: the sums confirm 基本支出's group, the classification says which caption heads which
    /// class (人员经费: 工资福利支出 and 对个人和家庭的补助; 公用经费: 商品和服务支出).
    static let classWords = ["合计", "基本支出", "项目支出", "小计", "人员经费", "公用经费", "小计", "运转类",
                             "工资福利支出", "对个人和家庭的补助", "商品和服务支出"]
    static let classRows = [["90", "40", "20", "5", "15", "50", "50"], ["30", "12", "6", "2", "4", "18", "18"]]

    func testCaptionsOverClassesGroupedByTheClassification() {
        XCTAssertEqual(StreamHeaderLevels.paths(Self.classWords, columns: 7, rows: Self.chunks(Self.classRows))?.map(\.joined),
                       ["合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
                        "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 运转类"])
        // 基本支出's 小计 not the sum of its classes: nothing rebuilt.
        let off = Self.classRows.map { row in row.enumerated().map { $0.offset == 1 ? "41" : $0.element } }
        XCTAssertNil(StreamHeaderLevels.paths(Self.classWords, columns: 7, rows: Self.chunks(off)))
    }

    /// Each caption leads its classes with a 小计 (公用经费's over one class): the second 小计 is
    /// 公用经费's, never a third leaf of 人员经费 (which would leave 公用经费 one class).
    func testSubtotalBeforeClassesLeadsTheNextCaption() {
        let words = ["总计", "基本支出", "项目支出", "合计", "人员经费", "公用经费", "合计", "运转类", "特定目标类",
                     "小计", "工资福利支出", "对个人和家庭的补助", "小计", "商品和服务支出"]
        let rows = [["100", "60", "35", "30", "5", "25", "25", "40", "15", "25"],
                    ["200", "120", "70", "50", "20", "50", "50", "80", "30", "50"]]
        XCTAssertEqual(StreamHeaderLevels.paths(words, columns: 10, rows: Self.chunks(rows))?.map(\.joined),
                       ["总计", "基本支出 / 合计", "基本支出 / 人员经费 / 小计", "基本支出 / 人员经费 / 工资福利支出",
                        "基本支出 / 人员经费 / 对个人和家庭的补助", "基本支出 / 公用经费 / 小计", "基本支出 / 公用经费 / 商品和服务支出",
                        "项目支出 / 合计", "项目支出 / 运转类", "项目支出 / 特定目标类"])
    }

    /// pdftotext -raw prints a wrapped cell's pieces on lines of their own: they join where the
    /// second is no word of its own and the whole ends as a word does or names a class.
    func testWrappedPiecesOfRawHeaderJoined() {
        let lines = ["科目编码 科目名称 合计", "人员经费 公用经费", "小计", "其他运转", "类", "工资福利支", "出",
                     "对个人和家", "庭的补助", "商品和服", "务支出", "预算", "合计"]
        let header = lines.enumerated().map { n, text in
            TableLines.Line(number: n + 1, tokens: text.split(separator: " ").map { Token(text: String($0), line: n + 1, column: 0) }, compact: text)
        }
        XCTAssertEqual(StreamHeader.cellWords(header),
                       ["科目编码", "科目名称", "合计", "人员经费", "公用经费", "小计", "其他运转类", "工资福利支出",
                        "对个人和家庭的补助", "商品和服务支出", "预算", "合计"])
    }

    /// 预算数 over 合计 基本支出 项目支出, 基本支出 over 人员经费 公用经费 without a 小计: 基本支出 is
    /// those two in every budget, and each stands under it (人员经费 straight under 预算数 with
    /// 基本支出 over 公用经费 alone would fit the same sums).
    func testBasicExpenditureOverItsTwoKinds() {
        let words = ["预算数", "合计", "基本支出", "项目支出", "人员经费", "公用经费"]
        let rows = [["90", "20", "10", "60"], ["50", "5", "15", "30"]]
        XCTAssertEqual(StreamHeaderLevels.paths(words, columns: 4, rows: Self.chunks(rows))?.map(\.joined),
                       ["预算数 / 合计", "预算数 / 基本支出 / 人员经费", "预算数 / 基本支出 / 公用经费", "预算数 / 项目支出"])
        let off = [["90", "20", "10", "61"], ["50", "5", "15", "31"]]
        XCTAssertNil(StreamHeaderLevels.paths(words, columns: 4, rows: Self.chunks(off)))
    }

    /// Side-by-side sections in stream order: each section's words follow its 项目.
    func testSectionWordsFollowTheirNameColumnWord() {
        XCTAssertEqual(StreamReader.sectionWords(["本年收入", "本年支出", "项目", "预算数", "项目", "预算数", "合计", "基本支出"]),
                       [["预算数"], ["预算数", "合计", "基本支出"]])
    }

    /// End to end: the 本年支出 section's header a tree its rows' sums settle, the 本年收入 section flat.
    func testSideBySideSectionReadUnderItsTree() {
        let doc = FamilyFixture.extract(["收支预算总表", "单位：元", "本年收入 本年支出", "项目 预算数 项目", "预算数", "合计",
                                         "基本支出", "项目支出", "人员经费 公用经费",
                                         "一、财政拨款收入 90 一、一般公共服务支出 90 20 10 60",
                                         "二、事业收入 0 二、卫生健康支出 0",
                                         "收入总计 90 支出总计 90 20 10 60"])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.last?.columns.map(\.joined), ["预算数 / 合计", "预算数 / 基本支出 / 人员经费", "预算数 / 基本支出 / 公用经费", "预算数 / 项目支出"])
        XCTAssertEqual(sections.last?.rows.first?.cells.map(\.column), [0, 1, 2, 3])
    }
}
