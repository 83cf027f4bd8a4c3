import Foundation

/// Extract stage entry point: the bytes of one document → `ExtractedDocument`.
///
/// Layers, each knowing nothing of the one after it: bytes → lines (`SourceText`) → tokens with
/// positions (`Tokenizer`, `TextRepair`) → table regions (`RegionFinder`) → header and body
/// (`TableLines`) → column grid and cells, by the `TableReader` of the table's `Layout`.
public struct Extractor: Sendable {
    public let catalog: Catalog
    private let matcher: TitleMatcher

    public init(catalog: Catalog) {
        self.catalog = catalog
        self.matcher = TitleMatcher(catalog: catalog)
    }

    /// Pure: the same bytes, path and catalog always give the same result.
    public func extract(bytes: [UInt8], sourceFile: String, sha256: String) -> ExtractedDocument {
        if let emptiness = Extractor.emptiness(bytes) {
            return ExtractedDocument(sourceFile: sourceFile, sha256: sha256, metadata: DocumentMetadata(), tables: [],
                                     rejects: [], status: .failed(emptiness))
        }
        let read: [String]
        do { read = try Extractor.lines(bytes) } catch {
            return ExtractedDocument(sourceFile: sourceFile, sha256: sha256, metadata: DocumentMetadata(), tables: [],
                                     rejects: [], status: .failed("\(error)"))
        }
        // Pages printed bottom line first are read turned over; line numbers stay the file's.
        guard let turned = readingOrder(read) else { return extract(lines: read, sourceFile: sourceFile, sha256: sha256) }
        return extract(lines: turned.lines, sourceFile: sourceFile, sha256: sha256).renumbered(turned.sourceIndex)
    }

    /// The lines in reading order when pages were printed bottom line first (`BottomFirstPages`),
    /// with each line's source index; nil when they read top down.
    func readingOrder(_ lines: [String]) -> (lines: [String], sourceIndex: [Int])? {
        BottomFirstPages.restored(lines) { matcher.title($0) != nil }
    }

    /// The document read from its lines in reading order (line numbers are their 1-based indices).
    func extract(lines: [String], sourceFile: String, sha256: String) -> ExtractedDocument {
        let (regions, built) = TableStructure.regionsAndTables(in: lines, titles: RegionFinder.titleLines(in: lines, matcher: matcher))
        var namer = KindNamer(matcher: matcher, catalog: catalog, regions: regions,
                              documentKind: MetadataReader.kind(of: regions.map { lines[$0.titleIndex] }, opening: lines.prefix(40)))
        var tables: [ExtractedTable] = []
        var rejects: [RejectedLine] = []
        var kept: [TableRegion] = []
        let coverUnit = regions.first.flatMap { StatedUnit.cover(lines, before: $0.titleIndex) }
        for (index, region) in regions.enumerated() {
            let judged = built[TableStructure.LinesKey(region)] ?? TableLines(lines: lines, region: region, titleLine: lines[region.titleIndex])
            if region.unread {
                rejects += UnreadNumbers.unreadTable(judged.body)
                    .map { RejectedLine(line: $0.line, tableTitle: region.title, text: $0.text, reason: $0.reason.description) }
                kept.append(region)
                continue
            }
            let table = PaddedSequentialTable.table(lines: lines, region: region, titleLine: lines[region.titleIndex], judged: judged)
            // A column-aligned table is read by position as a whole (its header locates its parts).
            let partsApart = table.layout.readsWhole && AlignedGridReader.readsPartsApart(table)
            let blocks = table.layout.readsWhole && !partsApart ? [table] : table.blocks()
            var sections: [ExtractedSection] = []
            var readerRejects: [ReaderReject] = []
            var rejectedHere = false
            var lastLineNumber: ExactDecimal?
            for block in blocks {
                let reading = block.layout.reader(for: block).read()
                let result = partsApart ? AlignedPartCertainty.checked(reading, part: block) : reading
                let numbered = LineNumberSequence.checked(result.sections.map(LineNumberSequence.placed))
                let unnamed = UnnamedLineNumbers.checked(numbered.sections, last: &lastLineNumber)
                let rates = RateUnderMoneyHeader.checked(unnamed.sections)
                let amounts = AmountUnderRateHeader.checked(rates.sections)
                let sequenced = (sections: amounts.sections, rejects: numbered.rejects + unnamed.rejects + rates.rejects + amounts.rejects)
                rejectedHere = rejectedHere || !result.rejects.isEmpty || !sequenced.rejects.isEmpty
                readerRejects += result.rejects + sequenced.rejects
                var read = sequenced.sections
                rejects += (result.rejects + sequenced.rejects).map { RejectedLine(line: $0.line, tableTitle: region.title, text: $0.text, reason: $0.reason.description) }
                if blocks.count > 1, !block.blockName.isEmpty {
                    read = read.map { var s = $0; s.name = s.name.isEmpty ? block.blockName : block.blockName + " / " + s.name; return s }
                }
                sections += read
            }
            sections = sections.filter { !$0.rows.isEmpty }
            let hasValues = sections.contains { $0.rows.contains { !$0.cells.isEmpty } }
            // A title with no table under it is a table of contents entry or a cross-reference; a
            // table whose header is there but whose cells are all blank is an empty table, and one
            // that states its unit and whose values were all rejected is a table too (a page's
            // heading over a date line is not: it states no unit).
            let hasHeader = table.header.contains { $0.tokens.contains { HeaderWords.isStructural(TextRepair.compact($0.text)) } }
            let rejectedTable = rejectedHere && (region.unitText ?? StatedUnit.split(lines, in: region.body)) != nil
            guard hasValues || region.statedEmpty || hasHeader || rejectedTable else { continue }
            rejects += UnreadNumbers.rejects(table.body, sections: sections, rejected: readerRejects)
                .map { RejectedLine(line: $0.line, tableTitle: region.title, text: $0.text, reason: $0.reason.description) }
            kept.append(table.layout == .columnAligned ? AlignedGridReader.narrowed(region, to: sections) : region)
            let (key, naming) = namer.name(region, header: table.header)
            tables.append(ExtractedTable(tableKey: key, naming: naming, title: region.title, titleLine: region.titleIndex + 1,
                                         unitText: region.unitText ?? StatedUnit.split(lines, in: region.body) ?? coverUnit
                                            ?? StatedUnit.quoted(lines, title: region.titleIndex, previous: kept.dropLast().last?.body.upperBound ?? 0,
                                                                 lastRow: sections.flatMap(\.rows).map(\.line).max() ?? region.body.upperBound,
                                                                 next: index + 1 < regions.count ? regions[index + 1].titleIndex : lines.count,
                                                                 values: Extractor.values(sections)),
                                         statedEmpty: region.statedEmpty && !hasValues,
                                         sections: sections))
        }
        let metadata = MetadataReader.read(lines: lines, regions: regions, titles: regions.map { lines[$0.titleIndex] })
        return ExtractedDocument(sourceFile: sourceFile, sha256: sha256, metadata: metadata, tables: tables,
                                 rejects: rejects, status: tables.isEmpty ? .noTables : .ok,
                                 narrative: Extractor.narrative(lines, outside: kept),
                                 numbersFound: Extractor.numbersFound(tables, rejects: rejects))
    }

    /// The document's lines as the extractor reads them ("|"-separated rows as tab cells).
    static func lines(_ bytes: [UInt8]) throws -> [String] {
        try PaddedPipeRows.kept(BrokenPipeRows.joined(PipeCells.joiningWrappedCells(UnitClosedHeader.folded(SpacedBlankCells.folded(RepeatedGroupCells.folded(BlankLineCells.folded(ParagraphCells.folded(ClosedCells.folded(NumberedFormCells.folded(TraditionalCharacters.simplified(PinyinReadings.stripped(SourceText.read(bytes: bytes).lines))))))))))))
            .map(PipeCells.asTabs)
    }

    /// Where the tables lie: every title that heads a table (see `TableStructure`).
    func regions(in lines: [String]) -> [TableRegion] {
        TableStructure.regions(in: lines, titles: RegionFinder.titleLines(in: lines, matcher: matcher))
    }

    /// The texts of a table's value cells, without thousands separators.
    static func values(_ sections: [ExtractedSection]) -> Set<String> {
        Set(sections.flatMap { $0.rows.flatMap { $0.cells.map { $0.text.filter { $0 != "," } } } })
    }

    /// Every number a reader met in a value position became a cell or a reject; placeholders
    /// (—, -, /) are blanks, not numbers.
    static func numbersFound(_ tables: [ExtractedTable], rejects: [RejectedLine]) -> Int {
        let cells = tables.reduce(0) { sum, table in
            sum + table.sections.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.filter { TokenKind.of($0.text) != .placeholder }.count } }
        }
        return cells + rejects.count
    }

    static func emptiness(_ bytes: [UInt8]) -> String? {
        if bytes.isEmpty { return "empty file: 0 bytes" }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            return "empty file: only whitespace"
        }
        return nil
    }

    /// Lines outside every table region (a region spans its title to its body's end).
    static func narrative(_ lines: [String], outside regions: [TableRegion]) -> [SourceLine] {
        var inTable = [Bool](repeating: false, count: lines.count)
        for region in regions { for i in region.titleIndex..<region.body.upperBound { inTable[i] = true } }
        return lines.indices.compactMap { i in
            let text = UTF8Text.trimmingWhitespace(lines[i])
            return inTable[i] || text.isEmpty ? nil : SourceLine(line: i + 1, text: text)
        }
    }
}
