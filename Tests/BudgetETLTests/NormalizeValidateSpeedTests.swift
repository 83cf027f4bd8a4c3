import Foundation
import XCTest
@testable import BudgetETL

/// The byte-level and look-up versions of normalize's and validate's per-row work give what the
/// code they replaced gave; that code is kept here as the reference.
final class NormalizeValidateSpeedTests: XCTestCase {
    /// Texts with every kind of character the byte code treats apart: ASCII, CJK, full-width forms,
    /// white space of every width, zero widths, combining marks, a four-byte scalar, CR LF.
    private static let pieces = ["工资", "福利", "支出", " ", "  ", "\u{3000}", "\u{00A0}", "\u{200B}", "\u{FEFF}", "\t", "\r\n",
                                 "（", "）", "：", "，", "(", ")", ":", ",", ".", "%", "％", "[", "]", " [", "(类)", "(款)",
                                 "(项)", "其他", "１２", "12.5", "e\u{0301}", "\u{1F600}", "\u{20000}", "\u{302A}", "\"", "“",
                                 "”", "*", "'", "；", "．", "局", "A", "\u{212A}"]

    private static func samples(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33)
        }
        return (0..<count).map { _ in
            let n = next() % 8
            var text = (0..<n).map { _ in pieces[next() % pieces.count] }.joined()
            if next() % 4 == 0 { text += text }   // doubled labels
            return text
        }
    }

    func testLabelCleaningOverBytesIsTheScalarRule() {
        for text in Self.samples(count: 4000, seed: 1) + ["工资福利支出工资福利支出", "哈哈", "e\u{0301}e\u{0301}", "ab"] {
            XCTAssertEqual(LabelCleaner.clean(text), Reference.clean(text), text.debugDescription)
            XCTAssertEqual(LabelCleaner.cleanHeader(text), Reference.cleanHeader(text), text.debugDescription)
            XCTAssertEqual(LabelCleaner.normalizeWhitespace(text), Reference.normalizeWhitespace(text), text.debugDescription)
        }
        XCTAssertEqual(LabelCleaner.clean("一、基本支出一、基本支出"), "一、基本支出")
        XCTAssertEqual(LabelCleaner.clean("哈哈"), "哈哈")
    }

    func testNarrativeNormalFormOverBytesIsTheScalarRule() {
        for text in Self.samples(count: 4000, seed: 2) {
            XCTAssertEqual(NarrativeText.normalize(text), Reference.narrative(text), text.debugDescription)
        }
        XCTAssertEqual(NarrativeText.normalize("收入总计 １２．５万元，占“８０％”"), "收入总计12.5万元,占80%")
    }

    func testCodeNamesOfPlainTextAreFoundationsAnswer() {
        for text in Self.samples(count: 4000, seed: 3) + ["30102 津贴补贴 [50102 社会保障缴费]", "一般公共服务(类)", "a [b] [c]"] {
            XCTAssertEqual(CodeCheck.name(text), Reference.codeName(text), text.debugDescription)
        }
        XCTAssertEqual(CodeCheck.name("一般公共服务支出(类)"), "一般公共服务支出")
        XCTAssertEqual(CodeCheck.name("30102 津贴补贴 [50102 社会保障缴费]"), "30102津贴补贴")
        XCTAssertTrue(CodeCheck.isPlainText("（一）工资 福利：12"))
        XCTAssertFalse(CodeCheck.isPlainText("e\u{0301}"))
    }

    func testParentsFoundByCodeLookUpAreTheNearestLongestPrefix() {
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % n
        }
        let codes = ["201", "20101", "2010101", "2010102", "20102", "2010201", "208", "20805", "2080505", "301", "30101",
                     "302", "30201", "501", "50101", "309201", "3092010", "2", "20",
                     // Longer than the eight bytes a look-up key holds, agreeing on them.
                     "20101010", "201010101", "201010102", "2010101011", "2010101021", "20101010201"]
        let rule = HierarchyRule(tables: ["t"])
        let regexes = RegexCache()
        for _ in 0..<300 {
            let rows = (0..<(1 + next(14))).map { i -> NormalizedRow in
                let label = next(6) == 0 ? "合计" : "科目\(i)"
                let code = label == "合计" ? nil : CodeClassifier.classify(code: codes[next(codes.count)])
                return NormalizedRow(rowNumber: i + 1, code: code, label: label, line: i, cells: [])
            }
            XCTAssertEqual(rule.rowSums(in: rows, regexes: regexes), Reference.rowSums(rows, totalRow: rule.totalRow))
        }
        let tree = ["208", "2080505", "20805", "2080506"].enumerated().map {
            NormalizedRow(rowNumber: $0.offset + 1, code: CodeClassifier.classify(code: $0.element), label: "x", line: 0, cells: [])
        }
        // 2080505 comes before its printed parent 20805: it still nests under 20805, the longest prefix.
        XCTAssertEqual(rule.rowSums(in: tree, regexes: regexes).map(\.parts), [[2], [1, 3]])
    }

    func testIdentityKeysAndTextsNameTheRelation() {
        let section = NormalizedSection(name: "", columns: ["合计", "基本支出"], moneyColumns: [true, true], rows: [
            NormalizedRow(rowNumber: 1, code: CodeClassifier.classify(code: "201"), label: "一般公共服务支出", line: 3, cells: []),
        ])
        let rowTotal = Identity(rule: .rowTotal, total: CellAt(row: 0, column: 0), parts: [CellAt(row: 0, column: 1)], step: .zero)
        XCTAssertEqual(rowTotal.key(in: section), "row_total|201 一般公共服务支出 | 合计")
        XCTAssertEqual(rowTotal.text(in: section), "row_total 201 一般公共服务支出 | 合计")
        let lineNumber = Identity(rule: nil, total: CellAt(row: 0, column: 1), parts: [], step: ExactDecimal(mantissa: 1, scale: 0))
        XCTAssertEqual(lineNumber.key(in: section), "")
        XCTAssertEqual(lineNumber.text(in: section), "行次 201 一般公共服务支出 = 上一行 + 1")
        XCTAssertEqual(Identity(rule: .hierarchy, total: CellAt(row: 2, column: 0),
                                parts: [CellAt(row: 3, column: 0), CellAt(row: 2, column: 1), CellAt(row: 3, column: 1)],
                                step: .zero).rows, [2, 3])
    }

    func testRateRowsByTheirLastByteThenTheirSuffix() {
        for label in ["增减%", "增长率(%)", "增长率（%）", "比率％"] { XCTAssertTrue(Normalizer.isRateRow(label), label) }
        for label in ["会议费", "(一)", "合计（万元）", "%合计", ""] { XCTAssertFalse(Normalizer.isRateRow(label), label) }
    }

    func testADocumentsCacheStartsWithThePatternsEarlierDocumentsCompiled() {
        let shared = SharedPatterns()
        let first = RegexCache(shared: shared)
        let compiled = first.regex("^(收入)?总计$")
        XCTAssertTrue(RegexCache(shared: shared).regex("^(收入)?总计$") === compiled)
        let filled = first.regex("^208$", filled: true)
        XCTAssertTrue(RegexCache(shared: shared).regex("^208$") === filled)   // filled ones too, within the limit
    }

    func testPlaceholdersFilledInOnePassAsByEveryCapture() {
        let templates = ["^{label}$", "{label}(类)", "^(?:{label})支出$", "[0-9]{2,3}{label}", "{{label}}", "{label}{kind}",
                         "{missing}{label", "}{label}{", "支出", "{label}\\{x}", "{dir}{dir}{amount}"]
        let captures: [[String: String]] = [
            ["label": "社会保障和就业", "kind": "货物"],
            ["label": "a.b*c(d)[e]{f}|g^h$i\\j/k+?", "amount": "1,234.56", "amountUnit": "万元", "dir": "增加"],
            ["label": "e\u{0301}\u{20000}", "x": "1"],
            [:],
        ]
        for template in templates {
            for capture in captures {
                XCTAssertEqual(Placeholders.fill(template, capture), Reference.fill(template, capture), template)
            }
        }
        XCTAssertEqual(Placeholders.fill("^{label}支出$", ["label": "住房(保障)"]), "^住房\\(保障\\)支出$")
        XCTAssertEqual(Placeholders.fill("[0-9]{2,3}", ["label": "x"]), "[0-9]{2,3}")
    }

    func testIdentitySumsOverflowAndTolerance() {
        let big = ExactDecimal(mantissa: Int64.max, scale: 0)
        let one = ExactDecimal(mantissa: 1, scale: 0)
        let sum = Identity(rule: .rowTotal, total: CellAt(row: 0, column: 0),
                           parts: [CellAt(row: 0, column: 1), CellAt(row: 0, column: 2)], step: .zero)
        let tolerance = ExactDecimal(mantissa: 1, scale: 2)
        XCTAssertEqual(sum.holds(on: [[0: big, 1: big, 2: one]], tolerance: tolerance), false)   // overflow: a failure
        XCTAssertEqual(sum.holds(on: [[0: ExactDecimal(mantissa: 302, scale: 2), 1: one, 2: ExactDecimal(mantissa: 2, scale: 0)]],
                                 tolerance: tolerance), true)                                     // 0.02 within 2 × 0.01
        XCTAssertEqual(sum.holds(on: [[0: ExactDecimal(mantissa: 303, scale: 2), 1: one, 2: ExactDecimal(mantissa: 2, scale: 0)]],
                                 tolerance: tolerance), false)
        XCTAssertNil(sum.holds(on: [nil], tolerance: tolerance))
    }
}

/// The code replaced by byte-level versions, as it was.
private enum Reference {
    static func clean(_ text: String) -> String {
        var scalars = normalizedScalars(text, mapPunctuation: true)
        let n = scalars.count
        if n >= 4, n % 2 == 0, (0..<(n / 2)).allSatisfy({ scalars[$0] == scalars[n / 2 + $0] }) { scalars.removeLast(n / 2) }
        // A percent sign ending the label joins the wide character before it (step 5, added since).
        let m = scalars.count
        if m >= 3, scalars[m - 1] == "%", scalars[m - 2] == " ", LabelCleaner.isWide(scalars[m - 3]) { scalars.remove(at: m - 2) }
        return String(String.UnicodeScalarView(scalars))
    }

    static func cleanHeader(_ text: String) -> String {
        var scalars = normalizedScalars(text, mapPunctuation: true)
        let digit = { (s: Unicode.Scalar) in s.isASCII && s.properties.numericType != nil }
        var k = 1
        while k + 1 < scalars.count {
            let dropped = scalars[k] == " " && ((digit(scalars[k - 1]) && LabelCleaner.isWide(scalars[k + 1]))
                || (LabelCleaner.isWide(scalars[k - 1]) && digit(scalars[k + 1]) && !scalars[(k + 1)...].allSatisfy(digit)))
            if dropped { scalars.remove(at: k) } else { k += 1 }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    static func normalizeWhitespace(_ text: String) -> String {
        String(String.UnicodeScalarView(normalizedScalars(text, mapPunctuation: false)))
    }

    static func normalizedScalars(_ text: String, mapPunctuation: Bool) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var pendingSpace = false
        var last: Unicode.Scalar? = nil, beforeLast: Unicode.Scalar? = nil
        for s in text.unicodeScalars {
            if LabelCleaner.isZeroWidth(s) { continue }
            if s.properties.isWhitespace {
                pendingSpace = last != nil
                continue
            }
            if pendingSpace {
                pendingSpace = false
                if let last, !LabelCleaner.joins(last, s), !LabelCleaner.opensAfterChineseColon(beforeLast, last, s) { out.append(" ") }
            }
            out.append(mapPunctuation ? LabelCleaner.asciiPunctuation(s) : s)
            beforeLast = last
            last = s
        }
        return out
    }

    static func fill(_ pattern: String, _ captures: [String: String]) -> String {
        var out = pattern
        for (name, text) in captures {
            out = out.replacingOccurrences(of: "{\(name)}", with: NSRegularExpression.escapedPattern(for: text))
        }
        return out
    }

    static func narrative(_ text: String) -> String {
        let removed: Set<Unicode.Scalar> = ["\"", "'", "*", "\u{200B}", "\u{FEFF}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}"]
        let mapped: [Unicode.Scalar: Unicode.Scalar] = ["（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "％": "%", "．": "."]
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !removed.contains(s) && !s.properties.isWhitespace {
            if let m = mapped[s] { out.append(m) } else if (0xFF10...0xFF19).contains(s.value) {
                out.append(Unicode.Scalar(s.value - 0xFF10 + 0x30)!)
            } else { out.append(s) }
        }
        return String(out)
    }

    static func codeName(_ label: String) -> String {
        var s = label
        if let bracket = s.range(of: " [", options: .backwards), s.hasSuffix("]") { s = String(s[..<bracket.lowerBound]) }
        for marker in ["(类)", "(款)", "(项)"] { s = s.replacingOccurrences(of: marker, with: "") }
        return s.filter { !$0.isWhitespace }
    }

    static func rowSums(_ rows: [NormalizedRow], totalRow: String) -> [RowSum] {
        let schemes: Set<CodeScheme> = [.function, .economicDept, .economicGov, .agency]
        let coded = rows.indices.filter { i in rows[i].code.map { schemes.contains($0.scheme) && !$0.code.isEmpty } ?? false }
        var children: [Int: [Int]] = [:]
        var roots: [CodeScheme: [Int]] = [:]
        for i in coded {
            let code = rows[i].code!
            let candidates = coded.filter { j in
                guard j != i, let other = rows[j].code, other.scheme == code.scheme else { return false }
                return other.code.count < code.code.count && code.code.hasPrefix(other.code)
            }
            if let longest = candidates.map({ rows[$0].code!.code.count }).max() {
                let best = candidates.filter { rows[$0].code!.code.count == longest }
                children[best.last(where: { $0 < i }) ?? best.first!, default: []].append(i)
            } else {
                roots[code.scheme, default: []].append(i)
            }
        }
        var sums = coded.compactMap { parent in children[parent].map { RowSum(total: parent, parts: $0, isTotalRow: false) } }
        let total = try! NSRegularExpression(pattern: totalRow)
        for (i, row) in rows.enumerated() where row.code == nil
            && total.firstMatch(in: row.label, range: NSRange(row.label.startIndex..., in: row.label)) != nil {
            for scheme in roots.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                sums.append(RowSum(total: i, parts: roots[scheme]!, isTotalRow: true))
            }
        }
        return sums
    }
}
