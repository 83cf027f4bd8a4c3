import XCTest
@testable import BudgetETL

/// Column paths recovered from the positions of header words in column-aligned text.
final class ExtractAlignedHeaderTests: XCTestCase {
    private func header(_ lines: [String]) -> AlignedHeader {
        AlignedHeader(header: lines.enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        })
    }
    private func paths(_ section: AlignedHeader.Section) -> [String] { section.values.map { $0.path.joined(separator: " / ") } }

    func testStackedWordsSplitCodesAndAWrappedColumnName() {
        let h = header([
            "                       项目                                     收入预算",
            "功能分类科目编码                                                                   事业单位",
            "                        功能分类科目名称         合计           财政拨款收入        事业收入          其他收入",
            "类     款    项                                                               经营收入",
        ])
        XCTAssertEqual(h.sections.count, 1)
        let section = h.sections[0]
        XCTAssertEqual(section.leaves.filter { $0.role == .code }.map { $0.path.last! }, ["类", "款", "项"])
        XCTAssertEqual(section.leaves.filter { $0.role == .label }.map { $0.path.last! }, ["功能分类科目名称"])
        // "事业单位" over "经营收入" is one cell; "收入预算" is centred over all value columns.
        XCTAssertEqual(paths(section), ["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 事业收入",
                                        "收入预算 / 事业单位经营收入", "收入预算 / 其他收入"])
        XCTAssertTrue(section.hasCodes)
    }

    /// A header word whose characters a justified cell spread apart ("项    目", "预    算    数") is
    /// one word where its first character stands; 类 款 项 目 beside it stay code columns of their own.
    func testHeaderWordSpreadOverItsCellIsOneWord() {
        let line = TableLines.prepare("        项    目                    预    算    数       合    计", number: 1, tab: false, mangled: false, aligned: true)
        let joined = SpacedHeaderWords.joined(line)
        XCTAssertEqual(joined.tokens.map(\.text), ["项目", "预算数", "合计"])
        XCTAssertEqual(joined.tokens.map(\.column), [8, 34, 52])
        XCTAssertEqual(joined.tokens.first?.end, 14)
        let codes = TableLines.prepare("类   款   项   目        科目名称     金额", number: 1, tab: false, mangled: false, aligned: true)
        XCTAssertEqual(SpacedHeaderWords.joined(codes).tokens.map(\.text), ["类", "款", "项", "目", "科目名称", "金额"])
        let h = AlignedHeader(header: [line].map(SpacedHeaderWords.joined))
        XCTAssertEqual(h.sections.first?.leaves.filter { $0.role == .label }.map { $0.path.last! }, ["项目"])
        XCTAssertEqual(h.sections.first.map(paths), ["预算数", "合计"])
    }

    func testCaptionWiderThanTheWrappedCellUnderItIsNoPieceOfIt() {
        // A word processor's header: the caption 本年预算 is set off-centre, right over the first
        // line of a wrapped name (其他收 / 入). That line is full, so a wider word above it is not
        // the cell's first line but the caption of the columns.
        let h = header([
            "                                                本年预算",
            "科目编码           科目名称                               其他收 单位经营 上级补",
            "                              合计       财政拨款收入",
            "                                                   入    收入   助",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["本年预算 / 合计", "本年预算 / 财政拨款收入", "本年预算 / 其他收入",
                                              "本年预算 / 单位经营收入", "本年预算 / 上级补助"])
    }

    func testCellsWrappedAroundTheRowsMiddleLineKeepTheirNames() {
        // A word processor centres each cell of a header row vertically: a two-line cell prints its
        // lines above and below the line that holds the one-line cells (科目编码, 科目名称). Every
        // top word stands over exactly one bottom word, so each pair is one wrapped name, not a
        // caption over a single column (本年支出 / 合计 is the column 本年支出合计).
        let h = header([
            "                              本年支出        基本支         项目支 上缴上级 经营支 对附属单位",
            "科目编码             科目名称",
            "                               合计          出           出   支出   出  补助支出",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    }

    func testCaptionOverOneColumnBesideAWrappedCodeNameStaysACaption() {
        // Only the code column's name is wrapped around the middle line (科目编 / 码); the word
        // over the single value column is its caption, as printed on its own line.
        let h = header([
            "科目编                                                                 本年拨款",
            "                             科目名称                            合计",
            " 码                                                                一般公共预算",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["合计", "本年拨款 / 一般公共预算"])
    }

    func testTallCellsAndAGroupUnderACaption() {
        // Cells of different heights: 合计 spans two header rows, the group 公务用车购置及运行费 has
        // three columns, 机关运行经费预算数 spans all rows and is wrapped ("数" below).
        let h = header([
            "                            “三公”经费预算数",
            "                                                             机关运行经费预算",
            "                                          公务用车购置及运行费",
            "                                                                 数",
            "   合计        因公出国(境)费     公务接待费",
            "                                     小计      购置费       运行费",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), [
            "“三公”经费预算数 / 合计", "“三公”经费预算数 / 因公出国(境)费", "“三公”经费预算数 / 公务接待费",
            "“三公”经费预算数 / 公务用车购置及运行费 / 小计", "“三公”经费预算数 / 公务用车购置及运行费 / 购置费",
            "“三公”经费预算数 / 公务用车购置及运行费 / 运行费", "机关运行经费预算数",
        ])
        XCTAssertTrue(h.sections[0].identifying.isEmpty)
    }

    func testTwoSidedTableNamesItsSections() {
        let h = header([
            "          本年收入                                               本年支出",
            "                                                                        预算数",
            "    项目             预算数               项目                                基本支出",
            "                                                  合计                                         项目支出",
            "                                                               人员经费           公用经费",
        ])
        XCTAssertEqual(h.sections.map(\.name), ["本年收入", "本年支出"])
        XCTAssertEqual(paths(h.sections[0]), ["预算数"])
        XCTAssertEqual(paths(h.sections[1]), ["预算数 / 合计", "预算数 / 基本支出 / 人员经费", "预算数 / 基本支出 / 公用经费",
                                              "预算数 / 项目支出"])
    }

    func testSideCaptionLeftAlignedOverItsNameColumnKeepsTheNameColumn() {
        // A word processor sets each side's caption over its columns from the left, so the first
        // caption starts over the side's 项目. 项目 is a cell of its own (a name column), not the
        // last line of a name "收入方项目", and the captions name the two sides.
        let h = header([
            "         收入方合并                           支出方合并",
            "        项目        预算数          项目                  合计          一般公共预算",
        ])
        XCTAssertEqual(h.sections.map(\.name), ["收入方合并", "支出方合并"])
        XCTAssertEqual(h.sections.map { $0.identifying.map(\.path) }, [[["项目"]], [["项目"]]])
        XCTAssertEqual(paths(h.sections[0]), ["预算数"])
        XCTAssertEqual(paths(h.sections[1]), ["合计", "一般公共预算"])
    }

    func testTallTotalCellPrintedLowerBetweenGroupsHeadsNone() {
        // A word processor centres each header cell vertically: the tall 合计 cells print on the
        // third line, and the second happens to stand centred over the sub-columns of both
        // groups. The groups' heads (会议费及培训费等支出) lie inside that run on a line above: a total
        // between them heads none of their columns.
        let h = header([
            "                预算数                           决算数",
            "项目              会议费及培训费等支出                    会议费及培训费等支出",
            "       合计                            合计",
            "                小计     会议费子项目                 小计     会议费子项目",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["预算数 / 合计", "预算数 / 会议费及培训费等支出 / 小计", "预算数 / 会议费及培训费等支出 / 会议费子项目",
                                              "决算数 / 合计", "决算数 / 会议费及培训费等支出 / 小计", "决算数 / 会议费及培训费等支出 / 会议费子项目"])
    }

    func testCellsPrintedWithOneSpaceBetweenThem() {
        let h = header([
            "       财政拨款收入                                          财政拨款支出",
            "     项目         预算数              项目           合计           一般公共预算          政府性基金预算 国有资本经营预算",
        ])
        XCTAssertEqual(h.sections.map(\.name), ["财政拨款收入", "财政拨款支出"])
        XCTAssertEqual(paths(h.sections[1]), ["合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"])
    }

    func testBottomAlignedCaptionLeavesTheTotalBeforeItsColumns() {
        // A spreadsheet printed to PDF aligns every header cell to the bottom: the name columns'
        // words and the total stand on the last line with the caption's columns, the caption alone
        // above. pdftotext prints the caption left of the centre of its columns (CJK glyphs are
        // two columns wide); the total before them sums the row, it is no column of the caption.
        let h = header([
            "                                                        上级补助收入",
            "  功能编码               功能名称         总计                小计         其中:专项补助",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["总计", "上级补助收入 / 小计", "上级补助收入 / 其中:专项补助"])
        // A caption over the whole row keeps its total: only a total left out before the run is no cut.
        let whole = header([
            "                                           收入预算",
            "                                                      事业单位经营",
            " 功能编码       功能名称    合计        财政拨款收入       事业收入         收入     其他收入",
        ])
        XCTAssertEqual(paths(whole.sections[0]), ["收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 事业收入",
                                                 "收入预算 / 事业单位经营收入", "收入预算 / 其他收入"])
    }

    func testBottomAlignedCaptionStopsAtASiblingColumn() {
        // Bottom-aligned: 基本支出 heads 人员经费 and 公用经费 only; 项目支出, the same kind of column
        // (its head word 支出), stands beside the group, so leaving it out cuts no row of names.
        let h = header([
            "                          基本支出",
            "   项目     合计           人员经费   公用经费                     项目支出",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["合计", "基本支出 / 人员经费", "基本支出 / 公用经费", "项目支出"])
    }

    func testBareTotalBetweenGroupsIsNoCaption() {
        // A tall 合计 cell centred between a caption row and the row under it stands in the gap
        // between two groups' columns, centred over both by chance: a column of its own.
        let h = header([
            "                     预算数                             决算数",
            "    项目            公务用车购置及运行维护费                    公务用车购置及运行维护费",
            "         合计                              合计",
            "                  小计     公务用车运行维护费                小计     公务用车运行维护费",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), [
            "预算数 / 合计", "预算数 / 公务用车购置及运行维护费 / 小计", "预算数 / 公务用车购置及运行维护费 / 公务用车运行维护费",
            "决算数 / 合计", "决算数 / 公务用车购置及运行维护费 / 小计", "决算数 / 公务用车购置及运行维护费 / 公务用车运行维护费",
        ])
    }

    func testBareTotalRightOverOneColumnIsItsCaption() {
        // `合计` over `一般公共预算` alone, beside a caption over a group: it heads that column (a
        // caption of one column), and is no column of its own.
        let h = header([
            "                                                 合计                   本年收入",
            "    科目编码                  科目名称        总计                                  一般公共预算",
            "                                              一般公共预算        合计",
            "                                                                       小计      其中:财政拨款",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["总计", "合计 / 一般公共预算", "本年收入 / 合计",
                                              "本年收入 / 一般公共预算 / 小计", "本年收入 / 一般公共预算 / 其中:财政拨款"])
    }

    func testCaptionInTheGapBetweenTwoColumnsHeadsBoth() {
        // A spreadsheet's merged caption printed narrower than its two columns: it stands in the
        // gap between them, touching both and overlapping neither, centred over the pair.
        let h = header([
            "                              项目金额(万元)",
            "  科目编码            科目名称    资金总额        政府预算资金           指标值     备注",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["项目金额(万元) / 资金总额", "项目金额(万元) / 政府预算资金", "指标值", "备注"])
    }

    func testCaptionOverTheColumnsAfterASubtotalHeadsIt() {
        // A spreadsheet centres 本年支出 over its merged cell; pdftotext, counting a Chinese
        // character one column, sets its 小计 far left, out of the word's reach: a 小计 opens its
        // group, so the word heads it and the columns after it that it is centred over.
        let h = header([
            "       年初结转和结                                            本年支出                     年末结转和结",
            "   项目     余    本年收入                    小计                基本支出       项目支出            余",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["年初结转和结余", "本年收入", "本年支出 / 小计", "本年支出 / 基本支出",
                                              "本年支出 / 项目支出", "年末结转和结余"])
        XCTAssertFalse(h.misplacesSubtotal)
    }

    func testTallCellBesideACaptionIsNotUnderIt() {
        // A caption over two columns, a tall cell beside it printed on the middle line (its text
        // centred in two rows): taking the tall cell would centre the caption as well, but it
        // stands on another line than the caption's row of columns.
        let h = header([
            "                                         公务用车购置及运行费",
            "  项目         “三公”经费合计                                         公务接待费",
            "                                小计           公务用车运行费",
        ])
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(paths(h.sections[0]), ["“三公”经费合计", "公务用车购置及运行费 / 小计", "公务用车购置及运行费 / 公务用车运行费", "公务接待费"])
    }

    /// A caption printed by Calc over its 小计 and the column after it, pdftotext setting its
    /// Chinese characters one column each: the caption starts over the 小计 and ends before the
    /// next column. A finished word over a free 小计 heads its group like one right after it.
    func testCaptionStartingOverTheSubtotalHeadsItsGroup() {
        let h = header([
            "                                 公务用车购置及运行费",
            "    项目         “三公”经费合计         小计         公务用车运行费          公务接待费",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["“三公”经费合计", "公务用车购置及运行费 / 小计", "公务用车购置及运行费 / 公务用车运行费", "公务接待费"])
    }

    /// The same columns printed twice under 预算数 | 决算数, where pdftotext's character columns
    /// set the second caption (and the second copy's 公务用车… caption) over the last column of
    /// the first copy: each caption takes its whole run of columns, each run the structure of
    /// the better-centred copy.
    func testSecondCaptionShiftedOverTheFirstCopysLastColumnTakesItsOwnRun() {
        let h = header([
            "                      预算数                                        决算数",
            "项                  公务用车购置及运行维护费                               公务用车购置及运行维护费",
            "       因公出国(境)                         公务接待        因公出国(境)                         公务接待",
            "目 合计                 公务用车购置 公务用车运行维           合计                 公务用车购置 公务用车运行维",
            "         费      小计                      费            费      小计                       费",
            "                       费       护费                                   费      护费",
        ])
        let run = ["合计", "因公出国(境)费", "公务用车购置及运行维护费 / 小计", "公务用车购置及运行维护费 / 公务用车购置费",
                   "公务用车购置及运行维护费 / 公务用车运行维护费", "公务接待费"]
        XCTAssertEqual(paths(h.sections[0]), run.map { "预算数 / \($0)" } + run.map { "决算数 / \($0)" })
    }

    /// 因公出国(境)费 wrapped in a narrow cell (因公出 / 国(境) / 费), its first piece standing
    /// over the rest alone: the pieces spell the form's column, one cell, not a caption over it.
    func testAFormColumnNameWrappedUnderItsFirstPieceIsOneCell() {
        let h = header([
            "            预算数                     决算数",
            "          公务用车购置及运行               公务用车购置及运行",
            "项    因公出      维护费            因公出      维护费",
            "                      公务接                     公务接",
            "目 合计 国(境)    公务用 公务用      合计 国(境)    公务用 公务用",
            "                       待费                      待费",
            "      费   小计 车购置 车运行          费   小计 车购置 车运行",
            "              费   维护费                 费   维护费",
        ])
        // (The header alone leaves 公务用车… pieces apart: the rows' values fit those in the reader.)
        let abroad = paths(h.sections[0]).filter { $0.contains("因公") }
        XCTAssertEqual(abroad, ["预算数 / 因公出国(境)费", "决算数 / 因公出国(境)费"])
    }

    func testCaptionEndingInQingkuangPrintedOffCentreHeadsTheColumnsItOverlaps() {
        // A word processor sets a caption (增减情况: a state, a finished phrase) off the centre of
        // its two columns, over both, on a line of its own: it heads them, as any finished
        // caption overlapping its run does, and is no column of its own.
        let h = header([
            "                                        比上年增减情况",
            "     项目       2023年预算数 2024年预算数",
            "                                    增减金额 增减幅度",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["2023年预算数", "2024年预算数", "比上年增减情况 / 增减金额", "比上年增减情况 / 增减幅度"])
    }

    /// A narrow amount column's name wrapped in its cell, other cells' words on its lower line:
    /// one column's name, not a caption over one column. A finished name over one column
    /// (本年拨款 over 一般公共预算), a year and a total under a caption stay a caption and its column.
    func testANameWrappedInItsCellIsOneColumn() {
        let wrapped = header([
            "               2016年预算数",
            "                    其中:一般公共预算",
            "     项目     小计         安排数",
        ])
        XCTAssertEqual(paths(wrapped.sections[0]), ["2016年预算数 / 小计", "2016年预算数 / 其中:一般公共预算安排数"])
        let caption = header([
            "                                 本年拨款",
            "   科目编码     科目名称      合计        一般公共预算",
        ])
        XCTAssertEqual(paths(caption.sections[0]), ["合计", "本年拨款 / 一般公共预算"])
        let year = header([
            "   项目        2020年        2021年",
            "              完成数       预算数",
        ])
        XCTAssertFalse(paths(year.sections[0]).contains { $0.hasPrefix("2020年完成数") || $0.hasPrefix("2021年预算数") })
    }

    /// A two-line cell's lines printed around the row's middle line (`专项调研(一)` / `经费`): the
    /// middle line's word (`会议培训费`), centred by chance over that last piece and the 合计 of the
    /// next caption's group, is a column of its own, not their caption.
    func testMiddleLineWordHeadsNoPieceOfANameWrappedAroundIt() {
        let h = header([
            "                       专项调研(一)                  设备购置及运行维护费",
            "    项目        合计                   会议培训费",
            "                         经费                   合计   设备购置 设备运行",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["合计", "专项调研(一)经费", "会议培训费", "设备购置及运行维护费 / 合计",
                                              "设备购置及运行维护费 / 设备购置", "设备购置及运行维护费 / 设备运行"])
    }

    /// A caption over one column wrapped in its merged cell (`机关运行经费` / `支出`): the tail alone
    /// on the next line, centred under it and over the column's 合计, ends the caption; the column
    /// name `支出合计` would have fitted on one line of a cell that wide.
    func testCaptionTailCentredOverALoneTotalEndsTheCaption() {
        let h = header([
            "                            (公用)商品服务经费",
            "                                支出",
            "   科目编码           科目名称          合计",
        ])
        XCTAssertEqual(paths(h.sections[0]), ["(公用)商品服务经费支出 / 合计"])
        // The tail and the word under it longer than the caption's line: still two cells, as a
        // wrapped cell breaks a line only where the next character no longer fits (`支出` had
        // room for `预` in a column as wide as `预算数`: `CentredCellLines`).
        let narrow = header([
            "                            运行经费",
            "                             支出",
            "   科目编码           科目名称       预算数",
        ])
        XCTAssertEqual(paths(narrow.sections[0]), ["运行经费支出 / 预算数"])
    }
}
