import Foundation
import XCTest
@testable import BudgetETL

/// Extraction's fifth round of byte scanning and guards: each answers as the code it replaced
/// (kept below as the reference) on every line of the sample documents and on texts that could
/// trip a byte scanner (combining marks after a space or an "=", brackets of both widths).
final class ExtractByteRound5Tests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func sampleLines() throws -> [String] {
        let folder = Self.repository.appendingPathComponent("input")
        var lines: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        XCTAssertGreaterThan(lines.count, 1000)
        return lines
    }

    /// `AlignedLayout.isNamePiece` as it was written over Characters.
    private func namePieceReference(_ line: String, _ gaps: [Int]) -> Bool {
        guard !gaps.contains(where: { $0 >= Thresholds.paddingGap }) else { return false }
        var before: [Unicode.Scalar] = []
        for word in line.split(separator: " ") {
            if !AlignedText.opensBracket(before), [.amount, .integer].contains(TokenKind.of(String(word))) { return false }
            before += word.unicodeScalars
        }
        return true
    }

    func testNamePiecesOverBytesAsOverCharacters() throws {
        let tricky = ["培训费 [50203 培训", "老保险缴费 [501 02", "办公费 [502 01 办公经费] 12", "办公费 【502 01 办公经费】 12",
                      "费 】] 12", "[[a] 12", "【a 12】 3", "培训费 \u{301}100", "e\u{301} 100", "a  b 1", " 1", "1 ", "",
                      "（一） 12", "项 目", "合计 1,000.00", "其中： 2024年"]
        var answers = Set<Bool>()
        for line in try sampleLines() + tricky {
            let gaps = AlignedLayout.innerGaps(line)
            let answer = AlignedLayout.isNamePiece(line, gaps)
            XCTAssertEqual(answer, namePieceReference(line, gaps), line.debugDescription)
            answers.insert(answer)
        }
        XCTAssertEqual(answers, [true, false])
        XCTAssertTrue(AlignedLayout.isNamePiece("办公费 【502 01", [1, 1]))
        XCTAssertFalse(AlignedLayout.isNamePiece("办公费 【502】 01", [1, 1]))
    }

    /// `ColumnGrid.isLineReferences` as it was written (Foundation's `contains`, the pattern on
    /// every cell).
    private func lineReferencesReference(_ cells: [Token]) -> Bool {
        let texts = cells.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        let pattern = try! NSRegularExpression(pattern: #"^[A-Z](?:[=+\-][A-Z])*$"#)
        return texts.contains { $0.contains("=") }
            && texts.allSatisfy { pattern.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
    }

    func testLineReferencesAsThePatternOnEveryCell() throws {
        func column(_ texts: [String]) -> [Token] { texts.enumerated().map { Token(text: $0.element, line: $0.offset + 1, column: 0) } }
        var columns: [[String]] = [
            ["A=B+C", "B", "C"], ["A", "B", "C"], ["", "A=B-C", "", "B"], ["A=B", "b"], ["A=B", "Ｂ"], ["A =B", " C "],
            ["A=\u{338}B", "C"], ["A\u{301}=B"], ["=A"], ["A="], ["A=B\n"], ["A=B", "B\u{2028}"], [], ["", ""], ["一", "A=B"],
            ["A=B", "项目"], ["AB=C"], ["A=B+C-D", "D"],
        ]
        // Every column of the samples' tab-separated lines.
        var byColumn: [[String]] = []
        for line in try sampleLines() where line.contains("\t") {
            for (i, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                while byColumn.count <= i { byColumn.append([]) }
                byColumn[i].append(String(cell))
            }
        }
        columns += byColumn
        var answers = Set<Bool>()
        for texts in columns {
            let answer = ColumnGrid.isLineReferences(column(texts))
            XCTAssertEqual(answer, lineReferencesReference(column(texts)), texts.debugDescription)
            answers.insert(answer)
        }
        XCTAssertEqual(answers, [true, false])
        XCTAssertTrue(ColumnGrid.isLineReferences(column(["A=B+C", "B", "C"])))
        XCTAssertFalse(ColumnGrid.isLineReferences(column(["A", "B"])))
    }

    /// The agency or wrapped unit label (`TableLines.isMeta` after `LineClass.isMeta`): its guard
    /// passes every text the pattern matches, names holding 单位 (事业单位…) no more.
    func testAgencyOrWrappedUnitLinesPassTheirGuard() throws {
        let pattern = try NSRegularExpression(pattern:
            #"^(?:编制部门|编制单位|填报部门|填报单位|预算部门|部门名称|单位名称)[:：]|^(?:金额)?单位[:：]?[万千亿]?$|单位[:：]$"#)
        let tricky = ["单位", "单位：", "单位:万", "金额单位", "金额单位：万", "金额单位亿", "编制单位：某局", "某局 单位：",
                      "事业单位基本养老保险缴费", "机关事业单位", "单位名称", "单位\n", "金额单位\u{2028}", " 单位", "单位 万"]
        var metas = 0
        for text in try sampleLines() + tricky {
            let line = TableLines.prepare(text, number: 1, tab: text.contains("\t"), mangled: false)
            let reference = LineClass.isMeta(line.compact)
                || pattern.firstMatch(in: line.compact, range: NSRange(line.compact.startIndex..., in: line.compact)) != nil
            XCTAssertEqual(TableLines.isMeta(line), reference, text.debugDescription)
            if reference { metas += 1 }
        }
        XCTAssertGreaterThan(metas, 10)
        XCTAssertFalse(TableLines.isMeta(TableLines.prepare("机关事业单位", number: 1, tab: false, mangled: false)))
        XCTAssertTrue(TableLines.isMeta(TableLines.prepare("金额单位：万", number: 1, tab: false, mangled: false)))
    }

    /// `TextRepair.compact` as round 4 wrote it: bytes copied into an array in runs.
    private func compactReference(_ text: String) -> String {
        var out: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x23, 0x22, 0x27, 0x3000, 0xA0, 0x200B, 0xFEFF, 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D: continue
            case 0xFF08: out.append(0x28)
            case 0xFF09: out.append(0x29)
            default: out += Array(String(scalar).utf8)
            }
        }
        let half = out.count / 2
        let doubled = out.count >= 2 && out.count % 2 == 0 && Array(out[..<half]) == Array(out[half...])
            && !(out.allSatisfy { (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2C }
                 && !(out.allSatisfy { (0x30...0x39).contains($0) } && Token.wholeCodeLengths.contains(half)))
        return String(decoding: doubled ? Array(out[..<half]) : out, as: UTF8.self)
    }

    func testCompactAsEveryCharacterDroppedOrReplaced() throws {
        let tricky = ["", " ", "（一） 项目", "“合计”", "项目项目", "项 目项 目", "301301", "2020", "1.51.5", "\u{FEFF}项目", "a\u{A0}b",
                      "「表」", "e\u{301} x", "\u{200B}", "（（", "项目\t名称", "#1", "'a'", "𠀀 𠀀", "é（é）"]
        for text in try sampleLines() + tricky {
            XCTAssertEqual(TextRepair.compact(text), compactReference(text), text.debugDescription)
        }
        XCTAssertEqual(TextRepair.compact("（一） 项 目项 目"), "(一)项目项目")
        XCTAssertEqual(TextRepair.compact("合 计合 计"), "合计")
    }

    /// `StreamLayout.titleAndTable`'s byte guard refuses only lines the Character split refuses.
    func testTitleBeforeATableGuardAsTheCharacterSplit() throws {
        func reference(_ line: String) -> Bool {
            let cells = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let title = cells.firstIndex(where: { $0.hasSuffix("表") }) else { return false }
            return title + 1 < cells.count
        }
        let tricky = ["收入支出决算总表 项目 金额", "收入支出决算总表", "表 1", " 表  ", "总表\u{301} 项目", "总\u{F900}表 a", "a 表b c",
                      "一般公共预算支出表 科目 2024年 合计 100.00"]
        var answers = Set<Bool>()
        for line in try sampleLines() + tricky {
            guard let answer = UTF8Text.withBytes(line, StreamLayout.wordEndsInBiaoBeforeAnother) else { continue }
            XCTAssertEqual(answer, reference(line), line.debugDescription)
            answers.insert(answer)
        }
        XCTAssertEqual(answers, [true, false])
        XCTAssertNil(UTF8Text.withBytes("总表\u{301} 项目", StreamLayout.wordEndsInBiaoBeforeAnother))
    }

    func testClosingBracketFoundByItsBytes() {
        let line = TableLines.prepare("[501 01 办公经费] 12.00", number: 1, tab: false, mangled: false)
        XCTAssertTrue(StreamLabel.closesAfter(line.tokens[0], in: line))
        let open = TableLines.prepare("[501 01 办公 12.00 经费]", number: 1, tab: false, mangled: false)
        XCTAssertFalse(StreamLabel.closesAfter(open.tokens[0], in: open))
        let full = TableLines.prepare("【501 01 办公经费〕 12.00", number: 1, tab: false, mangled: false)
        XCTAssertTrue(StreamLabel.closesAfter(full.tokens[0], in: full))
    }

    /// The byte search (memchr for the needle's last byte) finds what a window-by-window compare
    /// finds: needles cut from the lines themselves, at either end and in the middle, and words
    /// that overlap themselves.
    func testByteSearchFromTheLastByteAsEveryWindow() throws {
        func reference(_ haystack: String, _ needle: String) -> Bool {
            let h = Array(haystack.utf8), n = Array(needle.utf8)
            guard !n.isEmpty else { return true }
            guard h.count >= n.count else { return false }
            return (0...(h.count - n.count)).contains { Array(h[$0..<$0 + n.count]) == n }
        }
        let lines = try sampleLines().prefix(3000)
        var found = 0
        for (k, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            var needles = ["表", "经费", "合计", "a", "aa", "年年", "\t", "预算数", "单位：万元"]
            if scalars.count >= 2 {
                let cut = k % scalars.count, length = 1 + k % min(4, scalars.count)
                needles.append(String(String.UnicodeScalarView(scalars[cut..<min(scalars.count, cut + length)])))
                needles.append(String(String.UnicodeScalarView(scalars.suffix(2))))
                needles.append(String(String.UnicodeScalarView(scalars.prefix(3))))
            }
            for needle in needles {
                let answer = UTF8Text.contains(line, needle)
                XCTAssertEqual(answer, reference(line, needle), "\(line.debugDescription) / \(needle.debugDescription)")
                if answer { found += 1 }
            }
            for scalar: Unicode.Scalar in ["表", "元", "年", ":", "：", "单"] {
                XCTAssertEqual(UTF8Text.containsAny(line, scalar), line.unicodeScalars.contains(scalar), line.debugDescription)
            }
        }
        XCTAssertGreaterThan(found, 3000)
        XCTAssertTrue(UTF8Text.contains("年年年", "年年"))
        XCTAssertTrue(UTF8Text.contains("aab", "ab"))
        XCTAssertFalse(UTF8Text.contains("b", "ab"))
        XCTAssertTrue(UTF8Text.contains("ab", "b"))
    }

    /// A title rule anchored at the start runs only on a title whose first character its test
    /// passes: every text one of them matches passes it (the samples' lines, compacted as titles
    /// are, and numbers of other scripts, full-width forms, a digit outside the BMP).
    func testTitleRulesGuardedByTheirFirstCharacter() throws {
        let tricky = ["表五一般公共预算", "附表3：收支总表", "附件2 项目表", "(一)支出表", "•收入表", "·收入表", "-收入表", "１．收入表",
                      "٢٠٢٤年收入表", "𝟐𝟎𝟐𝟒年收入表", "2024年度收入表", "十、收入表", "一.收入表", "", "表", "（一）收入表", "\u{301}表"]
        let texts = try sampleLines().filter { $0.unicodeScalars.contains("表") }.map(TextRepair.compact) + tricky
        var matched = 0
        for rule in TitleMatcher.rules {
            guard let starts = rule.starts else { continue }
            for text in texts where rule.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                XCTAssertTrue(TitleMatcher.starts(NSString(string: text), with: starts), text.debugDescription)
                matched += 1
            }
        }
        XCTAssertGreaterThan(matched, 10)
        XCTAssertTrue(TitleMatcher.starts("𝟐𝟎𝟐𝟒年", with: { _ in false }), "a surrogate is left to the pattern")
        XCTAssertFalse(TitleMatcher.starts("", with: { _ in true }))
        XCTAssertEqual(TitleMatcher.normalize("(一)2024年收入支出决算总表(续)"), "收入支出决算总表")
        XCTAssertEqual(TitleMatcher.normalize("١٢. 收入支出决算总表"), "收入支出决算总表")
    }

    /// `TextRepair.doubledPieces` as written over Characters.
    private func doubledPiecesReference(_ text: String) -> [String]? {
        let chars = Array(text)
        var pieces: [String] = []
        var i = 0
        while i < chars.count {
            var length = (chars.count - i) / 2
            while length > 0, chars[i..<i + length] != chars[i + length..<i + 2 * length] { length -= 1 }
            guard length > 0 else { return nil }
            pieces.append(String(chars[i..<i + length]))
            i += 2 * length
        }
        return pieces
    }

    func testDoubledPiecesOverBytesAsOverCharacters() throws {
        let tricky = ["费费小计小计", "项项目目", "合计合计", "表表表表", "ab", "aabb", "aa", "", "１１２２", "一一", "预算数预算数合计合计",
                      "e\u{301}e\u{301}", "\u{F900}\u{8C48}", "ééxx", "金额金", "“”“”", "(一)(一)"]
        var cells = tricky
        for line in try sampleLines() {
            for cell in line.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                cells.append(String(cell))
                cells.append(String(cell) + String(cell))
            }
        }
        var pieced = 0
        for text in cells {
            let pieces = TextRepair.doubledPieces(text)
            XCTAssertEqual(pieces, doubledPiecesReference(text), text.debugDescription)
            if pieces != nil { pieced += 1 }
        }
        XCTAssertGreaterThan(pieced, 100)
        XCTAssertEqual(TextRepair.doubledPieces("费费小计小计"), ["费", "小计"])
        XCTAssertEqual(TextRepair.doubledPieces("\u{F900}\u{8C48}"), ["\u{F900}"], "canonically equal Characters, by the Character path")
        XCTAssertNil(TextRepair.doubledPieces("金额金"))
    }
}
