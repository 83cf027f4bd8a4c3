import XCTest
@testable import BudgetETL

/// A word processor's table through pdftotext -layout: each cell's text centred vertically in
/// its cell, so the tallest cell's first line prints a line above every other header word, and
/// a name wrapped around its number line may be set past its side's edge.
final class ExtractWordProcessorCellsTests: XCTestCase {
    /// `资金` / `管理` / `情况` / `得分` / `率`: the tallest header cell's first word stands alone on
    /// the header's top line, two characters over the band of its own column.
    private let header = [
        "                                  资金",
        "                                     成本     效益 满意",
        "                   全年     系统查     管理    产出指",
        "                      全年执     预算执    指标     指标 度指 自评得",
        "科目编码    科目名称       预算     询全年     情况    标得分",
        "                       行数      行率    得分     得分 标得  分",
        "                    数     执行数     得分     率",
        "                                      率      率 分率",
        "                                   率",
    ]
    private let body = [
        "100201 某某项目 8            7.50     8            95%  90%  91%     92%  93%  94.50",
        "100202 另一项目 12           11.00 11.00 91.67% 80%  81%  82%        83%  84%  85.10",
    ]

    func testTallestCellsFirstWordIsNoCaption() {
        let prepared = (header + body).enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        let h = AlignedGridReader.fittedHeader(Array(prepared.prefix(header.count)), body: Array(prepared.dropFirst(header.count)))
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "全年预算数", "全年执行数", "系统查询全年执行数", "预算执行率", "资金管理情况得分率", "成本指标得分率",
            "产出指标得分率", "效益指标得分率", "满意度指标得分率", "自评得分",
        ])
    }

    /// A short word over a stack that stands across two bands in the text but inside one on
    /// paper (each CJK character prints two columns wide) is its column's first line.
    func testNarrowCellTopStandsInOneBandOnPaper() {
        typealias Node = AlignedHeader.Node
        let words: [[Node]] = [
            [Node(text: "资金", start: 34, end: 36, firstLine: 0, lastLine: 0)],
            [Node(text: "管理", start: 34, end: 36, firstLine: 1, lastLine: 1)],
            [Node(text: "情况", start: 34, end: 36, firstLine: 2, lastLine: 2)],
        ]
        let bands: [WrappedHeaderPieces.ColumnSpan] = [.init(lower: 30, upper: 35), .init(lower: 35, upper: 40)]
        XCTAssertTrue(WrappedHeaderPieces.isCaption(words[0][0], columns: bands))
        XCTAssertTrue(WrappedHeaderPieces.isNarrowCellTop(words[0][0], columns: bands, lines: words))
        let wide = Node(text: "收入预算", start: 34, end: 38, firstLine: 0, lastLine: 0)
        XCTAssertFalse(WrappedHeaderPieces.isNarrowCellTop(wide, columns: bands, lines: [[wide]] + words.dropFirst()))
    }

    /// Side by side, a row's name wrapped around its number line and set in the next side's
    /// name column: the number is rejected, not kept under a row without a name.
    func testNameWrappedIntoTheNextSideRejectsItsRow() {
        let doc = FamilyFixture.extract([
            "                      一般公共预算财政拨款基本支出决算明细表",
            "编制单位：某某中心                                         单位：万元",
            "科目编码   科目名称       决算数     科目编码   科目名称       决算数",
            "301     工资福利支出     30.00     302     商品和服务支出    4.00",
            "30101   基本工资         30.00     30201   办公费            1.50",
            "                                   30202   印刷费            2.50",
            "        人员经费合计     30.00",
            "                                      其他人员",
            "                   34.00",
            "                                      经费合计",
        ])
        let reasons = doc.rejects.map(\.reason)
        XCTAssertTrue(doc.rejects.contains { $0.text == "34.00" && $0.reason == RejectReason.rowNameUnknown.description }, "\(reasons)")
        for section in doc.tables[0].sections {
            XCTAssertFalse(section.rows.contains { $0.codeParts.isEmpty && TextRepair.compact($0.label).isEmpty && !$0.cells.isEmpty },
                           FamilyFixture.rows(section).joined(separator: "\n"))
        }
    }

    /// Plain pdftotext prints each header cell on lines of its own: a header read as its first
    /// lines (`科目编` / `码`) goes on among the rows, and a row-name column's title alone on a
    /// line there (no row is named 科目名称) tells that the header read names no column for sure.
    func testRowNameTitleAmongTheRowsIsTheHeaderGoingOn() {
        let prepared = { (texts: [String]) in texts.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: false, mangled: false) } }
        XCTAssertTrue(StreamReadingOrder.headerResumes(prepared(["码", "12.00 302", "科目名称", "决算", "数", "办公费", "3.00"])))
        XCTAssertFalse(StreamReadingOrder.headerResumes(prepared(["码", "12.00 302", "办公费", "3.00"])))
        XCTAssertFalse(StreamReadingOrder.headerResumes(prepared(["是否按计划完成", "100%"])))
    }

    /// Side by side, a later part's total printed on a line of its own after the first part's
    /// total is read into the first part by order: rejected, its part unknown.
    func testSecondTotalAfterAPartsTotalIsRejected() {
        let row = { (code: String, label: String, value: String, line: Int) in
            ExtractedRow(line: line, codeParts: code.isEmpty ? [] : [code], label: label, cells: [RawCell(column: 0, text: value, line: line)])
        }
        let reading = TableReading(sections: [
            ExtractedSection(name: "第1部分", columns: [HeaderPath(["决算数"])], rows: [
                row("30101", "基本工资", "5.00", 1), row("", "甲类合计", "5.00", 2), row("", "乙类合计", "7.00", 3),
            ]),
            ExtractedSection(name: "第2部分", columns: [HeaderPath(["决算数"])], rows: [row("30201", "办公费", "7.00", 1)]),
        ], rejects: [])
        let result = StreamReader.withoutSecondTotals(reading)
        XCTAssertEqual(result.sections[0].rows.map(\.label), ["基本工资", "甲类合计"])
        XCTAssertEqual(result.rejects.map(\.text), ["7.00"])
        XCTAssertEqual(result.sections[1].rows.count, 1)
        let single = TableReading(sections: [reading.sections[0]], rejects: [])
        XCTAssertEqual(StreamReader.withoutSecondTotals(single).sections[0].rows.count, 3)
    }
}
