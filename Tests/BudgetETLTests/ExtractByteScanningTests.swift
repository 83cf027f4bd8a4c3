import Foundation
import XCTest
@testable import BudgetETL

/// The byte-level scanners of extraction give what the String and Character code they replaced
/// gave: each is checked against that code (kept here as the reference) on text with the
/// characters documents hold and the ones that could trip a byte scanner.
final class ExtractByteScanningTests: XCTestCase {
    /// Lines with ideographic and no-break spaces, full-width digits, quotes, combining marks,
    /// an emoji sequence and a lone tab.
    private let samples = [
        "", " ", "\t", "　　一般公共预算财政拨款", "2080505  机关事业单位基本养老保险缴费支出   123.45  6.00 ",
        "项目\t\t100.00\t\t50.00", " 208 社会保障和就业支出 \t 12.00 ", "\u{A0}合计\u{A0}", "１２３．４５", "（万元）",
        "“三公”经费", "收入支出决算总表收入支出决算总表", "e\u{301}\tx", "a\t\u{301}b", "👩‍👩‍👧 1", "－", "—", "1,234.00",
        "某某局2025年部门预算公开", "注：本表无数据。", "\u{200B}#表\u{FEFF}", "12.5%", "(1)", "a b  c   d", "\u{3000}\u{3000}",
    ]

    func testTrimmingWhitespaceEqualsFoundation() {
        var texts = samples
        for value in [0x09, 0x0A, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x180E, 0x2000, 0x2005, 0x200A, 0x200B, 0x200C,
                      0x2028, 0x202F, 0x205F, 0x3000, 0xFEFF] {
            let s = String(Unicode.Scalar(UInt32(value))!)
            texts.append(s + "表" + s)
            texts.append(s + s)
        }
        for text in texts {
            XCTAssertEqual(UTF8Text.trimmingWhitespace(text), text.trimmingCharacters(in: .whitespaces),
                           "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testCompactRemovesSpacesQuotesAndDoubling() {
        XCTAssertEqual(TextRepair.compact(" “三公” 经费（万元）"), "三公经费(万元)")
        XCTAssertEqual(TextRepair.compact("收入支出决算总表 收入支出决算总表"), "收入支出决算总表")
        XCTAssertEqual(TextRepair.compact("#\u{200B}合\u{3000}计\u{A0}\u{FEFF}'「」"), "合计")
        XCTAssertEqual(TextRepair.compact("301301"), "301")
        XCTAssertEqual(TextRepair.compact("e\u{301}e\u{301}"), "e\u{301}")
        XCTAssertEqual(TextRepair.undoubled("ab"), "ab")
        XCTAssertEqual(TextRepair.undoubled("表表"), "表")
        XCTAssertEqual(TextRepair.undoubled("表"), "表")
    }

    func testTokenKinds() {
        XCTAssertEqual(TokenKind.of(""), .blank)
        XCTAssertEqual(TokenKind.of("2080505"), .integer)
        XCTAssertEqual(TokenKind.of("１２３"), .integer)
        XCTAssertEqual(TokenKind.of("1,234.00"), .amount)
        XCTAssertEqual(TokenKind.of("１２３．４５"), .amount)
        XCTAssertEqual(TokenKind.of("-12.00"), .amount)
        XCTAssertEqual(TokenKind.of("12.5%"), .amount)
        XCTAssertEqual(TokenKind.of("(3)"), .amount)
        XCTAssertEqual(TokenKind.of("—"), .placeholder)
        XCTAssertEqual(TokenKind.of("／"), .placeholder)
        XCTAssertEqual(TokenKind.of("-.-"), .text)
        XCTAssertEqual(TokenKind.of("2025年"), .text)
        XCTAssertEqual(TokenKind.of("合计"), .text)
    }

    func testTokenizersEqualTheCharacterCode() {
        for text in samples {
            XCTAssertEqual(Tokenizer.tabTokens(text, number: 3), referenceTabTokens(text, number: 3), text)
            XCTAssertEqual(Tokenizer.spaceTokens(text, number: 3), referenceSpaceTokens(text, number: 3), text)
            XCTAssertEqual(Tokenizer.clean(Substring(text)), referenceClean(Substring(text)), text)
        }
        // Columns count Characters: an accent joined to its letter is one column.
        XCTAssertEqual(Tokenizer.tabTokens("e\u{301}\tx", number: 1).map(\.column), [0, 2])
        XCTAssertEqual(Tokenizer.tabTokens("合计\t1.00", number: 1).map(\.column), [0, 3])
    }

    func testSplitLinesAtEveryLineEnd() {
        XCTAssertEqual(SourceText.splitLines("a\r\nb\rc\n\nd\u{0C}e\u{200B}f\u{FEFF}"), ["a", "b", "c", "", "def"])
        XCTAssertEqual(SourceText.splitLines("表\n"), ["表"])
        XCTAssertEqual(SourceText.splitLines(""), [])
        XCTAssertEqual(SourceText.splitLines("a\rb\nc"), ["a", "b", "c"])
        XCTAssertEqual(SourceText.splitLines("\r\u{0C}\n表\r\n\r\n"), ["", "", "表", ""])
        for text in samples + ["x\r\ny\u{2060}z\n\r", "\u{200D}\r", "a\r\u{FEFF}\nb"] {
            XCTAssertEqual(SourceText.splitLines(text), referenceSplitLines(text), text)
        }
    }

    func testInnerGapsCountSpaceScalars() {
        XCTAssertEqual(AlignedLayout.innerGaps("  a b  c\u{3000}\u{A0}d  "), [1, 2, 2])
        XCTAssertEqual(AlignedLayout.innerGaps("合计   1.00    2.00"), [3, 4])
        XCTAssertEqual(AlignedLayout.innerGaps("   "), [])
    }

    func testProseEqualsTheCharacterCode() {
        let texts = samples + ["本部门收支预算总额为一千万元，比上年增加。", "一二三四五六七八九十一二三四五六，", "一二三四五，", "a；b",
                               "e\u{301}一二三四五六七八九十一二三四五，"]
        for text in texts {
            let reference = text.contains("。") || (text.count > Thresholds.proseCharacters && (text.contains("，") || text.contains("；")))
            XCTAssertEqual(AlignedText.isProse(text), reference, text)
        }
        XCTAssertTrue(AlignedText.isProse("合计。"))
        XCTAssertFalse(AlignedText.isProse("合计，"))
    }

    func testByteSearch() {
        XCTAssertTrue(UTF8Text.contains("某某局2025年部门预算公开 第3页", "2025年部门预算"))
        XCTAssertFalse(UTF8Text.contains("某某局2025年", "2026年"))
        XCTAssertFalse(UTF8Text.contains("年", "2025年"))
        XCTAssertTrue(UTF8Text.contains("abc", ""))
        XCTAssertTrue(UTF8Text.contains("aab", "ab"))
        XCTAssertTrue(UTF8Text.containsAny("金额单位：万元", "元"))
        XCTAssertTrue(UTF8Text.containsAny("a:b", "：", ":"))
        XCTAssertFalse(UTF8Text.containsAny("说明文字 说明文字", "元", "年", ":", "：", "表"))
        XCTAssertTrue(UTF8Text.containsAny("𠀀表", "𠀀"))
        XCTAssertFalse(UTF8Text.containsAny("", "元"))
        XCTAssertTrue(UTF8Text.containsASCII("某某局2025年", 0x32, 0x30))
        XCTAssertFalse(UTF8Text.containsASCII("某某局1825年", 0x32, 0x30))
    }

    func testRunningHeaderFoundTwice() {
        let page = Array(repeating: "201 一般公共服务支出 10.00", count: Thresholds.runningHeaderSpacing)
        let document = ["某某局2025年部门预算公开", "一、收入"] + page + ["某某局2025年部门预算公开", "某某中心2024年决算"]
        XCTAssertTrue(TableLines.isRunningHeader(document[0], document: document))
        XCTAssertFalse(TableLines.isRunningHeader(document.last!, document: document))
        XCTAssertFalse(TableLines.isRunningHeader(document[1], document: document))
    }

    /// Two rows' names that start alike, wrapped a few lines apart, print the same piece with its
    /// year twice: a table's own lines, not a running header (that stands a page apart).
    func testLineWithAYearPrintedAgainNearbyIsNoRunningHeader() {
        let document = ["特定目标类提前下达2024年中央", "财政医疗服务补助资金 10.00 10.00", "某某局",
                        "特定目标类提前下达2024年中央", "财政城乡居民医疗保险补助资金 100.00 100.00", "某某中心"]
        XCTAssertFalse(TableLines.isRunningHeader(document[0], document: document))
        XCTAssertFalse(TableLines.isRunningHeader(document[3], document: document))
    }

    func testTitleReadTheSameWhenMetAgain() {
        let matcher = TitleMatcher(catalog: Catalog(kinds: [
            TableKind(key: "income_expenditure_total", titlePatterns: ["(部门)?收支(预算)?总表"]),
        ]))
        let line = "表一 某某局2025年部门收支总表"
        let expected = TitleMatcher.Match(key: "income_expenditure_total", title: "部门收支总表")
        XCTAssertEqual(matcher.title(line), expected)
        XCTAssertEqual(matcher.title(line), expected)
        XCTAssertNil(matcher.title("本年收入合计 100.00"))
        // Under a marker a line without 表 may be a title; the same line alone is none.
        XCTAssertEqual(matcher.title("三公经费支出情况", afterMarker: true), TitleMatcher.Match(key: nil, title: "三公经费支出情况"))
        XCTAssertNil(matcher.title("三公经费支出情况", afterMarker: false))
        XCTAssertEqual(matcher.title("三公经费支出情况", afterMarker: true), TitleMatcher.Match(key: nil, title: "三公经费支出情况"))
    }

    // MARK: - The code replaced, as the reference

    private func referenceSplitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !previousWasCR { lines.append(String(current)); current = .init() }
                previousWasCR = false
            case "\r":
                lines.append(String(current)); current = .init()
                previousWasCR = true
            case "\u{0C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}":
                previousWasCR = false
            default:
                current.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    private func referenceClean(_ field: Substring) -> String {
        let scalars = field.unicodeScalars
        guard let first = scalars.firstIndex(where: { !Tokenizer.isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Tokenizer.isSpace($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private func referenceTabTokens(_ line: String, number: Int) -> [Token] {
        var tokens: [Token] = []
        var column = 0
        for field in line.split(separator: "\t", omittingEmptySubsequences: false) {
            tokens.append(Token(text: referenceClean(field), line: number, column: column))
            column += field.count + 1
        }
        while let last = tokens.last, last.isBlank { tokens.removeLast() }
        return tokens
    }

    private func referenceSpaceTokens(_ line: String, number: Int) -> [Token] {
        var tokens: [Token] = []
        var current = String.UnicodeScalarView()
        let indent = line.unicodeScalars.prefix { $0 == "\u{3000}" }.count
        var start = indent, column = indent
        for scalar in line.unicodeScalars.dropFirst(indent) {
            if Tokenizer.isSpace(scalar) {
                tokens.append(Token(text: String(current), line: number, column: start))
                current = .init()
                start = column + 1
            } else {
                current.append(scalar)
            }
            column += 1
        }
        tokens.append(Token(text: String(current), line: number, column: start))
        while let last = tokens.last, last.isBlank { tokens.removeLast() }
        return tokens
    }
}
