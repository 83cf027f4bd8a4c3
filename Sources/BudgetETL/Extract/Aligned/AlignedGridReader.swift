/// Reads a column-aligned table (pdftotext -layout): the column grid comes from the header words'
/// positions (`AlignedHeader`), each body line is cut into its sections by position, and the
/// values of a line are placed in their columns by position (`ColumnFit`), so a gap is a blank
/// cell. Codes split over 类/款/项 columns become the row's code parts; a name wrapped onto the
/// next line is joined to its row.
struct AlignedGridReader: TableReader {
    let table: TableLines

    struct Segment {
        var section: Int
        var line: Int
        var codes: [Token] = []
        var labels: [Token] = []
        var values: [Token] = []
        var columns: [Int] = []
        /// The columns were given by order, not by position (see `ColumnFit.Fit.byOrder`).
        var columnsGuessed = false
    }

    func read() -> TableReading {
        // A spreadsheet's narrow cells, as pdftotext packs them: mended before the header is read.
        let table = WrappedLongCodes.joined(IdentifyingNamePieces.joined(HeaderBodyPiece.moved(SpacedHeaderWords.joined(table))))
        // The region runs to the next title; prose after the table (情况说明) is not part of it.
        let body = WrappedPercentSigns.joined(Array(table.body.prefix { line in
            !line.tokens.contains { AlignedText.isProse($0.text) } && !AlignedGridReader.statesAmountInSentence(line)
        }))
        let header = AlignedGridReader.fittedHeader(table.header, body: body)
        // Where the tree puts a total off its group, a spreadsheet's header read by its sums.
        let sheet = header.misplacesSubtotal ? SheetHeader.section(table.header, body: body) : nil
        let reading = read(header, sheet: sheet, body: body)
        // Where the rows' sums disagree with the tree's groups (and no total lifted a level mends
        // them), the tree's words stand off their columns as well: the header read by the sums.
        guard !header.misplacesSubtotal, reading.rejects.contains(where: { if case .subtotalOffItsGroup = $0.reason { true } else { false } }),
              let bySums = SheetHeader.section(table.header, body: body) else { return reading }
        return read(header, sheet: bySums, body: body)
    }

    private func read(_ tree: AlignedHeader, sheet: AlignedHeader.Section?, body: [TableLines.Line]) -> TableReading {
        var header = tree
        if let sheet { header.sections = [sheet] }
        var rejects: [ReaderReject] = []
        var segments = body.flatMap { AlignedGridReader.segments(of: $0, header.sections) }
        if sheet == nil { rejects += WordColumns.read(&header.sections, &segments) }
        let segmentsRead = segments
        let columnSets = AlignedGridReader.columnSets(&segments)
        // The left pages' rows as printed: a set of right-hand columns pairs with them line by line.
        let printed = segments
        if sheet == nil, let widened = CaptionOwnColumns.widened(header.sections, segments: segments) { header.sections = widened }
        if AlignedGridReader.rowsOffTheGrid(segments, header.sections) {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .rowsOffTheGrid)
        }
        rejects += AlignedGridReader.rejectOverfullSections(&segments, header.sections)
        let doubtedTotals = sheet == nil ? CaptionBesideTotal.underTitledCaption(
            &header.sections, CaptionBesideTotal.doubtedTotals(header, segments: segmentsRead), title: table.title) : []
        let valueNames = Set(header.sections.flatMap(\.values).compactMap { $0.path.last.map(TextRepair.compact) })
        if WrappedHeaderPieces.splitsIdentifyingName(table.header, valueNames: valueNames) {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .identifyingNameSplit)
        } else if sheet == nil && header.misplacesSubtotal {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .subtotalOffItsGroup)
        } else if AlignedGridReader.takesLeadInForColumn(header.sections) {
            // Named first: a lead-in read as a column is the cause the operator can act on.
            rejects += AlignedGridReader.rejectAll(&segments, reason: .spanUnknown)
        } else if sheet == nil, case let columns = AlignedGridReader.bodyColumns(segments: segmentsRead, sections: header.sections.count),
                  AlignedGridReader.takesFragmentForColumn(header.sections, columns: columns)
                    || BottomLineColumns.treeTakesPieceForColumn(header, lines: table.header, columns: columns)
                    || UnclosedBracketNames.leaveBracketsOpen(header.sections, columns: columns) {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .fragmentColumn)
        } else if sheet == nil && header.setsColumnOverColumn {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .columnOverColumn)
        } else if sheet == nil, case let doubted = CaptionAboveNames.sectionsTakingCaptionForColumn(header), !doubted.isEmpty {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .captionOverNoColumn, in: doubted)
        } else if AlignedGridReader.startsAnotherPart(table.header, body: body) {
            rejects += AlignedGridReader.rejectAll(&segments, reason: .headerRepeated)
        }
        let pages = AlignedGridReader.pageHeaders(table.header, repeats: table.repeatedHeaders, header.sections)
        AlignedGridReader.place(&segments, header.sections, pageBreaks: table.pageBreaks, pages: pages)
        AlignedGridReader.doubtWhereHeadersDisagree(&segments, header.sections, pages: pages)
        AlignedGridReader.movedToNextSide(&segments, header.sections)
        // A header printed again starts a page: the full lines of the page before tell nothing there.
        let pageBreaks = (table.pageBreaks + pages.map(\.from)).sorted()
        AlignedGridReader.checkByFullLines(&segments, header.sections, pageBreaks: pageBreaks, pages: pages)
        AlignedGridReader.placeByPage(&segments, header.sections, pageStarts: table.pageStarts)
        AlignedGridReader.namePiecesPastTheirSide(&segments, header.sections)
        rejects += GluedRateCells.rejected(&segments, header.sections, pages: pages)
        // Every header printed again starts a page, whether or not its words moved.
        let repeatsEnd = table.repeatedHeaders.compactMap { $0.last.map { $0.number + 1 } }
        rejects += SignsPastPageBreak.rejected(&segments, header.sections, body: body, pageBreaks: (pageBreaks + repeatsEnd).sorted())
        var rows = AlignedRows.build(segments, header.sections, pageBreaks: pageBreaks, rejects: &rejects)
        for n in rows.indices {
            if let named = CentredNameCells.renamed(rows[n], segments: segments, section: header.sections[n], index: n) { rows[n] = named }
        }
        let added = AlignedGridReader.joinColumnSets(columnSets, left: printed, body: body, sections: header.sections, rows: &rows)
        rejects += added.rejects
        // A header read by its sums was confirmed by every full row: a row that breaks them was
        // placed wrong, and it alone is rejected.
        if let sheet {
            rejects += SheetHeaderGroups.doubtRowsOffTheirSums(&rows[0], sheet)
        } else {
            rejects += AlignedGridReader.rejectWhereGroupsDisagree(&rows, &header.sections)
        }
        rejects += CaptionBesideTotal.rejected(&rows, doubtedTotals)
        if sheet == nil {
            rejects += CaptionBesideTotal.rejected(&rows, LoneColumnCaptions.uncertainColumns(header), reason: .loneCaptionUncertain)
            rejects += CaptionBesideTotal.rejected(&rows, YearCaptionColumns.uncertainColumns(header), reason: .yearCaptionUnknown)
        }
        rejects += CaptionJoinedPastMeasure.rejected(&rows, CaptionJoinedPastMeasure.uncertainColumns(header.sections))
        rejects += AlignedRows.withoutNameless(&rows, header.sections, segments: segments)
        rejects += AlignedRows.withoutRoundedCodes(&rows)
        header.sections = LoneLeadInCaption.mended(header.sections, header: table.header, rows: rows)
        let sections = header.sections.enumerated().map { n, section in
            ExtractedSection(name: SectionNaming.name(section.name, index: n, count: header.sections.count),
                             columns: section.values.map { HeaderPath($0.path) } + (n == 0 ? added.columns : []), rows: rows[n])
        }
        return TableReading(sections: sections, rejects: rejects)
    }

    /// A value column named by a lead-in (`其中:`), which only leads in to the parts after it and
    /// is never a column's whole name: the lead-in's merged cell was not set over its parts, so
    /// which columns they are, and where the rows' values stand, is not certain.
    static func takesLeadInForColumn(_ sections: [AlignedHeader.Section]) -> Bool {
        sections.contains { $0.values.contains { $0.path.last.map(HeaderWords.isLeadIn) ?? false } }
    }

    /// A line where two sides each end in an extra number that is a row code: the next sides'
    /// rows start inside the sides before them, so the line is printed off the header's grid (a
    /// page after a break printed at another scale) and its sides' cells fall under other sides.
    /// One such code is a code glued to the side's last amount; two on a line are the grid's.
    static func rowsOffTheGrid(_ segments: [Segment], _ sections: [AlignedHeader.Section]) -> Bool {
        var codesEndingSides: [Int: Int] = [:]
        let valueCounts = sections.map(\.values.count)
        for segment in segments {
            let n = valueCounts[segment.section]
            guard segment.values.count > n, segment.values[n...].allSatisfy(\.isRowCode) else { continue }
            codesEndingSides[segment.line, default: 0] += 1
        }
        return codesEndingSides.values.contains { $0 >= 2 }
    }

    /// A row with more values than its section has columns shows that the header was not read
    /// whole (a header broken by a page, words wrapped off their columns): the grid that places
    /// the other rows is the same, so no value of that section has a certain column. All are
    /// rejected with the reason, not placed by position under a grid that cannot be right.
    /// Extra numbers that are codes (the next side's "302" glued to this side's last amount) tell
    /// nothing about the header: only they are rejected.
    static func rejectOverfullSections(_ segments: inout [Segment], _ sections: [AlignedHeader.Section]) -> [ReaderReject] {
        var overfull = Set<Int>(), rejects: [ReaderReject] = []
        let valueCounts = sections.map(\.values.count)
        for i in segments.indices {
            let n = valueCounts[segments[i].section]
            guard segments[i].values.count > n else { continue }
            let extra = segments[i].values[n...]
            if extra.count == 1, let next = codelessNextSide(of: i, segments), extra[n].column < next.labels[0].column {
                // The next side's row starts at its code: the line printed a little off the grid.
                segments[next.index].codes = [extra[n]]
                segments[i].values.removeLast()
            } else if extra.allSatisfy(\.isRowCode) {
                rejects.append(ReaderReject(line: extra.first!.line, text: extra.map(\.text).joined(separator: " "),
                                            reason: .moreValuesThanColumns))
                segments[i].values.removeLast(extra.count)
            } else {
                overfull.insert(segments[i].section)
            }
        }
        for i in segments.indices where overfull.contains(segments[i].section) && !segments[i].values.isEmpty {
            rejects += segments[i].values.filter(CellText.mayBeNumber)
                .map { ReaderReject(line: $0.line, text: $0.text, reason: .headerNarrowerThanRows) }
            segments[i].values = []
        }
        return rejects
    }

    /// The segment of the next side on segment `i`'s line when it holds a name and no code: the
    /// row a code read as side `i`'s extra value starts.
    static func codelessNextSide(of i: Int, _ segments: [Segment]) -> (index: Int, labels: [Token])? {
        guard segments[i].values.last?.isRowCode == true, i + 1 < segments.count else { return nil }
        let next = segments[i + 1]
        guard next.line == segments[i].line, next.section == segments[i].section + 1,
              next.codes.isEmpty, !next.labels.isEmpty else { return nil }
        return (i + 1, next.labels)
    }

    /// Every number of the table (or of the given sections), rejected: its header does not fit its
    /// columns (`WrappedHeaderPieces.splitsIdentifyingName`, `AlignedHeader.misplacesSubtotal`,
    /// `takesFragmentForColumn`, `CaptionAboveNames`).
    static func rejectAll(_ segments: inout [Segment], reason: RejectReason, in sections: Set<Int>? = nil) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for i in segments.indices where sections?.contains(segments[i].section) ?? true {
            rejects += segments[i].values.filter(CellText.mayBeNumber)
                .map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
            segments[i].values = []
        }
        return rejects
    }

    /// Every number of a section whose rows disagree with a caption's leading total
    /// (`AlignedGroupSums.disagree`): the header tree is off its columns, unless the reading with
    /// the totals one level up agrees (`AlignedGroupSums.repaired`).
    static func rejectWhereGroupsDisagree(_ rows: inout [[ExtractedRow]], _ sections: inout [AlignedHeader.Section]) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for n in rows.indices where n < sections.count {
            if let grouped = CaptionTotalGroups.grouped(sections[n], rows: rows[n]) { sections[n] = grouped }
            if let widened = SubtotalRunWidened.widened(sections[n], rows: rows[n]) { sections[n] = widened }
        }
        for n in rows.indices where n < sections.count && AlignedGroupSums.disagree(sections[n], rows: rows[n]) {
            if let repaired = AlignedGroupSums.repaired(sections[n], rows: rows[n]) { sections[n] = repaired; continue }
            for r in rows[n].indices {
                rejects += rows[n][r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .subtotalOffItsGroup) }
                rows[n][r].cells = []
            }
        }
        return rejects
    }

    /// A header whose value column is named by a lone character that is no code word (`出` under
    /// `费`, when pdftotext printed a narrow cell's pieces off their column; `入` under `事业收经营收`,
    /// when a converter joined two neighbouring cells' words into one) standing among the columns
    /// its rows fill (past them, it may name columns every row leaves blank): the tree took a
    /// wrapped fragment for a column, so its words stand off their columns and no value's column is
    /// certain. No column of a budget table is named by one character, so this holds whether or
    /// not the header reads more value columns than the rows fill.
    /// `columns`: the body's columns under the header's sections (`bodyColumns`).
    static func takesFragmentForColumn(_ sections: [AlignedHeader.Section], columns: [[WrappedHeaderPieces.ColumnSpan]]) -> Bool {
        zip(sections, columns).contains { section, spans in
            guard let lastEnd = spans.last?.upper else { return false }
            return section.values.contains { leaf in
                let word = TextRepair.compact(leaf.path.last ?? "")
                return word.count == 1 && !HeaderWords.isStructural(word) && !HeaderWords.isLineNumber(word) && leaf.anchor < lastEnd
            }
        }
    }

    /// The region up to the table's last row: what follows before the next title (情况说明 and its
    /// headings) is narrative, not part of the table.
    static func narrowed(_ region: TableRegion, to sections: [ExtractedSection]) -> TableRegion {
        guard let last = sections.flatMap(\.rows).flatMap({ [$0.line] + $0.cells.map(\.line) }).max() else { return region }
        var narrowed = region
        narrowed.body = region.body.lowerBound..<min(region.body.upperBound, max(last, region.body.lowerBound))
        return narrowed
    }

    /// A line's tokens cut into sections: a name goes to the section whose name columns it stands
    /// nearest (never back to an earlier one, and past the current one once it has values); a
    /// number before any name, standing under a code column, is a code part.
    static func segments(of line: TableLines.Line, _ sections: [AlignedHeader.Section]) -> [Segment] {
        var out: [Segment] = []
        let tokens = numberStartingName(line.tokens.filter { !$0.isBlank }.flatMap { unglued($0, sections) }.flatMap(rateAfterName), sections)
        for (index, token) in tokens.enumerated() {
            let current = out.last
            if token.kind == .text || continuesBracketedName(token, after: current, next: index + 1 < tokens.count ? tokens[index + 1] : nil, sections) {
                var target = nearestNames(token, sections)
                if let current { target = max(target, current.section + (current.values.isEmpty ? 0 : 1)) }
                target = min(target, sections.count - 1)
                if current == nil || current!.section != target || !current!.values.isEmpty || startsOtherSide(token, after: current!) {
                    out.append(Segment(section: target, line: line.number))
                }
                out[out.count - 1].labels.append(token)
            } else if token.kind == .integer,
                      let section = codeSection(token, sections)
                        ?? codeWithoutCodeColumn(token, next: index + 1 < tokens.count ? tokens[index + 1] : nil, sections,
                                                 after: current),
                      section >= (current?.section ?? 0),
                      (current?.labels.isEmpty ?? true) && (current?.values.isEmpty ?? true)
                        || (sections.contains(where: \.hasCodes)
                            && startsLaterSide(token, section, after: current, next: index + 1 < tokens.count ? tokens[index + 1] : nil)) {
                if current == nil || current!.section != section { out.append(Segment(section: section, line: line.number)) }
                out[out.count - 1].codes.append(token)
            } else {
                if current == nil { out.append(Segment(section: nearestValues(token, sections), line: line.number)) }
                else if let later = laterSection(token, after: current!.section, sections),
                        !tokens[(index + 1)...].contains(where: { $0.kind == .text }) {
                    out.append(Segment(section: later, line: line.number))
                }
                out[out.count - 1].values.append(token)
            }
        }
        return out
    }

    /// A sentence that states an amount with its unit (`…收入决算数为 3615.29 亿元，比上年…`): a
    /// number followed by words that open with a money unit, the line read whole a sentence. The
    /// words around the number keep each piece short of prose (`isProse`), the line is not: the
    /// explanation after a table, where its body ends. A row's cells after an amount are other
    /// amounts, a side's name or a remark, never a unit opening a clause.
    static func statesAmountInSentence(_ line: TableLines.Line) -> Bool {
        let tokens = line.tokens.filter { !$0.isBlank }
        let unitAfterAmount = zip(tokens, tokens.dropFirst()).contains { amount, words in
            amount.kind.isNumeric && words.kind == .text && MoneyUnit.allCases.contains { words.text.hasPrefix($0.rawValue) }
        }
        return unitAfterAmount && AlignedText.isProse(tokens.map(\.text).joined())
    }

    /// A name printed padding apart from the name before it on its line, the two saying different
    /// sides (下级上解收入 ···· 上解上级支出 349676, a 收入 | 支出 table whose header was read as one
    /// section): the first row's cells are blank and this name starts the other side's row; one
    /// name never says both sides, so the two are never one wrapped name.
    static func startsOtherSide(_ token: Token, after current: Segment) -> Bool {
        guard current.values.isEmpty, current.codes.isEmpty, let last = current.labels.last,
              token.column - last.end >= Thresholds.paddingGap,
              let before = SideWords.side(of: TextRepair.compact(current.labels.map(\.text).joined())),
              let after = SideWords.side(of: TextRepair.compact(token.text)) else { return false }
        return before != after
    }

    /// A whole code under a later section's code column, followed by a name, after the values of
    /// the section before: the code that starts that side's row, however close the amount before
    /// it stands ("339.06 302 商品和服务支出": a word processor's narrow cells leave one space).
    /// Without a code column in the header, a whole amount there is the side before's last value
    /// (`1381129 1381612 支出总计`), not a code.
    /// Followed by an amount, when the name of that side's row wrapped off its number line
    /// (`6134674.37 302 ⎵ 176311.16`, the name's pieces above and below).
    static func startsLaterSide(_ token: Token, _ section: Int, after current: Segment?, next: Token?) -> Bool {
        guard let current, section > current.section, token.isWholeCode, let next else { return false }
        return next.kind == .text || (next.kind == .amount && !current.values.isEmpty)
    }

    /// A whole number right after a row's code of five or seven digits and before text: a code
    /// that long has no parts after it, so the number is the start of the name's wrapped second
    /// classification ("30239 01 办公经费]" under "其他交通费用 [502"), not a code part or an amount.
    /// So too where the bracket closes on a later line, the number standing nearer the name
    /// column than the code column (`30101 01 工资奖金津` / `补贴]`: a cell centred vertically), or
    /// the number of a code part's two digits: a 款 or 项 follows its 类, never a whole 款 or 项
    /// (a word processor's narrow cells leave one space between the code and the name's piece).
    static func continuesBracketedName(_ token: Token, after current: Segment?, next: Token?,
                                       _ sections: [AlignedHeader.Section] = []) -> Bool {
        guard token.kind == .integer, let current, current.labels.isEmpty, current.values.isEmpty,
              let code = current.codes.last, code.text.count >= 5, let next, next.kind == .text else { return false }
        return next.text.contains("]") || next.text.contains("】") || nearestRole(token, sections) == .label
            || (code.isWholeCode && token.text.utf8.count == Thresholds.codePartDigits)
    }

    /// The role of the header column whose anchor stands nearest the token.
    static func nearestRole(_ token: Token, _ sections: [AlignedHeader.Section]) -> ColumnGrid.Role? {
        sections.flatMap(\.leaves).min { abs(token.center - $0.anchor) < abs(token.center - $1.anchor) }?.role
    }

    /// A header that names no code column (broken by a page break, or printed without one) while
    /// its rows start with a classification code before their name: a whole number of 3, 5 or 7
    /// digits first on the line and followed by text is the row's code, never an amount. Not
    /// after a side that still has a blank value column, under whose amounts the number stands:
    /// narrow cells leave one space between that side's last amount and the next side's name
    /// ("1381129 2468013 支出合计").
    static func codeWithoutCodeColumn(_ token: Token, next: Token?, _ sections: [AlignedHeader.Section],
                                      after current: Segment? = nil) -> Int? {
        guard !sections.contains(where: \.hasCodes), token.isWholeCode,
              let next, next.kind == .text else { return nil }
        if let current, current.values.count < sections[current.section].values.count,
           nearestValues(token, sections) == current.section { return nil }
        return nearestNames(next, sections)
    }

    /// A number standing past the current section, under a later section's value columns, is
    /// that section's although its row there prints no name (a two-sided table whose right side
    /// has only 行次 and amounts on the line): past the middle of the gap between the sections.
    /// Not when a name follows on the line (`segments`): a side's row starts with its name, so
    /// a number before the next side's name is the current side's, wherever a page laid out on
    /// its own by a spreadsheet put it (`placeByPage` finds that page's columns).
    static func laterSection(_ token: Token, after current: Int, _ sections: [AlignedHeader.Section]) -> Int? {
        let nearest = nearestValues(token, sections)
        guard nearest > current, current + 1 < sections.count,
              let lastOfCurrent = sections[current].leaves.last?.anchor,
              let firstOfNext = sections[current + 1].leaves.first?.anchor else { return nil }
        return Double(token.column) > (lastOfCurrent + firstOfNext) / 2 ? nearest : nil
    }

    static func nearestNames(_ token: Token, _ sections: [AlignedHeader.Section]) -> Int {
        // Asked of every word on every line: the leaves read in place (`identifying` is a filtered
        // copy); the first section of the least distance, as `min` picks it.
        let column = Double(token.column)
        var best = 0, bestDistance = Double.infinity
        for (n, section) in sections.enumerated() {
            var nearest = Double.infinity
            for leaf in section.leaves where leaf.role != .value { nearest = min(nearest, abs(column - leaf.anchor)) }
            if n == 0 || nearest < bestDistance { best = n; bestDistance = nearest }
        }
        return best
    }

    /// A section whose name column stands right of the whole number is not the number's: a side's
    /// values stand right of its names (its header's 项目 may be centred nearer the number than
    /// the side before's amount column is).
    static func nearestValues(_ token: Token, _ sections: [AlignedHeader.Section]) -> Int {
        // Asked of every value on every line: the token's end counted once, the leaves read in place
        // (`identifying` and `values` are filtered copies).
        let end = Double(token.end)
        let left = sections.map { s in s.leaves.first { $0.role != .value }.map { $0.anchor > end } ?? false }
        let allLeft = left.allSatisfy { $0 }
        let distances = sections.indices.map { n -> Double in
            if left[n] && !allLeft { return .infinity }
            var nearest: Double?
            for leaf in sections[n].leaves where leaf.role == .value {
                let d = abs(end - leaf.anchor)
                if nearest == nil || d < nearest! { nearest = d }
            }
            return nearest ?? .infinity
        }
        return distances.indices.min { distances[$0] < distances[$1] } ?? 0
    }

    /// The section whose code column the number stands nearest, when the nearest header column of
    /// all is a code column, or its name column with the code column to the left of the number (a
    /// spreadsheet right-aligns a code typed as a number: "201" ends near the name column).
    static func codeSection(_ token: Token, _ sections: [AlignedHeader.Section]) -> Int? {
        var best: (distance: Double, section: Int, role: ColumnGrid.Role)?
        let center = token.center
        for (n, section) in sections.enumerated() {
            for leaf in section.leaves {
                let d = abs(center - leaf.anchor)
                if best == nil || d < best!.distance { best = (d, n, leaf.role) }
            }
        }
        guard let best else { return nil }
        if best.role == .code { return best.section }
        let codeToTheLeft = sections[best.section].leaves.contains { $0.role == .code && $0.anchor < center }
        return best.role == .label && codeToTheLeft ? best.section : nil
    }

    /// A column word naming a total: 合计, 总计, 小计, or an amount in all (`资金总额`, `预算总额`),
    /// which holds amounts, never a line of rates alone.
    static func namesTotal(_ word: String, rates: Bool) -> Bool {
        HeaderWords.isTotal(word) || (UTF8Text.hasSuffix(word, "总额") && !rates)
    }

    /// Amounts set flush left in their cells (a word processor's import of a table whose cells lost
    /// their alignment): their first characters line up, their ends vary with their lengths. Their
    /// starts then stand where their column does (`place` fits the starts instead of the ends): the
    /// section's values start at half as many positions as they end at, or fewer.
    static func leftAligned(_ values: [Token]) -> Bool {
        guard values.count >= Thresholds.leftAlignedValues else { return false }
        return 2 * Set(values.map(\.column)).count <= Set(values.map(\.end)).count
    }

    /// A line does not put an amount under a performance target's column
    /// (指标值) while a placement in the money columns fits it: a target column holds rates and
    /// words (100%, ≥95%, 提高), and pdftotext may squeeze its header word left over the money
    /// columns' values, so position alone would slide the amounts right. Rates keep every placement.
    static func amountsOutOfTargets(_ fits: [ColumnFit.Fit], _ values: [Token], _ paths: [[String]]) -> [ColumnFit.Fit] {
        let targets = Set(paths.indices.filter { paths[$0].contains { HeaderWords.isTarget(TextRepair.compact($0)) } })
        let amounts = values.indices.filter { !UTF8Text.hasSuffix(values[$0].text, "%") && !UTF8Text.hasSuffix(values[$0].text, "％") }
        guard !targets.isEmpty, !amounts.isEmpty else { return fits }
        let clear = fits.filter { fit in !amounts.contains { targets.contains(fit.columns[$0]) } }
        return clear.isEmpty ? fits : clear
    }

    /// Values → columns: lines whose placement is certain first, then the others with the shifts
    /// of their nearest certain neighbours (same section first, any section otherwise). pdftotext
    /// lays out each page on its own (a spreadsheet's pages come out at other scales), so the
    /// neighbours are looked for on the line's own page first (`pageBreaks`), other pages only
    /// when it has none; a page that prints the header again places its lines by that header
    /// (`pages`). A line with a value pushed by the name before it
    /// (`ColumnFit.pushedValues`) is placed by its other values, and by its neighbours' shifts
    /// where those leave it open; with no neighbour to tell, by all its positions as before.
    static func place(_ segments: inout [Segment], _ sections: [AlignedHeader.Section], pageBreaks: [Int] = [],
                      pages: [PageHeader] = []) {
        var fits: [Int: (all: [ColumnFit.Fit], loose: [ColumnFit.Fit])] = [:]
        var certain: [(index: Int, section: Int, shift: Double)] = []
        let leftAligned = sections.indices.map { n in AlignedGridReader.leftAligned(segments.filter { $0.section == n }.flatMap(\.values)) }
        for (i, segment) in segments.enumerated() where !segment.values.isEmpty {
            let columns = AlignedGridReader.sections(for: segment.line, sections, pages: pages)[segment.section].values
            let anchors = columns.map(\.anchor)
            let rates = segment.values.allSatisfy { UTF8Text.hasSuffix($0.text, "%") || UTF8Text.hasSuffix($0.text, "％") }
            let firstIsTotal = columns.first.map { $0.path.contains { AlignedGridReader.namesTotal(TextRepair.compact($0), rates: rates) } } ?? false
            let ends = segment.values.map { Double(leftAligned[segment.section] ? $0.column : $0.end) }
            let all = ColumnFit.candidates(ends: ends, anchors: anchors, firstIsTotal: firstIsTotal)
            let pushed = ColumnFit.pushedValues(segment.values, after: segment.labels)
            let loose = pushed.isEmpty ? all : ColumnFit.candidates(ends: ends, anchors: anchors, firstIsTotal: firstIsTotal, pushed: pushed)
            fits[i] = (all, loose)
            // An amount under a target column (指标值) is no certain placement while the money
            // columns take it (`amountsOutOfTargets`): the line is placed with its neighbours.
            let intoTargets = amountsOutOfTargets(loose, segment.values, columns.map(\.path)).first != loose.first
            if !intoTargets, ColumnFit.isCertain(loose, columnCount: anchors.count) {
                certain.append((i, segment.section, loose[0].shift))
                segments[i].columns = loose[0].columns
                segments[i].columnsGuessed = loose[0].byOrder
            }
        }
        let settled = Set(certain.map(\.index))
        // Sections with no certain line: the one shift all their lines share, if it is told (a value
        // pushed off its cell by a long name tells nothing of it).
        let common = Dictionary(uniqueKeysWithValues: sections.indices.filter { n in !certain.contains { $0.section == n } }.compactMap { n in
            AlignedGridReader.commonShift(fits.filter { i, _ in segments[i].section == n
                && ColumnFit.pushedValues(segments[i].values, after: segments[i].labels).isEmpty }.map(\.value.all)).map { (n, $0) }
        })
        // Each segment's page, counted once (not again for every certain line a line is compared with).
        let page = segments.map { segment in pageBreaks.lazy.filter { $0 <= segment.line }.count }
        // Sections no shift places: their amounts' edges, when they are the columns in order.
        var byEdges: [Int: [Int]] = [:]
        for n in sections.indices where !certain.contains(where: { $0.section == n }) && common[n] == nil {
            // One page, printed at one scale, under one header.
            let lines = fits.keys.filter { segments[$0].section == n }.sorted()
            guard pages.isEmpty, Set(lines.map { page[$0] }).count == 1 else { continue }
            let edges = lines.map { i in segments[i].values.map { Double(leftAligned[n] ? $0.column : $0.end) } }
            guard let columns = AlignedGridReader.columnsByEdges(edges, anchors: sections[n].values.map(\.anchor)) else { continue }
            for (i, line) in zip(lines, columns) { byEdges[i] = line }
        }
        for (i, fit) in fits where !settled.contains(i) {
            if let columns = byEdges[i] {
                segments[i].columns = columns
                segments[i].columnsGuessed = false
                continue
            }
            let onPage = certain.filter { page[$0.index] == page[i] }
            let near = onPage.isEmpty ? certain : onPage
            let same = near.filter { $0.section == segments[i].section }
            let pool = same.isEmpty ? near : same
            let above = pool.last { $0.index < i }, below = pool.first { $0.index > i }
            let shifts = [above, below].compactMap { $0?.shift } + (common[segments[i].section].map { [$0] } ?? [])
            let columns = AlignedGridReader.sections(for: segments[i].line, sections, pages: pages)[segments[i].section].values
            let candidates = AlignedGridReader.amountsOutOfTargets(shifts.isEmpty ? fit.all : fit.loose,
                                                                  segments[i].values, columns.map(\.path))
            let chosen = ColumnFit.choose(candidates, neighbourShifts: shifts)
            segments[i].columns = chosen?.columns ?? []
            // Nothing tells this line's shift and its positions fit two placements equally (a lone
            // value under columns none of which is a total): its columns are a guess for
            // normalize's placement to settle by the sums, or to reject.
            let tied = candidates.count > 1 && candidates[1].cost - candidates[0].cost < Thresholds.tiedPlacementCost
            segments[i].columnsGuessed = chosen?.byOrder == true || (shifts.isEmpty && tied)
        }
    }
}

import Foundation

