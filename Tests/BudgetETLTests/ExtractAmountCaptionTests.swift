import XCTest
@testable import BudgetETL

/// A caption naming its columns' money unit (`预算金额(万元)`) over amount columns beside a
/// performance target's columns (指标值): pdftotext sets its Chinese words in half their printed
/// width, so the caption stands off the centre of its columns, over one of them or over the whole
/// table by chance.
final class ExtractAmountCaptionTests: XCTestCase {
    private func header(_ header: [String], _ body: [String]) -> AlignedHeader {
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        return AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
    }

    /// Over a single wrapped name it is no piece of that name (a name prints its unit last), and
    /// the target columns it also stands near are not under it.
    func testACaptionEndingInItsUnitHeadsTheAmountsNotTheTargets() {
        let h = header([
            "                                                  预算金额(万元)",
            "                                                                  指标 指标",
            "         项目编码                     项目名称                财政拨款资",
            "                                           全年金额                    值  值",
            "                                                        金",
        ], [
            "201                     某某单位             2,345.60   2,345.60",
            "201001                  某某科室             1,200.00   1,200.00",
            "201002                  某某工作经费          85.00      85.00",
        ])
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") },
                       ["预算金额(万元) / 全年金额", "预算金额(万元) / 财政拨款资金", "指标值", "指标值"])
    }

    /// Centred over the whole table, its run is the amount columns only.
    func testACaptionOverTheWholeTableLeavesTheTargetColumnsOut() {
        let h = header([
            "                             预算金额(万元)",
            "    项目编码           项目名称  全年金额          财政拨款资金                指标值       指标值",
        ], [
            "             201 某某单位     2345.60        2345.60",
            "          201001 某某科室     1200           1200",
            "          201002 某某经费     85             85",
        ])
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") },
                       ["预算金额(万元) / 全年金额", "预算金额(万元) / 财政拨款资金", "指标值", "指标值"])
    }

    /// A caption over the table's one total column, printed off its centre, heads it: it is no
    /// column of its own, so the amounts glued to their names land under the total too.
    func testACaptionOverTheOnlyTotalColumnHeadsIt() {
        let h = header([
            "                            单位日常公用经费支出",
            "科目编码          科目名称",
            "                                     合计",
        ], [
            "         合计               12.34",
            "30201    水电费              2.18",
            "30231    车辆运行维护费用 4.50",
        ])
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, ["单位日常公用经费支出 / 合计"])
    }

    func testOnlyAWordEndingInAMoneyUnitInBracketsEndsInItsUnit() {
        let node = { (text: String) in AlignedHeader.Node(text: text, start: 0, end: text.count, firstLine: 0, lastLine: 0) }
        XCTAssertTrue(HeaderFit.endsInUnit(node("预算金额(万元)")))
        XCTAssertTrue(HeaderFit.endsInUnit(node("支出（元）")))
        XCTAssertFalse(HeaderFit.endsInUnit(node("因公出国(境)")))
        XCTAssertFalse(HeaderFit.endsInUnit(node("一般公共预算财")))
    }
}
