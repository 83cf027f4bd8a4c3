import Foundation

/// A table region's lines as tokens, split into header and body. Layout-independent: the only
/// thing it knows of the converter is whether cells were separated by tabs or spaces.
struct TableLines {
    struct Line {
        var number: Int
        var tokens: [Token]
        /// The source line ended in whitespace after its last token (blank cells were dropped there).
        var endsWithSpace: Bool { trailingSpaces > 0 }
        /// How many spaces followed the last token: in single-space layouts, blank cells.
        var trailingSpaces: Int = 0
        var compact: String
    }

    var header: [Line]
    /// The "栏次 1 2 3" line (or a bare "1 2 3 …" line) when the table has one.
    var columnNumbers: Line?
    var body: [Line]
    var tabSeparated: Bool
    /// Cells padded to their horizontal positions (pdftotext -layout): see `AlignedLayout`.
    var aligned = false
    /// Bold text printed twice and cells wrapped over lines: the title itself came out doubled.
    var mangled: Bool
    /// Name of a sub-table ("二、机关运行经费") when the table is one of several printed under one title.
    var blockName = ""

    init(lines: [String], region: TableRegion, titleLine: String) {
        let raw = region.body.map { (number: $0 + 1, text: lines[$0]) }
        let nonEmpty = raw.filter { !$0.text.allSatisfy(\.isWhitespace) }
        // A converter either separates cells by tabs or it does not; one tabbed line tells.
        tabSeparated = nonEmpty.contains { $0.text.utf8.contains(9) }
        mangled = TitleMatcher.isDoubled(titleLine)
        aligned = !tabSeparated && AlignedLayout.isAligned(nonEmpty.map(\.text))
        let tab = tabSeparated, mangled = mangled, aligned = aligned
        var prepared: [Line] = []
        for line in nonEmpty where !LineClass.isPageFurniture(line.text) && !(tab && TableLines.isBarePageNumber(line.text)) {
            prepared.append(TableLines.prepare(line.text, number: line.number, tab: tab, mangled: mangled,
                                                aligned: aligned))
        }
        var index = 0
        // Agency, year and unit lines; a line between two of them is one of them wrapped.
        while index < prepared.count, LineClass.isMeta(prepared[index].compact) || TableLines.isKeyValue(prepared[index])
                || (index > 0 && index + 1 < prepared.count && LineClass.isMeta(prepared[index + 1].compact)
                    && prepared[index].tokens.filter({ !$0.isBlank }).count == 1) {
            index += 1
        }
        var header: [Line] = []
        var columnNumbers: Line?
        // The header ends at the first body line, or right after the 栏次 row that closes it.
        while index < prepared.count, columnNumbers == nil, !TableLines.looksLikeBody(prepared[index]),
              !(tab && (TableLines.isFormRow(prepared[index]) || TableLines.isBlankTotalRow(prepared[index], under: header))) {
            if TableLines.isColumnNumbers(prepared[index]) { columnNumbers = prepared[index] }
            else { header.append(prepared[index]) }
            index += 1
        }
        body = TableLines.withoutRepeatedHeaders(Array(prepared[index...]), header: header)
            .filter { !TableLines.isColumnNumbers($0) && !LineClass.isMeta($0.compact) }
        self.header = header
        self.columnNumbers = columnNumbers
    }

    /// A header printed again after a page break: a run of lines equal to the header's lines, in
    /// order. A single line counts only when the header has one line of several words, so that a
    /// wrapped fragment ("财政拨款") that happens to equal a header line is kept.
    static func withoutRepeatedHeaders(_ lines: [Line], header: [Line]) -> [Line] {
        let keys = header.map(\.compact)
        guard !keys.isEmpty else { return lines }
        var out: [Line] = []
        var i = 0
        while i < lines.count {
            var run = 0
            while run < keys.count, i + run < lines.count, lines[i + run].compact == keys[run] { run += 1 }
            let single = keys.count == 1 && header[0].tokens.filter { !$0.isBlank }.count >= 2
            if run >= 2 || (run == 1 && single) { i += run; continue }
            out.append(lines[i]); i += 1
        }
        return out
    }

    /// In a tab-separated table every row has tabs; a line of one short number without any is the
    /// page number the converter left between two pages.
    static func isBarePageNumber(_ text: String) -> Bool {
        let bytes = text.utf8.filter { $0 != 0x20 }
        return !text.utf8.contains(9) && (1...3).contains(bytes.count) && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A token of a bold line, printed twice: undone; two bold cells glued and each printed twice
    /// ("费费小计小计") become two tokens.
    static func undoubled(_ token: Token) -> [Token] {
        guard token.kind == .text, TextRepair.undoubled(token.text) == token.text,
              let pieces = TextRepair.doubledPieces(token.text), pieces.count > 1 else {
            return [Token(text: TextRepair.undoubledToken(token.text), line: token.line, column: token.column)]
        }
        var column = token.column
        return pieces.map { piece in
            defer { column += 2 * piece.count }
            return Token(text: piece, line: token.line, column: column)
        }
    }

    /// "部门(单位)名称 → 医疗保障局": a form's name field above its header.
    static func isKeyValue(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        return filled.count == 2 && filled[0].range(of: #"^(部门|单位|部门\(单位\)|预算单位)名称[:：]?$"#,
                                                   options: .regularExpression) != nil
    }

    /// Sub-tables printed under one title (统计表 with 一、政府采购情况 / 二、机关运行经费, forms
    /// with several header rows): the body is cut where a line of header words appears, and each
    /// part is read with its own header.
    func blocks() -> [TableLines] {
        var blocks: [TableLines] = []
        var current = self
        current.body = []
        if header.count > 1, let name = TableLines.enumeratedTitle(header[0]) {
            current.blockName = name
            current.header.removeFirst()
        }
        for line in body {
            if let name = TableLines.enumeratedTitle(line), TableLines.enumeratedTitle(current.blockName) != nil,
               !current.body.isEmpty {
                // "三、国有资产占用情况" after "二、机关运行经费": the next part, same header.
                blocks.append(current)
                current.body = []; current.blockName = name
            } else if isSubHeader(line) {
                var name = current.body.isEmpty ? current.blockName : ""
                if let last = current.body.last, last.tokens.filter({ !$0.isBlank }).count == 1, last.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) {
                    name = TextRepair.compact(last.tokens.first { !$0.isBlank }!.text)
                    current.body.removeLast()
                }
                blocks.append(current)
                current = self
                if name.isEmpty, let first = line.tokens.first(where: { !$0.isBlank }) { name = TextRepair.compact(first.text) }
                current.header = [line]; current.body = []; current.columnNumbers = nil; current.blockName = name
            } else {
                current.body.append(line)
            }
        }
        blocks.append(current)
        return blocks.filter { !$0.body.isEmpty }
    }

    /// A line that is only an enumerated heading such as "三、国有资产占用情况".
    static func enumeratedTitle(_ line: Line) -> String? {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count == 1, filled[0].kind == .text else { return nil }
        let text = TextRepair.compact(filled[0].text)
        return enumeratedTitle(text) != nil ? text : nil
    }

    static func enumeratedTitle(_ text: String) -> String? {
        text.range(of: #"^[一二三四五六七八九十]+、\S+$"#, options: .regularExpression) != nil ? text : nil
    }

    /// A row of short header words (one of them a header word such as 项目, 指标, 预算数, 得分)
    /// and no numbers; rows of text data carry sentences instead.
    func isSubHeader(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        guard filled.count >= 2, line.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) else { return false }
        guard filled.contains(where: HeaderWords.isHeaderWord) else { return false }
        if !tabSeparated { return filled.contains { HeaderWords.isLabel($0) } }
        let short = filled.filter { $0.count <= 8 }.count
        return filled.count >= 3 && short * 3 >= filled.count * 2
    }

    static func prepare(_ text: String, number: Int, tab: Bool, mangled: Bool, aligned: Bool = false) -> Line {
        var tokens = tab ? Tokenizer.tabTokens(text, number: number)
            : aligned ? Tokenizer.alignedTokens(text, number: number) : Tokenizer.spaceTokens(text, number: number)
        tokens = tokens.flatMap(TextRepair.splitGlued)
        if mangled { tokens = tokens.flatMap(TableLines.undoubled) }
        let trailing = text.reversed().prefix { $0 == " " || $0 == "\u{3000}" }.count
        return Line(number: number, tokens: tokens, trailingSpaces: trailing, compact: TextRepair.compact(text))
    }

    /// A body line carries an amount, or starts with a classification code followed by its name.
    /// "合计" alone under a name column, every value cell blank: the total row of an empty table.
    static func isBlankTotalRow(_ line: Line, under header: [Line]) -> Bool {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        guard filled.count == 1, let i = filled.first, ["合计", "总计"].contains(TextRepair.compact(line.tokens[i].text)) else { return false }
        return header.contains { i < $0.tokens.count && HeaderWords.isStructural(TextRepair.compact($0.tokens[i].text)) }
    }

    /// A tab cell holding a sentence: a form's row (年度履职目标 → …), not a column header.
    static func isFormRow(_ line: Line) -> Bool {
        line.tokens.contains { $0.text.count > 24 }
    }

    static func looksLikeBody(_ line: Line) -> Bool {
        if isColumnNumbers(line) { return false }
        let kinds = line.tokens.map(\.kind)
        if kinds.contains(.amount) { return true }
        let filled = line.tokens.filter { !$0.isBlank }
        if filled.count >= 2, filled[0].kind == .integer, filled[0].text.count >= 3, filled[1].kind == .text { return true }
        // "合计 46": a name, then whole numbers only (amounts in 元 or rounded 万元), not a year.
        if filled.count >= 2, filled[0].kind == .text,
           filled.dropFirst().allSatisfy({ $0.kind == .integer || $0.kind == .placeholder }),
           filled.dropFirst().contains(where: { $0.kind == .integer && !isYear($0.text) }) { return true }
        // A code alone on its line: the row's name was wrapped onto the lines below.
        if filled.count == 1, filled[0].kind == .integer, filled[0].text.count >= 3 { return true }
        return false
    }

    private static func isYear(_ text: String) -> Bool {
        text.count == 4 && Int(text).map { (1990...2100).contains($0) } == true
    }

    static func isColumnNumbers(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        guard filled.contains(where: HeaderWords.isColumnNumberWord) || (filled.count >= 2 && filled.first == "1")
        else { return false }
        return filled.allSatisfy { HeaderWords.isColumnNumberWord($0) || isColumnNumber($0) }
    }

    static func isColumnNumber(_ text: String) -> Bool {
        let digits = text.hasSuffix(".00") ? String(text.dropLast(3)) : text
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCII) && Int(digits) != nil
    }
}
