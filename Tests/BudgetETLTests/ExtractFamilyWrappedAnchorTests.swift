import XCTest
@testable import BudgetETL

/// Tab tables whose row names wrap onto lines without numbers, with no blank line between rows:
/// adjacency cannot tell which row a piece belongs to, the table's one way of wrapping can. A way
/// that makes a malformed name (a bracket closing first, a list marker inside a name) is impossible.
final class ExtractFamilyWrappedAnchorTests: XCTestCase {
    private let head = ["基本支出明细表", "单位：万元", "项目名称\t合计\t一般公共预算"]

    private func labels(_ body: [String]) -> [String] {
        let doc = FamilyFixture.extract(head + body)
        XCTAssertEqual(doc.tables.count, 1)
        return doc.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }.filter { $0 != "合计" }
    }

    func testNamesEndingOnTheirNumberLineTakeThePiecesAbove() {
        // A bracket closing at the start of a number line ("）") rules out numbers on a name's
        // first line; every piece then begins the row under it.
        XCTAssertEqual(labels([
            "合计\t45.47\t45.47",
            "在职人员定额",
            "公用经费（行",
            "政）\t6.02\t6.02",
            "福利费（行政",
            "）\t2.87\t2.87",
            "规范性津贴补",
            "贴\t36.58\t36.58",
        ]), ["在职人员定额公用经费(行政)", "福利费(行政)", "规范性津贴补贴"])
    }

    func testNamesStartingOnTheirNumberLineTakeThePiecesBelow() {
        // A bracket left open at the end of a number line rules out numbers on a name's last line.
        XCTAssertEqual(labels([
            "合计\t45.47\t45.47",
            "在职人员定额\t6.02\t6.02",
            "公用经费（行",
            "政）",
            "福利费（行政\t2.87\t2.87",
            "）",
            "规范性津贴补\t36.58\t36.58",
            "贴",
        ]), ["在职人员定额公用经费(行政)", "福利费(行政)", "规范性津贴补贴"])
    }

    func testNumberedRowsWithoutNumbersStayRowsOfTheirOwn() {
        // "（二）外交支" begins a name: it is a row of its own (no numbers), not the end of the row
        // above. A bracket closing at the start of the last number line rules out numbers on a
        // name's first line, and nothing follows them to centre them on: names end on their
        // number lines.
        XCTAssertEqual(labels([
            "合计\t4.93\t4.93",
            "（一）一般公",
            "共服务支出\t3.93\t3.93",
            "（二）外交支",
            "出",
            "（三）国防支",
            "出和其他（军",
            "队）支出\t1.00\t1.00",
        ]), ["(一)一般公共服务支出", "(二)外交支出", "(三)国防支出和其他(军队)支出"])
    }

    func testALineOfWordsPrintedWithEveryCellIsARowWithBlankValues() {
        // Number lines carry every cell (blank ones at the end too) and the other lines of a
        // wrapped name stop at their words: "学技术支" printed with its blank cells is the line of a
        // row left blank, centred in its name like the others, not a piece of the row below.
        let doc = FamilyFixture.extract(["财政拨款支出表", "单位：万元", "项目名称\t合计\t一般公共预算\t政府性基金",
            "合计\t7.93\t7.93\t",
            "（一）一",
            "般公共服\t\t\t",
            "务支出",
            "（二）科",
            "学技术支\t\t\t",
            "出",
            "（三）社",
            "会保障和\t7.93\t7.93\t",
            "就业支出",
        ])
        let rows = doc.tables[0].sections[0].rows.filter { TextRepair.compact($0.label) != "合计" }
        XCTAssertEqual(rows.map { TextRepair.compact($0.label) }, ["(一)一般公共服务支出", "(二)科学技术支出", "(三)社会保障和就业支出"])
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [[], [], ["7.93", "7.93"]])
    }

    func testABracketedQualifierEndsTheNameAbove() {
        // "（行政）" between two number lines could end the name above or begin the one below
        // (both centred); a bracket that is no list marker qualifies the words before it.
        XCTAssertEqual(labels([
            "合计\t12.42\t12.42",
            "在职人员",
            "采暖补贴\t2.84\t2.84",
            "（行政）",
            "年度目标",
            "考核奖（\t9.48\t9.48",
            "行政）",
            "离退休人",
            "员公用经",
            "费（行政\t0.10\t0.10",
            "）",
        ]), ["在职人员采暖补贴(行政)", "年度目标考核奖(行政)", "离退休人员公用经费(行政)"])
        XCTAssertTrue(WrappedRowAnchor.opensWithQualifier(["（行政）", "年度目标"]))
        XCTAssertFalse(WrappedRowAnchor.opensWithQualifier(["（一）一", "般公共服"]))
    }

    func testACellThatStopsAndStartsAgainRulesAWayOut() {
        // Under "first", the project's unit cell would stand on the number line, stop, and start
        // again two lines down: the names end on their number lines.
        let doc = FamilyFixture.extract(["项目支出表", "单位：万元", "类型\t项目名称\t项目单位\t合计",
            "\t\t合计\t115.00",
            "\t医保支付方式",
            "\t改革（药耗集\t某某市医疗保",
            "其他运转类\t采）工作经费\t障局\t55.00",
            "\t医保综合工作\t某某市医疗保",
            "其他运转类\t经费\t障局\t60.00",
        ])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }, [
            "合计",
            "其他运转类医保支付方式改革(药耗集采)工作经费某某市医疗保障局",
            "其他运转类医保综合工作经费某某市医疗保障局",
        ])
    }

    private func lineRows(_ body: [String]) -> [WrappedGridCells.LineRow] {
        body.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: true, mangled: false) }.map { line in
            let amount = line.tokens.count > 1 && !line.tokens[1].isBlank
            return WrappedGridCells.LineRow(
                row: ExtractedRow(line: line.number, label: line.tokens[0].text,
                                  cells: amount ? [RawCell(column: 0, text: line.tokens[1].text, line: line.number)] : []),
                nameCells: [0], valuesBlank: !amount, names: [0: line.tokens[0].text])
        }
    }

    func testAShortLastLineEndsItsName() {
        // Under "last", "贴补" would begin the next name, a short line over a full one: impossible.
        let plain = lineRows(["规范性津贴补\t36.58", "贴补", "在职人员基础\t53.14", "绩效奖"])
        XCTAssertEqual(WrappedRowAnchor.last.reading(plain), .impossible)
        // Each line read as a whole name is well formed too: nothing shows the names wrap at all.
        XCTAssertNil(WrappedRowAnchor.roles([plain]))
        // An open bracket does, and so does a line of one character (no name is one character):
        // the names wrap, and they start on their number lines.
        let bracket = lineRows(["规范性津贴补\t36.58", "贴补", "福利费（行政\t2.87", "）"])
        XCTAssertEqual(WrappedRowAnchor.roles([bracket]), [.init(roles: [0: .row, 1: .above, 2: .row, 3: .above], other: [0: .row, 1: .above, 2: .row, 3: .above])])
        let short = lineRows(["规范性津贴补\t36.58", "贴", "在职人员基础\t53.14", "绩效奖"])
        XCTAssertEqual(WrappedRowAnchor.roles([short]), [.init(roles: [0: .row, 1: .above, 2: .row, 3: .above], other: [0: .row, 1: .above, 2: .row, 3: .above])])
    }

    func testWithoutEvidenceTheWayIsNotTold() {
        // Lines of one width, no marker, no bracket: both ends read every name well formed, and
        // the pieces are left to the adjacency rules.
        let rows = lineRows(["甲乙丙丁\t1.00", "戊己庚辛", "壬癸子丑\t2.00"])
        XCTAssertNotEqual(WrappedRowAnchor.first.reading(rows), .impossible)
        XCTAssertNotEqual(WrappedRowAnchor.last.reading(rows), .impossible)
        XCTAssertNil(WrappedRowAnchor.roles([rows]))
    }

    func testWellFormedNameRules() {
        XCTAssertTrue(WrappedRowAnchor.bracketsBalance("福利费（行政）"))
        XCTAssertFalse(WrappedRowAnchor.bracketsBalance("）福利费（行政"))
        XCTAssertFalse(WrappedRowAnchor.bracketsBalance("福利费（行政"))
        XCTAssertTrue(WrappedRowAnchor.fillsLines(["在职人员公用", "经费（行政）", "费"]))
        XCTAssertTrue(WrappedRowAnchor.fillsLines(["某某市社会 ", "医疗保险中心"]))
        XCTAssertFalse(WrappedRowAnchor.fillsLines(["费", "在职人员公用"]))
        // A line short of the first ends there only where the next could not start sooner: at a
        // bracket, a mark or a half-width word, or at a space printed after it.
        XCTAssertFalse(WrappedRowAnchor.fillsLines(["在职人员", "采暖补贴", "行政）", "在职人员"]))
        XCTAssertTrue(WrappedRowAnchor.fillsLines(["离退休人", "员公用经", "费（行", "政）"]))
        XCTAssertTrue(WrappedRowAnchor.fillsLines(["离退休人员", "公用经费", "（行政）"]))
        XCTAssertTrue(WrappedRowAnchor.fillsLines(["行政人员", "术工人 ", "年基本工"]))
        XCTAssertFalse(WrappedRowAnchor.fillsLines(["行政人员", "术工人", "年基本工"]))
        XCTAssertTrue(WrappedRowAnchor.beginsName("（八）社会保"))
        XCTAssertTrue(WrappedRowAnchor.beginsName("其中：财政拨"))
        XCTAssertFalse(WrappedRowAnchor.beginsName("本年支出合计"))
        XCTAssertTrue(WrappedRowAnchor.opensList("资金来源："))
        XCTAssertTrue(WrappedRowAnchor.endsSentence("落实惠民政策。"))
        // A name of one character is a wrapped name's last line: under "first", "出" would be one.
        let rows = lineRows(["（五）教育支", "出\t3.93"])
        XCTAssertEqual(WrappedRowAnchor.first.reading(rows), .impossible)
        XCTAssertEqual(WrappedRowAnchor.last.reading(rows), .certain(.init(roles: [0: .below, 1: .row], other: [0: .below, 1: .row])))
    }

    func testAPieceThatFitsEitherRowLeavesBothUncertain() {
        // Numbers in the middle, one line more above (only that way makes every name well formed:
        // "其他社会" can only begin the last row): "卫生健康" ends the name above (five lines, the
        // number line in their middle) or begins the name below (two lines, one more above) alike.
        // ("费" alone on its line shows the names wrap.)
        let rows = lineRows(["行政事业", "单位养老\t4.00", "费", "机关事业", "单位基本", "养老保险\t3.00",
                             "缴费支出", "卫生健康", "支出\t3.00", "其他社会", "保障支出\t2.00"])
        XCTAssertEqual(WrappedRowAnchor.first.reading(rows), .impossible)
        XCTAssertEqual(WrappedRowAnchor.middleLower.reading(rows), .impossible)
        let roles = WrappedRowAnchor.roles([rows])
        XCTAssertEqual(roles?.first?.uncertain, [5, 8])
        XCTAssertNotEqual(roles?.first?.roles[7], roles?.first?.other[7])
        // The rows the piece does not touch are certain.
        let joined = WrappedRowAnchor.joinedRows(rows, roles: roles!.first!.roles)
        XCTAssertEqual(joined.filter { ![6, 9].contains($0.line) }.map { TextRepair.compact($0.label) }, ["行政事业单位养老费", "其他社会保障支出"])
    }

    func testAnUncertainNameIsRejectedUnlessItsCodeNamesTheRow() {
        func row(_ line: Int, _ label: String, code: [String] = []) -> ExtractedRow {
            ExtractedRow(line: line, codeParts: code, label: label, cells: [RawCell(column: 0, text: "3.00", line: line)])
        }
        let split = [row(3, "行政事业单位养老费"), row(6, "机关事业单位基本养老保险缴费支出卫生健康"), row(9, "支出")]
        let other = [row(3, "行政事业单位养老费"), row(6, "机关事业单位基本养老保险缴费支出"), row(9, "卫生健康支出")]
        let settled = WrappedRowAnchor.settled(split, other: other, uncertain: [6, 9])
        XCTAssertEqual(settled.rows.map(\.label), ["行政事业单位养老费"])
        XCTAssertEqual(settled.rejects, [ReaderReject(line: 6, text: "3.00", reason: .rowNameUncertain),
                                         ReaderReject(line: 9, text: "3.00", reason: .rowNameUncertain)])
        // A row's code names it whatever its name: its values stay.
        let coded = WrappedRowAnchor.settled([row(9, "支出", code: ["210"])], other: [row(9, "卫生健康支出", code: ["210"])], uncertain: [9])
        XCTAssertEqual(coded.rows.map(\.codeParts), [["210"]])
        XCTAssertTrue(coded.rejects.isEmpty)
    }

    func testTheFirstRowsNameWrappedAboveItsNumbersIsNoHeaderLine() {
        // "部门预算" stands alone in the cell where the first row prints its name, and is no header
        // word: the start of that name, not a header line naming the column.
        let doc = FamilyFixture.extract(["部门整体支出表", "单位：万元", "项目\t\t年初预算数\t全年预算数", "\t部门预算",
                                         "\t总额\t\t1.00\t2.00", "\t政府预算资金\t\t3.00\t4.00"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.joined), ["年初预算数", "全年预算数"])
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), ["L5 |部门预算 总额 → 年初预算数=1.00@5 全年预算数=2.00@5", "L6 |政府预算资金 → 年初预算数=3.00@6 全年预算数=4.00@6"])
        // A line of header words stays in the header (its wrapped cells joined).
        let header = FamilyFixture.extract(["部门整体支出表", "单位：万元", "项目\t\t全年\t全年", "\t\t预算数\t执行数",
                                            "\t总额\t1.00\t2.00"])
        XCTAssertEqual(header.tables[0].sections[0].columns.map(\.joined), ["全年预算数", "全年执行数"])
    }

    func testAFormsTextCellWrappedBesideTheNameIsAPieceOfItsRow() {
        // The reason under 偏差原因分析 wraps like the name beside it ("通过医保" over "政策"): the
        // line above the numbers is a piece of that row, not a row of text of its own.
        let doc = FamilyFixture.extract(["部门整体支出绩效自评表", "三级指标\t分值\t得分\t偏差原因分析",
                                         "年度履职\t\t\t通过医保", "目标相关率\t2\t1.96\t政策",
                                         "绩效监控\t\t\t通过医保", "完成率\t2\t2\t政策"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }, ["年度履职目标相关率", "绩效监控完成率"])
        // A line of text alone next to a number line whose cell there holds no words is a row of
        // its own (of text, no values): the row under it keeps its own name.
        let own = FamilyFixture.extract(["部门整体支出绩效自评表", "三级指标\t分值\t得分\t偏差原因分析",
                                         "年度履职\t\t\t通过医保", "目标相关率\t2\t1.96\t"])
        XCTAssertEqual(own.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }, ["目标相关率"])
    }

    func testALineBreakInsideChineseTextIsNoSpace() {
        XCTAssertEqual(WrappedGridCells.pieces("提前下达", "2024"), "提前下达2024")
        XCTAssertEqual(WrappedGridCells.pieces("2024", "年中央财"), "2024年中央财")
        XCTAssertEqual(WrappedGridCells.pieces("“三公经费”", "控制率"), "“三公经费”控制率")
        XCTAssertEqual(WrappedGridCells.pieces("20", "24"), "2024")
        // Between Latin words the break was a space.
        XCTAssertEqual(WrappedGridCells.pieces("PPP", "项目"), "PPP 项目")
        XCTAssertEqual(WrappedGridCells.pieces("Public", "Budget"), "Public Budget")
    }

    func testEachNameCellIsCentredOnItsOwnUnderAMiddleWay() {
        // Numbers on each name's last line: under a middle way "工作目标达成" could also end the
        // name above in its third cell, but that name's second cell has its piece above the
        // numbers and its third cell would have one below: centred in neither cell, so only the
        // reading of the last line holds.
        let doc = FamilyFixture.extract(["部门整体支出绩效自评表", "一级指标\t二级指标\t三级指标\t分值",
                                         "\t重点工作任务\t\t", "产出指标\t完成\t任务完成率\t10",
                                         "\t\t工作目标达成\t", "\t履职目标实现\t情况\t15",
                                         "\t\t服务对象满意\t", "\t满意度\t度\t15"])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { TextRepair.compact($0.label) },
                       ["产出指标重点工作任务完成任务完成率", "履职目标实现工作目标达成情况", "满意度服务对象满意度"])
        XCTAssertTrue(doc.rejects.isEmpty)
        // The middle way reads the pieces as the last-line way does, with no row left uncertain.
        let lines = ["\t重点工作任务\t\t", "产出指标\t完成\t任务完成率\t10", "\t\t工作目标达成\t",
                     "\t履职目标实现\t情况\t15", "\t\t服务对象满意\t", "\t满意度\t度\t15"]
            .enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: true, mangled: false) }.map { line in
                let names = Dictionary(uniqueKeysWithValues: (0..<3).filter { $0 < line.tokens.count && !line.tokens[$0].isBlank }.map { ($0, line.tokens[$0].text) })
                let value = line.tokens.count > 3 && !line.tokens[3].isBlank
                return WrappedGridCells.LineRow(
                    row: ExtractedRow(line: line.number, label: WrappedGridCells.label(names),
                                      cells: value ? [RawCell(column: 0, text: line.tokens[3].text, line: line.number)] : []),
                    nameCells: Set(names.keys), valuesBlank: !value, names: names)
            }
        XCTAssertEqual(WrappedRowAnchor.middleUpper.reading(lines), WrappedRowAnchor.last.reading(lines))
    }

    func testABracketThatIsNoListMarkerEndsTheNameAbove() {
        // Nothing shows the way here (each line reads as a whole name); "(万元)" qualifies the words
        // before it, so it ends the name above even though that name looks complete.
        let doc = FamilyFixture.extract(["部门整体支出表", "项目\t年初预算数", "部门预算总额\t1.00", "(万元)", "资金来源\t2.00"])
        XCTAssertEqual(doc.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }, ["部门预算总额(万元)", "资金来源"])
        // A list marker, or a bracket left open, begins the next name.
        let marker = FamilyFixture.extract(["部门整体支出表", "项目\t年初预算数", "部门预算总额\t1.00", "(1)政府", "预算资金\t2.00"])
        XCTAssertEqual(marker.tables[0].sections[0].rows.map { TextRepair.compact($0.label) }, ["部门预算总额", "(1)政府预算资金"])
    }

    /// A performance form's value cells hold words (国家规定时限, ≥150万) on rows without numbers,
    /// wrapped too: beyond the model of ways. A number line flanked by pieces that may end the row
    /// above or begin the row below has no certain name: its values are rejected, never read
    /// under a name made of its neighbours' pieces (实现机构检查覆盖).
    func testFormRowNextToPiecesHasItsNameUncertain() {
        let doc = FamilyFixture.extract(["部门整体绩效目标表",
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",
            "\t\t推进DR",
            "\t重点工作\tG国家试\t国家规定",
            "产出指标\t任务完成\t点实际付\t时限\t",
            "\t\t费",
            "\t履职目标\t定点医疗",
            "\t实现\t机构检查\t100%\t",
            "\t\t覆盖",
            "\t\t年度查实\t≥150",
            "效益指标\t履职效益\t的医保违\t万\t",
            "\t\t规病",
            "满意度\t\t服务满意\t≥85%\t说明",
        ])
        let rows: [ExtractedRow] = doc.tables.flatMap(\.sections).flatMap(\.rows)
        let read: [String] = rows.map { row in "\(row.line) \(TextRepair.compact(row.label)) \(row.cells.map(\.text))" }
        XCTAssertFalse(read.contains { $0.hasPrefix("8 ") && $0.hasSuffix("[\"100%\"]") && !$0.contains("履职目标实现定点医疗机构检查覆盖") },
                       read.joined(separator: "; "))
    }

    /// In such a form, a piece that continues two name cells at once (二级指标 and 三级指标) between
    /// two number lines may end the one or begin the other, cell by cell: both names are uncertain.
    func testFormPieceInTwoNameCellsLeavesBothRowsUncertain() {
        let doc = FamilyFixture.extract(["部门整体绩效目标表",
            "一级指标\t二级指标\t三级指标\t指标值\t指标值说明",
            "投入指标\t预算管理\t编制完整性\t完整\t说明",
            "\t\t评价结果应用\t\t",
            "\t\t率\t100%\t说明",
            "\t重点工作任务\t调整事项完成\t\t",
            "产出指标\t完成\t率\t100%\t说明",
            "满意度\t\t服务满意\t≥85%\t说明",
        ])
        let rows: [ExtractedRow] = doc.tables.flatMap(\.sections).flatMap(\.rows)
        let read: [String] = rows.filter { !$0.cells.isEmpty }.map { row in "\(row.line) \(TextRepair.compact(row.label))" }
        XCTAssertFalse(read.contains { $0.hasPrefix("5 ") || $0.hasPrefix("7 ") }, read.joined(separator: "; "))
    }
}
