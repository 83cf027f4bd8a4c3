import XCTest
@testable import BudgetETL

/// Header cells centred vertically (Excel / WPS templates through pdftotext -layout): a wrapped
/// name prints around the line of the row's one-line cells, as a caption over one column does.
/// Widths and words tell them apart where they can; where they cannot, the column's values are
/// rejected (`loneCaptionUncertain`).
final class ExtractMiddleAlignedHeaderTests: XCTestCase {
    typealias Node = AlignedHeader.Node

    private func node(_ text: String, _ start: Int, line: Int, lastLine: Int? = nil, width: Int? = nil, children: [Node] = []) -> Node {
        Node(text: text, start: start, end: start + (width ?? text.count), firstLine: line, lastLine: lastLine ?? line, children: children)
    }

    func testWrappedNameAroundMiddleLineIsDoubted() {
        let doc = FamilyFixture.extract([
            "                       某局收入决算表",
            "                                       单位：万元",
            "             建议分配金",
            " 项目    序号",
            "              额(万元)",
            "甲县        1      400.00",
            "乙县        2        6.00",
        ])
        let lone = doc.rejects.filter { $0.reason == RejectReason.loneCaptionUncertain.description }
        XCTAssertEqual(lone.map(\.text), ["400.00", "6.00"], "\(doc.rejects.map(\.reason))")
    }

    func testMiddleLineRuleAtNodeLevel() {
        let leaf = { (text: String, start: Int) in self.node(text, start, line: 2) }
        let middle = node("项目", 0, line: 1)
        // At least as wide as its word, a header word beside other value columns: doubted.
        XCTAssertEqual(LoneColumnCaptions.doubtedCaptions([middle, node("本年支出", 10, line: 0, children: [leaf("合计", 11)]),
                                                            node("基本支出", 20, line: 1)]).map(\.caption), ["本年支出"])
        // The table's only value column: its caption.
        XCTAssertTrue(LoneColumnCaptions.doubtedCaptions([middle, node("运行经费支出", 10, line: 0, children: [leaf("合计", 12)])]).isEmpty)
        // Narrower than its word: a caption.
        XCTAssertTrue(LoneColumnCaptions.doubtedCaptions([middle, node("本年拨款", 10, line: 0, children: [leaf("一般公共预算", 9)]),
                                                          node("基本支出", 20, line: 1)]).isEmpty)
        // No line of one-line cells between them: not printed around a middle line.
        XCTAssertTrue(LoneColumnCaptions.doubtedCaptions([node("分配资金", 10, line: 0, children: [node("额(万元)", 10, line: 1)])]).isEmpty)
    }

    func testUnitAloneUnderCaptionEndsItsName() {
        let caption = node("建议分配金额", 10, line: 0, lastLine: 1)
        XCTAssertTrue(WrappedLoneCaption.isUnitTail(node("(万元)", 11, line: 3), of: caption), "a line of one-line cells between")
        XCTAssertTrue(WrappedLoneCaption.isUnitTail(node("（千元）", 11, line: 2), of: caption))
        XCTAssertFalse(WrappedLoneCaption.isUnitTail(node("合计(万元)", 11, line: 2), of: caption), "a name with its unit")
        XCTAssertFalse(WrappedLoneCaption.isUnitTail(node("(万元)", 11, line: 5), of: caption), "too far below")
        let joined = WrappedLoneCaption.joined([Node(text: "建议分配金额", start: 10, end: 16, firstLine: 0, lastLine: 1,
                                                     children: [node("(万元)", 11, line: 3)])])
        XCTAssertEqual(joined.map(\.text), ["建议分配金额(万元)"])
    }
}
