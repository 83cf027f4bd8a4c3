import XCTest
@testable import BudgetETL

/// Layer 3: table regions (title → note / next title / end), stated units, stated-empty tables,
/// and the line classes the readers use to skip page furniture and meta lines.
final class ExtractRegionTests: XCTestCase {
    private let matcher = TitleMatcher(catalog: Catalog(kinds: [
        TableKind(key: "total", titlePatterns: ["收入支出决算总表"]),
        TableKind(key: "expenditure", titlePatterns: ["支出决算表"]),
        TableKind(key: "fund", titlePatterns: ["政府性基金预算财政拨款收入支出决算表"]),
    ]))

    private func regions(_ lines: [String]) -> [TableRegion] { RegionFinder.regions(in: lines, matcher: matcher) }

    func testRegionRunsToNoteOrNextTitle() {
        let lines = [
            "2023年度部门决算",          // 0
            "收入支出决算总表",          // 1
            "部门：某某局 单位：万元",    // 2
            "项目\t金额",               // 3
            "合计\t100.00",             // 4
            "注：本表反映部门收支总体情况。", // 5
            "narrative",                // 6
            "支出决算表",                // 7
            "单位：元",                  // 8
            "项目\t金额",                // 9
            "合计\t5.00",                // 10
        ]
        let r = regions(lines)
        XCTAssertEqual(r.map(\.key), ["total", "expenditure"])
        XCTAssertEqual(r.map(\.title), ["收入支出决算总表", "支出决算表"])
        XCTAssertEqual(r.map(\.titleIndex), [1, 7])
        XCTAssertEqual(r.map(\.body), [2..<5, 8..<11])
        XCTAssertEqual(r.map(\.unitText), ["万元", "元"])
        XCTAssertEqual(r.map(\.statedEmpty), [false, false])
    }

    func testTitleWrappedOverTwoLinesIsJoinedWhenOnlyTheTwoMakeACatalogTitle() {
        let lines = [
            "某某局2023年政府性基金预算",       // 0
            "财政拨款收入支出决算表",           // 1
            "项目\t金额",                     // 2
            "合计\t100.00",                   // 3
        ]
        let r = regions(lines)
        XCTAssertEqual(r.map(\.key), ["fund"])
        XCTAssertEqual(r.first?.title, "政府性基金预算财政拨款收入支出决算表")
        XCTAssertEqual(r.first?.titleIndex, 1)
        // A line above that is a row, or a title the catalog names by itself, is not joined.
        XCTAssertEqual(regions(["合计 100.00 政府性基金预算", "财政拨款收入支出决算表", "项目\t金额", "合计\t1.00"]).first?.key, nil)
        XCTAssertEqual(regions(["2023年度部门决算", "收入支出决算总表", "项目\t金额", "合计\t1.00"]).first?.title, "收入支出决算总表")
    }

    /// A year whose 年 the page printed as a hyphen (`2023-度`) is still only a year: the line above
    /// holds no other number, and the two lines make the catalog's title.
    func testWrappedTitleLineAboveMayHoldAYearWithoutItsCharacter() {
        for above in ["某某局2023-度政府性基金预算", "某某局2023-政府性基金预算"] {
            let r = regions([above, "财政拨款收入支出决算表", "项目\t金额", "合计\t100.00"])
            XCTAssertEqual(r.map(\.key), ["fund"], above)
        }
        // A number that is no year (an amount, a longer code) keeps the line a row's piece.
        for above in ["合计 12345 政府性基金预算", "某某局302023政府性基金预算", "某某局2023.5政府性基金预算"] {
            XCTAssertEqual(regions([above, "财政拨款收入支出决算表", "项目\t金额", "合计\t1.00"]).first?.key, nil, above)
        }
    }

    func testRegionEndsAtNextTitleWithoutNote() {
        let lines = ["收入支出决算总表", "单位：万元", "合计 1.00", "支出决算表", "合计 2.00"]
        let r = regions(lines)
        XCTAssertEqual(r.map(\.body), [1..<3, 4..<5])
        // the second table states no unit: the first table's unit line is not borrowed
        XCTAssertEqual(r.map(\.unitText), ["万元", nil])
    }

    func testNoteWords() {
        for note in ["注：说明", "注:说明", "说明：本表", "说明:本表", "备注：无", "注1.本表", "注.本表", "注 ：本表",
                     "注：注：", "  注：本表"] {
            let r = regions(["支出决算表", "合计 1.00", note, "尾部 2.00"])
            XCTAssertEqual(r.first?.body, 1..<2, note)
        }
        for notNote in ["注册登记费 1.00", "说明书印刷费 1.00", "注释"] {
            XCTAssertTrue(!LineClass.isNote(notNote), notNote)
        }
    }

    func testTitlesInsideTableOfContentsMakeEmptyRegions() {
        let lines = ["目录", "一、收入支出决算总表", "二、支出决算表", "第二部分 部门决算表", "收入支出决算总表", "合计 1.00"]
        let r = regions(lines)
        XCTAssertEqual(r.map(\.titleIndex), [1, 2, 4])
        XCTAssertEqual(r.map(\.body), [2..<2, 3..<4, 5..<6])
    }

    func testUnitForms() {
        let cases: [([String], String?)] = [
            (["支出决算表", "金额单位：元", "合计 1.00"], "元"),
            (["支出决算表", "单位: 千元", "合计 1.00"], "千元"),
            (["支出决算表", "单位：亿元", "合计 1.00"], "亿元"),
            (["支出决算表", "部门：某某局 2023年度 单位：万元", "合计 1.00"], "万元"),
            // wrapped after the colon
            (["支出决算表", "单位：", "万元", "合计 1.00"], "万元"),
            (["支出决算表", "金额单位:", "元", "合计 1.00"], "元"),
            // printed before the title (page header first)
            (["单位：万元", "支出决算表", "合计 1.00"], "万元"),
            (["支出决算表", "合计 1.00"], nil),
        ]
        for (lines, unit) in cases {
            XCTAssertEqual(regions(lines).first?.unitText, unit, lines.joined(separator: "|"))
        }
    }

    func testUnitNotTakenFromAfterNote() {
        let r = regions(["支出决算表", "合计 1.00", "注：本表单位：万元以外", "单位：元"])
        XCTAssertEqual(r.first?.body, 1..<2)
        XCTAssertNil(r.first?.unitText)
    }

    func testUnitBeforeTitleNotTakenFromPreviousTable() {
        let lines = ["收入支出决算总表", "单位：万元", "合计 1.00", "注：略", "支出决算表", "合计 2.00"]
        let r = regions(lines)
        XCTAssertEqual(r.map(\.unitText), ["万元", nil])
    }

    func testStatedEmpty() {
        let inNote = ["政府性基金预算财政拨款收入支出决算表", "单位：万元", "项目 金额",
                      "注：本单位无政府性基金收支，故本表为空。", "支出决算表", "合计 1.00"]
        XCTAssertEqual(regions(inNote).map(\.statedEmpty), [true, false])
        XCTAssertEqual(regions(inNote).first?.body, 1..<3)

        let inBody = ["政府性基金预算财政拨款收入支出决算表", "项目 金额", "本表无数据"]
        XCTAssertEqual(regions(inBody).first?.statedEmpty, true)

        let afterNote = ["政府性基金预算财政拨款收入支出决算表", "项目 金额", "注：", "本部门没有政府性基金，此表无数据。"]
        XCTAssertEqual(regions(afterNote).first?.statedEmpty, true)

        // the next table's statement does not make this table empty
        let next = ["支出决算表", "合计 1.00", "政府性基金预算财政拨款收入支出决算表", "本表无数据"]
        XCTAssertEqual(regions(next).map(\.statedEmpty), [false, true])
    }

    func testSaysNoData() {
        for line in ["本表无数据", "本表无数据。", "此表无数据", "故本表为空", "本表为空表",
                     "本单位无此项支出，故本表无公开内容", "本 表 无 数 据"] {
            XCTAssertTrue(LineClass.saysNoData(line), line)
        }
        for line in ["合计 1.00", "本表反映部门收支情况", "无"] { XCTAssertFalse(LineClass.saysNoData(line), line) }
    }

    func testStatedUnit() {
        XCTAssertEqual(LineClass.statedUnit("单位：万元"), "万元")
        XCTAssertEqual(LineClass.statedUnit("单位 : 元"), "元")
        XCTAssertEqual(LineClass.statedUnit("金额单位万元"), "万元")
        XCTAssertEqual(LineClass.statedUnit("单位名称：某某局"), nil)
        XCTAssertEqual(LineClass.statedUnit("万元"), nil)
    }

    func testPageFurniture() {
        for line in ["-12-", "- 12 -", "—12—", "第3页", "第3页共10页", "第二部分 部门决算表", "第一部分", "", "   "] {
            XCTAssertTrue(LineClass.isPageFurniture(line), line)
        }
        // A bare number alone may be a 行次 or a code wrapped onto its own line: only tab tables
        // (TableLines) treat it as a page number.
        for line in ["12", "1234", "合计", "合计 1.00", "2080505", "第3行"] {
            XCTAssertFalse(LineClass.isPageFurniture(line), line)
        }
    }

    func testMetaLines() {
        for line in ["公开01表", "万元", "元", "2023年度", "(2023年度)", "（2023年）", "单位：万元", "金额单位：元",
                     "单位:千元", "部门：某某局", "单位名称：某某局", "编制单位：某某局", "部门(单位)名称：某某局",
                     "预算单位：某某局", "某某局 单位：万元", "", "2023年度 单位：元",
                     "单位:万元 (10000 yuan)", "单位:万元 10000 yuan", "单位：亿元 (100 million yuan)"] {
            XCTAssertTrue(LineClass.isMeta(line), line)
        }
        for line in ["项目 金额", "合计 1.00", "科目编码", "栏次 1 2", "单位名称 金额"] {
            XCTAssertFalse(LineClass.isMeta(line), line)
        }
    }
}
