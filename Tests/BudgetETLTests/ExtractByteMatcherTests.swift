import Foundation
import XCTest
@testable import BudgetETL

/// Extraction's fourth round of byte scanning: the byte matchers and splits give what the
/// patterns and Character code they replace give (kept below, or in the source, as the
/// reference), on every cell of the sample documents and on texts that could trip a byte scanner
/// (combining marks, a Prepend scalar, line terminators, full-width forms).
final class ExtractByteMatcherTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private let tricky = [
        "", " ", "类", "款", "项", "项 ", "类\n", "编码\n", "项目\r\n", "项目\u{2028}", "名称\u{85}", "科目\u{B}名称",
        "编码", "科目编码", "功能分类科目编码", "经济分类科目编码", "编码说明", "代码(编号)", "代码(说明)", "(编码)",
        "编码(", "编码()", "编码(编号)", "编号(代码)x", "支出编号(其中代码)", "码)", "项目编码(功能编码)", "编码（编码）",
        "项目", "项目名称", "项目(", "项目()", "项目(一般)", "项目（一般）", "项目(一般", "科目", "科目名称", "名称", "单位名称",
        "单位(科目名称)", "部门(单位)名称", "功能分类", "经济分类", "功能分类科目", "经济分类科目", "支出功能分类科目", "部门预算经济分类科目", "分类科目", "分类科目\n", "分类科目x",
        "收入项目", "支出项目", "类型", "项目类型", "项目单位", "预算单位", "年份", "年份数", "业务处室", "处室", "是否", "是否政府采购",
        "否是", "决算数", "金额", "item", "名称e\u{301}", "项目\u{301}", "\u{600}项目", "项目\u{FE0F}", "名称 ", " 名称",
    ]

    /// Every cell of the sample documents, split at white space, as extraction compacts it.
    private func sampleCells() throws -> [String] {
        let folder = Self.repository.appendingPathComponent("input")
        var cells = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                for cell in line.split(whereSeparator: { $0.isWhitespace }) { cells.insert(TextRepair.compact(String(cell))) }
            }
        }
        XCTAssertGreaterThan(cells.count, 500)
        return cells.sorted()
    }

    func testHeaderWordBytesAnswerAsThePatterns() throws {
        for text in try sampleCells() + tricky {
            if let code = HeaderWordBytes.isCode(text) {
                XCTAssertEqual(code, HeaderWords.matches(HeaderWords.codePattern, text), "code: \(text.debugDescription)")
            }
            if let label = HeaderWordBytes.isLabel(text) {
                XCTAssertEqual(label, HeaderWords.matches(HeaderWords.labelPattern, text), "label: \(text.debugDescription)")
            }
        }
        // Line terminators are left to ICU, whose `$` stands before a last one.
        XCTAssertNil(HeaderWordBytes.isCode("编码\n"))
        XCTAssertNil(HeaderWordBytes.isLabel("名称\u{2028}"))
        XCTAssertTrue(HeaderWords.isCode("编码\n"))
        XCTAssertEqual(HeaderWordBytes.isCode("项目编码(功能编码)"), true)
        XCTAssertEqual(HeaderWordBytes.isCode("编码(说明)"), false)
        XCTAssertEqual(HeaderWordBytes.isLabel("项目(一般)"), true)
        XCTAssertEqual(HeaderWordBytes.isLabel("项目(一般"), false)
    }

    /// The byte matchers answer these patterns exactly; a changed pattern needs a changed matcher.
    func testHeaderWordPatternsAreTheOnesTheBytesAnswer() {
        XCTAssertEqual(HeaderWords.codePattern.pattern,
                       #"^(?:类|款|项|.*(?:编码|代码|编号)(?:\(.*(?:编码|代码|编号)\))?|科目编码|(?:功能|经济)分类科目编码)$"#,
                       "HeaderWordBytes.isCode answers this pattern: change both")
        XCTAssertEqual(HeaderWords.labelPattern.pattern,
                       #"^(?:项目|项目\(.*\)|项目名称|科目|科目名称|.*名称|单位\(科目名称\)|部门\(单位\)名称|(?:功能|经济)分类|.*分类科目|收入项目|支出项目|经费项目|使用项目|类型|项目类型|项目单位|预算单位|年份|地区|地域|村名|户名|姓名|.*处室|是否.*)$"#,
                       "HeaderWordBytes.isLabel answers this pattern: change both")
        for word in ["村名", "户名", "姓名", "地域"] { XCTAssertEqual(HeaderWordBytes.isLabel(word), true, word) }
        XCTAssertEqual(HeaderWordBytes.isLabel("排名"), false)
    }

    func testSpaceSeparatedPartsEqualTheCharacterSplit() throws {
        var lines = tricky + ["一般公共 预算\u{3000}\u{3000}拨款", "  项 目  ", "\u{3000}", "(一) 一般公共服务支出", "a \u{301}b c",
                              "\u{600} 1", "1 2 3", "合计\t 100.00", "经费\u{A0}合计"]
        let folder = Self.repository.appendingPathComponent("input")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        for line in lines {
            XCTAssertEqual(StreamLayout.spaceSeparatedParts(line), line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }),
                           line.debugDescription)
        }
        // A combining mark after a space joins it into one Character: no split there.
        XCTAssertEqual(StreamLayout.spaceSeparatedParts("a \u{301}b c"), ["a \u{301}b", "c"])
    }

    func testNamePiecesAsTheCharacterSplitSaysThem() {
        // One cell, no number: a wrapped name's piece.
        XCTAssertTrue(AlignedLayout.isNamePiece("培训费 [50203 培训", [1, 1]))
        XCTAssertFalse(AlignedLayout.isNamePiece("培训费 100.00", [1]))
        XCTAssertFalse(AlignedLayout.isNamePiece("培训费 １２", [1]))
        XCTAssertFalse(AlignedLayout.isNamePiece("培训费   100.00", [3]))
        // A combining mark after the space keeps "费 \u{301}100" one Character-split piece: text.
        XCTAssertTrue(AlignedLayout.isNamePiece("培训费 \u{301}100", [1]))
        XCTAssertFalse(AlignedLayout.isNamePiece("e\u{301} 100", [1]))
    }

    func testYearbookCaptionsWithEitherHyphen() {
        XCTAssertEqual(TitleMatcher.yearbookCaption("7－1  主要年份财政收支情况"), "主要年份财政收支情况")
        XCTAssertEqual(TitleMatcher.yearbookCaption(" 7-1\u{3000}主要年份财政收支情况"), "主要年份财政收支情况")
        XCTAssertNil(TitleMatcher.yearbookCaption("7 1  主要年份财政收支情况"))
    }

    func testWholeNumbersOverBytesEqualTheCharacterSplit() throws {
        func reference(_ text: String) -> [Int] {
            text.split { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.compactMap { cell in
                cell.count <= Thresholds.pageNumberDigits && cell.allSatisfy(\.isASCII) ? Int(cell) : nil
            }
        }
        for line in try sampleLines() + tricky + ["12", " 3 ", "1\u{3000}2\t3", "+7 -8 0012 1234", "１２ 5", "5\r\n", "e\u{301} 4", "\u{600} 5"] {
            XCTAssertEqual(TableLines.wholeNumbers(line), reference(line), line.debugDescription)
        }
        XCTAssertEqual(TableLines.wholeNumbers("第 12 页 共 30 页"), [12, 30])
    }

    func testBracketsBalanceOverBytesAsOverCharacters() throws {
        func reference(_ text: String) -> Bool {
            var depth = 0
            for c in text {
                if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth -= 1; if depth < 0 { return false } }
            }
            return depth == 0
        }
        for text in try sampleLines() + tricky + ["(（)）", ")(", "（一）", "(\u{301})", "（\u{301}", "a(b"] {
            XCTAssertEqual(WrappedRowAnchor.bracketsBalance(text), reference(text), text.debugDescription)
        }
        // "(" with a combining mark is no "(" Character: the Character path counts it out.
        XCTAssertTrue(WrappedRowAnchor.bracketsBalance("(\u{301}"))
    }

    /// Foundation's `contains` compares under canonical equivalence and by whole Characters; a
    /// byte search answers as it does on plain texts, and leaves the others to it.
    func testByteSearchEqualsFoundationContains() throws {
        let pairs: [(String, String)] = [
            ("一般公共预算财政拨款", "财政拨款"), ("caf\u{E9}", "e"), ("cafe\u{301}", "\u{E9}"), ("caf\u{E9}", "e\u{301}"),
            ("\u{F900}", "\u{8C48}"), ("\u{8C48}", "\u{F900}"), ("\u{212B}", "\u{C5}"), ("\u{212A}", "K"), ("经费合计", "合计"),
            ("基本支出", "项目支出"), ("e\u{301}x", "e"), ("\u{600}收入", "收入"), ("", "收入"), ("👩‍👩‍👧", "👧"),
        ]
        for (haystack, needle) in pairs {
            XCTAssertEqual(UTF8Text.plainContains(haystack, needle) ?? haystack.contains(needle), haystack.contains(needle),
                           "\(haystack) \(needle)")
        }
        let cells = try sampleCells()
        for (haystack, needle) in Array(zip(cells, cells.shuffled())) + Array(zip(cells, cells.map { String($0.prefix(2)) })) {
            XCTAssertEqual(UTF8Text.plainContains(haystack, needle) ?? haystack.contains(needle), haystack.contains(needle),
                           "\(haystack) \(needle)")
        }
        for (haystack, needle) in pairs {
            XCTAssertEqual(UTF8Text.holds(haystack, needle), haystack.contains(needle), "\(haystack) \(needle)")
        }
        XCTAssertNil(UTF8Text.plainContains("cafe\u{301}", "e"))
        XCTAssertNil(UTF8Text.plainContains("\u{F900}", "\u{8C48}"))
        XCTAssertEqual(UTF8Text.plainContains("一般公共预算“财政拨款”", "“财政拨款”"), true)
        XCTAssertEqual(UTF8Text.plainContains("基本支出", "项目支出"), false)
    }

    func testNumberLikeTextsStartAsNumbers() {
        func text(_ s: String) -> Token { Token(text: s, line: 1, column: 0) }
        XCTAssertTrue(CellText.mayBeNumber(text("12.30万")))
        XCTAssertTrue(CellText.mayBeNumber(text("（12.30）元")))
        XCTAssertTrue(CellText.mayBeNumber(text("－1.2e5")))
        XCTAssertFalse(CellText.mayBeNumber(text("万元")))
        XCTAssertFalse(CellText.mayBeNumber(text("合计12")))
        XCTAssertFalse(CellText.mayBeNumber(text("+12x")))
    }

    func testCheapRefusalsKeepTheirAnswers() {
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("410800220000 000014330"), "410800220000000014330")
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("410800220000"), "410800220000")
        XCTAssertEqual(CodeSplitter.joinedDigitGroups("2080505机关事业单位"), "2080505机关事业单位")
        XCTAssertTrue(HeaderWords.endsComplete("一般公共预算财政拨款"))
        XCTAssertFalse(HeaderWords.endsComplete("一般公共预算财政"))
        XCTAssertTrue(HeaderWords.endsComplete(""))
        XCTAssertEqual(Tokenizer.tabTokens("a\t\tb\t", number: 3).map(\.text), ["a", "", "b"])
        XCTAssertEqual(Tokenizer.tabTokens("a\t\tb\t", number: 3).map(\.column), [0, 2, 3])
    }

    /// The tables built to judge regions are the ones the extractor would build again.
    func testTablesBuiltForRegionsAreReusedUnchanged() throws {
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"))
        let matcher = TitleMatcher(catalog: config.catalog)
        // The real documents hold titles the catalog does not name, judged by their tables.
        let folder = Self.repository.appendingPathComponent("Tests/Fixtures/real")
        var reused = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            let lines = try Extractor.lines(Array(try Data(contentsOf: folder.appendingPathComponent(file))))
            let titles = RegionFinder.titleLines(in: lines, matcher: matcher)
            let (regions, tables) = TableStructure.regionsAndTables(in: lines, titles: titles)
            XCTAssertEqual(regions.map(\.titleIndex), TableStructure.regions(in: lines, titles: titles).map(\.titleIndex))
            for region in regions {
                guard let built = tables[TableStructure.LinesKey(region)] else { continue }
                let fresh = TableLines(lines: lines, region: region, titleLine: lines[region.titleIndex])
                XCTAssertEqual(built.header.map(\.tokens), fresh.header.map(\.tokens))
                XCTAssertEqual(built.body.map(\.tokens), fresh.body.map(\.tokens))
                XCTAssertEqual(built.layout, fresh.layout)
                reused += 1
            }
        }
        XCTAssertGreaterThan(reused, 0)
    }

    func testPlainTextsEqualByTheirBytes() throws {
        let texts = try sampleCells().prefix(400) + tricky + ["\u{F900}", "\u{8C48}", "\u{212B}", "\u{C5}", "A\u{30A}", "项目", "项目"]
        for a in texts {
            for b in texts.prefix(60) + [a, a + ""] {
                XCTAssertEqual(UTF8Text.equals(a, plain: UTF8Text.isPlain(a), b, plain: UTF8Text.isPlain(b)), a == b, "\(a) \(b)")
            }
        }
        XCTAssertTrue(UTF8Text.equals("\u{F900}", plain: UTF8Text.isPlain("\u{F900}"), "\u{8C48}", plain: true))
    }

    func testMemoKeysAreTheirBytes() {
        XCTAssertEqual(UTF8Key("部门收支总表"), UTF8Key("部门" + "收支总表"))
        XCTAssertEqual(UTF8Key("部门收支总表").hashValue, UTF8Key("部门" + "收支总表").hashValue)
        XCTAssertNotEqual(UTF8Key("部门收支总表"), UTF8Key("部门收支总表 "))
        // Canonically equal, other bytes: two keys (each worked out from its own text).
        XCTAssertEqual("\u{F900}", "\u{8C48}")
        XCTAssertNotEqual(UTF8Key("\u{F900}"), UTF8Key("\u{8C48}"))
        XCTAssertEqual(Set([UTF8Key(""), UTF8Key(""), UTF8Key("表")]).count, 2)
    }

    func testBlankLinesAsEveryCharacterWhiteSpace() throws {
        for line in try sampleLines() + tricky + ["\t \u{3000}", " \u{301}", "\u{A0}", " \u{2028}", "  x", "\t　预算", " é", "\r\n"] {
            XCTAssertEqual(TableLines.isBlank(line), line.allSatisfy(\.isWhitespace), line.debugDescription)
        }
    }

    func testAgencyLabelsPassTheirGuard() {
        XCTAssertEqual(MetadataReader.agencyNames(in: "部门名称：某某县财政局"), ["某某县财政局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "预算单位:某某中心金额单位：万元"), ["某某中心"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "部门(单位)名称：某某局"), ["某某局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "填报日期：2024年"), [])
        XCTAssertTrue(HeaderWords.isLabel("item"))
        XCTAssertTrue(HeaderWords.isLabel("ITEM"))
        XCTAssertFalse(HeaderWords.isLabel("items"))
    }

    private func sampleLines() throws -> [String] {
        let folder = Self.repository.appendingPathComponent("input")
        var lines: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".txt") {
            lines += try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        return lines
    }
}
