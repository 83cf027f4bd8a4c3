import XCTest
@testable import BudgetETL

/// Multi-level column-aligned headers (a caption over sub-captions over columns, words wrapped
/// inside their cells) whose words pdftotext sets off their columns: wrapped pieces join within
/// one body column by where they stand on paper, and a tree that sets a 小计 outside the head of
/// its group is no certain reading.
final class ExtractHeaderSubtotalTests: XCTestCase {
    private typealias Node = AlignedHeader.Node
    private func leaf(_ text: String, _ start: Int) -> Node {
        Node(text: text, start: start, end: start + text.count, firstLine: 2, lastLine: 2)
    }
    private func group(_ text: String, _ start: Int, _ children: [Node]) -> Node {
        Node(text: text, start: start, end: start + text.count, firstLine: 0, lastLine: 0, children: children)
    }

    func testSubtotalHeadingItsGroupIsInPlace() {
        let tree = [leaf("合计", 10), group("基本支出", 20, [leaf("小计", 14), group("人员经费", 20, [leaf("工资福利支出", 18), leaf("对个人和家庭的补助", 26)]),
                                                    group("公用经费", 34, [leaf("商品和服务支出", 34)])]),
                    group("项目支出", 44, [leaf("小计", 42), leaf("特定目标类", 48)])]
        XCTAssertFalse(AlignedHeader.misplacesSubtotal(among: tree))
    }

    func testSubtotalAfterAnotherColumnOrAloneIsMisplaced() {
        // A 小计 after the table's 合计 at the top: the caption it heads was read elsewhere or lost.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(roots: [leaf("合计", 10), leaf("小计", 14), group("人员经费", 20, [leaf("工资福利支出", 18)])]))
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(roots: [leaf("总计", 10), leaf("小计", 14), leaf("其中:财政拨款", 20)]))
        // A caption over its 小计 alone.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [group("基本支出", 20, [leaf("小计", 14), group("公用经费", 30, [leaf("小计", 30)])])]))
        // A 小计 in the middle of a caption's columns: the caption took the next group's head.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [group("公用经费", 30, [leaf("商品和服务支出", 28), leaf("小计", 36), leaf("其他运转类", 40)])]))
    }

    /// `商品和服务支` / `出`: the tail stands under the right half of the word on paper (a Chinese
    /// character prints two columns wide), past its end in the text; `其他运转` / `类`: a lone 类
    /// under an unfinished measure word is its last character, not a code column.
    func testPiecesJoinWhereTheyStandOnPaper() {
        let lines = [
            "科目编码   科目名称    合计                       其他运转",
            "                 小计     商品和服务支",
            "                                           类",
            "                               出",
        ]
        let header = lines.enumerated().map { n, text in TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true) }
        let columns = [WrappedHeaderPieces.ColumnSpan(lower: 20, upper: 28), WrappedHeaderPieces.ColumnSpan(lower: 28, upper: 38),
                       WrappedHeaderPieces.ColumnSpan(lower: 38, upper: 48)]
        let joined = WrappedHeaderPieces.joined(WrappedHeaderPieces.words(header), columns: columns)
        XCTAssertEqual(joined.flatMap { $0.map(\.text) }, ["科目编码", "科目名称", "合计", "其他运转类", "小计", "商品和服务支出"])
    }

    /// A three-level header as a browser prints it through pdftotext -layout: the captions of a line
    /// tile the columns below (`公用经费` beside `人员经费` heads the one column under it, off its
    /// centre), a caption's run never takes a 小计 after other columns (`项目支出`'s own), and the
    /// 小计 printed on the columns' line heads the caption right of it (`基本支出`).
    func testThreeLevelHeaderReadsIntoItsTree() {
        let doc = FamilyFixture.extract([
            "                                      部门支出预算表",
            "编制单位：某某局                                                                        单位：万元",
            "                                                    基本支出                      项目支出",
            "                                                  人员经费         公用经费",
            "科目编码          科目名称            合计                                                 其他运转",
            "                                     小计    工资福利支 对个人和家庭的补 商品和服务支           小计",
            "                                                                                    类",
            "                                             出         助         出",
            "       合计                   900.00 300.00   200.00      60.00     40.00 600.00  600.00",
            "201    某某单位               900.00 300.00   200.00        60.00      40.00 600.00     600.00",
            "2010101 行政运行                300.00 300.00   200.00        60.00      40.00",
            "2010199 其他一般公共服务支出        600.00                                           600.00   600.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 其他运转类",
        ])
        let rows = FamilyFixture.rows(section)
        XCTAssertTrue(rows.contains("L12 2010199|其他一般公共服务支出 → 合计=600.00@12 项目支出 / 小计=600.00@12 项目支出 / 其他运转类=600.00@12"),
                      rows.joined(separator: "\n"))
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    /// A 小计 after the table's 合计 beside a caption it does not fit centred under: no certain
    /// reading, every value is rejected with the reason instead of being placed under a wrong path.
    func testTableWhoseTreeMisplacesASubtotalIsRejected() {
        let doc = FamilyFixture.extract([
            "                      基本支出预算表",
            "编制单位：某某局                          单位：万元",
            "                                                                    人员经费",
            " 科目编码      科目名称               合计     小计                   工资福利支出        对个人和家庭的补助",
            " 2010101  行政运行               30.00  30.00                  20.00           10.00",
            " 2010102  一般行政管理事务            8.00   8.00                   8.00",
        ])
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy { $0.cells.isEmpty } })
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.subtotalOffItsGroup.description])
        XCTAssertEqual(doc.rejects.count, 7)
    }

    func testTotalOverWordsOrTwoTotalsInAGroupAreMisplaced() {
        // A 合计 read as the caption of the columns under it.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [group("合计", 10, [leaf("总计", 8), leaf("一般公共预算", 14)])]))
        // Two totals under one caption: the second is the next group's (captions set left).
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [group("预算数", 10, [leaf("合计", 10), leaf("公务接待费", 16), leaf("合计", 24)])]))
        // At the top, one side's 合计 may follow the other side's columns.
        XCTAssertFalse(AlignedHeader.misplacesSubtotal(among: [leaf("金额", 10), leaf("合计", 30), group("一般公共预算", 40, [leaf("小计", 38), leaf("其中:财政拨款", 44)])]))
    }

    /// A bare 合计 over one column only is that column's caption, not a column that took words.
    func testTotalCaptioningOneColumnIsInPlace() {
        XCTAssertFalse(AlignedHeader.misplacesSubtotal(among: [leaf("总计", 4), group("合计", 12, [leaf("一般公共预算", 14)])]))
        // Over one total it is still two totals stacked: misplaced.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [leaf("总计", 4), group("合计", 12, [leaf("小计", 12)])]))
        // A 合计 printed narrower than the name under it, ending where that name starts: its caption.
        let total = AlignedHeader.Node(text: "合计", start: 47, end: 51, firstLine: 0, lastLine: 0)
        let name = AlignedHeader.Node(text: "一般公共预算", start: 51, end: 63, firstLine: 2, lastLine: 2)
        let sum = AlignedHeader.Node(text: "总计", start: 39, end: 43, firstLine: 2, lastLine: 2)
        let placed = HeaderFit.place(total, over: [sum, name], claimed: [], line: [total])
        XCTAssertEqual(placed?.range, 1..<2)
        XCTAssertEqual(placed?.node.children.map(\.text), ["一般公共预算"])
    }

    /// A 小计 left at the top after the table's 合计 heads the caption right of it, the deepest
    /// one down its first columns that it still fits centred under.
    func testSubtotalAtTheTopJoinsTheGroupRightOfIt() {
        let roots = [leaf("合计", 30), leaf("小计", 37),
                     group("基本支出", 52, [group("人员经费", 50, [leaf("工资福利支出", 43), leaf("对个人和家庭的补助", 49)]),
                                           group("公用经费", 63, [leaf("商品和服务支出", 58)])])]
        let fixed = AlignedHeader.withSubtotalsInGroups(roots)
        XCTAssertEqual(fixed.map(\.text), ["合计", "基本支出"])
        XCTAssertEqual(fixed[1].children.map(\.text), ["小计", "人员经费", "公用经费"])
        XCTAssertEqual(fixed[1].children[1].children.map(\.text), ["工资福利支出", "对个人和家庭的补助"])
        XCTAssertFalse(AlignedHeader.misplacesSubtotal(among: fixed))
    }

    /// A word processor's narrow header: `公用经` / `费` wraps around the one-line `人员经费` of its
    /// row, and centring gives `人员经费` the column under `公用经费` too; the cells of a row tile
    /// the row below, so `公用经费` takes back the column next to it.
    func testCaptionOfARowTakesTheColumnItsNeighbourDrewIn() {
        let doc = FamilyFixture.extract([
            "                            部门支出预算表",
            "编制单位：某某局单位：万元",
            "                                           基本支出                       项目支出",
            "                                                        公用经",
            "                                           人员经费",
            "                                                         费",
            "科目编码          科目名称     合计                                                   其他运转",
            "                                小计          对个人和 商品和                小计",
            "                                       工资福利                                   类",
            "                                            家庭的补 服务支",
            "                                        支出",
            "                                              助   出",
            "         合计           900.00 300.00 200.00     60.00    40.00     600.00  600.00",
            "2010101 行政运行           300.00 300.00 200.00     60.00    40.00",
            "2010199 其他支出           600.00                                      600.00  600.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 其他运转类",
        ])
        let rows = FamilyFixture.rows(section)
        XCTAssertTrue(rows.contains("L14 2010101|行政运行 → 合计=300.00@14 基本支出 / 小计=300.00@14 基本支出 / 人员经费 / 工资福利支出=200.00@14 "
            + "基本支出 / 人员经费 / 对个人和家庭的补助=60.00@14 基本支出 / 公用经费 / 商品和服务支出=40.00@14"), rows.joined(separator: "\n"))
    }

    /// `公用经费` set over the next group's `小计` (a 小计 heads its own group, never a caption's only
    /// column) while `人员经费` beside it drew in the column it stands for: when the header names more
    /// columns than the body holds, the captions of the line tile the row below and `公用经费` takes
    /// it back.
    func testCaptionOverTheNextGroupsSubtotalTakesItsColumnFromItsNeighbour() {
        let doc = FamilyFixture.extract([
            "                                一般公共预算支出预算表",
            "编制单位：某某局                                                                          单位：万元",
            "                                                       基本支出                         项目支出",
            "                                                   人员经费               公用经费",
            "科目编码          科目名称           合计                                                           特定目标",
            "                                      小计   工资福利支 对个人和家庭的补 商品和服务支       小计",
            "                                                                                            类",
            "                                             出       助       出",
            "       合计                   900.00 300.00   200.00    60.00   40.00 600.00              600.00",
            "201    某某单位               900.00 300.00    200.00          60.00     40.00 600.00     600.00",
            "2010101 行政运行                300.00 300.00    200.00          60.00     40.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 特定目标类",
        ])
    }

    /// A tall column whose name stands on a caption line beside a group (`机关运行经费预算数` beside
    /// `公务用车购置及运行费`) is a column of its own when the body agrees: it takes nothing.
    func testTallColumnBesideAGroupKeepsItsOwnColumn() {
        let doc = FamilyFixture.extract([
            "                               三公经费和机关运行经费预算表",
            "编制单位：某某局                                                      单位：万元",
            "                         “三公”经费预算数",
            " 项目                                        公务用车购置及运行费          机关运行经费预算数",
            "      合计      因公出国(境)费       公务接待费",
            "                                         小计   购置费   运行费",
            "      47.91              0        1.35    46.56   25   21.56                    443.18",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.last?.joined, "机关运行经费预算数")
        XCTAssertEqual(section.rows.first?.cells.count, 7)
        XCTAssertTrue(doc.rejects.isEmpty)
    }
}
