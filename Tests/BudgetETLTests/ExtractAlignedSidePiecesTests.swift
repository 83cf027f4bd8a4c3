import XCTest
@testable import BudgetETL

/// A two-sided table whose left side prints only its 行次 on some lines: pdftotext packs those
/// lines leftwards, and the right side's wrapped names stand over the left side's name column.
final class ExtractAlignedSidePiecesTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "fiscal_grant_budget", titlePatterns: ["(部门)?财政拨款收支预算(总)?表"]),
    ]))

    private func labels(_ section: ExtractedSection) -> [String] {
        section.rows.map { row in "\(TextRepair.compact(row.label)) \(row.cells.map(\.text).joined(separator: " "))" }
    }

    func testNamePiecesRightOfTheLeftSidesValuesAreTheRightSides() {
        let doc = extractor.extract(bytes: Array([
            "                              财政拨款收支预算总表",
            "单位：万元",
            "                    收入                                    支出",
            "                                                               政府性基金 国有资本经",
            "                         行                   行           一般公共预",
            "          项目                   金额     项目          合计           预算财政拨 营预算财政",
            "                         次                   次           算财政拨款",
            "                                                                 款    拨款",
            "                     二十六、防灾",
            "           26        专项债券安排                  58   0.00         0.00   0.00   0.00",
            "                     的支出",
            "    本年收入合计 27 842.48 本年支出合计                  59 842.48     842.48     0.00   0.00",
            "    年初财政拨款           年末财政拨款",
            "           28   0.00                         60   0.00         0.00   0.00   0.00",
            "    结转和结余            结转和结余",
            "    一般公共预算",
            "           29   0.00                         61",
            "    财政拨款",
            "    政府性基金预",
            "           30   0.00                         62",
            "    算财政拨款",
            "    国有资本经营",
            "           31   0.00                         63",
            "    预算财政拨款",
        ].joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        XCTAssertEqual(doc.tables.count, 1)
        let sides = doc.tables[0].sections
        XCTAssertEqual(sides.map(\.name), ["收入", "支出"])
        XCTAssertEqual(labels(sides[1]).prefix(3), [
            "二十六、防灾专项债券安排的支出 58 0.00 0.00 0.00 0.00",
            "本年支出合计 59 842.48 842.48 0.00 0.00",
            "年末财政拨款结转和结余 60 0.00 0.00 0.00 0.00",
        ])
        XCTAssertEqual(labels(sides[0]).prefix(3), [" 26", "本年收入合计 27 842.48", "年初财政拨款结转和结余 28 0.00"])
    }

    func testAFragmentLeftOfItsOwnSidesValuesStaysOnItsSide() {
        // The left side's wrapped name starts left of its 行次: nothing moves.
        let doc = extractor.extract(bytes: Array([
            "                              财政拨款收支预算总表",
            "单位：万元",
            "                    收入                                    支出",
            "          项目          行次         金额     项目          行次       合计",
            "    一、一般公共预算财政              1   842.48 一、一般公共服务支出  32   0.00",
            "    拨款收入",
            "    二、事业收入                   2     0.00 二、外交支出       33   0.00",
        ].joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        let sides = doc.tables[0].sections
        XCTAssertEqual(labels(sides[0]), ["一、一般公共预算财政拨款收入 1 842.48", "二、事业收入 2 0.00"])
        XCTAssertEqual(labels(sides[1]), ["一、一般公共服务支出 32 0.00", "二、外交支出 33 0.00"])
    }

    /// A word processor wraps the left side's names over three lines, the middle one on the number
    /// line; the right side's wrapped names print on lines of their own between them, which do
    /// not break the left side's run of pieces (`AlignedRows.centredPieces`).
    func testThreeLineNamesAroundTheOtherSidesNameLines() {
        let doc = extractor.extract(bytes: Array([
            "                            财政拨款收支预算总表",
            "单位：万元",
            "           收入                                            支出",
            "                                                               政府性基 国有资本经",
            "                                                         一般公共预",
            "      项目    行次    金额         项目        行次       合计             金预算财 营预算财政",
            "                                                         算财政拨款",
            "                                                                政拨款   拨款",
            "一、一般公",
            "                          一、一般公共服",
            "共预算财政 1          842.48           33           0.00     0.00           0.00          0.00",
            "                          务支出",
            "拨款",
            "本年收入合",
            "      27         842.48 本年支出合计    59    842.48 842.48          0.00   0.00",
            "计",
            "年初财政拨",
            "                         年末财政拨款结",
            "款结转和结 28         0.00            60     0.00    0.00           0.00   0.00",
            "                         转和结余",
            "余",
            "一般公共预",
            "      29         0.00             61",
            "算财政拨款",
            "专项转移支",
            "付财政拨 30         0.00             62",
            "款",
            "国有资本经",
            "营预算财政 31         0.00             63",
            "拨款",
        ].joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(labels(doc.tables[0].sections[0]), [
            "一、一般公共预算财政拨款 1 842.48", "本年收入合计 27 842.48", "年初财政拨款结转和结余 28 0.00",
            "一般公共预算财政拨款 29 0.00", "专项转移支付财政拨款 30 0.00", "国有资本经营预算财政拨款 31 0.00",
        ])
    }
}
