import XCTest
@testable import BudgetETL

/// Whole column-aligned tables (the layout pdftotext -layout writes) through the extractor:
/// blank cells shown only as gaps, lines shifted left or right, split codes, wrapped names,
/// repeated page headers, two-sided tables, a table of contents and prose after a table.
final class ExtractAlignedReaderTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "expenditure_budget", titlePatterns: ["(部门)?支出预算(总)?表"]),
        TableKind(key: "fiscal_grant_budget", titlePatterns: ["(部门)?财政拨款收支预算(总)?表"]),
        TableKind(key: "three_public_expenses_budget", titlePatterns: ["(部门)?三公经费和机关运行经费预算表"]),
    ]))

    private func extract(_ lines: [String]) -> ExtractedDocument {
        extractor.extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
    }

    /// "code|label → column=value …" per row, columns by their header path.
    private func rows(_ section: ExtractedSection) -> [String] {
        section.rows.map { row in
            let cells = row.cells.map { "\(section.columns[$0.column].joined)=\($0.text)@\($0.line)" }
            return "L\(row.line) \(row.codeParts.joined(separator: ","))|\(row.label) → " + cells.joined(separator: " ")
        }
    }

    func testGapsShiftsSplitCodesWrappedNamesAndRepeatedHeaders() {
        let doc = extract([
            "                               2025年部门支出预算总表",                                                  // 1
            "编制部门：某某局                                                           单位：元",                       // 2
            "",
            "                       项目                               支出预算",                                      // 4
            "",
            "功能分类科目编码",                                                                                       // 6
            "                        功能分类科目名称         合计             基本支出            项目支出",             // 7
            "类     款    项",                                                                                      // 8
            "",
            "201             一般公共服务支出                82,096,797.42   15,686,797.42   66,410,000.00",          // 10
            "201   03   02   一般行政管理事务                46,140,000.00                   46,140,000.00",           // 11
            "201   03   99   其他政府办公厅（室）及相关机构事   20,120,000.00                   20,120,000.00",          // 12
            "                务支出",                                                                               // 13
            "",
            "208             社会保障和就业支出                4,213,779.28    4,213,779.28",                        // 15
            "                       项目                               支出预算",                                     // 16
            "功能分类科目编码",                                                                                      // 17
            "                        功能分类科目名称         合计             基本支出            项目支出",            // 18
            "类     款    项",                                                                                     // 19
            "210             卫生健康支出       1,097,073.43     1,097,073.43",                                      // 20
            "210   11   01   行政单位医疗         782,855.28       782,855.28",                                       // 21
            "302   4    手续费                2,000.00                       2,000.00",                             // 22
            "                        合计   91,016,775.35   24,606,775.35   66,410,000.00",                           // 23
            "                          其他相关情况说明",                                                            // 24
            "  一、本部门2025年“三公”经费预算数为867.50万元，与2024年预算持平。",                                         // 25
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let table = doc.tables[0]
        XCTAssertEqual(table.unitText, "元")
        XCTAssertEqual(table.sections.count, 1)
        let section = table.sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["支出预算 / 合计", "支出预算 / 基本支出", "支出预算 / 项目支出"])
        XCTAssertEqual(rows(section), [
            "L10 201|一般公共服务支出 → 支出预算 / 合计=82,096,797.42@10 支出预算 / 基本支出=15,686,797.42@10 支出预算 / 项目支出=66,410,000.00@10",
            // the gap is a blank 基本支出
            "L11 201,03,02|一般行政管理事务 → 支出预算 / 合计=46,140,000.00@11 支出预算 / 项目支出=46,140,000.00@11",
            // the name wrapped onto the next line belongs to the row
            "L12 201,03,99|其他政府办公厅（室）及相关机构事 务支出 → 支出预算 / 合计=20,120,000.00@12 支出预算 / 项目支出=20,120,000.00@12",
            "L15 208|社会保障和就业支出 → 支出预算 / 合计=4,213,779.28@15 支出预算 / 基本支出=4,213,779.28@15",
            // after the page header printed again, the same table goes on; these lines are shifted
            // left by about ten columns and still read 合计 and 基本支出
            "L20 210|卫生健康支出 → 支出预算 / 合计=1,097,073.43@20 支出预算 / 基本支出=1,097,073.43@20",
            "L21 210,11,01|行政单位医疗 → 支出预算 / 合计=782,855.28@21 支出预算 / 基本支出=782,855.28@21",
            // a 款 code printed without its leading zero
            "L22 302,04|手续费 → 支出预算 / 合计=2,000.00@22 支出预算 / 项目支出=2,000.00@22",
            "L23 |合计 → 支出预算 / 合计=91,016,775.35@23 支出预算 / 基本支出=24,606,775.35@23 支出预算 / 项目支出=66,410,000.00@23",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        // The table ends at its last row: the heading and the sentence after it are narrative.
        XCTAssertEqual(doc.narrative.filter { $0.line > 20 }.map(\.line), [24, 25])
    }

    /// A “三公” table printed by a word processor: its header words spread over their cells
    /// (项    目, 预    算    数) are one word each, and a form row printed without a value
    /// (因公出国(境)费) is a row of its own, not the first piece of the next row's name (a name
    /// that is none of the form's may still be such a piece).
    func testSpreadHeaderWordsAndAFormRowWithoutAValue() {
        let doc = FamilyFixture.extract([
            "一、2031年“三公”经费预算表",
            "                                                单位:万元",
            "        项    目                       预    算    数",
            "  合    计                                   3.50",
            "  因公出国(境)费",
            "  公务接待费                                 3.50",
            "  公务用车购置及运行费",
            "  其中:公务用车运行费",
        ])
        let section = doc.tables.first?.sections.first
        XCTAssertEqual(section?.columns.map(\.joined), ["预算数"])
        XCTAssertEqual(section.map(rows), ["L4 |合 计 → 预算数=3.50@4", "L5 |因公出国(境)费 → ", "L6 |公务接待费 → 预算数=3.50@6"])
        XCTAssertTrue(AlignedRows.isFormRow([Token(text: "1.因公出国(境)费", line: 1, column: 0)]))
        XCTAssertTrue(AlignedRows.isFormRow([Token(text: "其中:公务用车运行费", line: 1, column: 0)]))
        XCTAssertFalse(AlignedRows.isFormRow([Token(text: "一般公共预算财政拨款", line: 1, column: 0)]))
    }

    /// The national “三公” form as a word processor prints it: the form's column names over one row
    /// of small whole amounts without a name, and the prose after it. The row is the form's
    /// values, not a header line (the form's columns are named, not numbered); a row of 1 2 3 4
    /// under the names still numbers them.
    func testFormColumnsOverOneUnnamedRowOfWholeAmounts() {
        let lines = [
            "一、2031年“三公”经费预算表",
            "                                                           单位：万元",
            "   “三公”经费合计     因公出国(境)费    公务用车购置及运行费     公务接待费",
            "        79                  0                 75                    4",
            "二、2031年“三公”经费预算情况说明",
        ]
        let section = FamilyFixture.extract(lines).tables.first?.sections.first
        XCTAssertEqual(section?.columns.map(\.joined), ["“三公”经费合计", "因公出国(境)费", "公务用车购置及运行费", "公务接待费"])
        XCTAssertEqual(section?.rows.flatMap(\.cells).map { "\($0.column)=\($0.text)" }, ["0=79", "1=0", "2=75", "3=4"])
        var numbered = lines
        numbered.insert("         1                  2                  3                    4", at: 3)
        XCTAssertEqual(FamilyFixture.extract(numbered).tables.first?.sections.first?.rows.flatMap(\.cells).map(\.text), ["79", "0", "75", "4"])
        // Not the form's names: small wholes under them are still read as a header line.
        let header = [TableLines.prepare("   合计     上年     本年", number: 1, tab: false, mangled: false, aligned: true)]
        XCTAssertFalse(TableLines.namesFormColumns(header))
    }

    /// The same form printed by LibreOffice Writer and turned back into text by pdftotext -layout
    /// (the narrow cells wrap 因公出国 / (境)费 and 公务 / 接待费; the page break's form feed before
    /// the unit line): the six whole amounts under their columns, in 万元. The caption over the car
    /// group is printed shorter than it stands (CJK characters one column each) and ends before
    /// 公务用车运行费, which is its part all the same (`FormCaptionParts`).
    func testFormOfWholeAmountsAsAWordProcessorPrintsIt() {
        let table = FamilyFixture.extract([
            "一、2031年“三公”经费预算表",
            "\u{0C}                                               单位：万元",
            "",
            "                公务用车购置及运行费",
            "         因公出国                        公务",
            "“三公”经费合计",
            "         (境)费                        接待费",
            "                小计 公务用车购置费 公务用车运行费",
            "",
            "79       0      75   50   25         4",
            "",
            "二、2022 年一般公共预算“三公”经费支出预算情况说明",
            "",
            "某某县司法局 2022 年一般公共预算“三公”经费支出预算为 79 万元,比上年预算减少 49 万元。",
            "\u{0C}"
        ]).tables.first
        XCTAssertEqual(table?.unitText, "万元")
        let section = table?.sections.first
        XCTAssertEqual(section?.rows.count, 1)
        XCTAssertEqual(section?.rows.first?.cells.map { "\(section!.columns[$0.column].joined)=\($0.text)" },
                       ["“三公”经费合计=79", "因公出国(境)费=0", "公务用车购置及运行费 / 小计=75", "公务用车购置及运行费 / 公务用车购置费=50",
                        "公务用车购置及运行费 / 公务用车运行费=25", "公务接待费=4"])
    }

    /// A table whose 项目 and 预算数 cells are justified to their width (as Chromium prints
    /// `text-align-last: justify`), read back by pdftotext -layout: the spread words are one header
    /// word each, every value is read, and the prose after the table gives the unit.
    func testJustifiedHeaderCellsAsAPrinterSpreadsThem() {
        let table = FamilyFixture.extract([
            "某某局2031年“三公”经费预算",
            "",
            "一、2031年“三公”经费支出预算表",
            "",
            "项                    目 预       算         数",
            "合                    计                 11.4",
            "因公出国(境)费                               0.00",
            "公务接待费                                  7.40",
            "公务用车购置及运行费                             4.00",
            "其中:公务用车运行费                             4.00",
            "公务用车购置费                                0.00",
            "",
            "二、2031年“三公”经费支出预算情况说明",
            "",
            "某某局2031年度“三公”经费支出预算为11.4万元,比2030年预算增加0.6万元,增加5%。其中:因公出国(境)",
            "费支出预算为0万元,公务接待费支出预算为7.4万元,公务用车购置及运行费支出预算为4万元。"
        ]).tables.first
        XCTAssertEqual(table?.unitText, "万元")
        XCTAssertEqual(table?.sections.first?.columns.map(\.joined), ["预算数"])
        XCTAssertEqual(table?.sections.first?.rows.flatMap(\.cells).map(\.text), ["11.4", "0.00", "7.40", "4.00", "4.00", "0.00"])
    }

    func testTwoSidedTableWithBlankCellsOnEitherSide() {
        let doc = extract([
            "                                2025年部门财政拨款收支预算总表",
            "编制部门：某某局                                                                       单位：元",
            "",
            "        财政拨款收入                                       财政拨款支出",
            "",
            "   项目            预算数              项目         合计            一般公共预算          政府性基金预算   国有资本经营预算",
            "",
            "一、一般公共预算资金   91,016,775.35 一、一般公共服务支出      82,096,797.42   82,096,797.42",        // 8
            "二、政府性基金                      二、社会保障和就业支出   4,213,779.28     4,213,779.28",          // 9
            "",
            "三、国有资本经营预算                   三、卫生健康支出      1,097,073.43     1,097,073.43",          // 11
            "",
            "                             四、住房保障支出      3,609,125.22     3,609,125.22",                   // 13
            "",
            "   收入总计      91,016,775.35       支出总计      91,016,775.35   91,016,775.35",                      // 15
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["财政拨款收入", "财政拨款支出"])
        XCTAssertEqual(sections[1].columns.map(\.joined), ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
        XCTAssertEqual(rows(sections[0]), [
            "L8 |一、一般公共预算资金 → 预算数=91,016,775.35@8",
            "L9 |二、政府性基金 → ",
            "L11 |三、国有资本经营预算 → ",
            "L15 |收入总计 → 预算数=91,016,775.35@15",
        ])
        XCTAssertEqual(rows(sections[1]), [
            "L8 |一、一般公共服务支出 → 合计=82,096,797.42@8 一般公共预算=82,096,797.42@8",
            "L9 |二、社会保障和就业支出 → 合计=4,213,779.28@9 一般公共预算=4,213,779.28@9",
            "L11 |三、卫生健康支出 → 合计=1,097,073.43@11 一般公共预算=1,097,073.43@11",
            "L13 |四、住房保障支出 → 合计=3,609,125.22@13 一般公共预算=3,609,125.22@13",
            "L15 |支出总计 → 合计=91,016,775.35@15 一般公共预算=91,016,775.35@15",
        ])
    }

    func testTallHeaderCellsAndValuesWithGapsAfterAContentsList() {
        let doc = extract([
            "五、部门预算表",
            "  1. 2025年部门支出预算总表",                                     // contents: three titles in a row
            "  2. 2025年部门财政拨款收支预算总表",
            "  3. 2025年部门“三公”经费和机关运行经费预算表",
            "  部门预算编制说明：2025年，某某局收入预算9,101.68万元。",             // 5: narrative, not a table
            "                  2025年部门“三公”经费和机关运行经费预算表",          // 6
            "编制部门：某某局                                              单位:万元",
            "",
            "                            “三公”经费预算数",
            "",
            "                                                             机关运行经费预算",
            "                                          公务用车购置及运行费",
            "                                                                 数",
            "   合计        因公出国(境)费     公务接待费",
            "                                     小计      购置费       运行费",
            "",
            "    867.50       839.00      28.50                                213.28",   // 17
            "                          其他相关情况说明",
        ])
        XCTAssertEqual(doc.tables.map(\.titleLine), [6])
        XCTAssertEqual(doc.tables[0].unitText, "万元")
        XCTAssertTrue(doc.narrative.contains { $0.line == 5 }, "the text after the contents is narrative")
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(rows(section), [
            "L17 | → “三公”经费预算数 / 合计=867.50@17 “三公”经费预算数 / 因公出国(境)费=839.00@17 "
                + "“三公”经费预算数 / 公务接待费=28.50@17 机关运行经费预算数=213.28@17",
        ])
    }

    func testPlacementUsesNeighbouringLinesWhenALineIsAmbiguous() {
        // Two values in three equally spaced columns: on its own, 合计 + 人员经费 and 人员经费 +
        // 公用经费 fit equally well once shifted; the lines around it, whose placement is certain,
        // are shifted by -4, which makes it 合计 + 人员经费.
        let anchors = [42.0, 58, 73]
        let certain = ColumnFit.candidates(ends: [38, 69], anchors: anchors)
        XCTAssertTrue(ColumnFit.isCertain(certain, columnCount: 3))
        XCTAssertEqual(certain.first?.columns, [0, 2])
        XCTAssertEqual(certain.first?.shift, -4)
        let ambiguous = ColumnFit.candidates(ends: [54, 69], anchors: anchors)
        XCTAssertFalse(ColumnFit.isCertain(ambiguous, columnCount: 3))
        XCTAssertEqual(ColumnFit.choose(ambiguous, neighbourShifts: [-4])?.columns, [1, 2])
        XCTAssertEqual(ColumnFit.choose(ColumnFit.candidates(ends: [38, 54], anchors: anchors), neighbourShifts: [-4])?.columns,
                       [0, 1])
    }

    /// A word processor's table through pdftotext -layout: a name wider than its cell on paper (it
    /// wraps there) leaves its first amount one space after it, columns left of the 合计 column;
    /// the line's other amount, standing where its cell does, and the lines around tell the
    /// columns: 合计 and 基本支出, not 合计 and 项目支出 as one common shift of both would say.
    func testValuePushedByALongNameIsPlacedByTheLinesOtherValues() {
        let doc = extract([
            "                              部门支出预算表",                                          // 1
            "编制单位：某某局                                        单位：万元",                        // 2
            "科目编码             科目名称              本年支出合计 基本支出 项目支出",                   // 3
            "201     一般公共服务支出                  512.30   400.10    112.20",                    // 4
            "20101   人大事务                          18.75    18.75",                              // 5
            "2010199 其他人大事务支出项目和专项工作经费 18.75             18.75",                      // 6
            "20103   政府办公厅(室)及相关机构事务      493.55   381.35    112.20",                    // 7
            "2010350 事业运行                          112.20             112.20",                    // 8
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(rows(section).filter { $0.hasPrefix("L6 ") || $0.hasPrefix("L8 ") }, [
            "L6 2010199|其他人大事务支出项目和专项工作经费 → 本年支出合计=18.75@6 基本支出=18.75@6",
            "L8 2010350|事业运行 → 本年支出合计=112.20@8 项目支出=112.20@8",
        ])
    }

    /// A two-sided 基本支出 table whose right side's code stands one space after the left side's
    /// amount: the code starts the right side's row; it is not a second amount of the left side.
    func testRightSideCodeRightAfterTheLeftSidesAmount() {
        let extractor = Extractor(catalog: Catalog(kinds: [
            TableKind(key: "general_budget_basic_expenditure_final", titlePatterns: ["一般公共预算财政拨款基本支出决算(明细)?表"]),
        ]))
        let doc = extractor.extract(bytes: Array([
            "                 一般公共预算财政拨款基本支出决算表",                                             // 1
            "编制单位：某某中心单位：万元",                                                                  // 2
            "               人员经费                                    公用经费",                         // 3
            "科目编码            科目名称           决算数 科目编码                科目名称      决算数",          // 4
            "301     工资福利支出                 120.50 302         商品和服务支出 12.40",                // 5
            "30101   基本工资                   80.25 30201       办公费           7.15",                // 6
            "30102   津贴补贴                   40.25     30211     差旅费         5.25",                 // 7
        ].joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        let sides = doc.tables[0].sections
        XCTAssertEqual(sides.count, 2)
        XCTAssertEqual(sides[1].rows.map { "\($0.codeParts.joined())|\($0.label)|\($0.cells.map(\.text).joined(separator: ","))" },
                       ["302|商品和服务支出|12.40", "30201|办公费|7.15", "30211|差旅费|5.25"])
        XCTAssertEqual(sides[0].rows.map { $0.cells.map(\.text) }, [["120.50"], ["80.25"], ["40.25"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testOnlyValuesAfterANameWiderOnPaperArePushed() {
        let name = Token(text: "机关事业单位职业年金缴费支出", line: 1, column: 8)          // 14 characters, 28 wide on paper
        let pushed = Token(text: "881.58", line: 1, column: 23)
        let apart = Token(text: "881.58", line: 1, column: 45)
        XCTAssertEqual(ColumnFit.pushedValues([pushed, apart], after: [name]), [0])
        // One character glued to its amount in a narrow name column: where it stands is its place.
        XCTAssertEqual(ColumnFit.pushedValues([Token(text: "131.00", line: 1, column: 9)],
                                              after: [Token(text: "局", line: 1, column: 7)]), [])
    }

    /// A two-sided table as pdftotext prints a browser's or office suite's PDF: the side words on the
    /// top header line stand off the centre of their sides (CJK glyph widths), and rows whose right
    /// side prints only its 行次 and amount under an empty name.
    func testSideWordsOffCentreAndRightSideWithoutName() {
        let doc = extract([
            "                                 财政拨款收支预算表",                                                   // 1
            "编制单位：某某局                                                            单位：元",                     // 2
            "             收入                                      支出",                                            // 3
            "       项目         行次         金额              项目      行次      合计         一般公共预算",           // 4
            "一、一般公共预算拨款        1    1,200.00 一、一般公共服务支出    5      900.00       900.00",                // 5
            "二、政府性基金              2               二、教育支出          6      300.00       300.00",                // 6
            "年初结转和结余              3                                 7       12.00        12.00",                 // 7
            "收入总计                    4    1,200.00 支出总计              8    1,212.00     1,212.00",               // 8
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let table = doc.tables[0]
        XCTAssertEqual(table.sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(table.sections[0].columns.map(\.joined), ["行次", "金额"])
        XCTAssertEqual(table.sections[1].columns.map(\.joined), ["行次", "合计", "一般公共预算"])
        XCTAssertEqual(rows(table.sections[0]), [
            "L5 |一、一般公共预算拨款 → 行次=1@5 金额=1,200.00@5",
            "L6 |二、政府性基金 → 行次=2@6",
            "L7 |年初结转和结余 → 行次=3@7",
            "L8 |收入总计 → 行次=4@8 金额=1,200.00@8",
        ])
        XCTAssertEqual(rows(table.sections[1]), [
            "L5 |一、一般公共服务支出 → 行次=5@5 合计=900.00@5 一般公共预算=900.00@5",
            "L6 |二、教育支出 → 行次=6@6 合计=300.00@6 一般公共预算=300.00@6",
            "L7 | → 行次=7@7 合计=12.00@7 一般公共预算=12.00@7",
            "L8 |支出总计 → 行次=8@8 合计=1,212.00@8 一般公共预算=1,212.00@8",
        ])
    }

    /// A spreadsheet printed to PDF right-aligns codes typed as numbers: a class code ends near the
    /// name column, yet it is the row's code, not a value.
    func testRightAlignedCodesAreCodes() {
        let doc = extract([
            "部门支出预算表",                                                                   // 1
            "编制单位：某某局单位：元",                                                           // 2
            "    科目编码               科目名称                  合计            基本支出",        // 3
            "               201 一般公共服务支出                    82096797.42     82096797.42", // 4
            "           2010301 行政运行                        12029501.84           12029501.84", // 5
            "               208 社会保障和就业支出                    4213779.28            4213779.28", // 6
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出"])
        XCTAssertEqual(rows(section), [
            "L4 201|一般公共服务支出 → 合计=82096797.42@4 基本支出=82096797.42@4",
            "L5 2010301|行政运行 → 合计=12029501.84@5 基本支出=12029501.84@5",
            "L6 208|社会保障和就业支出 → 合计=4213779.28@6 基本支出=4213779.28@6",
        ])
    }

    /// A header without a code column (a page break cut it) over rows that start with a code: the
    /// code is the row's, not an amount in the first column.
    func testCodeBeforeANameWithoutACodeColumn() {
        let doc = extract([
            "部门支出预算表",                                                        // 1
            "单位：万元",                                                            // 2
            "项目                      人员经费        公用经费",                      // 3
            " 2080599 养老支出            11.45           3.00",                    // 4
            " 2101101 医疗                30.91",                                   // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(rows(section), [
            "L4 2080599|养老支出 → 人员经费=11.45@4 公用经费=3.00@4",
            "L5 2101101|医疗 → 人员经费=30.91@5",
        ])
    }

    /// A spreadsheet printed with narrow cells wraps the code and name columns' names
    /// (`科目编` / `码`, `科目名` / `称`), the lower pieces set past the upper words' ends (pdftotext
    /// counts a CJK character one column wide): read as value columns, they would take the row's
    /// first amounts. Joined at the header's bottom (`IdentifyingNamePieces`), they name the code
    /// and name columns and the amounts are read under their own words.
    func testIdentifyingNameSplitIntoValueColumnsIsJoined() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                // 1
            "单位：万元",                                                    // 2
            "科目编 科目名                       基本支",                    // 3
            "  码       称   总计      合计      出",                        // 4
            "2050803 培训支出    3.93    3.93    3.93",                      // 5
            "2101101 医疗      30.91   30.91   30.91",                       // 6
        ])
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(rows(try XCTUnwrap(table.sections.first)), [
            "L5 2050803|培训支出 → 总计=3.93@5 合计=3.93@5 基本支出=3.93@5",
            "L6 2101101|医疗 → 总计=30.91@6 合计=30.91@6 基本支出=30.91@6",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), [])
    }

    /// The same names on one line name the code and name columns: the amounts are read.
    func testIdentifyingNamesOnOneLineAreRead() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                // 1
            "单位：万元",                                                    // 2
            "科目编码 科目名称     总计      合计      基本支出",            // 3
            "2050803 培训支出      3.93      3.93      3.93",                // 4
        ])
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertEqual(table.sections.flatMap(\.rows).flatMap(\.cells).count, 3)
        XCTAssertTrue(doc.rejects.isEmpty)
    }

    /// A row with more amounts than the header has columns (a header broken by a page, its lower
    /// lines lost): the grid is wrong for every row of the section, so all its values are
    /// rejected with the reason instead of the first ones being placed by position.
    func testSectionWithARowWiderThanItsHeaderIsRejected() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                          // 1
            "单位：万元",                                                              // 2
            "                          基本支出                     项目支出",          // 3
            "   科目编码  科目名称     合计          人员经费          公用经费",         // 4
            "             合计        30.00        10.00     5.00     5.00     15.00",  // 5
            "   2080505   养老         10.00        10.00",                           // 6
        ])
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(table.sections.flatMap(\.rows).allSatisfy { $0.cells.isEmpty })
        XCTAssertEqual(doc.rejects.map(\.text), ["30.00", "10.00", "5.00", "5.00", "15.00", "10.00", "10.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerNarrowerThanRows.description])
    }

    /// The other side's code right after this side's last amount, one space apart and before its
    /// name ("61.00 302 商品和服务支出"): that side's row code, not an extra value of this side.
    func testOtherSidesCodeAfterThisSidesAmount() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                             // 1
            "单位：万元",                                                                 // 2
            "   科目编码  科目名称         金额       科目编码  科目名称         金额",     // 3
            "   301       工资福利支出     61.00 302  商品和服务支出   17.00",            // 4
        ])
        let sections = try XCTUnwrap(doc.tables.first?.sections)
        XCTAssertEqual(sections.map { FamilyFixture.rows($0) }, [
            ["L4 301|工资福利支出 → 金额=61.00@4"],
            ["L4 302|商品和服务支出 → 金额=17.00@4"],
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Rows after a page break printed at a larger scale than the header (pages of a workbook
    /// fitted each to its own width): on one line the second and the third side's codes both
    /// stand inside the side before them. The grid is not the rows': every value is rejected with
    /// the reason, none placed under another side (before, 30227's row was read as the third side's).
    func testRowsPrintedOffTheHeadersGridAreRejected() throws {
        let doc = FamilyFixture.extract([
            "                   一般公共预算财政拨款基本支出决算明细表",
            "编制单位：某某区某某服务中心                                    单位：万元",
            " 科目编码 科目名称      决算数  科目编码 科目名称    决算数 科目编码 科目名称  决算数",
            "",
            "        甲乙丙丁戊                   己庚辛壬癸                   子丑寅卯辰",
            "    301 巳         570.73    302 午未        57.36     307 申酉戌亥    0",
            "                                                        甲乙丙丁戊",
            "   30101 己庚辛壬     185.84   30201 癸子丑        1.8   30701 寅       0",
            "                                                        卯辰巳午未",
            "   30102 申酉戌亥     115.64   30202 甲乙丙        0.3   30702 丁       0",
            "",
            "   30103 戊己       172.02   30203 庚辛壬         0      310 癸子丑寅卯   0",
            "                                                        辰巳午未申",
            "",
            "                                 Page 6",
            "\u{0C}                                        Sheet1",
            "                                                                    酉戌亥甲乙",
            "    30307 丙丁戊己庚            0     30227 辛壬癸子丑            0     39907 寅卯辰              0",
            "",
            "                                                                    巳午未申酉",
            "                                                                    戌亥甲乙丙",
        ])
        let table = try XCTUnwrap(doc.tables.first)
        XCTAssertTrue(table.sections.flatMap(\.rows).allSatisfy { $0.cells.isEmpty }, "\(table.sections.map { FamilyFixture.rows($0) })")
        // Every number of the rows, codes read as extra values among them, each rejected once.
        XCTAssertEqual(doc.rejects.filter { $0.reason == RejectReason.rowsOffTheGrid.description }.map(\.text).sorted(),
                       ["0", "0", "0", "0", "0", "0", "0", "0", "0.3", "1.8", "115.64", "172.02", "185.84",
                        "30227", "307", "30701", "30702", "310", "39907", "57.36", "570.73"], "\(doc.rejects)")
    }

    /// Rows after a page break printed a little wider than the header: the right side's code
    /// stands inside the left side, read as its extra value, and its name after it in the right
    /// side. The code starts that row: it is the row's code, not a value rejected (which left the
    /// row without its code).
    func testNextSidesCodeInsideThisSideStartsItsRow() throws {
        let doc = FamilyFixture.extract([
            "                   一般公共预算财政拨款基本支出决算明细表",
            "编制单位：某某区某某局                                              单位：万元",
            "              人员经费                     公用经费",
            "  科目编码        科目名称     决算数     科目编码    科目名称              决算数",
            "",
            "                            Page 4",
            "\u{0C}                                     Sheet1",
            "",
            "          301 甲乙丙丁戊己               339.06          302 庚辛壬癸子丑寅               9.13",
            "        30101 卯辰巳午                 207.34        30228 未申酉戌                  5.47",
            "        30102 亥甲乙丙                   3.68        30239 丁戊己庚辛壬                3.66",
            "        30103 奖金                    28.91              公用经费合计                9.13",
        ])
        let sections = try XCTUnwrap(doc.tables.first?.sections)
        XCTAssertEqual(sections.map { FamilyFixture.rows($0).filter { !$0.hasSuffix("→ ") } }, [
            ["L9 301|甲乙丙丁戊己 → 决算数=339.06@9", "L10 30101|卯辰巳午 → 决算数=207.34@10",
             "L11 30102|亥甲乙丙 → 决算数=3.68@11", "L12 30103|奖金 → 决算数=28.91@12"],
            ["L9 302|庚辛壬癸子丑寅 → 决算数=9.13@9", "L10 30228|未申酉戌 → 决算数=5.47@10",
             "L11 30239|丁戊己庚辛壬 → 决算数=3.66@11", "L12 |公用经费合计 → 决算数=9.13@12"],
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// An extra number that is a code with no name after it tells nothing about the header: it
    /// alone is rejected, and the header still holds for the rest.
    func testExtraCodeAloneIsRejected() throws {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                                             // 1
            "单位：万元",                                                                 // 2
            "   科目编码  科目名称         金额",                                         // 3
            "   301       工资福利支出     61.00 302",                                   // 4
            "   30101     基本工资         60.00",                                       // 5
        ])
        let section = try XCTUnwrap(doc.tables.first?.sections.first)
        XCTAssertEqual(FamilyFixture.rows(section), ["L4 301|工资福利支出 → 金额=61.00@4", "L5 30101|基本工资 → 金额=60.00@5"])
        XCTAssertEqual(doc.rejects.map(\.text), ["302"])
        XCTAssertEqual(doc.rejects.map(\.reason), [RejectReason.moreValuesThanColumns.description])
    }

    func testRowWhoseCodeASpreadsheetPrintedInScientificNotationIsRejected() {
        // A project code typed into a spreadsheet as a number prints as 1.2345678E+020 in its
        // cell: its digits are lost, so which row its values belong to is unknown.
        let doc = extract([
            "                    部门支出预算表",
            "单位：万元",
            "   项目编码        项目名称                  合计        基本支出        项目支出",
            "   201001       行政运行                  120.00      120.00",
            "   1.2345678E+020 某某专项补助资金         80.00                      80.00",
            "                合计                    200.00      120.00       80.00",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(rows(section), [
            "L4 201001|行政运行 → 合计=120.00@4 基本支出=120.00@4",
            "L6 |合计 → 合计=200.00@6 基本支出=120.00@6 项目支出=80.00@6",
        ])
        XCTAssertEqual(doc.rejects.map(\.text), ["80.00", "80.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.rowCodeRounded.description])
        XCTAssertTrue(AlignedRows.holdsScientificNumber("4.1E+19 某某"))
        XCTAssertFalse(AlignedRows.holdsScientificNumber("E+科目 2021"))
    }

    /// A browser's print of a two-sided table: each side's name sits right over its 项目 column
    /// (`财政拨款收入` over `项目`: a caption, not one wrapped cell `财政拨款收入项目`), and the left
    /// side's first value, its name wrapped around it, starts its line nearer the right side's
    /// first value column than its own: a number left of the right side's names is the left side's.
    func testSideNamesOverNameColumnsAndALeftValueNearTheRightSide() {
        let doc = extract([
            "                      部门财政拨款收支预算总表",
            "编制单位：某某局                                                          单位：元",
            "",
            "                 财政拨款收入                                   财政拨款支出",
            "                项目      预算数                        项目          合计               一般公共预算",
            "    一、一般公共预算资",
            "                                     8,500,000 一、一般公共服务支出           6,000,000    6,000,000",   // 7
            "    金",
            "    收入总计                             8,500,000 二、教育支出               2,500,000    2,500,000", // 9
            "                                           支出总计                     8,500,000    8,500,000",     // 10
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["财政拨款收入", "财政拨款支出"])
        XCTAssertEqual(sections[0].columns.map(\.joined), ["预算数"])
        XCTAssertEqual(sections[1].columns.map(\.joined), ["合计", "一般公共预算"])
        XCTAssertEqual(rows(sections[0]), [
            "L7 |一、一般公共预算资 金 → 预算数=8,500,000@7",
            "L9 |收入总计 → 预算数=8,500,000@9",
        ])
        XCTAssertEqual(rows(sections[1]), [
            "L7 |一、一般公共服务支出 → 合计=6,000,000@7 一般公共预算=6,000,000@7",
            "L9 |二、教育支出 → 合计=2,500,000@9 一般公共预算=2,500,000@9",
            "L10 |支出总计 → 合计=8,500,000@10 一般公共预算=8,500,000@10",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A browser's print of a header row whose cells wrap to different heights, each centred: the
    /// lines of the tallest cells stand on every other line (`政府性基金` / `预算财政拨` / `款`), the
    /// shorter cells' lines between them. The top line reads finished (基金) yet is the cell's
    /// first line, as its neighbour's (`国有资本经`) is: one column `政府性基金预算财政拨款`, no
    /// caption `政府性基金` over a column `预算财政拨款`.
    func testWrappedCellsOnEveryOtherLineUnderACentredRow() {
        let doc = extract([
            "                                     部门财政拨款收支预算总表",
            "   编制单位：某某局                                                                     单位：万元",
            "",
            "                    收入                                         支出",
            "                                                                    政府性基金 国有资本经",
            "                         行                       行            一般公共预",
            "          项目                   金额        项目           合计            预算财政拨 营预算财政",
            "                         次                       次            算财政拨款",
            "                                                                      款    拨款",
            "    一、本年收入                1 500.00    一、教育支出      3  200.00       200.00   0.00    0.00",
            "    二、上年结转                2   0.00    二、卫生健康支出    4  300.00       300.00   0.00    0.00",
            "    总计                    5 500.00    总计          6  500.00       500.00   0.00    0.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections[1].columns.map(\.joined),
                       ["行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"])
        XCTAssertEqual(rows(sections[1])[1],
                       "L11 |二、卫生健康支出 → 行次=4@11 合计=300.00@11 一般公共预算财政拨款=300.00@11 政府性基金预算财政拨款=0.00@11 国有资本经营预算财政拨款=0.00@11")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A header whose wrapped words pdftotext printed off their columns reads as more columns
    /// than the rows fill, one named by a lone character amid them (`出`): no value's column is
    /// certain, so every value is rejected with the reason, none placed under a made-up column.
    func testHeaderReadWithALoneCharacterColumnAmidTheValuesIsRejected() {
        let doc = extract([
            "                      部门支出预算表",
            "单位：万元",
            "    科目编码     科目名称        合计       基本       项目",
            "                                          支出   出   支出",
            "    201          一般公共服务    300.00    100.00     200.00",
            "    20101        人大事务        300.00    100.00     200.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.flatMap(\.rows).allSatisfy { $0.cells.isEmpty })
        XCTAssertEqual(doc.rejects.count, 6)
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.fragmentColumn.description])
    }

    /// A form of two parts one under another, the second under a header of its own (项目 分值
    /// 得分 under a name line): the first part's columns do not stand over the second part's rows.
    /// Where a value reaches under the next column's word (全年执行数 over 280.00), that part's
    /// positions are not certain and all its values are rejected; the second part, each value
    /// between its neighbours' words, is read under its own header.
    func testASecondPartUnderItsOwnHeaderIsReadUnderItWhereCertain() {
        let doc = extract([
            "                      部门支出预算表",
            "单位：万元",
            "        项目          年初预算数     全年预算数     全年执行数",
            "预算总额                   300.00        280.00        270.00",
            "绩效指标",
            "        项目          实际完成值      分值      得分",
            "任务完成率                   98%         10      9.80",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.rejects.map(\.text), ["300.00", "280.00", "270.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.headerRepeated.description])
        XCTAssertEqual(doc.tables[0].sections.flatMap(rows).filter { !$0.hasSuffix("→ ") },
                       ["L7 |任务完成率 → 实际完成值=98%@7 分值=10@7 得分=9.80@7"])
    }

    /// A form's key-value line among the rows (项目名称 and the project's name) names no measure:
    /// the rows keep their columns.
    func testAKeyValueLineAmongTheRowsIsNoPartHeader() {
        let doc = extract([
            "                      部门支出预算表",
            "单位：万元",
            "        项目          年初预算数     全年预算数     全年执行数",
            "预算总额                   300.00        280.00        270.00",
            "项目名称              医保基金监管项目",
            "基本支出                   100.00         90.00         80.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        // (The line joins the next row's name, as any name text above a row does.)
        XCTAssertEqual(rows(doc.tables[0].sections[0]).last?.hasSuffix("基本支出 → 年初预算数=100.00@6 全年预算数=90.00@6 全年执行数=80.00@6"), true)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// The header printed again among the rows (a page break) names only its own words: the
    /// rows under it keep their columns.
    func testTheHeaderPrintedAgainKeepsTheRowsColumns() {
        let doc = extract([
            "                      部门支出预算表",
            "单位：万元",
            "        项目          年初预算数     全年预算数     全年执行数",
            "预算总额                   300.00        280.00        270.00",
            "        项目          年初预算数     全年预算数     全年执行数",
            "基本支出                   100.00         90.00         80.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(rows(doc.tables[0].sections[0]).last,
                       "L6 |基本支出 → 年初预算数=100.00@6 全年预算数=90.00@6 全年执行数=80.00@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// 因公出国(境)费 wrapped in narrow cells (因公出 / 国(境) / 费), in the second copy its first
    /// piece centred over it and the 合计 beside it: the pieces spell the form's column, one cell,
    /// and 合计 stays a column of its own under 决算数.
    func testAFormColumnNameWrappedUnderACaptionPieceOverTwoColumnsIsOneCell() {
        let doc = extract([
            "                      三公经费和机关运行经费预算表",
            "单位：万元",
            "            预算数                     决算数",
            "          公务用车购置及运行               公务用车购置及运行",
            "项    因公出      维护费            因公出      维护费",
            "                      公务接                     公务接",
            "目 合计 国(境)    公务用 公务用      合计 国(境)    公务用 公务用",
            "                       待费                      待费",
            "      费   小计 车购置 车运行          费   小计 车购置 车运行",
            "              费   维护费                 费   维护费",
            "  3.50   0.00 2.50   0.00   2.50   1.00 2.73   0.00 2.02   0.00   2.02   0.72",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        let run = ["合计", "因公出国(境)费", "公务用车购置及运行维护费 / 小计", "公务用车购置及运行维护费 / 公务用车购置费",
                   "公务用车购置及运行维护费 / 公务用车运行维护费", "公务接待费"]
        XCTAssertEqual(section.columns.map(\.joined), run.map { "预算数 / \($0)" } + run.map { "决算数 / \($0)" })
        XCTAssertEqual(rows(section).first?.hasSuffix("决算数 / 合计=2.73@11 决算数 / 因公出国(境)费=0.00@11 决算数 / 公务用车购置及运行维护费 / 小计=2.02@11 决算数 / 公务用车购置及运行维护费 / 公务用车购置费=0.00@11 决算数 / 公务用车购置及运行维护费 / 公务用车运行维护费=2.02@11 决算数 / 公务接待费=0.72@11"), true)
    }
}
