import XCTest
@testable import BudgetETL

/// A narrow cell's name ending in a code word (`特定目标` / `类`), its tail centred under the word
/// and so set past the word's end by pdftotext (`WrappedCodeTails`): one part, not two.
final class ExtractWrappedCodeTailsTests: XCTestCase {
    private let lines = [
        "                部门支出预算表",
        "编制单位：某某局                     单位：万元",
        "                               基本支出                    项目支出",
        "                                                       其他运转  特定目标",
        "科目编码 科目名称        合计        小计    工资福利支出        小计       类          类",
        "         合计    90.00     40.00     40.00     50.00   20.00      30.00",
        "2010101  行政运行  90.00     40.00     40.00     50.00   20.00      30.00",
        "2010102  一般行政  30.00                         30.00              30.00",
    ]

    func testTailPastItsWordEndsIt() {
        let doc = FamilyFixture.extract(lines)
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), [""])
        XCTAssertEqual(sections[0].columns.map(\.joined), [
            "合计", "基本支出 / 小计", "基本支出 / 工资福利支出", "项目支出 / 小计", "项目支出 / 其他运转类", "项目支出 / 特定目标类",
        ])
        XCTAssertTrue(FamilyFixture.rows(sections[0]).contains(
            "L8 2010102|一般行政 → 合计=30.00@8 项目支出 / 小计=30.00@8 项目支出 / 特定目标类=30.00@8"),
            FamilyFixture.rows(sections[0]).joined(separator: "\n"))
    }

    /// A lone 类 outside the word's printed extent, or before a name column (a second part's code
    /// columns), stays a column of its own.
    func testTailOutOfReachOrBeforeNamesStays() {
        typealias Node = AlignedHeader.Node
        let word = Node(text: "特定目标", start: 61, end: 65, firstLine: 0, lastLine: 0)
        let near = Node(text: "类", start: 67, end: 68, firstLine: 1, lastLine: 1)
        let far = Node(text: "类", start: 70, end: 71, firstLine: 1, lastLine: 1)
        let name = Node(text: "项目", start: 74, end: 76, firstLine: 1, lastLine: 1)
        XCTAssertEqual(WrappedCodeTails.joined([word, near]).map(\.text), ["特定目标类"])
        XCTAssertEqual(WrappedCodeTails.joined([word, far]).map(\.text), ["特定目标", "类"])
        XCTAssertEqual(WrappedCodeTails.joined([word, near, name]).map(\.text), ["特定目标", "类", "项目"])
    }
}
