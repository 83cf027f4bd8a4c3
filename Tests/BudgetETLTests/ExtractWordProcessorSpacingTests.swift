import XCTest
@testable import BudgetETL

/// A word processor's table printed to PDF and read back by pdftotext -layout: narrow cells set
/// one space apart, a year parted from its 年, a unit in brackets ending a header word, a long
/// name with its value one space after it.
final class ExtractWordProcessorSpacingTests: XCTestCase {
    func testAYearPartedFromItsWordIsNoCodeBeforeAName() {
        let header = TableLines.prepare("     2024 年债务限额          2024 年债务余额", number: 1, tab: false, mangled: false)
        XCTAssertFalse(TableLines.looksLikeBody(header), "a header of years and their words")
        let row = TableLines.prepare("2010 一般公共服务支出", number: 2, tab: false, mangled: false)
        XCTAssertTrue(TableLines.looksLikeBody(row), "a code before its name")
        let yearRow = TableLines.prepare("2019 年      1234      5678", number: 3, tab: false, mangled: false)
        XCTAssertTrue(TableLines.looksLikeBody(yearRow), "a row named by its year, whole amounts after it")
    }

    func testAHeaderWordEndingInItsBracketedUnitEndsItsCell() {
        let tokens = Tokenizer.alignedTokens("项目          2020 年度支出(万元) 支出减少情况(万元) 支出减少率", number: 1)
        XCTAssertEqual(tokens.map(\.text), ["项目", "2020年度支出(万元)", "支出减少情况(万元)", "支出减少率"])
        // A bracket after Latin text closes no Chinese word.
        XCTAssertEqual(Tokenizer.alignedTokens("其他(other) 支出", number: 1).map(\.text), ["其他(other) 支出"])
    }

    func testACountOneSpaceAfterAFinishedNameIsTheRowsValue() {
        func tokens(_ line: String) -> [Token] { Tokenizer.alignedTokens(line, number: 1) }
        XCTAssertNil(AlignedGridReader.namePiece(tokens("因公出国(境)团组数 0")))
        XCTAssertEqual(AlignedGridReader.namePiece(tokens("某某局 2023"))?.text, "某某局 2023", "a year inside a wrapped name")
        XCTAssertEqual(AlignedGridReader.namePiece(tokens("对 140"))?.text, "对 140", "an unfinished name's count")
        // Whole numbers side by side after a name's piece: the row's values, pushed by the name.
        XCTAssertNil(AlignedGridReader.namePiece(tokens("expenses of culture & 100475 137180 161246")))
    }

    func testTwoCaptionedTablesWhoseHeadersAndRowsAreSetOneSpaceApart() {
        let doc = FamilyFixture.extract([
            "                            全区三公经费决算情况",
            "单位：万元",
            "        项目          2020 年度支出(万元) 支出减少情况(万元) 支出减少率",
            "因公出国(境)费            0            0         0%",
            "公务接待费               71.53",
            "公务用车购置及运行维护费 1857.23",
            "公务用车购置费             423.81",
            "公务用车运行维护费           1433.42",
            "总“三公”经费支出           1928.76",
            "",
            "                            全区三公经费使用情况",
            "    项目       2020 年度数量或人次",
            "因公出国(境)团组数 0",
            "因公出国(境)人次    3",
            "公务用车购置数      32",
            "公务用车保有量      660",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["全区三公经费决算情况", "全区三公经费使用情况"])
        guard doc.tables.count == 2, let first = doc.tables[0].sections.first, let second = doc.tables[1].sections.first else {
            return XCTFail("two tables")
        }
        XCTAssertEqual(FamilyFixture.rows(first), [
            "L4 |因公出国(境)费 → 2020年度支出(万元)=0@4 支出减少情况(万元)=0@4 支出减少率=0%@4",
            "L5 |公务接待费 → 2020年度支出(万元)=71.53@5",
            "L6 |公务用车购置及运行维护费 → 2020年度支出(万元)=1857.23@6",
            "L7 |公务用车购置费 → 2020年度支出(万元)=423.81@7",
            "L8 |公务用车运行维护费 → 2020年度支出(万元)=1433.42@8",
            "L9 |总“三公”经费支出 → 2020年度支出(万元)=1928.76@9",
        ])
        XCTAssertEqual(FamilyFixture.rows(second), [
            "L13 |因公出国(境)团组数 → 2020年度数量或人次=0@13",
            "L14 |因公出国(境)人次 → 2020年度数量或人次=3@14",
            "L15 |公务用车购置数 → 2020年度数量或人次=32@15",
            "L16 |公务用车保有量 → 2020年度数量或人次=660@16",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testACaptionOverARowWhoseNameFillsItsCell() {
        XCTAssertTrue(UntitledGrid.namedOneSpaceBeforeAmount("因公出国(境)团组数 0"))
        XCTAssertFalse(UntitledGrid.namedOneSpaceBeforeAmount("因公出国(境)团组数"))
        XCTAssertFalse(UntitledGrid.namedOneSpaceBeforeAmount("2019 2020"), "two numbers are no name and its value")
    }

    func testRowsOfAmountsSetOneSpaceApartUnderAUnitLineMakeATable() {
        // Narrow columns pack a row's amounts one space apart on some rows: they count one by one
        // against the header's words, as the rows padded apart do.
        let doc = FamilyFixture.extract([
            "          某省各类医院院均总收入情况",
            "单位：千元",
            "                                                  其中:",
            "     项目        总收入",
            "                           医疗收入       财政补助收入 科教项目收入               其他收入",
            "医院合计        425,072.64   377,648.80   36,172.97     2,080.19     9,170.67",
            "部属          5,211,940.08 4,653,828.96 228,202.60    131,268.56   198,639.96",
            "省属          1,938,859.31 1,746,381.65 131,436.62    14,964.03    46,077.02",
            "县属          169,309.49   147,212.42   18,916.90     72.94        3,107.24",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某省各类医院院均总收入情况"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L7 |部属 → 总收入=5,211,940.08@7 其中: / 医疗收入=4,653,828.96@7 "
            + "其中: / 财政补助收入=228,202.60@7 其中: / 科教项目收入=131,268.56@7 其中: / 其他收入=198,639.96@7")
    }
}
