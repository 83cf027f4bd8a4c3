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
}
