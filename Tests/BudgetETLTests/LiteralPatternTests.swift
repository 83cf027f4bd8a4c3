import Foundation
import XCTest
@testable import BudgetETL

/// Patterns matched by bytes (`LiteralPattern`) answer as ICU does, and the text a pattern requires
/// (`RequiredText`) is in every match ICU finds.
final class LiteralPatternTests: XCTestCase {
    private static let patterns = [
        "^合计$", "^(决算数|金额)$", "^(收入)?总计$", "采购金额", "其他收入$", "^一、本年支出$", "^本年支出 / (小计|合计)$",
        "^(?:一般公共预算)?财政拨款$", "^a|b$", "a|b", "^$", "^", "$", "\\(类\\)", "^\\$1$", "a?b?c?",
        "^[一二三]、", "(^| / )合计$", ".", "^合计.*$", "(?i)abc", "^\\d+$", "合计{2}", "((a|b)(c|d))?e$",
    ]
    private static let texts = [
        "合计", "合计\n", "总计", "收入总计", "收入合计", "决算数", "金额", "金额 ", "本年支出 / 小计", "其他收入",
        "一、其他收入", "", "a", "b", "ab", "ABC", "abc", "一、本年支出", "支出(类)", "$1", "c", "ace", "bde",
        "e", "x合计", "合计合计", "财政拨款", "一般公共预算财政拨款", "合计\u{2028}", "12",
    ]

    func testLiteralPatternsAnswerAsICUDoes() throws {
        var taken = 0
        for pattern in Self.patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            guard let literal = LiteralPattern(pattern) else { continue }
            taken += 1
            for text in Self.texts {
                let icu = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                if let answer = literal.matches(text) {
                    XCTAssertEqual(answer, icu, "\(pattern) on \(text.debugDescription)")
                } else {
                    XCTAssertTrue(pattern.hasSuffix("$") && text.unicodeScalars.contains { $0 == "\n" || $0 == "\u{2028}" })
                }
            }
        }
        XCTAssertEqual(taken, 16)
    }

    func testWhatIsLeftToICU() {
        for pattern in ["", "^[一二三]、", "(^| / )合计$", ".", "^合计.*$", "(?i)abc", "^\\d+$", "合计{2}", "^a|b$", "a+", "(?<x>a)"] {
            XCTAssertNil(LiteralPattern(pattern), pattern)
        }
        XCTAssertNil(LiteralPattern("^合计$")!.matches("合计\n"))
    }

    func testRequiredText() {
        func required(_ pattern: String) -> String { String(decoding: RequiredText.of(pattern), as: UTF8.self) }
        XCTAssertEqual(required("收入总计(?<amount>[0-9]+)(?<amountUnit>万元|元)"), "收入总计")
        XCTAssertEqual(required("收、?支总计(?:均|各)?为(?<a>[0-9]+)"), "支总计")
        XCTAssertEqual(required("(?:基本支出|项目支出)(?<a>[0-9]+),占(?:比)?(?<r>[0-9]+)%"), ",占")
        XCTAssertEqual(required("(?<label>[^,:;。、()]+?)\\(项\\)[。.]?年"), "(项)")
        XCTAssertEqual(required("ab+c"), "ab")
        XCTAssertEqual(required("\\p{Han}+合计"), "合计")
        XCTAssertEqual(required("年初预算{0,2}数"), "年初预")
        XCTAssertEqual(required("a|bcd"), "")
        XCTAssertEqual(required("(?i)abc"), "")
        XCTAssertEqual(required("[abc]"), "")
    }

    func testRequiredTextIsInEveryMatch() throws {
        let phrases = ["收入总计{amount}", "收、?支总计(?:均|各)?为{amount}", "(?<dir>增加|减少){change},(?:增长|下降){rate%}",
                       "财政拨款(?:决算)?支出{amount},占(?:本年)?支出合计的{rate%}"]
        let text = "收入总计842.48万元,收支总计均为100元;增加5万元,增长5.5%;财政拨款支出3元,占支出合计的1.5%,收、支总计为7元"
        for phrase in phrases {
            let expanded = NarrativePattern.expand(phrase)
            XCTAssertFalse(expanded.requiredText.isEmpty, phrase)
            let regex = try NSRegularExpression(pattern: expanded.pattern)
            let found = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
            XCTAssertFalse(found.isEmpty, phrase)
            for match in found {
                let matched = String(text[Range(match.range, in: text)!])
                XCTAssertTrue(ByteSearch.contains(matched, expanded.requiredText), "\(phrase) in \(matched)")
            }
            XCTAssertFalse(ByteSearch.contains("其他内容", expanded.requiredText))
        }
    }
}

/// The narrative's normal form by a switch on the scalar value equals its definition: white space,
/// quotes, `*` and zero widths removed, full-width （）：，；％． and digits made ASCII.
final class NarrativeNormalFormTests: XCTestCase {
    private static func byDefinition(_ s: Unicode.Scalar) -> String {
        let removed: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’", "'", "*", "\u{200B}", "\u{FEFF}"]
        let mapping: [Unicode.Scalar: Unicode.Scalar] = ["（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "％": "%", "．": "."]
        if s.properties.isWhitespace || removed.contains(s) { return "" }
        if let mapped = mapping[s] { return String(mapped) }
        if (0xFF10...0xFF19).contains(s.value) { return String(Unicode.Scalar(s.value - 0xFF10 + 0x30)!) }
        return String(s)
    }

    func testEveryCharacterOfTheBasicPlane() {
        for value in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(NarrativeText.normalize(String(s)), Self.byDefinition(s), String(value, radix: 16))
        }
        XCTAssertEqual(NarrativeText.normalize(" 收入“合计”　８４２．４８（万元）\t"), "收入合计842.48(万元)")
    }

    func testWhiteSpaceByValueIsUnicodesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            if LabelCleaner.isWhiteSpace(s) != s.properties.isWhitespace { XCTFail(String(value, radix: 16)) }
        }
    }

    func testByteSearch() {
        XCTAssertTrue(ByteSearch.hasSuffix("增长率(%)", "(%)"))
        XCTAssertFalse(ByteSearch.hasSuffix("%", "(%)"))
        XCTAssertTrue(ByteSearch.contains("单位代码", "单位"))
        XCTAssertFalse(ByteSearch.contains("单", "单位"))
        XCTAssertTrue(ByteSearch.contains("aab", "ab"))
        XCTAssertFalse(ByteSearch.contains("", "a"))
    }
}
