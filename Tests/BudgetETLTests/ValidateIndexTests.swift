import Foundation
import XCTest
@testable import BudgetETL

/// The per-document index the rules look cells and rows up in, and the run-wide pattern cache.
final class ValidateIndexTests: XCTestCase {
    private typealias Build = ValidateRulesTests.Build

    func testCellsAreFoundByTableSectionRowAndColumn() {
        let document = ValidateRulesTests.consistent()
        let index = DocumentIndex(document)
        let expenditure = index.tables("expenditure_final")
        XCTAssertEqual(expenditure.count, 1)
        XCTAssertEqual(index.tables("no_such_table"), [])
        let t = expenditure[0]
        // Row 4 (2080109) prints 45.25 万元 in column 0 and nothing in column 3.
        XCTAssertEqual(index.cell(t, 0, 3, 0)?.sourceValue, "45.25")
        XCTAssertEqual(index.cell(t, 0, 3, 0)?.value, ExactDecimal.parse("452500.00"))
        XCTAssertNil(index.cell(t, 0, 3, 3))
        XCTAssertNil(index.cell(t, 0, 3, 99))
        XCTAssertTrue(index.hasCell(t, 0, 3, 0))
        XCTAssertFalse(index.hasCell(t, 0, 3, 3))
        XCTAssertFalse(index.hasCell(t, 0, 3, 99))
        XCTAssertFalse(index.hasCell(t, 0, 3, -1))
    }

    func testTheFirstCellOfAColumnPrintedTwiceWins() {
        let first = NormalizedCell(column: 1, value: ExactDecimal.parse("1.00")!, unit: "元", sourceValue: "1.00", sourceUnit: "元", line: 5)
        var second = first
        second.sourceValue = "2.00"
        let row = NormalizedRow(rowNumber: 1, code: nil, label: "合计", line: 5, cells: [first, second])
        let document = Build.document([Build.table("t", "表", [Build.section("", ["a", "b"], [row])])])
        XCTAssertEqual(DocumentIndex(document).cell(0, 0, 0, 1)?.sourceValue, "1.00")
    }

    func testRowSelectionsAreComputedOnceAndKept() {
        let index = DocumentIndex(ValidateRulesTests.consistent())
        let t = index.tables("expenditure_final")[0]
        let selection = DocumentIndex.RowSelection(table: t, section: 0, row: "^2", code: nil, level: nil)
        var asked = 0
        let coded = index.rows(selection) { row in asked += 1; return row.code != nil }
        XCTAssertEqual(coded, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(asked, 7)
        XCTAssertEqual(index.rows(selection) { _ in XCTFail("asked again"); return false }, coded)
    }

    func testColumnSelectionsAreComputedOnceAndKept() {
        let index = DocumentIndex(ValidateRulesTests.consistent())
        let selection = DocumentIndex.ColumnSelection(table: 0, section: 0, pattern: "^基本支出$")
        XCTAssertEqual(index.column(selection) { 1 }, 1)
        XCTAssertEqual(index.column(selection) { XCTFail("asked again"); return nil }, 1)
        let none = DocumentIndex.ColumnSelection(table: 0, section: 0, pattern: "^无$")
        XCTAssertNil(index.column(none) { nil })
        XCTAssertNil(index.column(none) { XCTFail("asked again"); return 0 })
    }

    func testPatternsAreSharedAcrossDocumentsAndResultsKeptPerDocument() {
        let shared = SharedPatterns()
        let a = RegexCache(shared: shared), b = RegexCache(shared: shared)
        XCTAssertTrue(a.regex("^合计$") === b.regex("^合计$"))
        XCTAssertTrue(a.matches("^(合计|总计)$", "总计"))
        XCTAssertFalse(a.matches("^(合计|总计)$", "总计 "))
        XCTAssertNil(a.regex("(", filled: true))
        XCTAssertFalse(b.matches("(", "("))
        // A filled template is shared too: the next document finds it compiled.
        XCTAssertNotNil(a.regex("^208$", filled: true))
        XCTAssertTrue(RegexCache(shared: shared).regex("^208$", filled: true) === a.regex("^208$"))
        XCTAssertTrue(RegexCache(shared: shared).matches("^208$", "208", filled: true))
        XCTAssertFalse(RegexCache(shared: shared).matches("^208$", "2080", filled: true))
    }

    /// Past the limit a filled template is compiled for its document alone; patterns of the
    /// configuration are kept whatever the limit.
    func testFilledTemplatesKeptUpToTheLimit() {
        let shared = SharedPatterns(filledLimit: 2)
        let first = RegexCache(shared: shared)
        for label in ["^一般公共预算$", "^政府性基金$", "^国有资本经营$"] { _ = first.regex(label, filled: true) }
        XCTAssertTrue(shared.pattern("^一般公共预算$", filled: true).regex === first.regex("^一般公共预算$"))
        XCTAssertTrue(shared.pattern("^政府性基金$", filled: true).regex === first.regex("^政府性基金$"))
        let late = shared.pattern("^国有资本经营$", filled: true)
        XCTAssertFalse(late.regex === first.regex("^国有资本经营$"))
        XCTAssertTrue(late.matches("国有资本经营"))
        XCTAssertEqual(shared.snapshot().count, 2)
        XCTAssertTrue(shared.pattern("^合计$").regex === shared.pattern("^合计$").regex)
        XCTAssertEqual(shared.snapshot().count, 3)
    }

    /// Patterns ICU must match still answer right when the text lacks their required text, or has it.
    func testPatternsLeftToICU() {
        let heading = CompiledPattern("^[一二三四五六七八九十]+、")
        XCTAssertNil(heading.literal)
        XCTAssertEqual(heading.required, Array("、".utf8))
        XCTAssertTrue(heading.matches("二、收入"))
        XCTAssertFalse(heading.matches("收入、支出"))
        XCTAssertFalse(heading.matches("二收入"))
        XCTAssertTrue(CompiledPattern("(^| / )合计$").matches("本年支出 / 合计"))
        XCTAssertFalse(CompiledPattern("(^| / )合计$").matches("本年支出 / 小计"))
        XCTAssertNotNil(CompiledPattern("^(收入)?总计$").literal)
        XCTAssertFalse(CompiledPattern("(").matches("("))
    }
}
