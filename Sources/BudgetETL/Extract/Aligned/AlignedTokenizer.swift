/// Layer 2 for column-aligned text (what `pdftotext -layout` writes): every cell is placed at its
/// horizontal position and padded with spaces, so a blank cell is only a gap.
///
/// - Runs of two or more spaces separate cells.
/// - A single space separates cells only where it stands next to a number ("82,096,797.42
///   82,096,797.42", "91,016,775.35 一、一般公共服务支出", "201 03") or between two CJK characters
///   ("政府性基金预算 国有资本经营预算": Chinese text has no spaces inside a word). Elsewhere it stays
///   inside the cell ("1. 一般公共预算资金").
/// - Tokens keep their character columns: a CJK character counts as one column, like any other.
extension Tokenizer {
    static func alignedTokens(_ line: String, number: Int) -> [Token] {
        let scalars = Array(line.unicodeScalars)
        return chunks(scalars).flatMap { splitChunk(scalars[$0], line: number, start: $0.lowerBound) }
    }

    /// The line's chunks: runs of characters that end at two spaces in a row (or a space that ends
    /// the line), single spaces kept inside.
    static func chunks(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if isSpace(scalars[i]) { i += 1; continue }
            var end = i
            while end < scalars.count, !(isSpace(scalars[end]) && (end + 1 == scalars.count || isSpace(scalars[end + 1]))) {
                end += 1
            }
            chunks.append(i..<end)
            i = end
        }
        return chunks
    }

    /// Cuts a chunk (single spaces inside) at the spaces that separate two cells.
    private static func splitChunk(_ chunk: ArraySlice<Unicode.Scalar>, line: Int, start: Int) -> [Token] {
        var pieces: [(text: [Unicode.Scalar], column: Int, width: Int)] = []
        var current: [Unicode.Scalar] = []
        var column = start
        for (offset, scalar) in chunk.enumerated() {
            if isSpace(scalar) {
                pieces.append((current, column, current.count)); current = []; column = start + offset + 1
            } else {
                current.append(scalar)
            }
        }
        pieces.append((current, column, current.count))
        var tokens: [Token] = []
        var merged = pieces[0]
        for (k, piece) in pieces.enumerated().dropFirst() {
            let inner = AlignedText.isInnerNumber(k, pieces.map(\.text)) || AlignedText.isInnerNumber(k - 1, pieces.map(\.text))
            if !inner, !AlignedText.opensBracket(merged.text), AlignedText.separates(merged.text, piece.text) {
                tokens.append(token(merged, line: line))
                merged = piece
            } else {
                // The space pdftotext prints between a year and its 年 is no part of the word, but
                // still of the width it was printed over.
                let yearsOwn = piece.text.first == "年" && AlignedText.isYearBeforeItsWord(merged.text, piece.text)
                merged.text += (yearsOwn ? [] : [" "]) + piece.text
                merged.width += 1 + piece.width
            }
        }
        tokens.append(token(merged, line: line))
        return tokens
    }

    private static func token(_ piece: (text: [Unicode.Scalar], column: Int, width: Int), line: Int) -> Token {
        var token = Token(text: text(piece.text), line: line, column: piece.column)
        if piece.width != piece.text.count { token.printedWidth = piece.width }
        return token
    }

    /// The scalars as a string, encoded into UTF-8 at once (a `String.UnicodeScalarView` built from
    /// them appends scalar by scalar, most of tokenizing a padded line's cost).
    private static func text(_ scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 4)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Token {
    /// Character column just after the token's last character.
    var end: Int { column + (printedWidth ?? text.unicodeScalars.count) }
    /// Middle of the token, in character columns.
    var center: Double { Double(column + end) / 2 }
}

enum AlignedText {
    /// A whole number between two pieces of Chinese text, single spaces on both sides ("局 2023
    /// 年困难群众", "对 140 家医疗机构"): a year or a count inside a name, not a cell of its own.
    /// Not a year that begins its word right after a cell that is a year and its word ("2023 年预算数
    /// 2024 年预算数"): two such cells set one space apart, as a word processor's header prints them.
    static func isInnerNumber(_ k: Int, _ pieces: [[Unicode.Scalar]]) -> Bool {
        guard k > 0, k + 1 < pieces.count, !pieces[k].isEmpty, pieces[k].allSatisfy(TextRepair.isDigit),
              let before = pieces[k - 1].last, let after = pieces[k + 1].first else { return false }
        let secondYearCell = k >= 2 && isYearBeforeItsWord(pieces[k - 2], pieces[k - 1]) && isYearBeforeItsWord(pieces[k], pieces[k + 1])
        return isWide(before) && isWide(after) && !secondYearCell
    }

    /// Whether text leaves a square bracket open: a second classification printed inside a name
    /// ("办公费 [502 01 办公经费]"), whose codes are words of the name, not cells of their own.
    static func opensBracket(_ text: [Unicode.Scalar]) -> Bool {
        var open = 0
        for c in text {
            if c == "[" || c == "【" { open += 1 } else if c == "]" || c == "】" { open = max(0, open - 1) }
        }
        return open > 0
    }

    /// Whether a single space between `left` and `right` separates two cells.
    static func separates(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        guard let last = left.last, let first = right.first else { return false }
        if isYearBeforeItsWord(left, right) { return false }
        // A Chinese word then one that starts with a digit ("项目 2016-执行数 2017-预算数"): two
        // header cells; a cell does not run from a word into a number.
        return isNumber(left) || isNumber(right) || (endsWide(left) && isWide(first)) || (isWide(last) && TextRepair.isDigit(first))
    }

    /// Ends in a CJK character, or in a percent sign or closing bracket after one ("占调整预算%",
    /// "年度支出(万元)": a header word that names a rate or its unit ends there, as Chinese text
    /// does without a space).
    private static func endsWide(_ text: [Unicode.Scalar]) -> Bool {
        guard let last = text.last else { return false }
        if last == "%" || last == "％" || last == ")" { return text.dropLast().last.map(isWide) ?? false }
        return isWide(last)
    }

    /// A year that a converter parted from the word it begins ("2016 年度", "2017 比 2016 增减",
    /// "2024 年预算数": pdftotext prints a space where the font changes from digits to Chinese):
    /// one header cell, not a number's cell and a word's. 年初, 年末 and 年终 open names of their
    /// own (年初结转和结余), which a whole amount may stand before.
    static func isYearBeforeItsWord(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar]) -> Bool {
        guard left.count == 4, left.allSatisfy(TextRepair.isDigit),
              let year = Int(String(String.UnicodeScalarView(left))), (1990...2100).contains(year) else { return false }
        let word = String(String.UnicodeScalarView(right))
        return word.hasPrefix("比") || (word.hasPrefix("年") && !["年初", "年末", "年终"].contains(where: word.hasPrefix))
    }

    /// A published number as a whole: digits with optional thousands separators, decimals, sign
    /// and percent sign. "1." (a list marker) is not one.
    static func isNumber(_ s: [Unicode.Scalar]) -> Bool {
        var body = s[...]
        if body.first == "-" || body.first == "−" { body = body.dropFirst() }
        if body.last == "%" { body = body.dropLast() }
        guard let first = body.first, TextRepair.isDigit(first), let last = body.last, TextRepair.isDigit(last) else { return false }
        var points = 0
        for c in body {
            if c == "." { points += 1 } else if !(TextRepair.isDigit(c) || c == ",") { return false }
        }
        return points <= 1
    }

    /// A sentence (text around a table, not a cell): it has a full stop, or it is long and has a
    /// comma or semicolon.
    static func isProse(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b -> Bool? in
            // Over bytes where every scalar is a Character (nothing for a search to respect).
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var characters = 0, stop = false, pause = false, i = 0
            while i < b.count {
                let (value, length) = UTF8Text.scalar(b, at: i)
                characters += 1; i += length
                if value == 0x3002 { stop = true } else if value == 0xFF0C || value == 0xFF1B { pause = true }  // 。，；
            }
            return stop || (characters > Thresholds.proseCharacters && pause)
        } ?? (text.contains("。") || (text.count > Thresholds.proseCharacters && (text.contains("，") || text.contains("；"))))
    }

    /// CJK ideographs, CJK punctuation and full-width forms.
    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }
}

/// Which of the three layouts a table's lines are in, by how cells are spaced: tab separated (a
/// tab in any line), column-aligned (cells padded to their positions: most lines that hold two
/// cells or more have a run of three or more spaces between them, and runs of spaces outnumber
/// single spaces two to one; sentences around the table and wrapped name pieces do not count), or
/// single-space separated.
enum AlignedLayout {
    /// Most lines that hold two cells or more show padding (a run of three spaces or more), and
    /// two lines at least: the first condition of `isAligned`.
    /// The lines of several cells, with the gaps between their words: no prose, no name piece.
    private static func cellLines(_ lines: [String]) -> [(text: String, gaps: [Int])] {
        lines.compactMap { line in
            guard !AlignedText.isProse(line) else { return nil }
            let gaps = innerGaps(line)
            return gaps.isEmpty || isNamePiece(line, gaps) ? nil : (line, gaps)
        }
    }

    static func isPadded(_ lines: [String]) -> Bool {
        let cells = cellLines(lines)
        let wide = cells.filter { $0.gaps.contains(where: { $0 >= Thresholds.paddingGap }) }.count
        return wide >= 2 && Double(wide) >= Thresholds.paddedLineShare * Double(cells.count)
    }

    static func isAligned(_ lines: [String]) -> Bool {
        var multi = 0, wide = 0, singleGaps = 0, wideGaps = 0
        lazy var squeezed = lines.contains(where: holdsNumbersOneSpaceApart)
        for (line, gaps) in cellLines(lines) {
            multi += 1
            if gaps.contains(where: { $0 >= Thresholds.paddingGap }) { wide += 1 }
            let singles = gaps.filter { $0 == 1 }.count - bracketSpaces(line) - yearSpaces(line)
            // A code glued to its name, the line's only single space, is no cell separator (unless
            // the table's numbers touch too: then single spaces may well separate its cells).
            singleGaps += singles == 1 && startsWithGluedCode(line) && !squeezed ? 0 : singles
            wideGaps += gaps.filter { $0 >= 2 }.count
        }
        // Single-space layouts show blank cells as runs of spaces too, but most of their gaps
        // are single spaces; padded layouts have single spaces only inside a cell or between
        // two numbers that touch.
        guard wide >= 2, Double(wide) >= Thresholds.paddedLineShare * Double(multi) else { return false }
        if wideGaps >= Thresholds.paddedGapRatio * singleGaps { return true }
        if wideGaps >= Thresholds.paddedGapRatio * (singleGaps - paddedPairs(lines)) { return true }
        // Narrow columns packed one space apart: the amounts stand in columns (nearly all of
        // them where single spaces outnumber the runs).
        if wideGaps > singleGaps { return amountsLinedUp(lines) }
        return Double(wide) >= Thresholds.packedPaddedLineShare * Double(multi)
            && amountsLinedUp(lines, share: Thresholds.packedLinedUpAmountShare)
    }

    /// The header lines (those before the first that holds a number) of two words or more whose
    /// words all stand apart, and those with two words one or two spaces apart.
    static func headerSpacing(_ lines: [String]) -> (padded: Int, touching: Int) {
        var padded = 0, touching = 0
        for line in lines where !AlignedText.isProse(line) {
            let words = placedWords(line)
            if words.contains(where: \.isNumber) { break }
            guard words.count >= 2 else { continue }
            if words.dropFirst().allSatisfy({ $0.spaces >= Thresholds.paddingGap }) { padded += 1 } else { touching += 1 }
        }
        return (padded, touching)
    }

    /// A line led by a whole code one space before its name (`   30201 办公费      2.18`): a
    /// spreadsheet right-aligns a code typed as a number in its cell and sets the name flush left
    /// in the next, so the two touch whatever the padding elsewhere. When it is the line's only
    /// single space, it says nothing about how cells are separated.
    static func startsWithGluedCode(_ line: String) -> Bool {
        let scalars = line.unicodeScalars.drop { $0 == " " }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard [3, 5, 7].contains(digits.count) else { return false }
        let rest = scalars.dropFirst(digits.count)
        guard rest.first == " ", let next = rest.dropFirst().first else { return false }
        return next != " " && !("0"..."9").contains(next)
    }

    /// Two numbers one space apart (`2645523.00 2645523.00`, `99.83% 100%`).
    static func holdsNumbersOneSpaceApart(_ line: String) -> Bool {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false)
        let numeric = parts.map { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isNumber || ".,%-".contains($0)) } && $0.contains { $0.isNumber } }
        return zip(numeric, numeric.dropFirst()).contains { $0 && $1 }
    }

    /// Single spaces that belong to a bracketed second classification printed inside a name
    /// ("基本工资 [501 01 工资奖金津补贴]"): the one before its opening bracket and those inside it.
    /// The tokenizer keeps them inside the cell (`AlignedText.opensBracket`), so they say nothing
    /// about how cells are separated.
    static func bracketSpaces(_ line: String) -> Int {
        // Asked of every line of a table: the guard searches bytes (the scalars counted below).
        guard UTF8Text.containsAny(line, "[", "【") else { return 0 }
        let scalars = Array(line.unicodeScalars)
        var open = 0, count = 0
        for (i, c) in scalars.enumerated() {
            if c == "[" || c == "【" { open += 1 } else if c == "]" || c == "】" { open = max(0, open - 1) }
            guard c == " ", i > 0, i + 1 < scalars.count, scalars[i - 1] != " ", scalars[i + 1] != " " else { continue }
            if open > 0 || scalars[i + 1] == "[" || scalars[i + 1] == "【" { count += 1 }
        }
        return count
    }

    /// Single spaces around a year inside a row's name, the line's first cell ("一、2016 年末…",
    /// "五、和 2018 年…"): a word processor's PDF sets Latin digits in another font than the Chinese
    /// text around them, and pdftotext parts the runs by a space. A year followed by 年 is a
    /// name's word, never a cell. Header lines' years (`2019 年决算数 2020 年预算数`) are left to
    /// vote: there the same spaces may part narrow cells.
    static func yearSpaces(_ line: String) -> Int {
        // Asked of every line of a table: one search for 年 (E5 B9 B4) before the bytes are walked.
        guard UTF8Text.containsAny(line, "年") else { return 0 }
        return UTF8Text.withBytes(line) { b in
            var count = 0
            // The first cell ends at the first run of two spaces after its text.
            let start = b.firstIndex { $0 != 0x20 } ?? b.count
            let end = (start..<max(start, b.count - 1)).first { b[$0] == 0x20 && b[$0 + 1] == 0x20 } ?? b.count
            for i in stride(from: 4, to: end - 3, by: 1) where b[i] == 0x20 && b[i + 1] == 0xE5 && b[i + 2] == 0xB9 && b[i + 3] == 0xB4 {
                guard (i - 4..<i).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }), i == 4 || !(b[i - 5] >= 0x30 && b[i - 5] <= 0x39),
                      b[i - 4] == 0x31 || b[i - 4] == 0x32 else { continue }
                count += 1
                // The space before the year, after a Chinese character ("和 2018 年").
                if i >= 6, b[i - 5] == 0x20, b[i - 6] >= 0x80 { count += 1 }
            }
            return count
        }
    }

    /// Single spaces between two numbers that each stand in a column: a pair of numbers one space
    /// apart, each ending where a number stands apart (padded) on another line (two narrow value
    /// columns printed side by side). Counted only where no line runs three numbers or more one
    /// space apart: a row squeezed that way tells the converter dropped the padding, and a pair
    /// lined up only with other pairs tells nothing either.
    static func paddedPairs(_ lines: [String]) -> Int {
        let words = lines.map(placedWords)
        let runs = words.map(touchingNumbers)
        guard runs.contains(where: { !$0.isEmpty }), !runs.joined().contains(where: { $0.count > 2 }) else { return 0 }
        let apart = lines.indices.map { index in
            Set(numberEnds(words[index])).subtracting(runs[index].joined().map(\.upperBound))
        }
        // How many lines hold a padded number ending at each column: a pair's number is lined up
        // when some other line has one within the slack of its end.
        var linesEndingAt: [Int: Int] = [:]
        for ends in apart { for end in ends { linesEndingAt[end, default: 0] += 1 } }
        var pairs = 0
        for (index, lineRuns) in runs.enumerated() where !lineRuns.isEmpty {
            func linedUp(_ number: Range<Int>) -> Bool {
                let near = number.upperBound - Thresholds.pairColumnSlack...number.upperBound + Thresholds.pairColumnSlack
                return near.contains { (linesEndingAt[$0] ?? 0) - (apart[index].contains($0) ? 1 : 0) > 0 }
            }
            pairs += lineRuns.filter { $0.allSatisfy(linedUp) }.count
        }
        return pairs
    }

    /// A piece of a name wrapped inside its cell, alone on its line ("培训费 [50203 培训"): one
    /// cell, no number of its own; its single spaces are inside the name and say nothing about
    /// how cells are separated (a spreadsheet prints such pieces on most lines of a table).
    /// Numbers inside a bracket the piece opened are part of the name (a second classification
    /// wrapped with it: "老保险缴费 [501 02").
    static func isNamePiece(_ line: String, _ gaps: [Int]) -> Bool {
        guard !gaps.contains(where: { $0 >= Thresholds.paddingGap }) else { return false }
        if let answer = UTF8Text.withBytes(line, namePieceBytes) { return answer }
        var before: [Unicode.Scalar] = []
        for word in line.split(separator: " ") {
            if !AlignedText.opensBracket(before), [.amount, .integer].contains(TokenKind.of(String(word))) { return false }
            before += word.unicodeScalars
        }
        return true
    }

    /// `isNamePiece` after its gap test, over bytes where every scalar is a Character (a space is
    /// then a word break wherever its byte is); nil on other text. The brackets the words before
    /// have left open are counted as the words go.
    private static func namePieceBytes(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
        var open = 0, start = 0
        for i in 0...b.count where i == b.count || b[i] == 0x20 {
            defer { start = i + 1 }
            guard i > start else { continue }
            let word = UnsafeBufferPointer(rebasing: b[start..<i])
            if open == 0, [.amount, .integer].contains(TokenKind.of(bytes: word)) { return false }
            var k = 0
            while k < word.count {
                // [ ] and 【 】 (E3 80 90, E3 80 91).
                let isFullWidth = word[k] == 0xE3 && k + 2 < word.count && word[k + 1] == 0x80
                if word[k] == 0x5B || isFullWidth && word[k + 2] == 0x90 { open += 1 }
                else if word[k] == 0x5D || isFullWidth && word[k + 2] == 0x91 { open = max(0, open - 1) }
                k += 1
            }
        }
        return true
    }

    /// A word of a line: the columns it spans, the spaces before it (0 for the first word) and
    /// whether it is a number.
    struct PlacedWord: Equatable {
        var columns: Range<Int>
        var spaces: Int
        var isNumber: Bool
    }

    /// A line's words with their columns (in Characters) and the spaces before each.
    static func placedWords(_ line: String) -> [PlacedWord] {
        UTF8Text.withBytes(line, placedWordBytes) ?? placedWordsByCharacter(line)
    }

    /// `placedWords` over bytes where every scalar is a Character (a space byte is then a word
    /// break and a column is a scalar); nil on other text.
    private static func placedWordBytes(_ b: UnsafeBufferPointer<UInt8>) -> [PlacedWord]? {
        guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
        var words: [PlacedWord] = []
        var column = 0, spaces = 0, start = 0
        for i in 0...b.count where i == b.count || b[i] == 0x20 {
            defer { start = i + 1 }
            guard i > start else { spaces += 1; column += 1; continue }
            let word = UnsafeBufferPointer(rebasing: b[start..<i])
            var characters = 0
            for byte in word where byte & 0xC0 != 0x80 { characters += 1 }
            let isNumber = TokenKind.of(bytes: word).isNumeric
            words.append(PlacedWord(columns: column..<column + characters, spaces: words.isEmpty ? 0 : spaces + 1, isNumber: isNumber))
            column += characters + 1; spaces = 0
        }
        return words
    }

    /// `placedWords` by Character, for text where a scalar may join the one before it.
    static func placedWordsByCharacter(_ line: String) -> [PlacedWord] {
        var words: [PlacedWord] = []
        var column = 0, spaces = 0
        for piece in line.split(separator: " ", omittingEmptySubsequences: false) {
            if piece.isEmpty { spaces += 1; column += 1; continue }
            let characters = piece.count
            let isNumber = [.amount, .integer].contains(TokenKind.of(String(piece)))
            words.append(PlacedWord(columns: column..<column + characters, spaces: words.isEmpty ? 0 : spaces + 1, isNumber: isNumber))
            column += characters + 1; spaces = 0
        }
        return words
    }

    /// Runs of numbers one space apart in a line: each run's numbers' columns.
    static func touchingNumbers(_ line: String) -> [[Range<Int>]] { touchingNumbers(placedWords(line)) }

    static func touchingNumbers(_ words: [PlacedWord]) -> [[Range<Int>]] {
        var runs: [[Range<Int>]] = [], run: [Range<Int>] = []
        for placed in words {
            guard placed.isNumber else { run = []; continue }
            if !run.isEmpty && placed.spaces == 1 { run.append(placed.columns) } else { run = [placed.columns] }
            if run.count == 2 { runs.append(run) } else if run.count > 2 { runs[runs.count - 1] = run }
        }
        return runs
    }

    /// End columns of a line's numbers.
    static func numberEnds(_ line: String) -> [Int] { numberEnds(placedWords(line)) }

    static func numberEnds(_ words: [PlacedWord]) -> [Int] { words.filter(\.isNumber).map(\.columns.upperBound) }

    /// Lengths of the runs of spaces between non-space characters.
    static func innerGaps(_ line: String) -> [Int] {
        UTF8Text.withBytes(line) { b in
            var gaps: [Int] = []
            var run = 0, seenText = false, i = 0
            while i < b.count {
                // " ", no-break space (C2 A0), ideographic space (E3 80 80): one scalar each.
                let space = b[i] == 0x20 ? 1 : b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 ? 2
                    : b[i] == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
                if space > 0 { run += 1; i += space; continue }
                if seenText && run > 0 { gaps.append(run) }
                run = 0; seenText = true
                i += 1
                while i < b.count, b[i] & 0xC0 == 0x80 { i += 1 }
            }
            return gaps
        }
    }
}
