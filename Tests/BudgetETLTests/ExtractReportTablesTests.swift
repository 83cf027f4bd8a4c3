import XCTest
@testable import BudgetETL

/// Tables of a government's budget or final-account report as converters print them: a section
/// number before a table's title (2.1 …表), the first line of a wrapped title printed again at the
/// top of each page, a contents list whose last entry is the first table's title over pdftotext
/// -layout's rows, column names printed in two halves around the name column's word, and a
/// title's qualifier listing its words with commas; two sides' names on one line, numbers between
/// a wrapped name's pieces, and a sentence stating an amount after the table.
final class ExtractReportTablesTests: XCTestCase {
    private let matcher = TitleMatcher(catalog: Catalog(kinds: []))

    private func rows(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
    }

    func testSectionNumberBeforeTitleIsNoPartOfIt() {
        XCTAssertEqual(TitleMatcher.shapedTitle("2.1 2024年某省财政收支决算总表"), "某省财政收支决算总表")
        XCTAssertEqual(TitleMatcher.shapedTitle("   3.10 2024年某省本级政府性基金预算支出决算表"), "某省本级政府性基金预算支出决算表")
        // A list number run into the year is a contents entry's number, as before.
        XCTAssertEqual(TitleMatcher.shapedTitle("1.2024年度某省一般公共预算收入决算表"), "某省一般公共预算收入决算表")
        // An amount and a name are no section number and title.
        XCTAssertNil(TitleMatcher.shapedTitle("2.5 某某支出 12.00 表"))
    }

    func testSectionNumberedTitleHeadsItsTable() {
        let doc = FamilyFixture.extract([
            "2.1 2024年某省财政收支决算总表",
            "                                       单位:万元",
            "",
            "         预算科目       2023年决算数       2024年决算数",
            "",
            "全省收入合计                  15000000       16000000",
            "",
            " 一般公共预算收入               12000000       13000000",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某省财政收支决算总表"])
        XCTAssertEqual(rows(doc).map { $0.components(separatedBy: " → ")[1] },
                       ["2023年决算数=15000000@6 2024年决算数=16000000@6", "2023年决算数=12000000@8 2024年决算数=13000000@8"])
    }

    func testWrappedTitlesFirstLinePrintedOnEachPageIsARunningHeader() {
        var document = ["2.5 2024年某省一般公共预算支出", "功能分类决算表", "科目编码   科目名称   决算数"]
        document += (1...12).map { "20101\(String(format: "%02d", $0))    某某事务      \($0)" }
        document += ["2.5 2024年某省一般公共预算支出", "功能分类决算表", "2010199    其他事务      5"]
        XCTAssertTrue(TableLines.isRunningHeader(document[0], document: document))
        // A line naming a year once, or a row with a number before its name, is no running header.
        XCTAssertFalse(TableLines.isRunningHeader("2.6 2024年某省政府性基金预算支出", document: document))
        XCTAssertFalse(TableLines.isRunningHeader(document[3], document: document))
    }

    func testContentsLastEntryOverLaidOutTableIsTheTablesTitle() {
        let lines = [
            "             目   录",
            "1.2024年度某省一般公共预算收入决算表",
            "2.2024年度某省一般公共预算支出决算表",
            "3.2024年度某省政府性基金预算收入决算表",
            "            2024年度某省一般公共预算收入决算表",
            "                                                          单位：万元",
            "                                               决算数为调整 决算数为上年决",
            "       项目          调整预算数         决算数",
            "                                                预算数的%   算数的%",
            "一、税收收入              24,148     23,296       96.5      99.5",
            "  增值税               10,299      9,752       94.7      95.9",
        ]
        XCTAssertTrue(TableOfContents.opensTable(after: 4, in: lines))
        let found = RegionFinder.regions(in: lines, matcher: matcher)
        XCTAssertEqual(found.map(\.titleIndex), [4])
        XCTAssertEqual(found.first?.title, "某省一般公共预算收入决算表")
        // Contents entries over prose keep being entries.
        XCTAssertFalse(TableOfContents.opensTable(after: 3, in: Array(lines.prefix(4)) + ["第一部分 概况", "一、主要职能"]))
        XCTAssertEqual(TableOfContents.laidOutAmounts(lines[9]), 4)
        XCTAssertEqual(TableOfContents.laidOutAmounts("2024 年全省收入决算数为 3615.29 亿元"), 0)
    }

    func testColumnNamesInTwoHalvesAroundNameWordJoinWordByWord() {
        let doc = FamilyFixture.extract([
            "2022年省级政府性基金预算收入表",
            "单位：万元",
            "2022年 第一次 第二次 调整后",
            "项 目",
            "预算数 预算调整 预算调整 预算数",
            "收入总计 1,000 200 30 1,230",
            "专项收入 500 20 3 523",
        ])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined),
                       ["2022年 / 预算数", "第一次 / 预算调整", "第二次 / 预算调整", "调整后 / 预算数"])
        XCTAssertEqual(rows(doc).first?.components(separatedBy: " → ")[1],
                       "2022年 / 预算数=1,000@6 第一次 / 预算调整=200@6 第二次 / 预算调整=30@6 调整后 / 预算数=1,230@6")
        // Two sides' names around two name words, or halves of unequal counts, are not joined.
        let words = [("收入 支出", 0), ("项目", 1), ("金额 金额 金额", 2)].flatMap { text, line in
            text.split(separator: " ").map { SequentialHeader.Word(text: String($0), line: line) }
        }
        XCTAssertEqual(SequentialHeader.joinHalvesAroundName(words).map(\.text), words.map(\.text))
    }

    func testQualifiersCommasAreNoSentencePunctuation() {
        XCTAssertEqual(TitleMatcher.shapedTitle("2022年省级政府性基金预算支出表（预算调整，按功能分类）"),
                       "省级政府性基金预算支出表(预算调整，按功能分类)")
        // Commas before the qualifier still make a sentence.
        XCTAssertNil(TitleMatcher.shapedTitle("详见附表，预算调整后的支出表"))
        XCTAssertNil(TitleMatcher.shapedTitle("收入增加，支出表(按功能分类)"))
    }

    func testNamesOfBothSidesOnOneLineAreTwoRows() {
        let income = AlignedGridReader.Segment(section: 0, line: 9, labels: [Token(text: "下级上解收入", line: 9, column: 0)])
        let expenditure = Token(text: "上解上级支出", line: 9, column: 32)
        XCTAssertTrue(AlignedGridReader.startsOtherSide(expenditure, after: income))
        // A name wrapped on its line (one space), names of one side, or a row with values: as before.
        XCTAssertFalse(AlignedGridReader.startsOtherSide(Token(text: "上解上级支出", line: 9, column: 7), after: income))
        XCTAssertFalse(AlignedGridReader.startsOtherSide(Token(text: "补助下级收入", line: 9, column: 32), after: income))
        var valued = income
        valued.values = [Token(text: "12", line: 9, column: 20)]
        XCTAssertFalse(AlignedGridReader.startsOtherSide(expenditure, after: valued))
    }

    func testNumbersWithoutNameBetweenNamePiecesAreRejected() {
        let rows = [
            ExtractedRow(line: 4, label: "其他支出", cells: [RawCell(column: 0, text: "5", line: 4)]),
            ExtractedRow(line: 5, label: "某某项目收入安排的", cells: []),
            ExtractedRow(line: 6, label: "", cells: [RawCell(column: 0, text: "7", line: 6)]),
            ExtractedRow(line: 7, label: "支出", cells: []),
            ExtractedRow(line: 9, label: "", cells: [RawCell(column: 0, text: "8", line: 9)]),
        ]
        let reading = TableReading(sections: [ExtractedSection(name: "", columns: [HeaderPath(["预算数"])], rows: rows)], rejects: [])
        let judged = StreamReader.withoutNameless(reading, between: [6])
        XCTAssertEqual(judged.sections[0].rows.map(\.line), [4, 5, 7, 9])
        XCTAssertEqual(judged.rejects, [ReaderReject(line: 6, text: "7", reason: .rowNameUnknown)])
    }

    func testSentenceStatingAnAmountEndsTheTable() {
        let doc = FamilyFixture.extract([
            "            2024年度某省一般公共预算收入决算表",
            "                                                          单位：万元",
            "       项目          调整预算数         决算数",
            "一、税收收入              24,148,942    23,296,853",
            "  增值税               10,299,400     9,752,757",
            "      收入合计          36,409,671    36,152,930",
            "           关于 2024 年度全省一般公共预算",
            "                收入决算情况的说明",
            "",
            "   2024 年全省地方一般公共预算收入决算数为 3615.29 亿元，比上年决算数增加",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
        XCTAssertEqual(rows.filter { $0.contains("=") }.count, 3)
        XCTAssertFalse(rows.contains { $0.contains("3615.29") })
    }
}

/// Who a government's report is by: the organization named before the heading's 关于.
final class ExtractReportAuthorTests: XCTestCase {
    func testOrganizationBeforeAboutIsTheReportsAuthor() {
        XCTAssertEqual(MetadataReader.reportAuthor("某某省人民政府关于2022年省级财政"), "某某省人民政府")
        XCTAssertEqual(MetadataReader.reportAuthor("某某县财政局关于2020年预算执行情况的报告"), "某某县财政局")
        XCTAssertNil(MetadataReader.reportAuthor("关于2020年预算执行情况的报告"))
        XCTAssertNil(MetadataReader.reportAuthor("二、关于预算调整的说明"))
        XCTAssertNil(MetadataReader.reportAuthor("根据财政部关于…的通知"))
        // A sentence is no heading, whatever organization it names before 关于.
        XCTAssertNil(MetadataReader.reportAuthor("按照区政府关于推进政府信息公开工作部署和要求,经汇总,2021年区本级"))
    }

    func testCoverHeadingNamesTheAgency() {
        let doc = FamilyFixture.extract([
            "[PAGE 1]",
            "某某省人民政府关于 2022 年省级财政",
            "预算调整方案的报告",
            "2022年省级政府性基金预算收入表",
            "单位：万元",
            "项目 预算数",
            "收入总计 1,000",
        ])
        XCTAssertEqual(doc.metadata.agency, "某某省人民政府")
    }
}
