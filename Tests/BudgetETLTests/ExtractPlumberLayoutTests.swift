import XCTest
@testable import BudgetETL

/// pdfplumber's layout text: each Chinese character set in one column (half its printed width),
/// so a cell's later words stand columns after its first; no form feeds between pages, whose
/// footers (`Page 3`) stand among the rows.
final class ExtractPlumberLayoutTests: XCTestCase {
    private let line = { (text: String, n: Int) in TableLines.prepare(text, number: n, tab: false, mangled: false, aligned: true) }

    /// A name piece above the first row whose next word stands off the row's name (`某某局   [07`,
    /// the gap pdfplumber leaves after the Chinese word): before the row's first value it is
    /// the name's too, so the line is no header line.
    func testANamePiecesLaterWordBeforeTheFirstValueIsTheNames() {
        let row = line("               财政补助资                           98.5 97.4            100", 3)
        XCTAssertTrue(TableLines.isNameFragment(line("               某某局   [07", 2), of: row))
        XCTAssertFalse(TableLines.isNameFragment(line("               某某局                                         [07", 2), of: row),
                       "a word past the row's first value is no piece of its name")
        XCTAssertFalse(TableLines.isNameFragment(line("                          [07   某某局", 2), of: row),
                       "the line's first word must stand over the row's name")
        XCTAssertFalse(TableLines.isNameFragment(line("               某某局   预算数", 2), of: row), "a header word is no name piece")
    }

    private func page(_ n: Int, footer: String) -> [String] {
        ["   一、一般公共服务支出      \(n)00"] + Array(repeating: "   二、教育支出      50", count: 15) + ["            \(footer)"]
    }

    func testAFooterCountingPagesIsBlankedWithoutFormFeeds() {
        let lines = SourceText.splitLines((1...3).flatMap { page($0, footer: "Page \($0)") }.joined(separator: "\n"))
        XCTAssertEqual(lines.filter { $0.contains("Page") }, [])
        XCTAssertEqual(lines.count, 51, "blanked, not removed: line numbers stay the source's")
        let pages = SourceText.splitLines((1...3).flatMap { page($0, footer: "第\($0)页") }.joined(separator: "\n"))
        XCTAssertEqual(pages.filter { $0.contains("页") }, [])
    }

    func testALineRepeatedWithOneNumberOrNotCountingIsKept() {
        let sheets = SourceText.splitLines((1...3).flatMap { page($0, footer: "Sheet1") }.joined(separator: "\n"))
        XCTAssertEqual(sheets.filter { $0.contains("Sheet1") }.count, 3, "a sheet's name counts nothing")
        let skipping = SourceText.splitLines([1, 2, 4].flatMap { page($0, footer: "Page \($0)") }.joined(separator: "\n"))
        XCTAssertEqual(skipping.filter { $0.contains("Page") }.count, 3, "numbers that do not go up by one count no pages")
        let close = SourceText.splitLines((1...3).flatMap { ["  Page \($0)", "   二、教育支出      50"] }.joined(separator: "\n"))
        XCTAssertEqual(close.filter { $0.contains("Page") }.count, 3, "lines closer than a page are no footers")
        let twice = SourceText.splitLines((1...2).flatMap { page($0, footer: "Page \($0)") }.joined(separator: "\n"))
        XCTAssertEqual(twice.filter { $0.contains("Page") }.count, 2, "two are not enough to count pages by")
    }

    /// A sheet's name opening every page a counting footer ends is a running header: blanked with
    /// the footers, which two pages then suffice to count; a row opening every page stays.
    func testASheetNameOpeningEveryCountedPageIsBlanked() {
        let sheet = { (n: Int) in ["            Sheet1"] + self.page(n, footer: "Page \(n)") }
        let three = SourceText.splitLines((1...3).flatMap(sheet).joined(separator: "\n"))
        XCTAssertEqual(three.filter { $0.contains("Sheet1") || $0.contains("Page") }, [])
        XCTAssertEqual(three.count, 54)
        let two = SourceText.splitLines((1...2).flatMap(sheet).joined(separator: "\n"))
        XCTAssertEqual(two.filter { $0.contains("Sheet1") || $0.contains("Page") }, [])
        let rows = SourceText.splitLines((1...2).flatMap { self.page($0, footer: "Page \($0)") }.joined(separator: "\n"))
        XCTAssertEqual(rows.filter { $0.contains("一般公共服务") }.count, 2, "a row with its value is no running header")
    }

    /// A left side's amount glued to the right side's name that opens with a list mark in
    /// brackets (`120.50(二)教育支出`): cut in two, as before a Chinese character.
    func testAnAmountGluedToABracketedListMarkIsCutOff() {
        let doc = FamilyFixture.extract([
            "                              某单位部门收支预算总表",
            "        编制单位：某单位                                          单位：万元",
            "                  收入                               支出",
            "            项目         金额           项目              金额",
            "        一、一般公共预算      120.50一、一般公共服务支出       100.00",
            "        其中:财政拨款        120.50(二)教育支出              20.50",
            "        收入合计             120.50支出合计                120.50",
        ])
        guard let sections = doc.tables.first?.sections, sections.count == 2 else { return XCTFail("no two sides") }
        XCTAssertEqual(FamilyFixture.rows(sections[0])[1], "L6 |其中:财政拨款 → 金额=120.50@6")
        XCTAssertEqual(FamilyFixture.rows(sections[1])[1], "L6 |(二)教育支出 → 金额=20.50@6")
    }
}
