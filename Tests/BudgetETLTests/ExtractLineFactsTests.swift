import Foundation
import XCTest
@testable import BudgetETL

/// The line facts of extraction's third round of byte scanning give what the Character and
/// scalar code they replaced gave (kept below as the reference), on the characters documents
/// hold and on those that could trip a byte scanner (combining marks, a Prepend scalar, emoji).
final class ExtractLineFactsTests: XCTestCase {
    private let samples = [
        "", " ", "\t", "|", "a|b", " | ", "　　一般公共预算财政拨款", "2080505  机关事业单位基本养老保险缴费支出   123.45  6.00 ",
        "项目\t\t100.00\t\t50.00", "\u{A0}合计\u{A0}", "１２３．４５", "（万元）", "“三公”经费", "e\u{301}\tx", "👩‍👩‍👧 1",
        "某某局2025年部门预算公开", "注：本表无数据。", "项 目", " 预 算 数 ", "项  目", "项 目 ", "\t项 目\u{3000}", "a b", "项 a",
        "合 计\r", "\u{C}项\u{A0}目", "表 五 𠀀", "12", "  12  ", "\u{3000}3\u{3000}", "1 2", "12\t", "-3-", "1234", "１２",
        "\u{600} ", "\u{600}  ", "x\u{3000}\u{3000}", "表 \u{3000} ", "e\u{301} ", "   ", "1.00", "+1", "-12", "+", "1.00.00",
        "001", "12.00", "1234.00", ".00", "栏次", "1.0", "x.00", "٣",
    ]

    func testByteSearchesEqualTheViews() {
        for text in samples {
            for byte: UInt8 in [0x09, 0x2E, 0x7C, 0x20] {
                XCTAssertEqual(UTF8Text.containsByte(text, byte), text.utf8.contains(byte), text)
            }
            for scalar: Unicode.Scalar in ["表", "年", "元", "无", "空", "\u{301}", "𠀀", "a", "\u{A0}", "\u{3000}"] {
                XCTAssertEqual(UTF8Text.containsAny(text, scalar), text.unicodeScalars.contains(scalar), "\(text) \(scalar)")
            }
        }
        XCTAssertTrue(UTF8Text.containsAny("表 五 𠀀", "𠀀"))
        XCTAssertFalse(UTF8Text.containsAny("", "表"))
        XCTAssertFalse(UTF8Text.containsByte("", 9))
    }

    func testLetterSpacedEqualsTheScalarCode() {
        for text in samples {
            XCTAssertEqual(CellLineFacts.isLetterSpaced(text), referenceLetterSpaced(text), text)
        }
        XCTAssertTrue(CellLineFacts.isLetterSpaced(" 预 算 数 "))
        XCTAssertFalse(CellLineFacts.isLetterSpaced("项  目"))
    }

    func testTrailingSpacesCountCharacters() {
        for text in samples {
            XCTAssertEqual(TableLines.trailingSpaces(text), text.reversed().prefix { $0 == " " || $0 == "\u{3000}" }.count, text)
        }
        XCTAssertEqual(TableLines.trailingSpaces("x\u{3000} "), 2)
        // A Prepend scalar joins the space after it into one Character.
        XCTAssertEqual(TableLines.trailingSpaces("\u{600}  "), 1)
    }

    func testColumnNumbersAsIntReadsThem() {
        for text in samples {
            XCTAssertEqual(TableLines.isColumnNumber(text), referenceColumnNumber(text), text)
        }
        XCTAssertTrue(TableLines.isColumnNumber("12.00"))
        XCTAssertFalse(TableLines.isColumnNumber("1234"))
    }

    func testCompactLeavesTextWithNothingToDrop() {
        XCTAssertEqual(TextRepair.compact("合计"), "合计")
        XCTAssertEqual(TextRepair.compact("合计合计"), "合计")
        XCTAssertEqual(TextRepair.compact("（万元）"), "(万元)")
        XCTAssertEqual(TextRepair.compact(""), "")
        XCTAssertEqual(TextRepair.compact("a"), "a")
    }

    /// Only a lone number is a page number: the neighbours are asked about no other line.
    func testPageNumbersOnlyFromLonelyNumbers() {
        XCTAssertTrue(TableLines.isBarePageNumber(" 12 "))
        XCTAssertFalse(TableLines.isBarePageNumber("12\t"))
        XCTAssertFalse(TableLines.isBarePageNumber("1234"))
        XCTAssertFalse(TableLines.isBarePageNumber("  "))
        XCTAssertTrue(TableLines.isLonePageNumber("\u{3000}3\u{3000}", layout: .sequential, beforeFurniture: true))
        XCTAssertFalse(TableLines.isLonePageNumber("3 页", layout: .sequential, beforeFurniture: true))
        XCTAssertFalse(TableLines.isLonePageNumber("3", layout: .sequential, beforeFurniture: false))
        let texts = ["2080505 社会保障支出 12.00 13.00", "7", "2080506 其他支出 1.00 2.00", "某某 说明"]
        XCTAssertEqual(TableLines.pageFurniture(texts, layout: .sequential, document: texts), [false, true, false, false])
        for text in samples {
            XCTAssertEqual(TableLines.isBarePageNumber(text), referenceBarePageNumber(text), text)
        }
    }

    /// The guard before the meta pattern refuses only what the pattern refuses.
    func testMetaGuardRefusesOnlyWhatThePatternRefuses() throws {
        let meta = try NSRegularExpression(pattern: "^(?:" + TitleMatcher.marker + "|" +
            #"万元|元|\(?\d{4}年度?\)?|(?:金额)?单位[:：]?(?:万元|元|千元)|(?:部门|单位|部门\(单位\)|预算单位|编制单位|填报单位)(?:名称)?[:：].*|.*(?:金额)?单位[:：](?:万元|元|千元)$)$"#)
        let lines = samples + ["2024年", "(2024年度)", "（２０２４年度）", "２０２４年度\u{2028}", "2024年\r\n", "部门：某某局", "单位名称:某某中心",
                               "填报单位：", "编制单位: 某某", "预算单位：某某", "某某：单位", "金额单位：万元", "公开05表", "表五", "附表3：",
                               "2024年预算数", "项目 2024年预算数 2023年决算数", "说明：", "万元", "元", "合计 12.00"]
        for line in lines {
            let c = TextRepair.compact(line)
            let expected = c.isEmpty || meta.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil
            XCTAssertEqual(LineClass.isMeta(line), expected, line)
        }
        XCTAssertTrue(LineClass.isMeta("（２０２４年度）"))
        XCTAssertFalse(LineClass.isMeta("2024年预算数"))
    }

    /// Only a point with two digits and more after them is looked at as glued.
    func testSplitGluedLeavesWholeAmounts() {
        for text in ["123.45", "1,234.5", ".00", "12.", "12.3", "12.30-", "12.30万元", "12.3045", "１２.３４５", "a.bc"] {
            let token = Token(text: text, line: 1, column: 0)
            let split = TextRepair.splitGlued(token)
            XCTAssertEqual(split.map(\.text).joined(), text, text)
        }
        XCTAssertEqual(TextRepair.splitGlued(Token(text: "12.3045", line: 1, column: 0)).map(\.text), ["12.3045"])
        XCTAssertEqual(TextRepair.splitGlued(Token(text: "12.30208", line: 1, column: 0)).map(\.text), ["12.30", "208"])
        XCTAssertEqual(TextRepair.splitGlued(Token(text: "12.30合计", line: 1, column: 0)).map(\.text), ["12.30", "合计"])
    }

    /// "金额单位：万" over "元": the unit of a line split before its 元.
    func testSplitUnitNeedsItsLabel() {
        XCTAssertEqual(StatedUnit.split(["金额单位：万", "元", "项目"], in: 0..<3), "万元")
        XCTAssertNil(StatedUnit.split(["金额：万", "元"], in: 0..<2))
    }

    /// A label whose unit was wrapped onto the next line ends in a colon (maybe spaces after it).
    func testUnitAfterAWrappedLabel() {
        XCTAssertEqual(RegionFinder.unitText(lines: ["某某表", "单位：", "万元", "项目"], title: 0, bodyEnd: 4, previousEnd: 0), "万元")
        XCTAssertEqual(RegionFinder.unitText(lines: ["某某表", "单位:  ", "元", "项目"], title: 0, bodyEnd: 4, previousEnd: 0), "元")
        XCTAssertNil(RegionFinder.unitText(lines: ["某某表", "单位", "万元", "项目"], title: 0, bodyEnd: 4, previousEnd: 0))
    }

    /// ASCII and the ideographs of lead bytes E4–E9 are taken without decoding: the same answer
    /// as the scalar switch, on every scalar around those ranges.
    func testOneCharacterPerScalarFastPaths() {
        var texts = samples
        for value in Array(0x00...0x2FF) + Array(0x3000...0x30FF) + Array(0x3FF0...0x4010) + Array(0x9FF0...0xA010)
            + [0x200D, 0xFE0F, 0x1F600, 0xF900, 0xFFFD] {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            texts.append("表" + String(scalar) + "a")
        }
        for text in texts {
            let fast = UTF8Text.withBytes(text) { UTF8Text.oneCharacterPerScalar($0) }
            XCTAssertEqual(fast, referenceOneCharacterPerScalar(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    // MARK: - The code replaced, as the reference

    private func referenceOneCharacterPerScalar(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x09, 0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205F, 0x2100...0x2BFF,
                 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF9D, 0xFFE0...0xFFEF: return true
            default: return false
            }
        }
    }

    private func referenceLetterSpaced(_ line: String) -> Bool {
        let scalars = line.unicodeScalars
        let isEdge: (Unicode.Scalar) -> Bool = { Tokenizer.isSpace($0) || $0 == "\t" || $0 == "\u{0C}" || $0 == "\r" }
        guard let first = scalars.firstIndex(where: { !isEdge($0) }), let last = scalars.lastIndex(where: { !isEdge($0) }) else { return false }
        let pieces = scalars[first...last].split(separator: " ", omittingEmptySubsequences: false)
        return pieces.count >= 2 && pieces.allSatisfy { $0.count == 1 && $0.first!.value >= 0x3400 }
    }

    private func referenceColumnNumber(_ text: String) -> Bool {
        let digits = text.hasSuffix(".00") ? String(text.dropLast(3)) : text
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCII) && Int(digits) != nil
    }

    private func referenceBarePageNumber(_ text: String) -> Bool {
        let bytes = text.utf8.filter { $0 != 0x20 }
        return !text.utf8.contains(9) && (1...Thresholds.pageNumberDigits).contains(bytes.count) && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
