/// How a converter laid a table's cells out, and so which reader turns its lines into cells.
/// Chosen once per table from the region's lines (`Layout.of`), so every reader sees only the
/// layout it was built for.
enum Layout: Equatable {
    /// Cells separated by tabs, blank cells kept (ruled-table converters, spreadsheets).
    case tabGrid
    /// Cells padded to their horizontal positions (pdftotext -layout): a blank cell is a gap.
    case columnAligned
    /// Cells in reading order with blank cells dropped or shown only by spacing.
    case sequential
    /// Cells separated by runs of spaces, blank cells dropped, only the header padded to its
    /// columns: rows placed by the number of their values.
    case spacedCells
    /// One cell per line in content-stream order, blank cells dropped: rows only by their codes,
    /// names and the header's column count.
    case cellPerLine
    /// A whole table (header and rows) on one line, single spaces between cells, blank cells
    /// dropped: read as one cell per line once cut at its spaces.
    case oneLine

    static func of(_ lines: [String]) -> Layout {
        // A converter either separates cells by tabs or it does not; one tabbed line tells,
        // unless nearly every line holds one cell: a page printed one cell per line whose
        // converter left one merged header row's cells on a line (`公车运行及维护 | 公务接待费`).
        // A line of tabs alone (a blank row) tells how blank cells are kept, not how many cells a line has.
        // (A Character other than a tab or a space holds a byte other than theirs, and only it does.)
        let tabbed = lines.filter { UTF8Text.containsByte($0, 9) && $0.utf8.contains { $0 != 0x09 && $0 != 0x20 } }.count
        if lines.contains(where: { UTF8Text.containsByte($0, 9) }) {
            let fewTabbed = tabbed <= max(1, lines.count / Thresholds.cellPerLineMultiCellFraction)
            let untabbed = lines.filter { !UTF8Text.containsByte($0, 9) }
            return fewTabbed && StreamLayout.isCellPerLine(untabbed) ? .cellPerLine : .tabGrid
        }
        if let first = lines.first, StreamLayout.isOneLine(first) || StreamLayout.isHeadedOneLine(first) { return .oneLine }
        if StreamLayout.isCellPerLine(lines) { return .cellPerLine }
        if AlignedLayout.isSpacedCells(lines) { return .spacedCells }
        return AlignedLayout.isAligned(lines) ? .columnAligned : .sequential
    }

    func reader(for table: TableLines) -> any TableReader {
        switch self {
        case .tabGrid: return GridReader(table: table)
        case .columnAligned: return AlignedGridReader(table: table)
        case .sequential: return StreamReader(table: table)
        case .spacedCells: return SpacedRowReader(table: table)
        case .cellPerLine, .oneLine: return RowStreamReader(table: table)
        }
    }

    /// Whether the table is read as a whole: its rows cannot be cut into sub-tables by line.
    var readsWhole: Bool { self == .columnAligned || self == .spacedCells || self == .cellPerLine || self == .oneLine }
    /// Whether tokens keep their character columns (cut at runs of spaces, `alignedTokens`).
    var keepsColumns: Bool { self == .columnAligned || self == .spacedCells }
    /// Whether rows are rebuilt from a stream of cells (`RowStreamReader`).
    var streamsCells: Bool { self == .cellPerLine || self == .oneLine }
}

/// A table's header and body lines → its sections of rows and cells, and the numbers that could
/// not be placed in a column.
protocol TableReader {
    func read() -> TableReading
}

struct TableReading {
    var sections: [ExtractedSection]
    var rejects: [ReaderReject]
}

/// A number a reader met in a value position but could not give a column.
struct ReaderReject: Equatable {
    /// 1-based source line.
    var line: Int
    var text: String
    var reason: RejectReason
}

enum RejectReason: Equatable, CustomStringConvertible {
    /// A row section holds more values than its header has value columns.
    case moreValuesThanColumns
    /// A column-aligned section where some row holds more values than the header has columns:
    /// the header was not read whole, so no value of the section has a certain column.
    case headerNarrowerThanRows
    /// A line where two sides' rows start inside the sides before them (their codes read as those
    /// sides' extra values): the rows are printed off the header's grid, so no value's side is certain.
    case rowsOffTheGrid
    /// A tab row printed at another width than its header, every line printing its blank cells,
    /// with an amount where no header cell stands (`RowsOffHeaderWidth`): a page on its own grid.
    case rowAtAnotherWidth
    /// A later page of a tab table laid out on its own grid whose columns do not match the header
    /// page's one for one by their kinds (`PageGridParts`): which column each value is under is unknown.
    case pageOnItsOwnGrid
    /// The last column of a tab table cut at the page's right edge (an amount printed short,
    /// `130,47`): its header words may be cut too, so which column it is is not certain (`PageEdgeCuts`).
    case cutAtPageEdge
    /// An amount short of the table's decimals before a lone digit in a column that prints other
    /// cells too (`79.0 ⇥ 3`): its cut piece or a cell of its own (`CutAmounts`).
    case amountCutUncertain
    /// A page of a sheet's right-hand columns (values only) whose lines cannot be paired for
    /// certain with the rows of a left-hand page, or whose values stand under no header word.
    case columnPageUnmatched
    /// A tab cell past the header's last column (`cell` is 1-based).
    case pastHeaderEnd(cell: Int)
    /// An amount in a code or name column (`column` is 1-based).
    case amountInIdentifyingColumn(column: Int)
    /// A number in a column that is no code, name or value column of any section (`column` is
    /// 1-based): a code or name column standing right of the values.
    case columnRoleUnknown(column: Int)
    /// Blank cells were dropped and the values are fewer than the columns: which are blank
    /// cannot be told.
    case ambiguousPlacement(values: Int, columns: Int)
    /// A tab row shorter than the table's full rows where the converter dropped blank cells:
    /// which of its cells were blank is unknown.
    case blankCellsDropped
    /// Side-by-side sections whose rows lost their lines: which section a row belongs to is
    /// unknown once one row does not fill its section.
    case sectionUnknown
    /// Rates (100.00%) after a row's amounts where the header names only the amounts' columns.
    case rateWithoutColumn
    /// The header's second row sits under one spanning cell of the first, and which one cannot be
    /// told: the cells from the first possible spanning column on have no certain measure.
    case spanUnknown
    /// Cells parted by two spaces (`TwoSpaceCells`), their positions lost, under a header of
    /// several lines (captions over some columns, cells wrapped or centred over lines): which words
    /// stack into which column's name cannot be told.
    case stackedHeaderUnplaced
    /// A row-stream table whose header names several code columns (单位编码 … 主管部门编码): with
    /// its cells off their lines, which number is the row's own code cannot be told.
    case rowCodeUnknown
    /// A whole table on one line whose column names were made by joining header words: spaces
    /// part its cells and the words inside a cell alike, so the columns are a guess.
    case headerWordsJoined
    /// A whole table on one line whose header words name no column of the reading (a top row's
    /// word over the columns below, a cell wrapped in two): which word heads which column is not
    /// certain.
    case headerWordsUnplaced
    /// A row stream whose body names header words again (项目, 行次): a form of several parts,
    /// each under its own header, and no line tells which a row stands under. In a column-aligned
    /// table, a later part's header among the rows (`AlignedGridReader.startsAnotherPart`): its
    /// rows are not under the columns read from the first header.
    case headerRepeated
    /// A row stream under a header of several rows whose value-column words are not one per
    /// column and rebuild no tree: which word heads which column cannot be told.
    case headerRowsUnknown
    /// One cell per line, a header read flat that names two value columns of one section alike
    /// (`完成数` under each of `上年` and `本年`): several header rows read as one, the words
    /// that tell the columns apart lost (`StreamHeader.namesColumnsAlike`).
    case columnsNamedAlike
    /// One cell per line, a column named by joining the cells of several lines (taken for one
    /// cell wrapped): which cells make its name, so which column it is, is not certain.
    case headerCellsJoined
    /// A row of numbers with neither code nor name (column-aligned or in reading order), between lines of name text
    /// alone: its name wrapped around its line (a narrow name column) and went to other rows, so
    /// which row the numbers belong to is unknown.
    case rowNameUnknown
    /// A browser's centred names around a page break that splits a row (`AlignedRows.centredPieces`):
    /// the pieces after the break do not share out between the split row and the next one, so
    /// neither row's name is certain.
    case namePiecesAcrossPageBreak
    /// A tab row printed short of a cell merged over several rows, whose cells cannot be moved back
    /// under their columns with certainty (`MergedCellRows`).
    case mergedCellUnknown
    /// A stream table whose header reading names no value column: no value's column is known.
    case headerUnknown
    /// A stream table whose header prints a cell centred around its row of words, its column's
    /// place untold, where the places and placements that fit leave this value's column open
    /// (`CentredCellRows`).
    case centredCellPlaceUntold
    /// A row of the “三公” form with blank cells dropped whose placements the form's sums leave put
    /// this value under different columns, or fit none (`FormRows`).
    case formCellUntold
    /// A column-aligned header that splits an identifying column's name into words read as value
    /// columns (`科目名` / `称`): its words are off their columns, so no value's column is certain.
    case identifyingNameSplit
    /// A column-aligned header whose tree sets a 小计 after other columns of its group or alone
    /// under a caption, a total over other columns, or two totals in one group
    /// (`AlignedHeader.misplacesSubtotal`): its words are off their columns.
    case subtotalOffItsGroup
    /// A row under a spreadsheet's header read by its sums (`SheetHeader`) whose placed values do
    /// not add up to its totals: a value stands under a column not its own.
    case sheetRowOffItsSums
    /// A row whose code a spreadsheet printed in scientific notation (`1.2345678E+020`): the
    /// code's digits are lost, so which row the values belong to is not certain.
    case rowCodeRounded
    /// A column-aligned header read with more value columns than its fullest row holds values,
    /// one named by a lone character (`出` under `费`), or a single-space one named by a short
    /// piece stopping mid-word (`主管`), or more than a bottom-aligned header's last line names
    /// (`BottomLineColumns`), or a column whose name leaves a bracket open (`UnclosedBracketNames`):
    /// a wrapped fragment taken for a column.
    case fragmentColumn
    /// A column-aligned header read with one value column's word over another's, on a line above
    /// it and overlapping it (a caption read as a column, its columns set off it by pdftotext).
    case columnOverColumn
    /// Text in reading order (cells on lines of their own, blank cells dropped) where a row does
    /// not show its name first and a value for every column: which column each value is, unknown.
    case cellsOffLines
    /// Text in reading order where a row's values were gathered from lines of values alone after
    /// its own, and do not fill its columns adding up to its total (`ContinuedValues`): the lines
    /// may hold another row's values, so which row and column each belongs to is unknown.
    case valuesOffTheirRow
    /// A stream table whose header words stand again among the rows (a line of header words with
    /// a total, no number): a row of the header was taken for all of it, so the header read does
    /// not name every column.
    case headerResumed
    /// Text in reading order whose header is printed again among the rows: a row whose name holds
    /// a header word, or whose name stands before a page break and its values after it, may have
    /// taken another row's values (reading order moves cells off their rows around a repeat).
    case rowAcrossHeaderRepeat
    /// A tab table's row whose name wrapped over lines, where a piece between it and the next row
    /// fits either name under the table's way of wrapping: which name is the row's is not certain.
    case rowNameUncertain
    /// A tab table whose blank cells are dropped, a line of words alone printed short beside this
    /// row: it may be part of the row's name, so the name is not certain (`DroppedNamePieces`).
    case namePieceDropped
    /// A number whose text cell goes on, on the next line, with its sign or unit and more of a
    /// sentence: a number quoted in a form's text (`WrappedTextNumbers`).
    case numberInWrappedText
    /// A number before a name taken for the row's code, where fewer than two rows of the section
    /// hold both a code and a value and the header names no code column: it may be the value of
    /// the row named before it (`UnconfirmedCodes`).
    case codeUnconfirmed
    /// A section that holds in a value column a whole number its 行次 run misses: a line number
    /// was taken for a value (name pieces between rows put the numbers off step), so which row
    /// and column each number up to it is, unknown.
    case lineNumbersOutOfStep
    /// A row's first value that carries on the table's 行次 count (one more than the 行次 before
    /// it) under a section whose header names no 行次 column: a line number read as a value
    /// (`UnnamedLineNumbers`).
    case lineNumberUnnamed
    /// A number of a table's body that the reading holds nowhere (no cell, reject, code or name on
    /// its line): a reader passed over it (`UnreadNumbers`).
    case numberUnread
    /// A stream table's row whose code is not confirmed and whose name holds numbers (names and
    /// numbers printed apart, several rows' names read as one): the row's values may be any of
    /// those rows' (`UnconfirmedCodes`).
    case valuesAmongNumbersInName
    /// A number under a table's title whose structure (header, columns) reads as no table: which
    /// row and column it belongs to is unknown, and it is not the table above's (`TableRegion.unread`).
    case tableUnread
    /// A column-aligned header whose caption the header words centre over the columns after a
    /// bare total, while the body's values centre it over the total too (`CaptionBesideTotal`):
    /// whether the total is the caption's, so the total's column path, is not certain.
    case captionBesideTotalUncertain
    /// A column-aligned header word read as the caption of one column only, beside another such
    /// word on its line or stopping mid-word (`LoneColumnCaptions`): a merged cell over the column
    /// or the top of the column's own name wrapped in a tall cell, so its path is not certain.
    case loneCaptionUncertain
    /// A measure column left with no year over it between columns under a row of years
    /// (`YearCaptionColumns`): which year's merged cell heads it is not certain.
    case yearCaptionUnknown
    /// A column-aligned header centred vertically whose top-level value column's words all stand
    /// above the code and name columns' words (`CaptionAboveNames`): a caption whose columns were
    /// not found under it, read as a column the body does not have.
    case captionOverNoColumn
    /// A rate (`100%`) under a column whose header states a money unit (`RateUnderMoneyHeader`):
    /// the header was read off its columns there, and the rate's own column is not known.
    case rateUnderMoneyHeader
    /// An amount printed with thousands separators under a column whose name ends in a percent
    /// sign (`AmountUnderRateHeader`): the header was read off the section's columns.
    case amountUnderRateHeader
    /// A rate under a rate's column whose word cuts into an amount, ending under the blank column
    /// before it, and a rate (`2100%`: 2 and 100%, `GluedRateCells`): two cells printed as one
    /// word, so which digits are whose is not certain.
    case cellsGlued
    /// A number without its sign under a column of rates, on the last number line before a page
    /// break, a line of bare signs after the break (`SignsPastPageBreak`): the sign of a rate
    /// wrapped in its cell went to the next page, and read bare it is another quantity.
    case rateSignPastPageBreak
    /// A stream row's name gathered from the names of several rows printed as one run (side by
    /// side, `GatheredRowNames`; a code under the row's class among its pieces): from that row on,
    /// which row each value belongs to is unknown.
    case rowNamesGathered
    /// A stream table whose header lines hold a line of numbers with an amount or a zero among them
    /// (`StreamReader.headerHoldsValues`): rows' cells read into the header, so no column is certain.
    case headerHoldsValues
    /// One cell per line in blocks (MuPDF's), the header's last block running on into the body: the
    /// first row's name is a header word, the header cut inside its block, so no column is certain.
    case headerCutInBlock

    var description: String {
        switch self {
        case .moreValuesThanColumns:
            return "more values than the section has columns"
        case .headerNarrowerThanRows:
            return "a row of this section has more values than its header has columns: the header was not read whole, so no value's column is certain"
        case .rowAtAnotherWidth:
            return "a row printed at another width than its header (a page of the table on its own grid) with an amount where no header cell stands: which column each of its values is under is unknown"
        case .pageOnItsOwnGrid:
            return "a later page of the table laid out on its own grid (a ruled-table converter's page), whose filled columns do not pair one for one, in order and by kind, with those of the header's page: which column each of its values is under is unknown"
        case .amountCutUncertain:
            return "an amount printed short of the table's decimals before a lone number in a column that holds other cells too (a ruled-table converter cuts an amount at a grid line): the number may be the amount's last digits or a cell of its own, so neither is certain"
        case .cutAtPageEdge:
            return "the table's last column, cut at the page's right edge (an amount printed short): its header words may be cut too, so which column it is is not certain"
        case .rowsOffTheGrid:
            return "a line where two sides' rows start inside the sides before them (their codes read as extra values): the rows are printed off the header's grid (a page printed at another scale), so which side and column each value stands under is unknown"
        case .columnPageUnmatched:
            return "a page of the sheet's right-hand columns whose lines do not pair one for one with the rows of a left-hand page (or stand under no header word): which row and column each value belongs to is unknown"
        case .columnRoleUnknown(let column):
            return "number in column \(column), which is neither the row's code or name nor a value column (a code or name column right of the values): its measure is unknown"
        case .pastHeaderEnd(let cell):
            return "a cell past the header's last column (cell \(cell) of the row): the row has more cells than the table has columns"
        case .amountInIdentifyingColumn(let column):
            return "amount in a code or name column (column \(column)): its measure is unknown"
        case .ambiguousPlacement(let values, let columns):
            return "\(values) values for \(columns) columns with blank cells dropped: which cells are blank is unknown"
        case .blankCellsDropped:
            return "a row whose blank cells the converter dropped, shorter than the table's full rows: its columns are unknown"
        case .sectionUnknown:
            return "rows of side-by-side sections without line breaks, one of them short: which section each row belongs to is unknown"
        case .rateWithoutColumn:
            return "a rate after the row's amounts, and the header names no column for it"
        case .spanUnknown:
            return "a header cell spans the sub-headers of the next header row, and which one cannot be told: this cell's measure is unknown"
        case .headerWordsJoined:
            return "a table on one line whose column names join several header words (spaces part cells and words alike): its columns are not certain"
        case .headerWordsUnplaced:
            return "a table on one line whose header words do not all name its columns (a header of several rows run together): which word heads which column is not certain"
        case .headerRepeated:
            return "header words (项目, 行次) again among the rows: a form of several parts with their own headers, and which one a row's values stand under is unknown"
        case .headerRowsUnknown:
            return "a header of several rows whose cells lost their lines, with more words than the rows have values: which word names which column is unknown"
        case .columnsNamedAlike:
            return "a header read as one row that names two value columns alike (cells without their positions, the header's rows run together and the words telling the columns apart lost): which column this value stands under is unknown"
        case .headerCellsJoined:
            return "a column named by joining header cells of several lines (taken for one wrapped cell): which column this value stands under is not certain"
        case .rowNameUnknown:
            return "a row of numbers without code or name between lines of name text (its name wrapped around its line): which row they belong to is unknown"
        case .namePiecesAcrossPageBreak:
            return "a row split by a page break, or the row after it, whose names are centred on their numbers: the name pieces after the break do not share out between the two rows, so neither row's name is certain"
        case .mergedCellUnknown:
            return "a row printed short of a cell merged over several rows, its cells shifted left: which column this value stands under is not certain"
        case .headerUnknown:
            return "the table's header names no value column: which column this value stands under is unknown"
        case .centredCellPlaceUntold:
            return "a header cell printed centred around the row of column words (its name's pieces above and below it): where its column stands among the others is untold, and the places and placements the row's sums leave put this value under different columns"
        case .formCellUntold:
            return "a row of the “三公” form with blank cells dropped: the placements under which the form's sums hold put this value under different columns, or none holds"
        case .identifyingNameSplit:
            return "the header splits a code or name column's name over two lines into words read as value columns: its words are off their columns, so this value's column is not certain"
        case .subtotalOffItsGroup:
            return "the header read puts a 小计 column after other columns of its group or alone under a caption, a total over other columns, or two totals in one group: its words are off their columns, so this value's column is not certain"
        case .sheetRowOffItsSums:
            return "the row's values, placed under a spreadsheet's header read by its groups' totals, do not add up to the row's totals: a value stands under a column not its own, so this value's column is not certain"
        case .fragmentColumn:
            return "the header read names more columns than any row holds values, one of them a lone character or short piece of a wrapped word: its words are off their columns, so this value's column is not certain"
        case .columnOverColumn:
            return "the header read sets one column's word over another column's word: a caption was read as a column and its words are off their columns, so this value's column is not certain"
        case .cellsOffLines:
            return "cells printed in reading order on lines of their own, blank cells dropped, and this row shows no name first or fewer values than columns: which column each value belongs to is unknown"
        case .valuesOffTheirRow:
            return "values in reading order on lines of their own after a row's, which do not fill its columns adding up to its total: they may be another row's, so which row and column each belongs to is unknown"
        case .headerResumed:
            return "header words (a total among them) stand again among the rows: the header read is not the whole header, so which column this value belongs to is unknown"
        case .rowAcrossHeaderRepeat:
            return "the header printed again among the rows in reading order, and this row's name holds a header word or stands before a page break with its values after it: its values may be another row's, so which row they belong to is unknown"
        case .rowNameUncertain:
            return "the row's name wrapped over lines and a piece of it fits this row or the next alike: its name is not certain, so which row this value belongs to is unknown"
        case .numberInWrappedText:
            return "a number whose cell goes on, on the next line, with its sign or unit and more of a sentence: a number quoted in a text cell the converter wrapped, not a value of this row"
        case .namePieceDropped:
            return "a table whose blank cells are dropped, and beside this row a line of words alone that may be part of its name: its name is not certain, so which row this value belongs to is unknown"
        case .tableUnread:
            return "a number under a table's title whose header and columns were not understood: which row and column it belongs to is unknown"
        case .captionBesideTotalUncertain:
            return "a caption the header words set over the columns after a total while the values set it over the total too: whether the total is under the caption, so the total's column, is not certain"
        case .loneCaptionUncertain:
            return "a header word read as the caption of this column alone, beside another such word, stopping mid-word, or printed with the column's word around a line of one-line cells (cells centred vertically): it may be the top line of the column's own name wrapped in a tall cell, so this value's column is not certain"
        case .yearCaptionUnknown:
            return "a measure column with no year read over it, between columns under a row of years: the year's merged cell was set off its centre, so which year this value is of is not certain"
        case .captionOverNoColumn:
            return "a header whose cells are centred vertically, where a column's words stand wholly above the code and name columns' words: no full-height cell prints so, it is a caption whose columns were not found under it, so this value's column is not certain"
        case .numberUnread:
            return "a number of the table's body that no cell, code or name of its line holds: which row and column it belongs to was not read"
        case .valuesAmongNumbersInName:
            return "the row's name holds numbers and its code is not confirmed (several rows' names and numbers read as one row): which row this value belongs to is unknown"
        case .rateUnderMoneyHeader:
            return "a rate under a column whose header states a money unit (万元, 元): the header was read off its columns here, so which column this rate stands under is not certain"
        case .rateSignPastPageBreak:
            return "a number without its percent sign under a column of rates, on the last line before a page break, with bare signs after the break: the rate's sign, wrapped in its cell, was printed on the next page, so this number read bare is not the rate"
        case .cellsGlued:
            return "a rate whose word cuts into an amount ending under the blank column before it and a rate: two cells printed as one word (a converter that joins characters set close), so which digits are whose is not certain"
        case .lineNumberUnnamed:
            return "a whole number that carries on the table's 行次 count (one more than the line number before it) read under a value column of a section whose header names no 行次 column: it is the row's line number, not an amount, and the row's other values have no certain column"
        case .lineNumbersOutOfStep:
            return "a value column of this section holds, at or after this row, a whole number its 行次 run misses: a line number was taken for a value, so which row and column each number up to it is, is not certain"
        case .codeUnconfirmed:
            return "a number before a row's name taken for its code, fewer than two rows of the table holding both a code and a value and the header naming no code column: it may be the value of the row named before it, so where it belongs is not certain"
        case .rowCodeRounded:
            return "the row's code is printed in scientific notation (a spreadsheet's number format, 1.2345678E+020): its digits are lost, so which row this value belongs to is not certain"
        case .amountUnderRateHeader:
            return "an amount with thousands separators under a column whose name ends in a percent sign (a rate's column): the header was read off this part's columns, so no value's column here is certain"
        case .stackedHeaderUnplaced:
            return "cells parted by two spaces with their positions lost, under a header of several lines (captions over some columns, cells wrapped or centred over lines): which words stack into which column's name is unknown, so this value's column is not certain"
        case .rowCodeUnknown:
            return "the header names several code columns and the cells lost their lines: which number is the row's code is unknown"
        case .headerCutInBlock:
            return "one cell per line in blocks, the header's last block runs on into the rows (the first row's name printed in the header's block): the header was cut inside a row of it, so which column this value stands under is unknown"
        case .headerHoldsValues:
            return "the lines read as the table's header hold a line of numbers with an amount or a zero (rows' cells taken into the header): the header read is not the table's, so which column this value stands under is unknown"
        case .rowNamesGathered:
            return "a row's name at or before this row was gathered from the names of several rows printed as one run (their values after it): which row this value belongs to is unknown"
        }
    }
}
