import Foundation
import XCTest
@testable import BudgetETL

/// Patterns anchored by a leading character or class (`LeadingCharacters`) skip ICU for texts that
/// start otherwise: `CompiledPattern` must answer exactly as ICU does, and patterns whose first item
/// can be skipped or is not a plain class are not filtered.
final class LeadingCharactersTests: XCTestCase {
    private static let taken = [
        "^[一二三四五六七八九十]+、", "^合计", "^[a-c0-9]x", "^[一]+", "^一、本年[收支]", "^[一二]、收入支出(决算|预算)总体情况",
        "^[二-四]", "^a+b", "^𠀀", "^[a:]", "^一(二|三)", "^a(?:b|[|c])",
    ]
    private static let notTaken = [
        "^[一二]?、", "^a*b", "^a{0,2}b", "^a|b", "^(一|二)、", "^\\d", "^.", "^[^一]", "^[-a]", "^[a-]", "^[\\]a]",
        "^[[a]b]", "^[:alpha:]", "^[:a]", "a^", "^", "[一]、", "^(?i)a", "^[a&&b]", "^[]", "^[b-a]",
        "^a|(b)", "^a(b)|c", "^a\\Q(\\E|b", "^a(?x)b", "^a[^|(]|b", "^a[]|(]",
    ]
    private static let pieces = ["一", "二", "三", "四", "十", "、", "合计", "a", "b", "c", "x", "0", "5", ":", "本年", "收",
                                 "支", "𠀀", " ", "\n", "收入支出", "决算", "总体情况", "-", "A"]

    func testPatternsFilteredOnlyWhenTheFirstItemIsRequired() {
        for pattern in Self.taken { XCTAssertNotNil(LeadingCharacters(pattern), pattern) }
        for pattern in Self.notTaken { XCTAssertNil(LeadingCharacters(pattern), pattern) }
        // Quoted text (`\Q(\E`) is no group: "|b" is a top-level alternative, so nothing is required.
        XCTAssertEqual(RequiredText.of("^a\\Q(\\E|b"), [])
        XCTAssertEqual(SentenceKeys.of("a\\Q(\\E|b").count, 0)
    }

    func testFilteredPatternsAnswerAsICUDoes() throws {
        var generator = SystemRandomNumberGenerator()
        var texts = [""] + Self.pieces
        for _ in 0..<3_000 {
            texts.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined())
        }
        var skipped = 0, matched = 0
        for pattern in Self.taken + Self.notTaken {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let compiled = CompiledPattern(pattern)
            let leading = LeadingCharacters(pattern)
            for text in texts {
                let icu = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                XCTAssertEqual(compiled.matches(text), icu, "\(pattern) on \(text.debugDescription)")
                XCTAssertEqual(compiled.firstRange(in: text).map { NSRange($0, in: text) },
                               regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))?.range,
                               "\(pattern) on \(text.debugDescription)")
                if let leading, !leading.admits(text) { skipped += 1 }
                if icu { matched += 1 }
                if icu { XCTAssertTrue(leading?.admits(text) ?? true, "\(pattern) on \(text.debugDescription)") }
            }
        }
        XCTAssertGreaterThan(skipped, 10_000)
        XCTAssertGreaterThan(matched, 1_000)
    }

    func testHeadingStartsAreAdmittedAndOtherLinesNot() throws {
        let heading = try XCTUnwrap(LeadingCharacters("^[一二三四五六七八九十]+、"))
        XCTAssertTrue(heading.admits("十二、其他"))
        XCTAssertTrue(heading.admits("三"))
        XCTAssertFalse(heading.admits("（一）收入、支出"))
        XCTAssertFalse(heading.admits(" 一、"))
        XCTAssertFalse(heading.admits(""))
    }
}
