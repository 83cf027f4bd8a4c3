import Foundation

/// Where a page names who publishes it outside its tables' titles and fields: the heading lines
/// it opens with, the imprint of its cover or the signature of a notice (a name over the date it
/// signed), and the fields of its index or footer.
extension MetadataReader {
    /// The agency named by one of the page's first five lines: a heading that begins with it
    /// ("某某中心财政拨款…", "某某区2016年…", a clause "…,某某区2016年一般公共预算…"), or a caption line
    /// that is the name alone. A heading wrapped right after its year ("某某区2031年" / "一般公共预算…")
    /// is read with its next line.
    static func openingAgency(in opening: ArraySlice<String>) -> String? {
        let filled = Array(opening.lazy.map { (raw: $0, text: TextRepair.compact($0)) }.filter { !$0.text.isEmpty }.prefix(6))
        for (i, (raw, line)) in filled.prefix(5).enumerated() {
            let text = i + 1 < filled.count && endsWithYear(line) ? line + filled[i + 1].text : line
            let split = TitleMatcher.agencyBeforeTitleWords(TitleMatcher.agencySplits(text)) ?? TitleMatcher.placeBeforeYear(text)
                ?? placeBeforeYearInClause(text)
            // "标题:某某镇2020年…": a field's label before the name is not the name's.
            if let agency = split.map({ String($0.agency.split(whereSeparator: { ":：".contains($0) }).last ?? "") }),
               agency.count >= 2, !agency.contains(where: \.isNumber) { return agency }
            if let agency = captionAgency(raw) { return agency }
        }
        // No place or name before a title's words: the heading of a report names who reports.
        return filled.prefix(5).lazy.compactMap { reportAuthor($0.text) }.first
    }

    /// "某某省人民政府关于2022年省级财政…的报告": a report's heading names who reports, an
    /// organization's name alone before its first 关于. A heading, not a sentence: a line with a
    /// comma or full stop (按照区政府关于…部署,经汇总,…) names no author.
    static func reportAuthor(_ line: String) -> String? {
        guard UTF8Text.contains(line, "关于"), !line.contains(where: { ",，。;；".contains($0) }),
              let about = line.range(of: "关于") else { return nil }
        let name = String(line[..<about.lowerBound])
        return organizationName.matches(name) ? name : nil
    }

    /// "某某区2031年", "某某区2031年度": a line ending in a year, in compact text.
    static func endsWithYear(_ line: String) -> Bool {
        let chars = Array(line.suffix(6))
        guard let nian = chars.lastIndex(of: "年"), nian >= chars.count - 2, nian >= 4,
              chars[nian...].dropFirst().allSatisfy({ $0 == "度" }) else { return false }
        return chars[(nian - 4)..<nian].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "某某市某某医院" under a heading, "| 2031年某某医院 | 金额单位:元 |": a caption line whose
    /// first cell (between "|", tabs or spaces) is an organization's name alone (after the year it
    /// reports on), the cells after it holding no number (a table's row names its amounts).
    /// Co-signers on one line ("某某厅    某某联合会"): the first.
    static func captionAgency(_ line: String) -> String? {
        let cells = line.split(whereSeparator: { $0 == "|" || $0 == "\t" || $0 == " " || $0 == "\u{3000}" })
        guard let first = cells.first, cells.dropFirst().allSatisfy({ !$0.contains(where: \.isNumber) }) else { return nil }
        var name = first
        if let nian = name.firstIndex(of: "年"), name.distance(from: name.startIndex, to: nian) == 4,
           name[..<nian].allSatisfy({ $0.isASCII && $0.isNumber }) {
            name = name[name.index(after: nian)...]
            if name.first == "度" { name = name.dropFirst() }
        }
        return organizationName.matches(String(name)) ? String(name) : nil
    }

    /// "某某区财政局 / 二○二一年十一月": a cover's last lines name who compiled the document and when.
    /// The name is a whole cell (between spaces or alone on its line) that ends as an organization's
    /// name does, and the date follows it within the next cells: a year in Arabic or Chinese
    /// numerals, then a month. Co-signers may stand between ("某某厅 某某联合会 / 2031年2月6日"):
    /// the first signs first.
    static func imprintAgency(in lines: ArraySlice<String>) -> String? {
        // A page stored on one line holds its cover in its first cells.
        let all = leadingCells(of: lines, limit: Thresholds.imprintCells)
        var i = 0
        while i < all.count {
            guard isOrganizationName(all[i]) else { i += 1; continue }
            var next = i + 1
            while next < all.count, next - i <= Thresholds.coSigners, isOrganizationName(all[next]) { next += 1 }
            if imprintDate.matches(all[next..<min(all.count, next + 3)].joined()) { return all[i] }
            i = next
        }
        return nil
    }

    /// Whether the cell ends as an organization's name does; ICU only for a cell holding the last
    /// character of one of the name's endings.
    private static func isOrganizationName(_ cell: String) -> Bool {
        UTF8Text.containsAny(cell, "局", "所", "心", "院", "会", "委", "室", "处", "府", "厅", "站", "队", "馆", "校", "社")
            && organizationName.matches(cell)
    }

    /// A notice's last lines, where it signs: the last `Thresholds.signatureLines` filled lines.
    static func signatureLines(of lines: [String]) -> ArraySlice<String> {
        var start = lines.endIndex, filled = 0
        while start > lines.startIndex, filled < Thresholds.signatureLines {
            start -= 1
            if !TextRepair.compact(lines[start]).isEmpty { filled += 1 }
        }
        return lines[start...]
    }

    /// "索引号: | A0001-2020-0001 | 公开责任部门 | 某市某局 |": a web page's index names who published
    /// it in the cell after the field's label (发布机构, 公开责任部门, 发文机关), when that cell is an
    /// organization's name; its footer after the label and a colon ("版权所有:某某医院 某某分院"),
    /// the first name.
    static func indexFieldAgency(in lines: ArraySlice<String>) -> String? {
        for line in lines where UTF8Text.contains(line, "机构") || UTF8Text.contains(line, "部门") || UTF8Text.contains(line, "机关")
            || UTF8Text.contains(line, "所有") || UTF8Text.contains(line, "主办") {
            let raw = line.split(whereSeparator: { $0 == "\t" || $0 == "|" })
            if let agency = raw.lazy.compactMap(labelledPublisher).first { return agency }
            let cells = raw.map { TextRepair.compact(String($0)) }.filter { !$0.isEmpty }
            for (i, cell) in cells.enumerated().dropLast() where publisherFields.contains(cell.filter { !"[]:：".contains($0) }) {
                if organizationName.matches(cells[i + 1]) { return cells[i + 1] }
            }
        }
        return nil
    }
    private static let publisherFields: Set<String> = ["发布机构", "公开责任部门", "发文机关", "发布单位", "版权所有", "主办单位"]

    /// "版权所有:某某医院 某某分院": the organization's name right after a publisher's label and its
    /// colon, up to the first space.
    private static func labelledPublisher(_ cell: Substring) -> String? {
        guard let colon = cell.firstIndex(where: { $0 == ":" || $0 == "：" }),
              publisherFields.contains(TextRepair.compact(String(cell[..<colon]))),
              let name = cell[cell.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first
        else { return nil }
        return organizationName.matches(String(name)) ? String(name) : nil
    }

    /// The lines' first `limit` cells (between spaces, ideographic spaces or tabs), each line cut
    /// once: a lazy `flatMap` under `prefix` cut every line again for each cell it stepped over.
    static func leadingCells(of lines: ArraySlice<String>, limit: Int) -> [String] {
        var cells: [String] = []
        for line in lines {
            // Over bytes where every scalar is a Character of its own (almost every line): the
            // same cuts as Character by Character.
            let pieces = UTF8Text.withBytes(line) { b -> [String]? in
                guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
                return UTF8Text.cells(b).prefix(limit - cells.count).map { String(decoding: UnsafeBufferPointer(rebasing: b[$0]), as: UTF8.self) }
            } ?? line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
            for cell in pieces {
                guard cells.count < limit else { return cells }
                cells.append(cell)
            }
        }
        return cells
    }
    static let organizationName = CompiledPattern(
        #"^[\p{Han}()（）]{2,30}(?:局|所|中心|院|委员会|联合会|管委会|委|办公室|办事处|人民政府|政府|厅|站|队|馆|学校|协会|处|社)$"#)
    private static let imprintDate = CompiledPattern(#"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"#)
}
