import XCTest
@testable import BudgetETL

/// Pages a mirror re-rendered in traditional characters are read in simplified ones.
final class ExtractTraditionalCharactersTests: XCTestCase {
    func testTablesOfTheTwoScriptsArePairedCharacterByCharacter() {
        XCTAssertEqual(TraditionalCharacters.traditionalForms.unicodeScalars.count,
                       TraditionalCharacters.simplifiedForms.unicodeScalars.count)
        XCTAssertEqual(Set(TraditionalCharacters.traditionalForms.unicodeScalars).count,
                       TraditionalCharacters.traditionalForms.unicodeScalars.count, "a traditional form twice")
        // No simplified character is rewritten: the tables do not chain.
        XCTAssertTrue(TraditionalCharacters.simplifiedForms.unicodeScalars.allSatisfy { TraditionalCharacters.map[$0] == nil })
    }

    func testADocumentInTraditionalCharactersIsReadInSimplifiedOnes() {
        let lines = ["2019年財政撥款“三公”經費預算表", "單位:萬元", "項目 合計 一般公共預算", "公務接待費 1.00 1.00",
                     "公務用車運行維護費 28.00 28.00", "說明:本部門機關運行經費安排312.23萬元。"]
        XCTAssertEqual(TraditionalCharacters.simplified(lines),
                       ["2019年财政拨款“三公”经费预算表", "单位:万元", "项目 合计 一般公共预算", "公务接待费 1.00 1.00",
                        "公务用车运行维护费 28.00 28.00", "说明:本部门机关运行经费安排312.23万元。"])
    }

    func testASimplifiedDocumentWithAFewTraditionalCharactersIsLeftAsPrinted() {
        let lines = ["2019年财政拨款“三公”经费预算表", "单位:万元", "项目 合计 一般公共预算", "公务接待费 1.00 1.00",
                     "注:某某縣某某鄉的名称按原文。"]
        XCTAssertEqual(TraditionalCharacters.simplified(lines), lines)
    }

    func testATraditionalTableIsFoundAndRead() {
        let doc = FamilyFixture.extract(["2019年“三公”經費預算表", "單位:萬元", "項目 預算數 決算數",
                                         "合計 30.00 28.00", "公務接待費 20.00 18.00", "公務用車運行費 10.00 10.00"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["预算数", "决算数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 |合计 → 预算数=30.00@4 决算数=28.00@4",
            "L5 |公务接待费 → 预算数=20.00@5 决算数=18.00@5",
            "L6 |公务用车运行费 → 预算数=10.00@6 决算数=10.00@6",
        ])
    }
    /// A Japanese-language mirror prints a Chinese table with the Japanese forms of its characters
    /// (単位, 総計, 黒竜江省) among traditional ones: read in simplified characters too.
    func testJapaneseFormsAreReadAsSimplifiedOnes() {
        let lines = ["各地域の財政支出", "単位:億元", "地 域 2005年 2006年", "地方総計 25154.3 30431.3",
                     "黒竜江省 787.8 968.5", "広東省 2289.1 2553.3", "遼寧省 1204.4 1422.7", "江蘇省 1673.4 2013.3",
                     "內蒙古自治區 681.9 812.1"]
        XCTAssertEqual(TraditionalCharacters.simplified(lines),
                       ["各地域の财政支出", "单位:亿元", "地 域 2005年 2006年", "地方总计 25154.3 30431.3",
                        "黑龙江省 787.8 968.5", "广东省 2289.1 2553.3", "辽宁省 1204.4 1422.7", "江苏省 1673.4 2013.3",
                        "内蒙古自治区 681.9 812.1"])
    }

    /// The mirror's table, one cell per line between lines of a lone `|`: its unit line (単位) and
    /// its name column's word (地域, a region's places) are read, and so is the table.
    func testAJapaneseMirrorsTableIsFoundAndRead() {
        let cells = ["各地域の財政支出 |", "単位:億元", "地 域", "2005年", "2006年",
                     "地方総計", "25154.3", "30431.3", "黒竜江省", "787.8", "968.5", "広東省", "2289.1", "2553.3",
                     "遼寧省", "1204.4", "1422.7", "江蘇省", "1673.4", "2013.3"]
        let doc = FamilyFixture.extract(["|", "|"] + cells.flatMap { [$0, "|"] })
        XCTAssertEqual(doc.tables.count, 1)
        guard let section = doc.tables.first?.sections.first else { return }
        XCTAssertEqual(doc.tables[0].unitText, "亿元")
        XCTAssertEqual(section.columns.map(\.joined), ["2005年", "2006年"])
        XCTAssertEqual(section.rows.map(\.label), ["地方总计", "黑龙江省", "广东省", "辽宁省", "江苏省"])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) },
                       [["25154.3", "30431.3"], ["787.8", "968.5"], ["2289.1", "2553.3"], ["1204.4", "1422.7"], ["1673.4", "2013.3"]])
    }

    /// 地域 names the column of rows named by place, as 地区 does.
    func testRegionWordNamesTheNameColumn() {
        XCTAssertTrue(HeaderWords.isLabel("地域"))
        XCTAssertTrue(HeaderWords.isLabel("地区"))
        XCTAssertFalse(HeaderWords.isLabel("区域合计"))
    }
}
