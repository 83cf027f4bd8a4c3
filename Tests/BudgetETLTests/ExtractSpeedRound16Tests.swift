import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 16 (docs/performance.md): a cut amount's pieces asked over bytes, a broken tab
/// table's amounts asked without tokens, and tables with nothing to join left early. Each answer
/// is compared with the code's before over made-up texts.
final class ExtractSpeedRound16Tests: XCTestCase {
    /// Pieces of cells: digits, points, signs, full-width forms, combining marks that join the
    /// character before them, CR LF, spaces, words.
    private let pieces = ["0", "1", "7", "42", ".", ".", ",", "%", "％", "-", "(", ")", "．", "１", "\u{301}", "\u{20DD}",
                          "\r\n", " ", "\u{3000}", "万元", "元", "合计", "e", "😀", ""]

    private func randomText(_ random: inout SplitMix64, upTo count: Int = 6) -> String {
        (0..<Int.random(in: 0...count, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    // MARK: - CutAmounts, the code before

    private func referenceDecimals(_ text: String) -> Int? {
        guard TokenKind.of(text) == .amount, let point = text.lastIndex(of: ".") else { return nil }
        let tail = text[text.index(after: point)...]
        guard !tail.isEmpty, tail.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return tail.count
    }

    private func referencePointOnly(_ text: String) -> Bool {
        text.count >= 2 && text.hasSuffix(".") && text.dropLast().allSatisfy { $0.isASCII && $0.isNumber }
    }

    private func referencePiece(cutFrom cell: String, openingOn next: String, places: Int?) -> Substring? {
        if let places, let short = referenceDecimals(cell), short >= 1, short < places {
            let digits = next.prefix { $0.isASCII && $0.isNumber }
            return digits.count == places - short ? digits : nil
        }
        if referencePointOnly(cell) {
            let digits = next.prefix { $0.isASCII && $0.isNumber }
            return (1...max(places ?? 2, 1)).contains(digits.count) ? digits : nil
        }
        let kind = TokenKind.of(cell)
        guard kind == .integer || kind == .amount, !cell.contains("%"), next.hasPrefix("%") else { return nil }
        return next.prefix(1)
    }

    func testCutPiecesAsBefore() {
        var random = SplitMix64(seed: 16)
        for _ in 0..<30_000 {
            let cell = randomText(&random), next = randomText(&random)
            XCTAssertEqual(CutAmounts.decimals(cell), referenceDecimals(cell), cell.debugDescription)
            XCTAssertEqual(CutAmounts.pointOnly(cell), referencePointOnly(cell), cell.debugDescription)
            XCTAssertEqual(CutAmounts.leadingDigits(next), next.prefix { $0.isASCII && $0.isNumber }, next.debugDescription)
            for places in [nil, 1, 2, 4] {
                XCTAssertEqual(CutAmounts.piece(cutFrom: cell, openingOn: next, places: places),
                               referencePiece(cutFrom: cell, openingOn: next, places: places),
                               "\(cell.debugDescription) \(next.debugDescription) \(String(describing: places))")
            }
        }
    }

    func testCutPieces() {
        XCTAssertEqual(CutAmounts.piece(cutFrom: "842.4", openingOn: "8", places: 2), "8")
        XCTAssertEqual(CutAmounts.piece(cutFrom: "130,701.8", openingOn: "4 支出", places: 2), "4")
        XCTAssertNil(CutAmounts.piece(cutFrom: "842.4", openingOn: "88", places: 2))
        XCTAssertEqual(CutAmounts.piece(cutFrom: "73.", openingOn: "25", places: 2), "25")
        XCTAssertEqual(CutAmounts.piece(cutFrom: "100", openingOn: "% 100%", places: 2), "%")
        XCTAssertNil(CutAmounts.piece(cutFrom: "100", openingOn: "合计", places: 2))
        // A digit that a combining mark joins is no ASCII digit.
        XCTAssertEqual(CutAmounts.leadingDigits("12\u{301}3"), "1")
        XCTAssertEqual(CutAmounts.decimals("1,234.50"), 2)
        XCTAssertNil(CutAmounts.decimals("1.5%"))
    }

    // MARK: - Broken tab rows

    func testTabAmountAsBefore() {
        var random = SplitMix64(seed: 161)
        let cells = ["\t", "\t", "12.50", "1,000", "20万元", "合计", "-", "\u{3000}3.5 ", "\u{A0}", "e\u{301}", "(2)", "2021",
                     "\r\n", "％", "\u{301}", "😀"]
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...8, using: &random)).map { _ in cells.randomElement(using: &random)! }.joined()
            XCTAssertEqual(Tokenizer.holdsTabAmount(line), Tokenizer.tabTokens(line, number: 0).contains { $0.kind == .amount },
                           line.debugDescription)
        }
    }

    /// Tables with no line narrower than their width, or no piece that joins and no line of one
    /// cell, are left as they are; a broken row still joins.
    func testNothingToJoin() {
        let whole = ["科目\t名称\t金额\t", "201\t一般公共服务\t12.00\t", "202\t外交\t3.00\t"]
        XCTAssertTrue(BrokenTabRows.joined(whole, breaks: whole.map { _ in false }).isEmpty)
        let unjoined = ["科目\t名称\t金额\t", "201\t一般公共服务\t12.00\t", "202\t3.00", "203\t国防\t4.00\t"]
        XCTAssertTrue(BrokenTabRows.joined(unjoined, breaks: unjoined.map { _ in false }).isEmpty)
        let broken = ["科目编码\t科目名称\t金额\t", "201\t一般公共\t12.00\t", "202\t外交", "支出\t3.00\t", "203\t国防\t4.00\t"]
        XCTAssertEqual(BrokenTabRows.joined(broken, breaks: broken.map { _ in false })[2]?.text, "202\t外交支出\t3.00\t")
    }

    // MARK: - Unread numbers

    func testCodelessRowsTraceNothingMore() {
        let line = TableLines.Line(number: 3, tokens: [Token(text: "合计", line: 3, column: 0), Token(text: "12.00", line: 3, column: 3),
                                                        Token(text: "7", line: 3, column: 9)], compact: "合计12.007")
        let row = ExtractedRow(line: 3, label: "合计", cells: [RawCell(column: 0, text: "12.00", line: 3)])
        let section = ExtractedSection(name: "", columns: [HeaderPath(["金额"])], rows: [row])
        let rejects = UnreadNumbers.rejects([line], sections: [section], rejected: [])
        XCTAssertEqual(rejects.map(\.text), ["7"])
        XCTAssertEqual(rejects.map(\.reason), [.numberUnread])
    }
}

extension ExtractSpeedRound16Tests {
    func testCharacterCountAsBefore() {
        var random = SplitMix64(seed: 162)
        let pieces = ["项目", "a", " ", "\t", "e\u{301}", "\r\n", "\u{3000}", "１", "😀", "\u{1F1E8}\u{1F1F3}", "\u{200D}", "林", "(", "%"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            XCTAssertEqual(UTF8Text.characterCount(text), text.count, text.debugDescription)
        }
    }
}

extension ExtractSpeedRound16Tests {
    /// `CellText.mayBeNumber` before: its length asked before its scalars.
    private func referenceMayBeNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .amount, .integer, .placeholder: return true
        case .blank: return false
        case .text:
            guard let scalar = token.text.unicodeScalars.first,
                  "0123456789０１２３４５６７８９-－(（".unicodeScalars.contains(scalar) else { return false }
            var text = Substring(token.text)
            for unit in ["万元", "亿元", "万", "元"] where text.hasSuffix(unit) { text = text.dropLast(unit.count); break }
            let numberish = Set("0123456789０１２３４５６７８９.．,，-－+()（）%％eE".unicodeScalars)
            guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || ("０"..."９").contains(first)
                || "-－(（".unicodeScalars.contains(first), text.count <= 24 else { return false }
            return text.unicodeScalars.allSatisfy { numberish.contains($0) }
        }
    }

    func testMayBeNumberAsBefore() {
        var random = SplitMix64(seed: 163)
        let pieces = ["1", "23", ".", "(", "（", "-", "e", "万元", "元", "一", "合计", "1234567890", "%", "\u{301}", "１"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let token = Token(text: text, line: 1, column: 0)
            XCTAssertEqual(CellText.mayBeNumber(token), referenceMayBeNumber(token), text.debugDescription)
        }
    }
}

extension ExtractSpeedRound16Tests {
    /// The prefix test over bytes against `String.hasPrefix` (canonical equivalence): compatibility
    /// ideographs (U+F900 is U+8C48 canonically), combining marks after the prefix, CR LF.
    func testHasPrefixAsBefore() {
        var random = SplitMix64(seed: 164)
        let pieces = ["栏", "次", "注", ":", "：", "%", "元", "万", "\u{8C48}", "\u{F900}", "\u{301}", "e", "\r", "\n", "1", " ",
                      "😀", "\u{200D}", "\u{0600}"]
        let prefixes = ["栏次", "注:", "%", "万元", "元", "\u{8C48}", "e", "注1", "1"]
        for _ in 0..<30_000 {
            let text = (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            for prefix in prefixes {
                XCTAssertEqual(UTF8Text.hasPrefix(text, prefix), text.hasPrefix(prefix), "\(text.debugDescription) \(prefix)")
            }
        }
        XCTAssertTrue(UTF8Text.hasPrefix("\u{F900}表", "\u{8C48}"))
        XCTAssertFalse(UTF8Text.hasPrefix("栏次\u{301}", "栏次"))
        XCTAssertTrue(UTF8Text.hasPrefix("栏次1", "栏次"))
        XCTAssertFalse(UTF8Text.hasPrefix("栏", "栏次"))
    }
}
