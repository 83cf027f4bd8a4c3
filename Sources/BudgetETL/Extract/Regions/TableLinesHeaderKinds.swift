/// Kinds of lines above and in a table's header: the caption's end, meta lines (agency, year,
/// unit, form fields), and the cells of a cell-per-line header (spaced words, doubled bold tokens).
extension TableLines {
    /// A header line of a cell-per-line table is one cell: its words spaced out ("项 目",
    /// "预 算 数") are one word.
    static func asOneCell(_ line: Line) -> Line {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count > 1, filled.allSatisfy({ $0.kind == .text }), let first = filled.first else { return line }
        var merged = line
        merged.tokens = [Token(text: line.compact, line: first.line, column: first.column)]
        return merged
    }

    /// In a stream of cells, a unit line after lines of no header word closes the table's caption:
    /// what stood before it (a list of contents, the agency's name, a 预算年度 field) names the table,
    /// not its columns, and the header starts after the unit. Header words before a unit line stay
    /// header: a unit printed among its rows (项目 … 单位:万元) is no caption's end.
    static func closesCaption(_ line: Line, before header: [Line], streams: Bool) -> Bool {
        streams && !header.isEmpty && LineClass.statedUnit(line.compact) != nil
            && !header.contains { HeaderWords.isHeaderWord(TextRepair.undoubled($0.compact)) }
    }

    /// Agency, year and unit lines (`LineClass.isMeta`), a line that starts with the compiling
    /// agency's label whatever follows it, and a unit label whose unit was wrapped onto the next
    /// line ("编制部门：某某局  单位：" / "元", "金额单位：万" / "元").
    static func isMeta(_ line: Line) -> Bool {
        LineClass.isMeta(line.compact)
            // Every form of the pattern holds a colon or starts with 金额单位 or 单位: most rows,
            // names with 单位 inside them too (事业单位…), leave here.
            || ((UTF8Text.containsAny(line.compact, ":", "：") || startsUnitLabel(line.compact))
                && mayBeAgencyOrUnit(line.compact) && TableLinePatterns.agencyOrWrappedUnit.matches(line.compact))
    }

    /// Every form of `agencyOrWrappedUnit` starts with 编, 填, 预, 部, 单 or 金, or holds 单位 and a
    /// colon: rows with a colon inside (其中：…) leave before ICU, which costs most on long lines.
    private static func mayBeAgencyOrUnit(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "编填预部单金".unicodeScalars.contains(first) || UTF8Text.contains(text, "单位:") || UTF8Text.contains(text, "单位：")
    }

    private static func startsUnitLabel(_ text: String) -> Bool {
        text.utf8.starts(with: "单".utf8) || text.utf8.starts(with: "金".utf8)
    }

    /// A year alone, "2015年" or "2016年度": a row's name in a table that compares years.
    /// A line of one cell whose words are the title's own, years, 年度 and list marks aside
    /// ("20172018年度…一览表" under "2017、2018年度…一览表").
    static func repeatsTitle(_ line: Line, _ titleLine: String) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count == 1 else { return false }
        func words(_ text: String) -> String {
            let compact = TextRepair.compact(text)
            // Plain text (`UTF8Text.isPlain`, most titles): every scalar is a Character and its own
            // canonical form, so each Character is told by its scalar (`isNumber` is its numeric type).
            guard UTF8Text.isPlain(compact) else { return String(compact.filter { !$0.isNumber && !"年度、,，".contains($0) }) }
            var kept = String.UnicodeScalarView()
            for scalar in compact.unicodeScalars where scalar.properties.numericType == nil && !"年度、,，".unicodeScalars.contains(scalar) {
                kept.append(scalar)
            }
            return String(kept)
        }
        let own = words(filled[0].text)
        return own.count >= Thresholds.repeatedTitleCharacters && own == words(titleLine)
    }

    /// Lone years (`X年度`) right above a line of numbers that prints no name, with words alone
    /// right under that line (`预算数`): a row's name centred vertically on its numbers, wrapped
    /// around them (a spreadsheet's tall cell), not a year heading between rows.
    static func yearsOverNamelessRows(_ lines: [Line]) -> Set<Int> {
        let startsWithNumber = { (line: Line) in line.tokens.first { !$0.isBlank }.map { $0.kind.isNumeric } ?? false }
        let wordsAlone = { (line: Line) in !line.tokens.contains { $0.kind.isNumeric } && !line.compact.isEmpty }
        return Set(lines.indices.dropLast(2).filter { k in
            isYearName(lines[k]) && lines[k + 1].number == lines[k].number + 1 && startsWithNumber(lines[k + 1])
                && lines[k + 2].number == lines[k + 1].number + 1 && wordsAlone(lines[k + 2]) && !isMeta(lines[k + 2])
        }.map { lines[$0].number })
    }

    static func isYearName(_ line: Line) -> Bool {
        UTF8Text.containsAny(line.compact, "年") && TableLinePatterns.yearName.matches(line.compact)
    }

    /// "部门(单位)名称:" alone: its value is the next line.
    static func isEmptyField(_ line: Line) -> Bool {
        UTF8Text.containsAny(line.compact, ":", "：") && TableLinePatterns.emptyField.matches(line.compact)
    }

    /// "项 目", "合 计": one word printed with a space between its characters, on a line of its
    /// own in a table of one cell per line, is that one cell. Not code headers (类 款 项), which
    /// are cells of their own.
    static func spacedWordJoined(_ line: Line) -> Line {
        let filled = line.tokens.filter { !$0.isBlank }
        guard isSpacedWord(filled.map(\.text)) else { return line }
        var joined = line
        joined.tokens = [Token(text: filled.map(\.text).joined(separator: " "), line: filled[0].line, column: filled[0].column)]
        return joined
    }

    static func isSpacedWord(_ parts: [String]) -> Bool {
        // "预 算 数(万元)": the word's last character may carry its unit in parentheses.
        var parts = parts
        if let last = parts.last, last.hasSuffix(")") || last.hasSuffix("）"),
           let open = last.firstIndex(where: { $0 == "(" || $0 == "（" }), last.distance(from: last.startIndex, to: open) == 1 {
            parts[parts.count - 1] = String(last[..<open])
        }
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && TokenKind.of($0) == .text } && !parts.allSatisfy(HeaderWords.isCode)
    }

    /// A line cut into lines of one cell each.
    static func cellLines(_ line: Line) -> [Line] {
        line.tokens.filter { !$0.isBlank }.map { Line(number: line.number, tokens: [$0], compact: TextRepair.compact($0.text)) }
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

    /// "部门(单位)名称 → 某某局": a form's name field above its header.
    static func isKeyValue(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        return filled.count == 2 && TableLinePatterns.keyValue.matches(filled[0])
    }
}
