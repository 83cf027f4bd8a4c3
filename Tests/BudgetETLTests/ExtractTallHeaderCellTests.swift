import XCTest
@testable import BudgetETL

/// Header rows whose cells a browser or word processor centred vertically, through pdftotext
/// -layout: a cell taller than its row's others prints its lines around theirs (a `合计` spanning
/// two header rows sits on the line between a caption and the captioned columns' names; a
/// three-line name prints its lines every other line around a row of one-line cells).
final class ExtractTallHeaderCellTests: XCTestCase {
    private func fitted(_ header: [String], _ body: [String]) -> AlignedHeader {
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        return AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
    }

    private func values(_ h: AlignedHeader) -> [String] {
        h.sections.flatMap(\.values).map { $0.path.joined(separator: " / ") }
    }

    /// Each side's `合计` spans the lower two header rows and prints between them, centred over
    /// the whole header: it is its own column, never the caption of the group's `小计` and
    /// neighbour, and the side's caption then heads it and the group.
    func testTallTotalBetweenCaptionLinesIsAColumnOfItsOwn() {
        let header = [
            "                       预算数                                     决算数",
            " 项目                   会议培训及差旅交通等经费                            会议培训及差旅交通等经费",
            "       合计                                       合计",
            "                   小计         差旅交通维护等经费                    小计         差旅交通维护等经费",
        ]
        let body = ["        12345.00   12345.00          12345.00   12000.50   12000.50          12000.50"]
        XCTAssertEqual(values(fitted(header, body)), [
            "预算数 / 合计", "预算数 / 会议培训及差旅交通等经费 / 小计", "预算数 / 会议培训及差旅交通等经费 / 差旅交通维护等经费",
            "决算数 / 合计", "决算数 / 会议培训及差旅交通等经费 / 小计", "决算数 / 会议培训及差旅交通等经费 / 差旅交通维护等经费",
        ])
    }

    /// A row of two-line names printed around a line of one-line names (`科目编码`), with one
    /// three-line name whose lines stand every other line (`向下级单` / `位拨付支` / `出`): each
    /// name is one column's, none a caption over another.
    func testThreeLineNameAroundARowOfTwoLineNamesIsOneColumn() {
        let header = [
            "                                                                向下级单",
            "                   本年支出      基本支      项目支      上缴上级     经营支",
            "科目编码       科目名称                                                 位拨付支",
            "                    合计        出        出        支出       出",
            "                                                                  出",
        ]
        let body = [
            "          合计        842.51   646.12   196.38     0.00    0.00     0.00",
            "206       其他事务支出     32.48     0.00    32.48     0.00    0.00     0.00",
        ]
        XCTAssertEqual(values(fitted(header, body)), ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "向下级单位拨付支出"])
    }

    /// A caption over a total and its neighbour (`一般公共预算` over `小计`, `其中:财政拨款`) does not
    /// reach the other total beside them (`总计`): a merged cell heads one total at most.
    func testCaptionTakesOneTotalOnly() {
        let header = [
            "                                                        一般公共预算",
            "  科目编码               科目名称         总计                小计         其中:财政拨款",
        ]
        let body = [
            "               合计                  131792.35         131792.35     131672.35",
            "           309 某某某某局               131792.35         131792.35     131672.35",
        ]
        XCTAssertEqual(values(fitted(header, body)), ["总计", "一般公共预算 / 小计", "一般公共预算 / 其中:财政拨款"])
    }

    /// A total caption over one column beside the next group's total (`合计` over
    /// `一般公共预算` | `合计` under `本年收入`) heads that column: two totals never share a caption.
    func testTotalCaptionHeadsTheColumnBesideAnotherTotal() {
        let header = [
            "                                                 合计                   本年收入",
            "    科目编码                  科目名称        总计                                  一般公共预算",
            "                                              一般公共预算        合计",
            "                                                                       小计      其中:财政拨款",
        ]
        let body = [
            "                合计                 131,792.35 131,792.35 131,792.35 131,792.35  131,672.35",
            "    309         某某某某局              131,792.35 131,792.35 131,792.35 131,792.35  131,672.35",
        ]
        XCTAssertEqual(values(fitted(header, body)), [
            "总计", "合计 / 一般公共预算", "本年收入 / 合计", "本年收入 / 一般公共预算 / 小计", "本年收入 / 一般公共预算 / 其中:财政拨款",
        ])
    }
}
