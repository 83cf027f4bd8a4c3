import XCTest
import Foundation
import CoreFoundation
@testable import BudgetETL

/// The extract stage entry point over small hand-made documents in the three layouts.
final class ExtractExtractorTests: XCTestCase {
    private let catalog = Catalog(kinds: [
        TableKind(key: "income_expenditure_total", titlePatterns: ["收入支出决算总表"]),
        TableKind(key: "general_budget_expenditure", titlePatterns: ["一般公共预算财政拨款支出决算表"]),
        TableKind(key: "fund_expenditure", titlePatterns: ["政府性基金预算财政拨款收入支出决算表"]),
        TableKind(key: "basic_expenditure", titlePatterns: ["一般公共预算财政拨款基本支出决算表"]),
    ])

    private func extract(_ text: String) -> ExtractedDocument {
        Extractor(catalog: catalog).extract(bytes: Array(text.utf8), sourceFile: "a/b.txt", sha256: "abc")
    }
    private func cell(_ column: Int, _ text: String, _ line: Int) -> RawCell { RawCell(column: column, text: text, line: line) }

    /// Tab-separated layout, with a table of contents and narrative text that mention the tables.
    private let tabDocument = [
        "某某局2023年度部门决算",                                                      // 1
        "目录",                                                                      // 2
        "一、收入支出决算总表",                                                        // 3 (contents)
        "二、一般公共预算财政拨款支出决算表",                                             // 4 (contents)
        "第一部分 部门概况",                                                           // 5
        "本部门2023年度收入支出决算总表反映了全部收支。",                                   // 6
        "收入支出决算总表",                                                            // 7
        "部门：某某局\t\t\t\t单位：万元",                                                // 8
        "收入\t\t\t支出\t\t",                                                         // 9
        "项目\t行次\t金额\t项目\t行次\t金额",                                             // 10
        "栏次\t\t1\t栏次\t\t2",                                                       // 11
        "一、一般公共预算财政拨款收入\t1\t100.00\t一、一般公共服务支出\t32\t60.00",            // 12
        "二、政府性基金预算财政拨款收入\t2\t\t二、外交支出\t33\t40.00",                      // 13
        "注：本表反映部门本年度的总收支。",                                                // 14
        "",                                                                         // 15
        "一般公共预算财政拨款支出决算表",                                                 // 16
        "单位：元",                                                                   // 17
        "科目编码\t\t\t科目名称\t本年支出\t\t",                                            // 18
        "类\t款\t项\t\t合计\t基本支出\t项目支出",                                          // 19
        "\t\t\t合计\t100.00\t60.00\t40.00",                                           // 20
        "201\t03\t01\t行政运行\t100.00\t60.00\t40.00",                                  // 21
    ].joined(separator: "\n") + "\n"

    func testTabLayoutDocument() {
        let doc = extract(tabDocument)
        XCTAssertEqual(doc.status, .ok)
        XCTAssertEqual(doc.sourceFile, "a/b.txt")
        XCTAssertEqual(doc.sha256, "abc")
        XCTAssertEqual(doc.metadata, DocumentMetadata(agency: "某某局", fiscalYear: 2023, kind: .finalAccount))
        XCTAssertEqual(doc.tables.map(\.tableKey), ["income_expenditure_total", "general_budget_expenditure"])
        XCTAssertEqual(doc.tables.map(\.title), ["收入支出决算总表", "一般公共预算财政拨款支出决算表"])
        XCTAssertEqual(doc.tables.map(\.titleLine), [7, 16])
        XCTAssertEqual(doc.tables.map(\.unitText), ["万元", "元"])
        XCTAssertEqual(doc.tables.map(\.statedEmpty), [false, false])
        XCTAssertTrue(doc.rejects.isEmpty)

        let total = doc.tables[0]
        XCTAssertEqual(total.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(total.sections[0].rows, [
            ExtractedRow(line: 12, label: "一、一般公共预算财政拨款收入", cells: [cell(0, "1", 12), cell(1, "100.00", 12)]),
            ExtractedRow(line: 13, label: "二、政府性基金预算财政拨款收入", cells: [cell(0, "2", 13)]),
        ])
        XCTAssertEqual(total.sections[1].rows, [
            ExtractedRow(line: 12, label: "一、一般公共服务支出", cells: [cell(0, "32", 12), cell(1, "60.00", 12)]),
            ExtractedRow(line: 13, label: "二、外交支出", cells: [cell(0, "33", 13), cell(1, "40.00", 13)]),
        ])

        let general = doc.tables[1]
        XCTAssertEqual(general.sections.count, 1)
        XCTAssertEqual(general.sections[0].name, "")
        XCTAssertEqual(general.sections[0].columns,
                       [HeaderPath(["本年支出", "合计"]), HeaderPath(["本年支出", "基本支出"]), HeaderPath(["本年支出", "项目支出"])])
        XCTAssertEqual(general.sections[0].rows, [
            ExtractedRow(line: 20, label: "合计", cells: [cell(0, "100.00", 20), cell(1, "60.00", 20), cell(2, "40.00", 20)]),
            ExtractedRow(line: 21, codeParts: ["201", "03", "01"], label: "行政运行",
                         cells: [cell(0, "100.00", 21), cell(1, "60.00", 21), cell(2, "40.00", 21)],
                         codeHeader: "科目编码/类"),
        ])
    }

    func testSpaceLayoutDocument() {
        let doc = extract([
            "一般公共预算财政拨款支出决算表",                          // 1
            "部门：某某局 2023年度 单位：万元",                        // 2
            "科目编码 科目名称 本年支出",                               // 3
            "小计 基本支出 项目支出",                                  // 4
            "栏次 1 2 3",                                           // 5
            "合计 100.00 60.00 40.00",                              // 6
            "208 社会保障和就业支出 100.00 60.00 40.00",               // 7
            "2080505 机关事业单位基本养老保险缴费支出 100.00  40.00",    // 8
            "说明：本表反映一般公共预算财政拨款支出。",                    // 9
        ].joined(separator: "\r\n"))
        XCTAssertEqual(doc.tables.count, 1)
        let t = doc.tables[0]
        XCTAssertEqual(t.tableKey, "general_budget_expenditure")
        XCTAssertEqual(t.titleLine, 1)
        XCTAssertEqual(t.unitText, "万元")
        XCTAssertEqual(t.sections.map(\.columns), [[HeaderPath(["本年支出", "小计"]), HeaderPath(["本年支出", "基本支出"]),
                                                    HeaderPath(["本年支出", "项目支出"])]])
        XCTAssertEqual(t.sections[0].rows, [
            ExtractedRow(line: 6, label: "合计", cells: [cell(0, "100.00", 6), cell(1, "60.00", 6), cell(2, "40.00", 6)]),
            ExtractedRow(line: 7, codeParts: ["208"], label: "社会保障和就业支出",
                         cells: [cell(0, "100.00", 7), cell(1, "60.00", 7), cell(2, "40.00", 7)]),
            ExtractedRow(line: 8, codeParts: ["2080505"], label: "机关事业单位基本养老保险缴费支出",
                         cells: [cell(0, "100.00", 8), cell(2, "40.00", 8)]),
        ])
        XCTAssertEqual(doc.metadata, DocumentMetadata(agency: "某某局", fiscalYear: 2023, kind: .finalAccount))
    }

    func testMangledLayoutDocument() {
        let doc = extract([
            "2023年度一般公共预算财政拨款基本支出决算表2023年度一般公共预算财政拨款基本支出决算表", // 1
            "单位：元",                                                                   // 2
            "科目编码科目编码 科目名称科目名称 决算数决算数",                                     // 3
            "合计合计 2645523.00",                                                        // 4
            "301 工资福利支出 2645523.0030101",                                            // 5
            "基本工资 1000000.00",                                                        // 6
            "30102 津贴",                                                                // 7
            "补贴 645523.00",                                                            // 8
        ].joined(separator: "\n"))
        XCTAssertEqual(doc.tables.count, 1)
        let t = doc.tables[0]
        XCTAssertEqual(t.tableKey, "basic_expenditure")
        XCTAssertEqual(t.title, "一般公共预算财政拨款基本支出决算表")
        XCTAssertEqual(t.unitText, "元")
        XCTAssertEqual(t.sections.count, 1)
        XCTAssertEqual(t.sections[0].columns, [HeaderPath(["决算数"])])
        XCTAssertEqual(t.sections[0].rows, [
            ExtractedRow(line: 4, label: "合计", cells: [cell(0, "2645523.00", 4)]),
            ExtractedRow(line: 5, codeParts: ["301"], label: "工资福利支出", cells: [cell(0, "2645523.00", 5)]),
            ExtractedRow(line: 5, codeParts: ["30101"], label: "基本工资", cells: [cell(0, "1000000.00", 6)]),
            ExtractedRow(line: 7, codeParts: ["30102"], label: "津贴 补贴", cells: [cell(0, "645523.00", 8)]),
        ])
        XCTAssertEqual(doc.metadata.fiscalYear, 2023)
    }

    func testStatedEmptyTableIsKept() {
        let doc = extract([
            "政府性基金预算财政拨款收入支出决算表",           // 1
            "单位：万元",                                  // 2
            "项目 本年收入 本年支出",                        // 3
            "注：本单位无政府性基金收支，故本表为空。",          // 4
        ].joined(separator: "\n"))
        XCTAssertEqual(doc.status, .ok)
        XCTAssertEqual(doc.tables, [ExtractedTable(tableKey: "fund_expenditure", title: "政府性基金预算财政拨款收入支出决算表",
                                                   titleLine: 1, unitText: "万元", statedEmpty: true, sections: [])])
    }

    func testTitlesWithNothingUnderThemAreDropped() {
        let doc = extract([
            "目录",
            "收入支出决算总表",
            "一般公共预算财政拨款支出决算表",
            "详见收入支出决算总表。",
        ].joined(separator: "\n"))
        XCTAssertEqual(doc.tables, [])
        XCTAssertEqual(doc.status, .noTables)
    }

    func testGB18030BytesGiveTheSameDocument() throws {
        let encoding = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
        let bytes = [UInt8](try XCTUnwrap(tabDocument.data(using: encoding)))
        XCTAssertNotEqual(bytes, Array(tabDocument.utf8))
        let gb = Extractor(catalog: catalog).extract(bytes: bytes, sourceFile: "a/b.txt", sha256: "abc")
        XCTAssertEqual(gb, extract(tabDocument))
        XCTAssertEqual(gb.tables.count, 2)
    }

    func testNarrativeLinesOutsideTables() {
        let doc = extract(tabDocument)
        let numbers = doc.narrative.map(\.line)
        XCTAssertEqual(doc.narrative.first, SourceLine(line: 1, text: "某某局2023年度部门决算"))
        XCTAssertTrue(doc.narrative.contains(SourceLine(line: 14, text: "注：本表反映部门本年度的总收支。")))
        XCTAssertFalse(numbers.contains(15), "blank lines are not narrative")
        XCTAssertTrue(numbers.allSatisfy { !(7...13).contains($0) && !(16...21).contains($0) }, "\(numbers)")
    }

    func testnarrativeAfterTableOfContentsIsKept() throws {
        let doc = extract(["目录", "一、收入支出决算总表", "本部门收入合计100万元。", "收入支出决算总表", "项目\t金额",
                           "合计\t1.00"].joined(separator: "\n"))
        XCTAssertEqual(doc.tables.map(\.titleLine), [4])
        XCTAssertTrue(doc.narrative.contains(SourceLine(line: 3, text: "本部门收入合计100万元。")), "\(doc.narrative)")
    }

    /// A section's heading, its numbered entry and the table's own title stacked (three title
    /// lines in a row look like contents): the last is a title when its table starts right under
    /// it, its unit line then a row of cells; entries of real contents stay no titles.
    func testTheLastOfStackedTitlesOverItsTableIsATitle() throws {
        let doc = extract(["某某中心部门预算——预算表", "一、某某收支总表", "某某收支总表", "单位:万元",
                           "项目\t金额", "合计\t5.00", "甲\t5.00"].joined(separator: "\n"))
        XCTAssertEqual(doc.tables.map(\.titleLine), [3])
        XCTAssertEqual(doc.tables.first?.sections.first?.rows.map(\.label), ["合计", "甲"])
        let contents = ["一、某某收支总表", "二、某某收入总表", "三、某某支出总表", "第三部分 说明"]
        XCTAssertEqual(TableOfContents.tableTitles([0, 1, 2], in: contents), [])
        XCTAssertFalse(TableOfContents.opensTable(after: 2, in: contents))
        XCTAssertFalse(TableOfContents.opensTable(after: 2, in: contents.dropLast() + ["单位:万元", "本部门收入5万元。"]))
    }

    func testSubTablesUnderOneTitleAreNamedSections() {
        let c = Catalog(kinds: [TableKind(key: "stats", titlePatterns: ["部门决算相关信息统计表"])])
        let doc = Extractor(catalog: c).extract(bytes: Array([
            "部门决算相关信息统计表",        // 1
            "单位：万元",                  // 2
            "一、政府采购情况",            // 3
            "项目 金额",                  // 4
            "政府采购支出 10.00",          // 5
            "二、机关运行经费",            // 6
            "项目 预算数 决算数",          // 7
            "机关运行经费 5.00 4.00",      // 8
        ].joined(separator: "\n").utf8), sourceFile: "x", sha256: "y")
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables.first?.sections ?? []
        XCTAssertEqual(sections.map(\.name), ["一、政府采购情况", "二、机关运行经费"])
        XCTAssertEqual(sections.map { $0.columns.map(\.components) }, [[["金额"]], [["预算数"], ["决算数"]]])
        XCTAssertEqual(sections.map(\.rows), [
            [ExtractedRow(line: 5, label: "政府采购支出", cells: [cell(0, "10.00", 5)])],
            [ExtractedRow(line: 8, label: "机关运行经费", cells: [cell(0, "5.00", 8), cell(1, "4.00", 8)])],
        ])
    }

    func testDeterministic() {
        XCTAssertEqual(extract(tabDocument), extract(tabDocument))
    }
}
