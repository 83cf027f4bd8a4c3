import XCTest
@testable import BudgetETL

/// Pinyin readings a mirror prints after characters, 經(jīng)費(fèi), are dropped before reading.
final class ExtractPinyinReadingsTests: XCTestCase {
    func testReadingsAfterCharactersAreDropped() {
        XCTAssertEqual(PinyinReadings.stripped(["某縣(xiàn)城建中心2016年“三公”經(jīng)費(fèi)預(yù)算表 | |",
                                                "一、支出合計(jì) | 11.5 |", "4.公務(wù)用車(chē)保有量(輛) | 1 |"]),
                       ["某縣城建中心2016年“三公”經費預算表 | |", "一、支出合計 | 11.5 |", "4.公務用車保有量(輛) | 1 |"])
    }

    func testOrdinaryParenthesesAreLeftAsPrinted() {
        let lines = ["1、因公出国(境)费 (1)公务用车 预算数(万元)", "合计(total) 12.5", "(yáng) 开头", "A(fèi) 3"]
        XCTAssertEqual(PinyinReadings.stripped(lines), lines)
    }

    func testAnAnnotatedTableIsReadWithItsCounts() {
        let doc = FamilyFixture.extract(["某單位2016年“三公”經(jīng)費(fèi)預(yù)算表 | |", "單位:萬(wàn)元 | |",
                                         "項(xiàng) 目 | 2016年預(yù)算數(shù) |", "一、支出合計(jì) | 11.5 |",
                                         "2、公務(wù)接待費(fèi) | 7.5 |", "3、公務(wù)用車(chē)費(fèi) | 4 |"])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["2016年预算数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L4 |一、支出合计 → 2016年预算数=11.5@4",
            "L5 |2、公务接待费 → 2016年预算数=7.5@5",
            "L6 |3、公务用车费 → 2016年预算数=4@6",
        ])
    }

    func testABatchCountRowIsACount() {
        XCTAssertTrue(Normalizer.countUnit(in: "5.公务接待批次(批)"))
        XCTAssertFalse(Normalizer.countUnit(in: "公务接待费(万元)"))
    }
}
