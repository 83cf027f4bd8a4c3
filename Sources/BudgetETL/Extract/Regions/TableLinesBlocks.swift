/// Sub-tables printed under one title, cut where a line of header words or an enumerated heading
/// starts a part.
extension TableLines {
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
        var captioned = false
        for line in body {
            if let name = TableLines.enumeratedTitle(line), TableLines.enumeratedTitle(current.blockName) != nil,
               !current.body.isEmpty {
                // "三、国有资产占用情况" after "二、机关运行经费": the next part, same header.
                blocks.append(current)
                current.body = []; current.blockName = name
            } else if isSubHeader(line, under: current.header) {
                var name = current.body.isEmpty ? current.blockName : ""
                // In a tab grid the part's name stands in the first cell; a lone piece further right
                // is the end of a cell wrapped over the lines above (`…服务水平` / `。`).
                if let last = current.body.last, !tabSeparated || !(last.tokens.first?.isBlank ?? true),
                   last.tokens.filter({ !$0.isBlank }).count == 1, last.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) {
                    name = TextRepair.compact(last.tokens.first { !$0.isBlank }!.text)
                    current.body.removeLast()
                    captioned = true
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
        var parts = blocks.filter { !$0.body.isEmpty }
        // Later parts named by a caption line over their header: a lone caption over the first
        // part's header (年度主要任务 / 项目 主要内容) names it alike, and is no level of its header.
        if captioned, parts.count > 1, parts[0].blockName.isEmpty, parts[0].header.count > 1,
           let caption = TableLines.loneCaption(parts[0].header[0]) {
            parts[0].blockName = caption
            parts[0].header.removeFirst()
        }
        return parts
    }

    /// The one cell of a line of words that is no header word: a part's caption.
    static func loneCaption(_ line: Line) -> String? {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count == 1, filled[0].kind == .text else { return nil }
        let text = TextRepair.compact(filled[0].text)
        return HeaderWords.isHeaderWord(text) ? nil : text
    }

    /// A line that is only an enumerated heading such as "三、国有资产占用情况".
    static func enumeratedTitle(_ line: Line) -> String? {
        // The one filled cell, without an array per line: most lines leave at their second cell.
        var filled: Token?
        for token in line.tokens where !token.isBlank {
            guard filled == nil else { return nil }
            filled = token
        }
        // Compacting keeps a 、: a cell without one leaves before it is compacted.
        guard let cell = filled, UTF8Text.containsAny(cell.text, "、"), cell.kind == .text else { return nil }
        let text = TextRepair.compact(cell.text)
        return enumeratedTitle(text) != nil ? text : nil
    }

    static func enumeratedTitle(_ text: String) -> String? {
        UTF8Text.containsAny(text, "、") && TableLinePatterns.enumeratedTitle.matches(text) ? text : nil
    }

    /// A row of short header words (one of them a header word such as 项目, 指标, 预算数, 得分)
    /// and no numbers nor targets; rows of text data carry sentences instead (and are told by them).
    /// `header`: the current part's header lines.
    func isSubHeader(_ line: Line, under header: [Line] = []) -> Bool {
        // Rows of numbers leave before any cell is compacted.
        guard line.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) else { return false }
        // So do lines of one word (most lines of text in a table): no cell compacted.
        guard line.tokens.lazy.filter({ !$0.isBlank }).count >= 2 else { return false }
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        let indicators = tabSeparated ? TableLines.indicatorCells(line, under: header) : []
        guard line.tokens.indices.contains(where: {
            !line.tokens[$0].isBlank && !indicators.contains($0) && HeaderWords.isHeaderWord(TextRepair.compact(line.tokens[$0].text))
        }) else { return false }
        // An indicator's target (政府采购执行率 | ≥80% | a definition that names 金额) makes the line
        // a row of a performance form, whatever header words its definition holds.
        guard !filled.contains(where: TableLines.isTarget) else { return false }
        // A cell that is a sentence (绩效指标合理性 | 合理 | 1.…是否准确；2.…) is a row's text: a
        // column's name ends no clause.
        guard !filled.contains(where: { UTF8Text.containsAny($0, "。", "；", ";") }) else { return false }
        if !tabSeparated { return filled.contains { HeaderWords.isLabel($0) } }
        // Two cells, the name column's word and a measure's (`项目 ⇥ 指标值`, a ruled-table
        // converter's part of a form): no row of data is named so.
        if filled.count == 2 { return HeaderWords.isLabel(filled[0]) && HeaderWords.isHeaderWord(filled[1]) }
        let short = filled.filter { $0.count <= 8 }.count
        return filled.count >= 3 && short * 3 >= filled.count * 2
    }

    /// The tab cells of a line that name an indicator (投入管理指标, 绩效指标合理性) under a header
    /// column of indicators (一级指标, 三级指标, 指标值说明): a performance form's row names them in
    /// the columns its header made for them, so their 指标 makes no header word.
    static func indicatorCells(_ line: Line, under header: [Line]) -> Set<Int> {
        Set(line.tokens.indices.filter { i in
            UTF8Text.holds(line.tokens[i].text, "指标")
                && header.contains { i < $0.tokens.count && UTF8Text.holds($0.tokens[i].text, "指标") }
        })
    }

    /// A target compared with a number (≥80%, ≤ 30%, ＞0.5): the value of a performance form's
    /// indicator, never a column's name.
    static func isTarget(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "≥≤><＞＜".unicodeScalars.contains(first) else { return false }
        let rest = text.unicodeScalars.dropFirst().drop { $0 == " " || $0 == "=" }
        return rest.first.map { ("0"..."9").contains($0) } ?? false
    }
}
