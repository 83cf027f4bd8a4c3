import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 11 (docs/performance.md): lines cut once instead of once per rule or per
/// cell, and exact guards before ICU and Character work. Each answer is the slower code's, which
/// the tests keep as their reference, over made-up texts of the pieces the rules look for.
final class ExtractSpeedRound11Tests: XCTestCase {
    /// A text of `count` pieces drawn from `pieces`.
    private func text(_ pieces: [String], _ count: Int, _ random: inout SplitMix64) -> String {
        (0..<count).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    // MARK: - The cover's imprint

    private let imprintPieces = ["某某区", "财政局", "中心", " ", "  ", "\u{3000}", "\t", "二○二一年", "2021年", "十一月", "3月",
                                 "e\u{301}", " \u{301}", "办公室", "社", "\u{FA4C}", "（", "）", "学校", "12", "说明"]

    /// The code before: the first cells through a lazy `flatMap` under `prefix`.
    private func referenceCells(_ lines: ArraySlice<String>, limit: Int) -> [String] {
        Array(lines.lazy.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }) }
            .prefix(limit).map(String.init))
    }

    func testLeadingCellsAsBefore() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let lines = (0..<Int.random(in: 0...8, using: &random)).map { _ in
                text(imprintPieces, Int.random(in: 0...9, using: &random), &random)
            }
            for limit in [0, 1, 3, 400] {
                XCTAssertEqual(MetadataReader.leadingCells(of: lines[...], limit: limit), referenceCells(lines[...], limit: limit))
            }
        }
        XCTAssertEqual(MetadataReader.leadingCells(of: ["某某区财政局 \u{3000}二○二一年十一月", "\t附件"], limit: 2), ["某某区财政局", "二○二一年十一月"])
    }

    /// The rule with ICU asked of every cell (co-signers before the date: the first signs).
    private func referenceImprint(_ lines: ArraySlice<String>) -> String? {
        let name = try! NSRegularExpression(pattern:
            #"^[\p{Han}()（）]{2,30}(?:局|所|中心|院|委员会|联合会|管委会|委|办公室|办事处|人民政府|政府|厅|站|队|馆|学校|协会|处|社)$"#)
        let date = try! NSRegularExpression(pattern: #"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"#)
        func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let all = referenceCells(lines, limit: Thresholds.imprintCells)
        var i = 0
        while i < all.count {
            guard matches(name, all[i]) else { i += 1; continue }
            var next = i + 1
            while next < all.count, next - i <= Thresholds.coSigners, matches(name, all[next]) { next += 1 }
            if matches(date, all[next..<min(all.count, next + 3)].joined()) { return all[i] }
            i = next
        }
        return nil
    }

    func testImprintAgencyAsBefore() {
        var random = SplitMix64(seed: 12)
        var found = 0
        let cells = ["某某区财政局", "某某县人民政府", "某某中心", "（某某）办公室", "某某合作\u{FA4C}", "说明", "12", "2021年", "11月",
                     "二○二一年", "十一月", "2021年11月", "二○二一年十一月", "e\u{301}", "某某学校", "某某中心\u{301}"]
        let separators = [" ", "\u{3000}", "\t", "  ", " \u{301}"]
        for _ in 0..<400 {
            // Cells between separators, and now and then loose pieces.
            let lines = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 1...5, using: &random)).map { _ in
                    cells.randomElement(using: &random)! + separators.randomElement(using: &random)!
                }.joined() + text(imprintPieces, Int.random(in: 0...2, using: &random), &random)
            }
            let agency = MetadataReader.imprintAgency(in: lines[...])
            XCTAssertEqual(agency, referenceImprint(lines[...]), "\(lines)")
            if agency != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 10)
        XCTAssertEqual(MetadataReader.imprintAgency(in: ["某某区财政局", "2021年11月"]), "某某区财政局")
        // The compatibility ideograph of 社 is another scalar to ICU: no name ends in it.
        XCTAssertNil(MetadataReader.imprintAgency(in: ["某某合作\u{FA4C}", "2021年11月"]))
    }

    // MARK: - Guards before ICU and Character work

    /// The code before: the unit pattern asked of every short cell.
    private func referenceIsUnit(_ text: String) -> Bool {
        let measure = "(?:万|千|百|亿)?(?:元|人次|人|个|次|张|床日|床|天|日|辆|台|套|户|家|名|项|所|座|件|平方米|米|公里|千米|吨|亩|小时|月|年|册|份|例)"
        let pattern = try! NSRegularExpression(pattern: "^(?:%|％|‰|\(measure)(?:/\(measure))?)$")
        let compact = TextRepair.compact(text)
        guard !compact.isEmpty, compact.count <= Thresholds.unitCellCharacters else { return false }
        return pattern.firstMatch(in: compact, range: NSRange(compact.startIndex..., in: compact)) != nil
    }

    func testIsUnitAsBefore() {
        let pieces = ["万", "千", "元", "人次", "床日", "平方米", "公里", "小时", "/", "%", "％", "‰", " ", "12", "医疗收入",
                      "e\u{301}", "\u{F90A}", "例", "户", "\n", "（", "个"]
        var random = SplitMix64(seed: 13)
        var units = 0
        for _ in 0..<3000 {
            let cell = text(pieces, Int.random(in: 0...4, using: &random), &random)
            XCTAssertEqual(UnitColumn.isUnit(cell), referenceIsUnit(cell), cell)
            if referenceIsUnit(cell) { units += 1 }
        }
        XCTAssertGreaterThan(units, 100)
        XCTAssertTrue(UnitColumn.isUnit(" 元/床日 "))
        XCTAssertFalse(UnitColumn.isUnit("234,954.16"))
    }

    /// The code before (no line under it): the line trimmed and its prefixes asked whatever its length.
    private func referenceLaidOutUnitLine(_ line: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        return (trimmed.hasPrefix("单位") || trimmed.hasPrefix("金额单位")) && RegionFinder.isUnitLine(trimmed)
    }

    func testLaidOutUnitLineAsBefore() {
        let pieces = ["单位", "金额单位", "：", ":", "万元", "元", "   ", "\u{3000}", "项目", "2024年", "合计", "单\u{301}位",
                      "\u{F90A}额单位"]
        var random = SplitMix64(seed: 14)
        var units = 0
        for _ in 0..<2000 {
            let line = text(pieces, Int.random(in: 1...6, using: &random), &random)
            let answer = UntitledGrid.isLaidOutUnitLine(line, over: nil)
            XCTAssertEqual(answer, referenceLaidOutUnitLine(line), line)
            if answer { units += 1 }
        }
        XCTAssertGreaterThan(units, 20)
        XCTAssertTrue(UntitledGrid.isLaidOutUnitLine("                  单位：万元", over: nil))
    }

    func testCaptionEndGuardHoldsEveryEquivalentEnd() {
        // A caption may end in a compatibility ideograph canonically equal to 况: the guard lets it through.
        for end in ["况", "\u{FA71}", "\u{2F81B}"] {
            let caption = "一般公共预算支出情" + end
            XCTAssertTrue(TextRepair.compact(caption).hasSuffix("情况"))
            XCTAssertTrue(UTF8Text.containsAny(caption, "况", "\u{FA71}", "\u{2F81B}"))
        }
        let lines = ["单位：万元", "项目    金额", "合计    12.00", "支出情\u{FA71}", "项目    决算数", "合计    10.00"]
        XCTAssertTrue(UntitledGrid.captionOverLaidOutHeader(at: 3, in: lines, title: 0))
        XCTAssertFalse(UntitledGrid.captionOverLaidOutHeader(at: 2, in: lines, title: 0))
    }

    /// The code before: every line cut into clauses.
    private func referencePlaceInClause(_ line: String) -> (agency: String, rest: String)? {
        for clause in line.split(whereSeparator: { "，,。；;".contains($0) }).dropFirst() {
            if let split = TitleMatcher.placeBeforeYear(String(clause)),
               split.rest.contains("预算") || split.rest.contains("决算") { return split }
        }
        return nil
    }

    func testPlaceBeforeYearInClauseAsBefore() {
        let clauses = ["根据工作安排", "某某区2016年一般公共预算安排", "某某县2019年决算收入", "某某市2016年收入", "某某区2016年预算",
                       "2016年预算安排情况", "某某镇2020年度部门决算", "某某旗2018-“三公”经费预算", "某某乡2017年算", ""]
        let separators = ["，", ",", "。", "；", ";", "、", ""]
        var random = SplitMix64(seed: 15)
        var found = 0
        for _ in 0..<1500 {
            let line = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                clauses.randomElement(using: &random)! + separators.randomElement(using: &random)!
            }.joined()
            let split = MetadataReader.placeBeforeYearInClause(line), reference = referencePlaceInClause(line)
            XCTAssertEqual(split?.agency, reference?.agency, line)
            XCTAssertEqual(split?.rest, reference?.rest, line)
            if split != nil { found += 1 }
        }
        XCTAssertGreaterThan(found, 20)
    }

    /// The code before: the meta pattern asked of every line holding 元.
    private func referenceIsMeta(_ line: String) -> Bool {
        let meta = try! NSRegularExpression(pattern: "^(?:" + TitleMatcher.marker + "|" +
            #"万元|元|\(?\d{4}年度?\)?|(?:金额)?单位[:：]?(?:万元|元|千元)|(?:部门|单位|部门\(单位\)|预算单位|编制单位|填报单位)(?:名称)?[:：].*|.*(?:金额)?单位[:：](?:万元|元|千元)$)$"#)
        let c = TextRepair.compact(line)
        return c.isEmpty || meta.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil
    }

    func testIsMetaAsBefore() {
        let pieces = ["万元", "元", "千元", "金额", "单位", "：", ":", "（", "）", "2024", "年", "度", "部门", "编制单位", "公开", "05", "表",
                      "一般公共预算", "12.00", "\n", "\u{2028}", "\r\n", " ", "名称", "某某局"]
        var random = SplitMix64(seed: 20)
        var metas = 0
        for _ in 0..<4000 {
            let line = text(pieces, Int.random(in: 0...5, using: &random), &random)
            XCTAssertEqual(LineClass.isMeta(line), referenceIsMeta(line), line.debugDescription)
            if LineClass.isMeta(line) { metas += 1 }
        }
        XCTAssertGreaterThan(metas, 200)
        XCTAssertTrue(LineClass.isMeta("万元\u{2028}"))
        XCTAssertFalse(LineClass.isMeta("项目（万元）"))
    }

    // MARK: - Pipe rows cut over bytes

    func testPipePiecesAsCharacterSplit() {
        let pieces = ["|", "||", " | ", "合计", "12.00", " ", "\u{3000}", "\t", "\u{A0}", "e\u{301}", "|\u{301}", "\u{20000}",
                      "\r\n", "-", ":", "\u{200B}", "项 目"]
        var random = SplitMix64(seed: 19)
        for _ in 0..<3000 {
            let line = text(pieces, Int.random(in: 0...9, using: &random), &random)
            let reference = line.split(separator: "|", omittingEmptySubsequences: false).map { UTF8Text.trimmingWhitespace(String($0)) }
            XCTAssertEqual(UTF8Text.trimmedPipePieces(line), reference, line.debugDescription)
        }
        XCTAssertEqual(UTF8Text.trimmedPipePieces("| 合计 |\u{3000}12.00 ||"), ["", "合计", "12.00", "", ""])
        // A "|" that a combining mark extends is no separator, Character by Character.
        XCTAssertEqual(UTF8Text.trimmedPipePieces("a |\u{301} b | c"), ["a |\u{301} b", "c"])
    }

    func testTrimmingWhitespaceOfARange() {
        let text = "\u{3000} 合计\u{A0}| x \t"
        UTF8Text.withBytes(text) { b in
            let bar = b.firstIndex(of: 0x7C)!
            XCTAssertEqual(String(decoding: UnsafeBufferPointer(rebasing: b[UTF8Text.trimmed(b, 0..<bar)]), as: UTF8.self), "合计")
            XCTAssertEqual(String(decoding: UnsafeBufferPointer(rebasing: b[UTF8Text.trimmed(b, (bar + 1)..<b.count)]), as: UTF8.self), "x")
            XCTAssertTrue(UTF8Text.trimmed(b, 0..<4).isEmpty)
        }
        XCTAssertEqual(UTF8Text.trimmingWhitespace(text), "合计\u{A0}| x")
    }

    // MARK: - Runs of closed cells cut once per line

    /// The code before: each line cut again by every test of the run.
    private func referenceClosedFolded(_ lines: [String]) -> [String] {
        func isOne(_ line: String) -> Bool { ClosedCells.cells(of: line).map { $0.filter { !$0.isEmpty }.count <= 1 } ?? false }
        func inRun(_ run: ArraySlice<String>, _ first: Int) -> [NamedRows.Cell] {
            run.enumerated().flatMap { offset, line in (ClosedCells.cells(of: line) ?? []).map { NamedRows.Cell(line: first + offset, text: $0) } }
        }
        var lines = lines
        var n = 0
        while n < lines.count {
            guard isOne(lines[n]) else { n += 1; continue }
            var end = n
            // A wrapped name's first piece joins the run (`ClosedCells.joinsWrappedPiece`, tested on its own).
            while end < lines.count, isOne(lines[end]) || (end - n >= 2 && ClosedCells.joinsWrappedPiece(at: end, in: &lines)) { end += 1 }
            if end - n >= Thresholds.cellPerLineMinimumLines,
               let rows = ClosedCells.rows(ofCells: lines[n..<end].map { ClosedCells.cells(of: $0) ?? [] }, from: n) {
                for k in n..<end { lines[k] = "" }
                // A body row of a name and pads is written as a tab row (`ClosedCells.isHeading`, session 31).
                let header = rows.firstIndex { $0.cells.allSatisfy { !$0.isEmpty } } ?? rows.endIndex
                for (k, row) in rows.enumerated() {
                    lines[row.line] = k > header && ClosedCells.isHeading(row.cells) ? row.cells.joined(separator: "\t")
                        : row.cells.map { $0 + " |" }.joined(separator: " ")
                }
            } else if end - n >= Thresholds.cellPerLineMinimumLines, let rows = NamedRows.folded(inRun(lines[n..<end], n))
                        ?? HeaderWidthRows.folded(inRun(lines[n..<end], n)) ?? BlankLineCells.foldedCells(inRun(lines[n..<end], n)) {
                for (line, text) in rows { lines[line] = text }
            } else if end - n >= Thresholds.cellPerLineMinimumLines {
                for k in n..<end { lines[k] = ClosedCells.withSpacesJoined(lines[k]) }
            }
            n = end
        }
        return lines
    }

    /// Lines of one closed cell, pads, rows of several cells and other text, mixed.
    private func pipeLines(_ random: inout SplitMix64) -> [String] {
        let pieces = ["项目 |", "合计 |", "一般公共预算 |", "10.00 |", "5.00 |", "|", "||", "|||", "公务 接待费 |", "| |",
                      "| 210 |", "支出 (万元) |", "合计 | 34.35 |", "附件6 |", "栏次 |", "1 |", "2 |", "说明", ""]
        return (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }
    }

    func testClosedCellsFoldAsBefore() {
        var random = SplitMix64(seed: 16)
        var changed = 0
        for _ in 0..<1500 {
            let lines = pipeLines(&random)
            let folded = ClosedCells.folded(lines)
            XCTAssertEqual(folded, referenceClosedFolded(lines), "\(lines)")
            if folded != lines { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 100)
    }

    /// The code before: each line read three times.
    private func referenceNumberedFolded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            guard NumberedFormCells.oneCell(lines[n]) != nil else { n += 1; continue }
            var end = n
            while end < lines.count, NumberedFormCells.oneCell(lines[end]) != nil { end += 1 }
            let cells = (n..<end).map { k -> NumberedFormCells.Cell in
                let parsed = NumberedFormCells.oneCell(lines[k])!
                return NumberedFormCells.Cell(line: k, text: parsed.text, opensRow: parsed.opens)
            }
            if let form = NumberedFormCells.form(cells) {
                for k in form.lines { lines[k] = "" }
                for row in form.rows { lines[row.line] = "| " + row.cells.map { $0 + " |" }.joined(separator: " ") }
            }
            n = end
        }
        return lines
    }

    func testNumberedFormCellsFoldAsBefore() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<1500 {
            let lines = pipeLines(&random)
            XCTAssertEqual(NumberedFormCells.folded(lines), referenceNumberedFolded(lines), "\(lines)")
        }
        let form = ["| 项目 |", "| 金额 |", "| 栏次 |", "| 1 |", "| 合计 |", "| 3.00 |", "| 甲 |", "| 1.00 |", "| 乙 |", "| 2.00 |"]
        XCTAssertEqual(NumberedFormCells.folded(form), referenceNumberedFolded(form))
    }

    /// The code before: each line of a run cut twice.
    private func referencePaddedKept(_ lines: [String]) -> [String] {
        func cells(_ line: String) -> [String]? {
            guard line.contains("|"), PipeCells.isPipeRow(line) else { return nil }
            var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { UTF8Text.trimmingWhitespace(String($0)) }
            if cells.first?.isEmpty == true { cells.removeFirst() }
            if cells.last?.isEmpty == true { cells.removeLast() }
            return cells.isEmpty ? nil : cells
        }
        var lines = lines
        var n = 0
        while n < lines.count {
            guard let width = cells(lines[n])?.count, width >= 3 else { n += 1; continue }
            var end = n + 1
            while end < lines.count, cells(lines[end])?.count == width { end += 1 }
            let rows = lines[n..<end].compactMap(cells)
            if end - n >= 3, rows.contains(where: { $0.filter { !$0.isEmpty }.count >= 2 }) {
                for k in n..<end where !rows[k - n][0].isEmpty && rows[k - n].dropFirst().allSatisfy(\.isEmpty) {
                    lines[k] = rows[k - n].joined(separator: "\t")
                }
            }
            n = end
        }
        return lines
    }

    func testPaddedPipeRowsAsBefore() {
        let pieces = ["公共安全支出 | |||||", "社会保障和就业支出 | 8.54 | 8.54 | ||||", "合计 | 1 | 2 | 3 |", "| a | b | c |",
                      "甲 | | |", "乙 | 1 | |", "说明", "|"]
        var random = SplitMix64(seed: 18)
        var changed = 0
        for _ in 0..<1500 {
            let lines = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            let kept = PaddedPipeRows.kept(lines)
            XCTAssertEqual(kept, referencePaddedKept(lines), "\(lines)")
            if kept != lines { changed += 1 }
        }
        XCTAssertGreaterThan(changed, 50)
    }
}
