import XCTest
@testable import BudgetETL

/// Header cells centred vertically (a word processor's template): a two-line name (`上级补` /
/// `助收入`) prints around the line of the one-line cells, and the tree may read its top as the
/// caption of one column. Such captions side by side, or one stopping mid-word, may as well be
/// wrapped names: their columns' values are rejected (`LoneColumnCaptions`), never read under a
/// path of two levels that may be one name.
final class ExtractLoneColumnCaptionsTests: XCTestCase {
    private let rows = [
        "          合计       842.48   842.48   0.00     0.00     0.00     0.00     0.00",
        "  206     科学技术支出   32.48    32.48    0.00     0.00     0.00     0.00     0.00",
        "  208     社会保障支出   810.00   810.00   0.00     0.00     0.00     0.00     0.00",
    ]

    func testOneColumnCaptionsSideBySideAreRejected() {
        let doc = FamilyFixture.extract([
            "                              某局收入决算表",
            "编制单位：某局                                           单位：万元",
            "                                         附属单",
            "                   本年收入 财政拨款 上级补 事业收 经营收     其他收",
            "科目编码       科目名称                          位上缴",
            "                    合计   收入  助收入 入    入       入",
            "                                          收入",
        ] + rows)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertFalse(FamilyFixture.rows(section).joined().contains("本年收入 / 合计="))
        XCTAssertFalse(FamilyFixture.rows(section).joined().contains("上级补 / 助收入="))
        let lone = doc.rejects.filter { $0.reason == RejectReason.loneCaptionUncertain.description }
        XCTAssertTrue(lone.map(\.text).contains("842.48"), "\(doc.rejects.map(\.text))")
    }

    func testCaptionFinishedAloneOverOneColumnIsRead() {
        let doc = FamilyFixture.extract([
            "                              某局收入决算表",
            "编制单位：某局                                           单位：万元",
            "                        财政拨款收入",
            "科目编码       科目名称",
            "                         合计",
            "          合计             842.48",
            "  206     科学技术支出        32.48",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L7 206|科学技术支出 → 财政拨款收入 / 合计=32.48@7")
        XCTAssertFalse(doc.rejects.contains { $0.reason == RejectReason.loneCaptionUncertain.description })
    }

    func testDoubtedCaptionsAreThoseBesideAnotherOrStoppingMidWord() {
        typealias Node = AlignedHeader.Node
        func stack(_ top: String, _ leaf: String, at start: Int, line: Int = 0) -> Node {
            Node(text: top, start: start, end: start + 4, firstLine: line, lastLine: line,
                 children: [Node(text: leaf, start: start, end: start + 4, firstLine: line + 2, lastLine: line + 2)])
        }
        XCTAssertEqual(LoneColumnCaptions.doubtedCaptions([stack("本年收入", "合计", at: 0), stack("事业收", "入", at: 10)]).map(\.caption),
                       ["本年收入", "事业收"])
        XCTAssertEqual(LoneColumnCaptions.doubtedCaptions([stack("上缴上", "级支出", at: 0)]).map(\.caption), ["上缴上"])
        XCTAssertTrue(LoneColumnCaptions.doubtedCaptions([stack("财政拨款收入", "合计", at: 0)]).isEmpty)
        XCTAssertTrue(LoneColumnCaptions.doubtedCaptions([stack("2020年", "完成数", at: 0), stack("2021年", "预算数", at: 10)]).isEmpty,
                      "a bare year is a caption")
    }
}
