import XCTest
@testable import BudgetETL

/// A spreadsheet's bottom-aligned header of narrow cells through pdftotext -layout: the line of
/// wrapped pieces over the last line stands left of its columns, one space apart, so the tree
/// reads one column more than the body's full rows hold, while the last line names each column
/// once (`BottomLineColumns`).
final class ExtractBottomLineColumnsTests: XCTestCase {
    private let header = [
        "                                        基本支出                            项目支出",
        "                                        人员经费          公用经费",
        "                                             对个人和",
        "                                    工资福利 家庭的补 商品和服                      其他运转 特定目标",
        "科目编码 科目名称       合计          小计       支出        助      务支出       小计       类         类",
    ]
    private let body = [
        "         合计   5210.40     1300.20   800.10    200.00   300.10 3910.20   610.00 3300.20",
        "     118 局    5210.40         1300.20    800.10       200.00       300.10 3910.20          610.00 3300.20",
        " 2010101 行政运行   60.00       60.00                       60.00",
    ]

    private func lines(_ texts: [String]) -> [TableLines.Line] {
        texts.enumerated().map { n, text in TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true) }
    }

    private func takesPiece(header: [String], body: [String]) -> Bool {
        let head = lines(header), rows = lines(body)
        let fitted = AlignedGridReader.fittedHeader(head, body: rows)
        return BottomLineColumns.treeTakesPieceForColumn(fitted, lines: head,
                                                        columns: AlignedGridReader.bodyColumns(rows, fitted.sections))
    }

    func testLastLineNamingTheBodysColumnsShowsATreeTakingAPiece() {
        let head = lines(header), rows = lines(body)
        let plain = AlignedHeader(header: head)
        XCTAssertEqual(plain.sections.map(\.values.count).reduce(0, +), 9)
        XCTAssertTrue(BottomLineColumns.treeTakesPieceForColumn(plain, lines: head, columns: AlignedGridReader.bodyColumns(rows, plain.sections)))
    }

    /// The pieces stacked onto the last line by order, the three-line cell's top by its band:
    /// the body's eight columns, each value under its own.
    func testNarrowCellsStackOntoTheLastLine() {
        let fitted = AlignedGridReader.fittedHeader(lines(header), body: lines(body))
        XCTAssertEqual(fitted.sections.count, 1)
        XCTAssertEqual(fitted.sections[0].values.map { $0.path.joined(separator: " / ") }, [
            "合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
            "基本支出 / 公用经费 / 商品和服务支出", "项目支出 / 小计", "项目支出 / 其他运转类", "项目支出 / 特定目标类",
        ])
        let doc = FamilyFixture.extract(["                部门支出预算表", "编制单位：某某局                     单位：万元"] + header + body)
        XCTAssertTrue(doc.rejects.isEmpty)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L10 2010101|行政运行 → 合计=60.00@10 基本支出 / 小计=60.00@10 基本支出 / 公用经费 / 商品和服务支出=60.00@10"),
                      rows.joined(separator: "\n"))
    }

    /// Where the line over the last holds more pieces than the last line ends, the stacks are not
    /// certain: every value is rejected with its reason, none placed under a piece.
    func testUnpairedPiecesAreRejected() {
        var unpaired = header
        unpaired[3] = "                                    工资福利 家庭的补 商品和服 其他                     其他运转 特定目标"
        let doc = FamilyFixture.extract(["                部门支出预算表", "编制单位：某某局                     单位：万元"] + unpaired + body)
        let values = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertEqual(values.map(\.text), [])
        XCTAssertEqual(doc.rejects.count, 19)
    }

    /// A piece paired by order must stand over its column's band on paper: a pairing that sends
    /// it to a column far right of it is no reading.
    func testPairedPieceReachesItsBand() {
        let piece = AlignedHeader.Node(text: "商品和服", start: 46, end: 50, firstLine: 3, lastLine: 3)
        XCTAssertTrue(BottomLineColumns.reaches(piece, .init(lower: 53, upper: 61)))
        XCTAssertFalse(BottomLineColumns.reaches(piece, .init(lower: 61, upper: 71)))
        XCTAssertFalse(BottomLineColumns.reaches(piece, .init(lower: 23, upper: 35)))
    }

    /// A header whose last line names more columns than the rows fill (a column every row leaves
    /// blank) is no such case: the tree's extra column may be that blank one.
    func testBlankColumnNamedOnTheLastLineIsKept() {
        let named = [
            "                      基本支出            项目支出",
            "科目编码 科目名称   合计    小计    工资福利支出    小计    特定目标类",
        ]
        let rows = [
            "         合计    90.00   40.00       40.00     50.00",
            " 2010101 行政    90.00   40.00       40.00     50.00",
        ]
        XCTAssertFalse(takesPiece(header: named, body: rows))
    }

    /// A header whose tree reads as many columns as the rows hold is read by it.
    func testTreeAgreeingWithTheBodyIsKept() {
        let named = [
            "                      基本支出            项目支出",
            "科目编码 科目名称   合计    小计    工资福利支出    小计    特定目标类",
        ]
        let rows = [
            "         合计    90.00   40.00       40.00     50.00     50.00",
            " 2010101 行政    90.00   40.00       40.00     50.00     50.00",
        ]
        XCTAssertFalse(takesPiece(header: named, body: rows))
        let doc = FamilyFixture.extract(["                部门支出预算表", "编制单位：某某局                     单位：万元"] + named + rows)
        XCTAssertTrue(doc.rejects.isEmpty, doc.rejects.map(\.reason).joined(separator: "\n"))
    }
}
