import XCTest
@testable import BudgetETL

/// A debt form through pdftotext -layout: the header words where they stand, the corner word
/// spread over its cell (`地   区`), a 公式 row of column letters last, and each sum's cell blank
/// under its group word. The letters are the columns; a sum names its group, its parts the group
/// and their own words.
final class ExtractAlignedFormulaHeaderTests: XCTestCase {
    private func lines(_ texts: [String]) -> [TableLines.Line] {
        texts.enumerated().map { n, text in TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true) }
    }

    private let header = [
        "                          2031年债务限额                        2031年债务余额（决算数）",
        "       地   区",
        "                              一般          专项                     一般          专项",
        "       公   式      A=B+C         B             C           D=E+F        E             F",
    ]

    func testLettersAreTheColumnsAndSumsNameTheirGroups() {
        guard let h = AlignedFormulaHeader.header(lines(header)) else { return XCTFail("no formula header") }
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].identifying.map(\.path), [["地区"]])
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") },
                       ["2031年债务限额", "2031年债务限额 / 一般", "2031年债务限额 / 专项", "2031年债务余额(决算数)", "2031年债务余额(决算数) / 一般",
                        "2031年债务余额(决算数) / 专项"])
        // Each column stands where its letter stands.
        XCTAssertEqual(h.sections[0].values.map(\.anchor), [20.5, 32.5, 46.5, 60.5, 71.5, 85.5])
    }

    func testTableUnderAFormulaRowPlacesEveryValue() {
        let doc = FamilyFixture.extract([
            "               某省2031年债务限额及余额情况表",
            "                                                                                    单位：亿元",
        ] + header + [
            "某省                 100.50       60.25         40.25       90.00       55.00         35.00",
            " 甲市                 10.00        6.00          4.00        9.00        5.50          3.50",
            "   乙县                 1.64          1.64          0.00       0.03          0.03          0.00",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L7 |某省 → 2031年债务限额=100.50@7 2031年债务限额 / 一般=60.25@7 2031年债务限额 / 专项=40.25@7 2031年债务余额(决算数)=90.00@7 2031年债务余额(决算数) / 一般=55.00@7 2031年债务余额(决算数) / 专项=35.00@7",
            "L8 |甲市 → 2031年债务限额=10.00@8 2031年债务限额 / 一般=6.00@8 2031年债务限额 / 专项=4.00@8 2031年债务余额(决算数)=9.00@8 2031年债务余额(决算数) / 一般=5.50@8 2031年债务余额(决算数) / 专项=3.50@8",
            "L9 |乙县 → 2031年债务限额=1.64@9 2031年债务限额 / 一般=1.64@9 2031年债务限额 / 专项=0.00@9 2031年债务余额(决算数)=0.03@9 2031年债务余额(决算数) / 一般=0.03@9 2031年债务余额(决算数) / 专项=0.00@9",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testOtherShapesAreLeftToThePositions() {
        // No formula among the letters: a row of letters, not sums.
        XCTAssertNil(AlignedFormulaHeader.header(lines(["       地区      限额      余额", "       公式       A          B"])))
        // A balance (D=A+B-C) heads no group.
        XCTAssertNil(AlignedFormulaHeader.header(lines([
            "       地区      上年末     新增     偿还     年末", "       公式       A          B        C      D=A+B-C"])))
        // A part's name wrapped over two lines: the words above the parts are not one group word.
        XCTAssertNil(AlignedFormulaHeader.header(lines([
            "                          2031年限额",
            "       地区                   一般          专项",
            "                              债券          债券",
            "       公式         A=B+C         B             C",
        ])))
        // A corner that names no row column.
        XCTAssertNil(AlignedFormulaHeader.header(lines([
            "                          2031年限额",
            "       金额                   一般          专项",
            "       公式         A=B+C         B             C",
        ])))
    }
}
