import XCTest
@testable import BudgetETL

/// A spreadsheet's 支出预算表 printed to PDF (narrow cells, each header cell's words at its bottom,
/// through pdftotext -layout): the code and name columns' words wrapped (`科目编` / `码`), and the
/// lower captions (人员经费, 公用经费) leading their groups with their own 小计.
final class ExtractSheetNestedGroupsTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "expenditure_budget", titlePatterns: ["(部门)?支出预算(总)?表"]),
    ]))

    private let header = [
        "部门支出预算表",
        "编制单位：某某局单位：万元",
        "                                         基本支出                                      项目支出",
        "                                      人员经费                      公用经费",
        "                                              对个人                    商品和",
        "科目编 科目名                                工资福 和家庭                       服务支           其他运 特定目",
        "  码       称   总计      合计        小计 利支出 的补助                    小计      出     合计      转类     标类",
    ]

    private func cells(_ body: [String]) -> [String] {
        let lines = header + body
        let doc = extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        guard let section = doc.tables.first?.sections.first else { return [] }
        return section.rows.flatMap { row in
            row.cells.map { "\(row.codeParts.joined())|\(section.columns[$0.column].joined)=\($0.text)" }
        }
    }

    func testLowerCaptionsLedByTheirOwnTotalsAreReadBySums() {
        let read = cells([
            "        合计    121645.20  979.35    890.95 845.20  45.75           88.40  88.40 120665.85   215.6 120450.25",
            "        社会保",
            "    208 障      121645.20  979.35    890.95     845.20     45.75    88.40   88.40 120665.85        215.6 120450.25",
            "        培训支",
            "2080505 出       3.93    3.93                                    3.93    3.93",
        ])
        XCTAssertEqual(Array(read.prefix(10)), [
            "|总计=121645.20", "|基本支出 / 合计=979.35", "|基本支出 / 人员经费 / 小计=890.95",
            "|基本支出 / 人员经费 / 工资福利支出=845.20", "|基本支出 / 人员经费 / 对个人和家庭的补助=45.75",
            "|基本支出 / 公用经费 / 小计=88.40", "|基本支出 / 公用经费 / 商品和服务支出=88.40",
            "|项目支出 / 合计=120665.85", "|项目支出 / 其他运转类=215.6", "|项目支出 / 特定目标类=120450.25",
        ])
        XCTAssertEqual(Array(read.suffix(4)), [
            "2080505|总计=3.93", "2080505|基本支出 / 合计=3.93",
            "2080505|基本支出 / 公用经费 / 小计=3.93", "2080505|基本支出 / 公用经费 / 商品和服务支出=3.93",
        ])
        XCTAssertEqual(read.count, 24)
    }

    /// Full rows that add up under no grouping (a spreadsheet printing a value rounded to fit its
    /// cell): the groups are not settled and nothing is placed.
    func testRowsOffTheirSumsLeaveTheHeaderUnread() {
        XCTAssertEqual(cells([
            "        合计    121645   979.35    890.95 845.20  45.75           88.40  88.40 120666      215.6 120450",
            "        社会保",
            "    208 障      121645   979.35    890.95     845.20     45.75    88.40   88.40 120666           215.6 120450",
        ]), [])
    }

    func testTotalsAddUpUnderTheirCaptions() {
        let paths = [["总计"], ["基本支出", "合计"], ["基本支出", "人员经费", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                     ["基本支出", "公用经费", "小计"], ["项目支出", "合计"]]
        let amounts: ([String]) -> [ExactDecimal?] = { $0.map { ExactDecimal.parse($0) } }
        XCTAssertTrue(SheetHeaderNestedGroups.adds(amounts(["15", "10", "10", "10", "0", "5"]), paths: paths))
        // 公用经费's 小计 prints no parts: it counts as a part of 基本支出's 合计.
        XCTAssertTrue(SheetHeaderNestedGroups.adds(amounts(["17", "12", "10", "10", "2", "5"]), paths: paths))
        XCTAssertFalse(SheetHeaderNestedGroups.adds(amounts(["15", "10", "9", "10", "0", "5"]), paths: paths))
    }
}
