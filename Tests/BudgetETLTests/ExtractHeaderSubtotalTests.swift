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
        // A 小计 after the table's 合计 at the top: the caption it heads was read elsewhere.
        XCTAssertTrue(AlignedHeader.misplacesSubtotal(among: [leaf("合计", 10), leaf("小计", 14), group("人员经费", 20, [leaf("工资福利支出", 18)])]))
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

    /// A three-level header whose captions pdftotext set over the wrong columns: read word by word
    /// the tree puts a 小计 after the other columns of a caption; every value is rejected with the
    /// reason instead of being placed under a wrong path.
    func testTableWhoseTreeMisplacesASubtotalIsRejected() {
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
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy { $0.cells.isEmpty } })
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.subtotalOffItsGroup.description])
        XCTAssertEqual(doc.rejects.count, 22)
    }
}
