import XCTest
@testable import BudgetETL

/// Lines of one value each under two value columns: no line places its value alone, but one
/// shift for the whole run of lines tells every line's column.
final class ExtractAlignedCommonShiftTests: XCTestCase {
    private func placed(_ lines: [String]) -> [String] {
        let document = FamilyFixture.extract(lines)
        return document.tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in row.cells.map { "\(row.label): \(section.columns[$0.column].joined)=\($0.text)\($0.guessed ? "?" : "")" } }
            }
        }
    }

    func testOneValuePerLineTakesTheColumnItsRightEdgeSharesWithTheOthers() {
        // Header words centred, amounts right-aligned: an amount of the left column ends under the
        // right column's word, so each line alone fits either column.
        let lines = [
            "某某专项资金余额情况表",
            "单位：万元",
            "                  项目                     上年数         本年数",
            "一、上年末余额                                  3120.45",
            "二、本年新增额                                              802.10",
            "三、本年偿还额                                  1410.00",
            "四、本年末余额                                             2512.55",
        ]
        XCTAssertEqual(placed(lines), ["一、上年末余额: 上年数=3120.45", "二、本年新增额: 本年数=802.10",
                                       "三、本年偿还额: 上年数=1410.00", "四、本年末余额: 本年数=2512.55"])
    }

    func testAValuePushedByALongNameFollowsTheOthersShift() {
        // A word processor's narrow name column: the longest name touches its amount, which
        // pdftotext sets left of its column (the name is wider on paper than in the text).
        let lines = [
            "某某专项资金余额情况表",
            "单位：万元",
            "          项目          上年数     本年数",
            "一、上年末某某余额        1520.33",
            "二、本年某某新增额                 210.00",
            "三、本年末某某余额预计执行数 1930.83",
            "四、本年某某偿还额        1410.00",
        ]
        XCTAssertEqual(placed(lines), ["一、上年末某某余额: 上年数=1520.33", "二、本年某某新增额: 本年数=210.00",
                                       "三、本年末某某余额预计执行数: 上年数=1930.83", "四、本年某某偿还额: 上年数=1410.00"])
    }

    func testAmountsAtOneRightEdgeTellNoColumn() {
        // Every amount at one right edge: under the first column or the second alike.
        let lines = [
            "某某专项资金余额情况表",
            "单位：万元",
            "                  项目                     上年数         本年数",
            "一、上年末余额                                  3120.45",
            "二、本年新增额                                   802.10",
        ]
        XCTAssertEqual(placed(lines), ["一、上年末余额: 上年数=3120.45?", "二、本年新增额: 上年数=802.10?"])
        XCTAssertNil(AlignedGridReader.commonShift([
            ColumnFit.candidates(ends: [56], anchors: [44, 56], firstIsTotal: false),
            ColumnFit.candidates(ends: [56], anchors: [44, 56], firstIsTotal: false),
        ]))
        XCTAssertEqual(AlignedGridReader.commonShift([
            ColumnFit.candidates(ends: [56], anchors: [44, 56], firstIsTotal: false),
            ColumnFit.candidates(ends: [68], anchors: [44, 56], firstIsTotal: false),
        ]), 12)
    }

    /// A spreadsheet prints its CJK header line narrower than its rows: the header's centres stand
    /// closer together than the amounts' two right edges, so no one shift fits every line; the
    /// two edges are the two columns, in order.
    func testAmountsAtAsManyEdgesAsColumnsTakeThemInOrderUnderANarrowerHeader() {
        let lines = [
            "某某专项资金余额情况表",
            "单位：万元",
            "         项目         上年数                 本年数",
            "一、上年末某项余额                     4210.35",
            "二、本年某项新增额                                      61200.08",
            "三、本年某项偿还额                      915.40",
            "四、本年末某项余额                                          8600",
        ]
        XCTAssertEqual(placed(lines), ["一、上年末某项余额: 上年数=4210.35", "二、本年某项新增额: 本年数=61200.08",
                                       "三、本年某项偿还额: 上年数=915.40", "四、本年末某项余额: 本年数=8600"])
        XCTAssertEqual(AlignedGridReader.columnsByEdges([[37], [55], [37]], anchors: [21.5, 41.5]), [[0], [1], [0]])
        // Three edges under two columns, or edges whose shifts differ by half the columns' spacing: no reading.
        XCTAssertNil(AlignedGridReader.columnsByEdges([[37], [55], [46]], anchors: [21.5, 41.5]))
        XCTAssertNil(AlignedGridReader.columnsByEdges([[37], [67], [37]], anchors: [21.5, 41.5]))
        // Every amount at one edge: which column is not told.
        XCTAssertNil(AlignedGridReader.columnsByEdges([[37], [37]], anchors: [21.5, 41.5]))
    }
}

/// A word processor sizes a name column to its longest name, which then touches its value: a
/// whole number one space after a finished name that pushed it off its cell is the row's value;
/// a year after a piece of a name wrapped in its cell stays the name's.
final class ExtractWordNarrowNameColumnTests: XCTestCase {
    func testWholeValueTouchingTheLongestNameIsItsValue() throws {
        let document = FamilyFixture.extract([
            "部门三公经费预算表",
            "单位：万元",
            "       项目          2021-预算数",
            "一、支出合计            9.5",
            "2、公务接待费           6.5",
            "3、公务用车费           3",
            "其中:(1)公务用车运行维护费 3",
            "4.公务用车保有量(辆)      2",
        ])
        let section = try XCTUnwrap(document.tables.first?.sections.first)
        XCTAssertEqual(section.rows.map { "\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" },
                       ["一、支出合计=9.5", "2、公务接待费=6.5", "3、公务用车费=3", "其中:(1)公务用车运行维护费=3", "4.公务用车保有量(辆)=2"])
    }

    func testYearEndingAWrappedPieceStaysInTheName() {
        let tokens = ["某某局关于下达", "2023"].reduce(into: [Token]()) { out, text in
            out.append(Token(text: text, line: 1, column: out.last.map { $0.end + 1 } ?? 0))
        }
        XCTAssertEqual(AlignedGridReader.namePiece(tokens)?.text, "某某局关于下达 2023")
    }
}
