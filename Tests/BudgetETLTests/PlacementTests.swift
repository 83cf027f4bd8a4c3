import XCTest
@testable import BudgetETL

/// Normalize's placement step on made-up tables: the table's own sums decide where a number goes.
final class PlacementTests: XCTestCase {
    /// 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, 项目支出 = 其他运转类 + 特定目标类;
    /// 合计 row = Σ the top-level coded rows.
    static let columns = ["合计", "基本支出 / 小计", "基本支出 / 人员经费", "基本支出 / 公用经费",
                          "项目支出 / 小计", "项目支出 / 其他运转类", "项目支出 / 特定目标类"]
    static let rules = PlacementRules(
        rowTotals: [RowTotalRule(tables: ["spending"], total: "^合计$", parts: [["^基本支出 / 小计$"], ["^项目支出 / 小计$"]]),
                    RowTotalRule(tables: ["spending"], total: "^基本支出 / 小计$",
                                 parts: [["^基本支出 / 人员经费$"], ["^基本支出 / 公用经费$"]]),
                    RowTotalRule(tables: ["spending"], total: "^项目支出 / 小计$", parts: [["^项目支出 / (其他运转类|特定目标类)$"]])],
        hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])

    private func row(_ line: Int, _ code: String, _ label: String, _ numbers: [String], guessed: Bool) -> ExtractedRow {
        ExtractedRow(line: line, codeParts: code.isEmpty ? [] : [code], label: label,
                     cells: numbers.enumerated().compactMap { k, text in
                         text.isEmpty ? nil : RawCell(column: k, text: text, line: line, guessed: guessed)
                     })
    }

    private func normalize(_ rows: [ExtractedRow], columns: [String] = columns,
                           rules: PlacementRules = rules) -> NormalizedDocument {
        let table = ExtractedTable(tableKey: "spending", title: "支出表", titleLine: 1, unitText: "万元",
                                   sections: [ExtractedSection(name: "", columns: columns.map { HeaderPath($0.components(separatedBy: " / ")) },
                                                               rows: rows)])
        let doc = ExtractedDocument(sourceFile: "made-up.txt", sha256: "", metadata: DocumentMetadata(), tables: [table],
                                    rejects: [], status: .ok, numbersFound: rows.reduce(0) { $0 + $1.cells.count })
        let catalog = Catalog(kinds: [TableKind(key: "spending", titlePatterns: ["支出表"])])
        let normalized = Normalizer(catalog: catalog, outputUnit: .wanYuan, placement: rules).normalize(doc)
        XCTAssertEqual(normalized.numbersFound, normalized.cellCount + normalized.rejects.count)
        return normalized
    }

    /// Column label → value text, and the confidences, of row `index`.
    private func placed(_ doc: NormalizedDocument, row index: Int) -> (values: [String: String], confidence: Set<CellConfidence>) {
        let section = doc.tables[0].sections[0]
        let cells = section.rows[index].cells
        return (Dictionary(uniqueKeysWithValues: cells.map { (section.columns[$0.column], $0.sourceValue) }),
                Set(cells.map(\.confidence)))
    }

    func testBlanksDroppedInARowArePlacedWhereTheSumsSingleOneOut() {
        // The child row lost a blank: 6 numbers for 7 columns. Its own sums fit 其他运转类 and 特定目标类
        // alike; the 合计 row (0.00 其他运转类) says the 6.00 is 特定目标类.
        let doc = normalize([
            row(10, "", "合计", ["10.00", "4.00", "3.00", "1.00", "6.00", "0.00", "6.00"], guessed: false),
            row(11, "2080505", "养老", ["10.00", "4.00", "3.00", "1.00", "6.00", "6.00"], guessed: true),
        ])
        let child = placed(doc, row: 1)
        XCTAssertEqual(child.values, ["合计": "10.00", "基本支出 / 小计": "4.00", "基本支出 / 人员经费": "3.00",
                                      "基本支出 / 公用经费": "1.00", "项目支出 / 小计": "6.00", "项目支出 / 特定目标类": "6.00"])
        XCTAssertEqual(child.confidence, [.derived])
        XCTAssertEqual(doc.rejects, [])
        let section = doc.tables[0].sections[0]
        XCTAssertTrue(section.rows[1].placedBy.contains("hierarchy 合计 | 项目支出 / 其他运转类"), "\(section.rows[1].placedBy)")
        XCTAssertTrue(section.placementIdentities.contains("row_total|2080505 养老 | 合计"))
        // Validate neither reports nor counts an identity that placed the row.
        XCTAssertEqual(Validator(config: ValidationConfig(hierarchy: Self.rules.hierarchy, rowTotals: Self.rules.rowTotals))
                        .check(doc).findings, [])
    }

    /// 合计 | 基本支出 | 项目支出 with only the code hierarchy declared: two short siblings fit either
    /// column by their own row, and neither sum can be told while the other is unsettled. The settled
    /// sibling already meets the parent's 基本支出, so neither has room there: both go to 项目支出,
    /// kept once the parent's sums hold with both settled.
    func testAParentsSumMetByItsSettledChildrenLeavesNoRoomForAShortSibling() {
        let columns = ["合计", "基本支出", "项目支出"]
        let rules = PlacementRules(hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        let doc = normalize([row(10, "", "合计", ["100.00", "30.00", "70.00"], guessed: false),
                             row(11, "201", "一般公共服务", ["100.00", "30.00", "70.00"], guessed: false),
                             row(12, "20101", "行政运行", ["30.00", "30.00", ""], guessed: false),
                             row(13, "20102", "一般行政管理事务", ["50.00", "50.00"], guessed: true),
                             row(14, "20103", "机关服务", ["20.00", "20.00"], guessed: true)], columns: columns, rules: rules)
        XCTAssertEqual(doc.rejects, [])
        XCTAssertEqual(placed(doc, row: 3).values, ["合计": "50.00", "项目支出": "50.00"])
        XCTAssertEqual(placed(doc, row: 4).values, ["合计": "20.00", "项目支出": "20.00"])
        XCTAssertEqual(placed(doc, row: 3).confidence, [.derived])
        XCTAssertTrue(doc.tables[0].sections[0].rows[3].placedBy.contains("hierarchy 201 一般公共服务 | 基本支出 (no room for it elsewhere)"),
                      "\(doc.tables[0].sections[0].rows[3].placedBy)")
    }

    /// The bound only rules placements out: where the parent's sums do not hold once the rest is
    /// settled (here no room is left for the second sibling anywhere), the first is rejected too, and
    /// a sibling that prints a negative number gives no bound.
    func testABoundThatNoSumConfirmsPlacesNothing() {
        let columns = ["合计", "基本支出", "项目支出"]
        let rules = PlacementRules(hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        let short = normalize([row(11, "201", "一般公共服务", ["100.00", "30.00", "60.00"], guessed: false),
                               row(12, "20101", "行政运行", ["30.00", "30.00", ""], guessed: false),
                               row(13, "20102", "一般行政管理事务", ["50.00", "50.00"], guessed: true),
                               row(14, "20103", "机关服务", ["20.00", "20.00"], guessed: true)], columns: columns, rules: rules)
        XCTAssertEqual(Set(short.rejects.map(\.line)), [13, 14])
        XCTAssertTrue(short.rejects.contains { $0.reason.hasSuffix("a parent's sum ruled the others out but does not hold)") },
                      "\(short.rejects.map(\.reason))")
        let negative = normalize([row(11, "201", "一般公共服务", ["100.00", "30.00", "70.00"], guessed: false),
                                  row(12, "20101", "行政运行", ["30.00", "30.00", ""], guessed: false),
                                  row(13, "20102", "一般行政管理事务", ["80.00", "80.00"], guessed: true),
                                  row(14, "20103", "机关服务", ["-10.00", "-10.00"], guessed: true)], columns: columns, rules: rules)
        XCTAssertEqual(Set(negative.rejects.map(\.line)), [13, 14])
    }

    /// A sibling rejected before the others are placed (more numbers than columns) loses its negative
    /// numbers: it can only add to its parent's sums from then on, so it no longer keeps the bound from
    /// ruling placements out (the bound then fails to hold, for the rejected row is never settled).
    func testASiblingRejectedWithItsNegativeNumbersNoLongerKeepsTheBoundAway() {
        let columns = ["合计", "基本支出", "项目支出"]
        let rules = PlacementRules(hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        let doc = normalize([row(11, "201", "一般公共服务", ["100.00", "30.00", "70.00"], guessed: false),
                             row(12, "20101", "行政运行", ["30.00", "30.00", ""], guessed: false),
                             row(13, "20102", "一般行政管理事务", ["-1.00", "-1.00", "-1.00", "-1.00"], guessed: true),
                             row(14, "20103", "机关服务", ["50.00", "50.00"], guessed: true),
                             row(15, "20104", "信息化建设", ["20.00", "20.00"], guessed: true)], columns: columns, rules: rules)
        XCTAssertEqual(Set(doc.rejects.map(\.line)), [13, 14, 15])
        XCTAssertTrue(doc.rejects.filter { $0.line == 13 }.allSatisfy { $0.reason.hasSuffix("more numbers than free columns)") })
        XCTAssertTrue(doc.rejects.filter { $0.line != 13 }.allSatisfy {
            $0.reason.hasSuffix("a parent's sum ruled the others out but does not hold)")
        }, "\(doc.rejects.map(\.reason))")
    }

    /// 行次 | 金额 with the amounts of the first rows blank: each lone number is the running number
    /// the row below continues; as an amount it would leave a blank 行次 under which the count goes on.
    func testALoneNumberTheRowBelowCountsOnFromIsTheLineNumber() {
        let doc = normalize([row(6, "", "一、一般公共服务支出", ["32"], guessed: true),
                             row(7, "", "二、外交支出", ["33"], guessed: true),
                             row(8, "", "三、社会保障和就业支出", ["34", "304.36"], guessed: false)],
                            columns: ["行次", "金额"], rules: PlacementRules())
        XCTAssertEqual(doc.rejects, [])
        XCTAssertEqual(placed(doc, row: 0).values, ["行次": "32"])
        XCTAssertEqual(placed(doc, row: 1).values, ["行次": "33"])
        XCTAssertEqual(placed(doc, row: 1).confidence, [.derived])
    }

    func testTwoPlacementsEquallyGoodRejectTheRowWithTheReason() {
        let doc = normalize([row(11, "2080505", "养老", ["10.00", "4.00", "3.00", "1.00", "6.00", "6.00"], guessed: true)])
        XCTAssertEqual(doc.tables[0].sections[0].rows[0].cells, [])
        XCTAssertEqual(doc.rejects.map(\.text), ["10.00", "4.00", "3.00", "1.00", "6.00", "6.00"])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), ["ambiguous placement: 6 numbers for 7 columns"
            + " (2080505 养老: 10.00 4.00 3.00 1.00 6.00 6.00; several placements fit the table's sums)"])
        XCTAssertEqual(Set(doc.rejects.map(\.line)), [11])
    }

    /// 合计 = 人员经费 + 公用经费 fits `22.10 22.10` both ways; the economic class tells: 302 is
    /// 公用经费, 301 人员经费. A function code says nothing of it and the row stays ambiguous.
    func testTheEconomicClassSettlesWhatTheSumsCannot() {
        let columns = ["本年基本支出 / 合计", "本年基本支出 / 人员经费", "本年基本支出 / 公用经费"]
        let rules = PlacementRules(rowTotals: [RowTotalRule(tables: ["spending"], total: "合计$", parts: [["人员经费$"], ["公用经费$"]])],
                                   hierarchy: [])
        let doc = normalize([row(5, "30201", "办公费", ["22.10", "22.10"], guessed: true),
                             row(6, "30101", "基本工资", ["171.29", "171.29"], guessed: true),
                             row(7, "2080505", "养老", ["5.00", "5.00"], guessed: true)], columns: columns, rules: rules)
        XCTAssertEqual(placed(doc, row: 0).values, ["本年基本支出 / 合计": "22.10", "本年基本支出 / 公用经费": "22.10"])
        XCTAssertEqual(placed(doc, row: 0).confidence, [.derived])
        XCTAssertEqual(placed(doc, row: 1).values, ["本年基本支出 / 合计": "171.29", "本年基本支出 / 人员经费": "171.29"])
        XCTAssertTrue(doc.tables[0].sections[0].rows[0].placedBy.contains { $0.hasPrefix("economic class 302") })
        XCTAssertEqual(doc.rejects.map(\.line), [7, 7])
    }

    /// Printed rows a column off: every coded row's second amount sits under 公用经费, none under
    /// 人员经费, though the 合计 row holds 人员经费 money. The positions do not tell the classes
    /// apart, so the 301 rows' amounts are placed again by their class; the 302 row stays.
    func testPositionsPuttingBothClassesInOneColumnArePlacedByTheClass() {
        let columns = ["本年基本支出 / 合计", "本年基本支出 / 人员经费", "本年基本支出 / 公用经费"]
        let rules = PlacementRules(rowTotals: [RowTotalRule(tables: ["spending"], total: "合计$", parts: [["人员经费$"], ["公用经费$"]])],
                                   hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        let printed = [row(4, "", "合计", ["201.29", "171.29", "30.00"], guessed: false),
                       row(5, "30101", "基本工资", ["171.29", "", "171.29"], guessed: false),
                       row(6, "30201", "办公费", ["30.00", "", "30.00"], guessed: false)]
        let doc = normalize(printed, columns: columns, rules: rules)
        XCTAssertEqual(placed(doc, row: 1).values, ["本年基本支出 / 合计": "171.29", "本年基本支出 / 人员经费": "171.29"])
        XCTAssertEqual(doc.tables[0].sections[0].rows[1].cells.map(\.confidence), [.certain, .derived])
        XCTAssertEqual(placed(doc, row: 2).values, ["本年基本支出 / 合计": "30.00", "本年基本支出 / 公用经费": "30.00"])
        XCTAssertEqual(placed(doc, row: 2).confidence, [.certain])
        XCTAssertEqual(doc.rejects, [])
        // A 人员经费 amount printed by some coded row: the positions tell the classes apart, and a
        // 302 amount under 人员经费 is the document's own reading.
        let apart = normalize([row(4, "", "合计", ["231.29", "201.29", "30.00"], guessed: false),
                               row(5, "30101", "基本工资", ["171.29", "171.29", ""], guessed: false),
                               row(6, "30239", "其他交通费用", ["30.00", "30.00", ""], guessed: false),
                               row(7, "30201", "办公费", ["30.00", "", "30.00"], guessed: false)],
                              columns: columns, rules: rules)
        XCTAssertEqual(placed(apart, row: 2).values, ["本年基本支出 / 合计": "30.00", "本年基本支出 / 人员经费": "30.00"])
        XCTAssertEqual(placed(apart, row: 2).confidence, [.certain])
    }

    /// Short rows each a column off among 基本支出's parts: every row keeps 小计 = Σ parts, but the 合计
    /// row's column sums break under three parts while holding under 小计. The rows' one part amount
    /// is placed again by the column sums (the full row settles what is left); printed where the
    /// column sums hold, it stays certain.
    func testAPartAmountWhoseColumnSumsBreakIsPlacedAgainByThem() {
        let columns = ["合计", "基本支出 / 小计", "基本支出 / 人员经费 / 工资福利支出", "基本支出 / 人员经费 / 对个人和家庭的补助",
                       "基本支出 / 公用经费 / 商品和服务支出"]
        let rules = PlacementRules(
            rowTotals: [RowTotalRule(tables: ["spending"], total: "^合计$", parts: [["^基本支出 / 小计$"]]),
                        RowTotalRule(tables: ["spending"], total: "^基本支出 / 小计$",
                                     parts: [["^基本支出 / 人员经费 / (工资福利支出|对个人和家庭的补助)$"], ["^基本支出 / 公用经费 / 商品和服务支出$"]])],
            hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        func rows(_ shifted: Bool) -> [ExtractedRow] {
            [row(10, "", "合计", ["100.00", "100.00", "60.00", "30.00", "10.00"], guessed: false),
             row(11, "2101501", "行政运行", ["15.00", "15.00", "5.00", "5.00", "5.00"], guessed: false),
             row(12, "2080505", "养老缴费", ["55.00", "55.00"] + (shifted ? ["", "55.00"] : ["55.00"]), guessed: false),
             row(13, "2080599", "其他养老", ["25.00", "25.00", ""] + (shifted ? ["", "25.00"] : ["25.00"]), guessed: false),
             row(14, "2050803", "培训", ["5.00", "5.00", "", "", "5.00"], guessed: false)]
        }
        let doc = normalize(rows(true), columns: columns, rules: rules)
        XCTAssertEqual(placed(doc, row: 2).values["基本支出 / 人员经费 / 工资福利支出"], "55.00")
        XCTAssertEqual(placed(doc, row: 3).values["基本支出 / 人员经费 / 对个人和家庭的补助"], "25.00")
        XCTAssertEqual(placed(doc, row: 4).values["基本支出 / 公用经费 / 商品和服务支出"], "5.00")
        XCTAssertEqual(placed(doc, row: 2).confidence, [.certain, .derived])
        XCTAssertEqual(doc.rejects, [])
        let printed = normalize(rows(false), columns: columns, rules: rules)
        XCTAssertEqual(placed(printed, row: 2).confidence, [.certain])
        XCTAssertEqual(placed(printed, row: 3).values["基本支出 / 人员经费 / 对个人和家庭的补助"], "25.00")
    }

    func testNoPlacementFittingRejectsTheRow() {
        let doc = normalize([row(11, "2080505", "养老", ["10.00", "4.00", "3.00", "1.00", "7.00", "7.00"], guessed: true)])
        XCTAssertEqual(doc.rejects.count, 6)
        XCTAssertTrue(doc.rejects[0].reason.hasSuffix("; no placement fits the table's sums)"), doc.rejects[0].reason)
    }

    func testAPublishedColumnOneCellShortIsReadByTheGridTheTotalsSay() {
        // The data rows print no 公用经费 cell: from it on, each number sits one column left.
        let doc = normalize([
            row(10, "", "合计", ["10.00", "4.00", "4.00", "6.00", "", "6.00"], guessed: false),
            row(11, "2080505", "养老", ["4.00", "4.00", "4.00", "", "", ""], guessed: false),
            row(12, "2101202", "补助", ["6.00", "", "", "6.00", "", "6.00"], guessed: false),
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.gridCorrection, "grid corrected by the totals: “基本支出 / 公用经费” is not printed;"
                       + " the numbers printed from it on belong one column right")
        XCTAssertEqual(placed(doc, row: 0).values, ["合计": "10.00", "基本支出 / 小计": "4.00", "基本支出 / 人员经费": "4.00",
                                                    "项目支出 / 小计": "6.00", "项目支出 / 特定目标类": "6.00"])
        XCTAssertEqual(placed(doc, row: 1).confidence, [.certain])
        XCTAssertEqual(section.rows[2].cells.map(\.confidence), [.certain, .derived, .derived])
        XCTAssertEqual(placed(doc, row: 2).values, ["合计": "6.00", "项目支出 / 小计": "6.00", "项目支出 / 特定目标类": "6.00"])
        let report = Validator(config: ValidationConfig(hierarchy: Self.rules.hierarchy, rowTotals: Self.rules.rowTotals)).check(doc)
        XCTAssertEqual(report.findings, [])
    }

    func testARowWhoseNumbersFollowTheHeaderIsCertain() {
        // As many numbers as columns: the header alone places them, even where the sums disagree.
        let doc = normalize([row(11, "2080505", "养老", ["10.00", "4.00", "3.00", "1.00", "6.00", "0.00", "7.00"], guessed: true)])
        XCTAssertEqual(placed(doc, row: 0).confidence, [.certain])
        XCTAssertEqual(placed(doc, row: 0).values["项目支出 / 特定目标类"], "7.00")
        XCTAssertEqual(doc.tables[0].sections[0].rows[0].placedBy, ["header: as many free columns as numbers"])
        let findings = Validator(config: ValidationConfig(rowTotals: Self.rules.rowTotals)).check(doc).findings
        XCTAssertEqual(findings.map(\.subject), ["2080505 养老 | 项目支出 / 小计"])
        XCTAssertEqual(findings.map(\.confidence), [.certain])
    }

    func testAWideRowIsSearchedByItsSums() {
        // 10 numbers for 20 columns: 184,756 placements, cut early by the 合计 row's column sums.
        let columns = ["合计"] + (1...19).map { "项\($0)" }
        let rules = PlacementRules(rowTotals: [RowTotalRule(tables: ["spending"], total: "^合计$", parts: [["^项"]])],
                                   hierarchy: [HierarchyRule(tables: ["spending"], totalRow: "^合计$")])
        let items = (1...19).map { $0 % 2 == 0 ? "\($0 / 2).00" : "0.00" }
        let doc = normalize([
            row(10, "", "合计", ["45.00"] + items, guessed: false),
            row(11, "2080505", "养老", ["45.00"] + items.filter { $0 != "0.00" }, guessed: true),
        ], columns: columns, rules: rules)
        let child = doc.tables[0].sections[0].rows[1]
        XCTAssertEqual(child.cells.map(\.column), [0, 2, 4, 6, 8, 10, 12, 14, 16, 18])
        XCTAssertEqual(Set(child.cells.map(\.confidence)), [.derived])
        XCTAssertEqual(doc.rejects, [])
    }

    func testAPrintedRowBreakingItsOwnSumsIsPlacedAgainBySums() {
        // A wrapped cell moved 养老's numbers one column right from 基本支出 / 小计 on: printed, its
        // 合计 4.00 ≠ 0 + 4.00 breaks the sum the 合计 row keeps (10 = 4 + 6); the sums (the 合计 row's
        // 4.00 基本支出 = 养老's + 补助's none) place them again.
        let printedRows = [
            row(10, "", "合计", ["10.00", "4.00", "3.00", "1.00", "6.00", "", "6.00"], guessed: false),
            row(11, "2080505", "养老", ["4.00", "", "4.00", "3.00", "1.00"], guessed: false),
            row(12, "2101202", "补助", ["6.00", "", "", "", "6.00", "", "6.00"], guessed: false),
        ]
        let doc = normalize(printedRows)
        XCTAssertEqual(placed(doc, row: 1).values, ["合计": "4.00", "基本支出 / 小计": "4.00", "基本支出 / 人员经费": "3.00",
                                                    "基本支出 / 公用经费": "1.00"])
        XCTAssertEqual(placed(doc, row: 1).confidence, [.derived])
        XCTAssertEqual(placed(doc, row: 2).confidence, [.certain])
        XCTAssertEqual(doc.rejects, [])
        // Without the 合计 row no row keeps the sum with two non-zero parts (补助's 6 = 0 + 6 proves
        // nothing: a misread header makes such sums too): the print stands.
        let alone = normalize(Array(printedRows.dropFirst()))
        XCTAssertEqual(placed(alone, row: 0).values, ["合计": "4.00", "基本支出 / 人员经费": "4.00", "基本支出 / 公用经费": "3.00",
                                                      "项目支出 / 小计": "1.00"])
        XCTAssertEqual(placed(alone, row: 0).confidence, [.certain])
        XCTAssertEqual(alone.rejects, [])
    }

    func testAPublishedMistakeMovesNoColumn() {
        // 养老 prints 合计 10.00 for 4.00 + 5.00 (and so the 合计 row's 19.00 is not 10.00 + 10.00): the
        // document's own error, reported, not read away.
        let doc = normalize([
            row(10, "", "合计", ["19.00", "8.00", "8.00", "", "11.00", "", "11.00"], guessed: false),
            row(11, "2080505", "养老", ["10.00", "4.00", "4.00", "", "5.00", "", "5.00"], guessed: false),
            row(12, "2101202", "补助", ["10.00", "4.00", "4.00", "", "6.00", "", "6.00"], guessed: false),
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertNil(section.gridCorrection)
        XCTAssertEqual(Set(section.rows.flatMap { $0.cells.map(\.confidence) }), [.certain])
        let result = Validator(config: ValidationConfig(hierarchy: Self.rules.hierarchy, rowTotals: Self.rules.rowTotals)).check(doc)
        XCTAssertEqual(result.findings.map(\.subject), ["合计 | 合计", "2080505 养老 | 合计"])
        XCTAssertEqual(result.findings.map(\.confidence), [.certain, .certain])
        XCTAssertEqual(result.compared - result.held, 2)
    }

    func testADoubtedRowIsPlacedAgainOnlyByTheSumsSomeRowKeeps() {
        // A misread header adds 基本支出 / 小计 = 人员经费 (公用经费 left out of its sum): no row keeps
        // it, not even the 合计 row (4.00 ≠ 3.00). Placing 养老's moved numbers by it would leave no
        // placement, and the print one column off would stand; by the sums the rows keep it is placed.
        let misread = PlacementRules(rowTotals: Self.rules.rowTotals + [
            RowTotalRule(tables: ["spending"], total: "^基本支出 / 小计$", parts: [["^基本支出 / 人员经费$"]]),
        ], hierarchy: Self.rules.hierarchy)
        let doc = normalize([
            row(10, "", "合计", ["10.00", "4.00", "3.00", "1.00", "6.00", "", "6.00"], guessed: false),
            row(11, "2080505", "养老", ["4.00", "", "4.00", "3.00", "1.00"], guessed: false),
            row(12, "2101202", "补助", ["6.00", "", "", "", "6.00", "", "6.00"], guessed: false),
        ], rules: misread)
        XCTAssertEqual(placed(doc, row: 1).values, ["合计": "4.00", "基本支出 / 小计": "4.00", "基本支出 / 人员经费": "3.00",
                                                    "基本支出 / 公用经费": "1.00"])
        XCTAssertEqual(placed(doc, row: 1).confidence, [.derived])
        XCTAssertEqual(doc.rejects, [])
    }

    func testWholeAmountsMissingTheirSumsByAFractionAreRejectedAsRounded() {
        // A narrow cell printed 131792.35 as 131792 and 130701.84 as 130702: 合计 misses 1090.51 +
        // 130702 by 0.51, 项目支出 / 小计 misses 228.70 + 130473 by 0.30. The whole amounts of those
        // sums are rejected; the sums printed to their last digit stand.
        let doc = normalize([
            row(10, "2080505", "养老", ["131792", "1090.51", "990.95", "99.56", "130702", "228.70", "130473"], guessed: false),
        ])
        XCTAssertEqual(placed(doc, row: 0).values, ["基本支出 / 小计": "1090.51", "基本支出 / 人员经费": "990.95",
                                                    "基本支出 / 公用经费": "99.56", "项目支出 / 其他运转类": "228.70"])
        XCTAssertEqual(doc.rejects.map(\.text).sorted(), ["130473", "130702", "131792"])
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason.hasPrefix("amount printed rounded:") }, "\(doc.rejects)")
        XCTAssertTrue(doc.rejects.contains { $0.reason.contains("misses by 0.51 of the unit printed") }, "\(doc.rejects)")
    }

    func testWholeAmountsMissingTheirSumByWholeUnitsStand() {
        // Whole amounts alone miss by whole units (a published mistake, for validate): nothing is rounded.
        let doc = normalize([
            row(10, "2080505", "养老", ["10", "4", "3", "1", "7", "", "7"], guessed: false),
        ])
        XCTAssertEqual(placed(doc, row: 0).values.count, 6)
        XCTAssertEqual(doc.rejects, [])
        XCTAssertTrue(RoundedAmounts.missesByRounding(ExactDecimal(mantissa: 51, scale: 2), wholeAmounts: 2))
        XCTAssertFalse(RoundedAmounts.missesByRounding(ExactDecimal(mantissa: 51, scale: 2), wholeAmounts: 1))
        XCTAssertFalse(RoundedAmounts.missesByRounding(ExactDecimal(mantissa: 100, scale: 2), wholeAmounts: 2))
        XCTAssertTrue(RoundedAmounts.missesByRounding(ExactDecimal(mantissa: -30, scale: 2), wholeAmounts: 1))
    }

    /// pdftotext -raw of a two-sided table whose names wrap: a row whose 行次 is rejected (its
    /// line was cut) leaves the next rows' 行次 unconfirmed by the sequence; no sum checks their
    /// 金额 either, so the lone number is no amount by elimination: rejected, never 金额.
    func testALineNumberLeftWithoutItsSequenceIsNoAmount() throws {
        let lines = [
            "财政拨款收入支出决算总表", "编制单位：某某中心 单位：万元", "收入 支出", "项目", "行", "次", "金额 项目", "行", "次",
            "合计", "一般公共预算财政", "拨款", "政府性基金预算财", "政拨款",
            "1 842.48 一、一般公共服务支出 33 0.00 0.00 0.00",
            "2 0.00 二、外交支出 34 0.00 0.00 0.00",
            "十八、自然资源海洋气象", "等支出", "50 0.00 0.00 0.00",
            "19 十九、住房保障支出 51 0.00 0.00 0.00",
            "20 二十、粮油物资储备支出 52 0.00 0.00 0.00",
            "21 二十一、其他支出 53 0.00 0.00 0.00",
            "本年收入合计 27 842.48 本年支出合计 58 842.48 842.48 0.00",
        ]
        let corpus = try GeneralityCorpus.shared.get()
        let reading = corpus.read(lines.joined(separator: "\n"), name: "made-up.txt")
        let amounts = reading.normalized.tables.flatMap { table in
            table.sections.filter { $0.name == "收入" }.flatMap { section in
                section.rows.flatMap { row in row.cells.filter { section.columns[$0.column] == "金额" }.map(\.sourceValue) }
            }
        }
        XCTAssertFalse(amounts.contains { ["19", "20", "21", "50"].contains($0) }, "\(amounts)")
    }
}
