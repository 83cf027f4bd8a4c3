/// A table region's lines as tokens, split into header and body. Layout-independent: the only
/// thing it knows of the converter is whether cells were separated by tabs or spaces.
struct TableLines {
    struct Line {
        var number: Int
        var tokens: [Token]
        /// The source line ended in whitespace after its last token (blank cells were dropped there).
        var endsWithSpace: Bool
        var compact: String
    }

    var header: [Line]
    /// The "栏次 1 2 3" line (or a bare "1 2 3 …" line) when the table has one.
    var columnNumbers: Line?
    var body: [Line]
    var tabSeparated: Bool
    /// Bold text printed twice and cells wrapped over lines: the title itself came out doubled.
    var mangled: Bool

    init(lines: [String], region: TableRegion, titleLine: String) {
        let raw = region.body.map { (number: $0 + 1, text: lines[$0]) }
        let nonEmpty = raw.filter { !$0.text.allSatisfy(\.isWhitespace) }
        // A converter either separates cells by tabs or it does not; one tabbed line tells.
        tabSeparated = nonEmpty.contains { $0.text.contains("\t") }
        let compactTitle = titleLine.filter { !$0.isWhitespace }
        mangled = TextRepair.undoubled(compactTitle) != compactTitle
        let tab = tabSeparated, mangled = mangled
        var prepared: [Line] = []
        for line in nonEmpty where !LineClass.isPageFurniture(line.text) {
            prepared.append(TableLines.prepare(line.text, number: line.number, tab: tab, mangled: mangled))
        }
        var index = 0
        // Agency, year and unit lines; a line between two of them is one of them wrapped.
        while index < prepared.count, LineClass.isMeta(prepared[index].compact)
                || (index > 0 && index + 1 < prepared.count && LineClass.isMeta(prepared[index + 1].compact)
                    && prepared[index].tokens.filter({ !$0.isBlank }).count == 1) {
            index += 1
        }
        var header: [Line] = []
        var columnNumbers: Line?
        // The header ends at the first body line, or right after the 栏次 row that closes it.
        while index < prepared.count, columnNumbers == nil, !TableLines.looksLikeBody(prepared[index]) {
            if TableLines.isColumnNumbers(prepared[index]) { columnNumbers = prepared[index] }
            else { header.append(prepared[index]) }
            index += 1
        }
        let repeated = Set(header.map(\.compact) + [columnNumbers?.compact].compactMap { $0 })
        body = prepared[index...].filter {
            !repeated.contains($0.compact) && !TableLines.isColumnNumbers($0) && !LineClass.isMeta($0.compact)
        }
        self.header = header
        self.columnNumbers = columnNumbers
    }

    static func prepare(_ text: String, number: Int, tab: Bool, mangled: Bool) -> Line {
        var tokens = tab ? Tokenizer.tabTokens(text, number: number) : Tokenizer.spaceTokens(text, number: number)
        tokens = tokens.flatMap(TextRepair.splitGlued)
        if mangled { tokens = tokens.map { Token(text: TextRepair.undoubledToken($0.text), line: $0.line, column: $0.column) } }
        let endsWithSpace = text.last.map { $0 == " " || $0 == "\u{3000}" } ?? false
        return Line(number: number, tokens: tokens, endsWithSpace: endsWithSpace, compact: TextRepair.compact(text))
    }

    /// A body line carries an amount, or starts with a classification code followed by its name.
    static func looksLikeBody(_ line: Line) -> Bool {
        if isColumnNumbers(line) { return false }
        let kinds = line.tokens.map(\.kind)
        if kinds.contains(.amount) { return true }
        let filled = line.tokens.filter { !$0.isBlank }
        if filled.count >= 2, filled[0].kind == .integer, filled[0].text.count >= 3, filled[1].kind == .text { return true }
        return false
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
