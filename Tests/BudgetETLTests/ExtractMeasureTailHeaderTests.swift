import XCTest
@testable import BudgetETL

/// A measure of amount (预算数, 决算数 …) wrapped under a finished name in a narrow cell is that
/// name's last line, one column's name; under a caption over several measures it stays a part.
final class ExtractMeasureTailHeaderTests: XCTestCase {
    private func values(_ header: [String], _ body: [String]) -> [String] {
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let fitted = AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
        return fitted.sections.flatMap { $0.values.map { $0.path.joined(separator: " / ") } }
    }

    func testMeasureAloneUnderAFinishedNameEndsThatName() {
        let header = [
            "                        日常支出决算数",
            "                                                      会议培训经费",
            "项目                                  差旅及市内交通运输费",
            "     合计      办公设备及印刷费   邮电通讯费                          决算数",
            "                                   小计    差旅费 交通费",
        ]
        let body = ["     20.50          4.00       1.50   15.00   10 5.00      7.25"]
        XCTAssertEqual(values(header, body), [
            "日常支出决算数 / 合计", "日常支出决算数 / 办公设备及印刷费", "日常支出决算数 / 邮电通讯费", "日常支出决算数 / 差旅及市内交通运输费 / 小计",
            "日常支出决算数 / 差旅及市内交通运输费 / 差旅费", "日常支出决算数 / 差旅及市内交通运输费 / 交通费", "会议培训经费决算数",
        ])
    }

    func testNameOverTwoMeasuresStaysTheirCaption() {
        let header = [
            "                              会议培训经费",
            "项目          合计            预算数      决算数",
        ]
        let body = ["一、会议费    20.50           10.25       10.25", "二、培训费    20.50           10.25       10.25"]
        XCTAssertEqual(values(header, body), ["合计", "会议培训经费 / 预算数", "会议培训经费 / 决算数"])
    }
}
