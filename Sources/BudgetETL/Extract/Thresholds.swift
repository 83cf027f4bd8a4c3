/// Every number that decides what a line is or which column a cell stands in, in one place:
/// each says what it guards, so that a reading can be explained by the thresholds it met.
enum Thresholds {
    // MARK: layout

    /// Spaces in a row that can only be padding between two cells (column-aligned text); inside a
    /// cell words are separated by one space, and touching numbers by one or two.
    static let paddingGap = 3
    /// Share of the lines with two cells or more that must show padding for a table to be read as
    /// column-aligned: single-space layouts show runs of spaces only where cells are blank.
    static let paddedLineShare = 0.5
    /// Lines of several cells (two of them with numbers) a table needs before its gaps tell that a
    /// converter parts cells by exactly two spaces (`TwoSpaceCells`).
    static let twoSpaceCellLines = 4
    /// Share of a table's gaps between words that must be exactly two spaces for it to be read as
    /// cells parted by two spaces (`TwoSpaceCells`); the rest single spaces inside cells (single-space
    /// text shows a run of two only where a cell is blank: most of its gaps are single).
    static let twoSpaceGapShare = 0.8
    /// Runs of spaces must outnumber single spaces by this factor in column-aligned text; in
    /// single-space layouts most gaps are single spaces.
    static let paddedGapRatio = 2
    /// How far (in characters) a number's end may stand from another line's number and still be
    /// in its column: pdftotext rounds positions to whole characters.
    static let pairColumnSlack = 1
    /// Amounts a section needs before it is judged left-aligned (`AlignedGridReader.leftAligned`):
    /// a few values may share their starts by chance.
    static let leftAlignedValues = 8
    /// A table whose lines show padding but more single spaces than `paddedGapRatio` allows is
    /// still column-aligned when at least this share of its amounts end where another line's
    /// amount ends (`AlignedLayout.amountsLinedUp`), out of at least `linedUpAmountsMinimum`.
    static let linedUpAmountShare = 2.0 / 3.0
    /// The share when single spaces outnumber the runs of padding (a narrow page packs nearly
    /// every cell one space from the next): nearly every amount must stand in a column.
    static let packedLinedUpAmountShare = 0.9
    /// … and at least this share of its lines must show padding (single-space text shows runs of
    /// spaces only where cells are blank, on some lines).
    static let packedPaddedLineShare = 2.0 / 3.0
    static let linedUpAmountsMinimum = 6
    /// How far (in characters) a column's anchor may stand from the centre of the header word it
    /// was taken from (a word joined from its pieces is centred over all of them), when a page's
    /// repeated header tells how far that word moved (`AlignedGridReader.pageHeaders`).
    static let pageHeaderWordDistance = 2.0
    /// A cell longer than this with a comma or semicolon is a sentence around the table, not a
    /// cell (it does not count when the layout is judged, and ends a column-aligned body).
    static let proseCharacters = 15
    /// A tab cell longer than this is a form's row (年度履职目标 → …), so the header has ended.
    static let formRowCellCharacters = 24
    /// A cell's pieces stacked over at least this many header lines are a wrapped sentence, not a
    /// header word wrapped (a header wraps its words over three lines at most).
    static let wrappedFormCellLines = 4
    /// A sequential body whose text-only lines make up at least 1/n of its lines has rows
    /// wrapped over lines.
    static let wrappedRowsLineFraction = 4
    /// At most this many lines between two lone "|" lines make one wrapped cell.
    static let wrappedPipeCellLines = 3
    /// A unit line alone ("金额单位：万元") is at most this long.
    static let unitLineBytes = 30
    /// A document is in traditional characters from this many of them on, and when at least
    /// 1/n of its Chinese characters are.
    static let traditionalCharactersMinimum = 10
    static let traditionalCharactersShare = 20
    /// Share of a table's lines with numbers whose cells are all two spaces apart for the table
    /// to be read as rows with blank cells dropped under a padded header.
    static let spacedCellsLineShare = 0.9
    /// Rows under a header that prints blank cells as spaces (`SpacedBlankCells`): at least this many.
    static let spacedBlankRowsMinimum = 3
    /// A table printed one cell per line has at least this many lines …
    static let cellPerLineMinimumLines = 8
    /// … and a cell wrapped inside its frame prints a first piece of at most this many characters
    /// on a line of its own, unclosed (`全 国` over `总 计 |`, a row's name).
    static let wrappedCellPieceCharacters = 8
    /// A 栏次 row numbering fewer columns than this is no form's (1 2 3 may be any three cells).
    static let numberedFormMinimumColumns = 4
    /// Header trees weighed for a numbered form at most: more and which one is printed is no longer told.
    static let numberedFormMaximumTrees = 4096
    /// … and at most 1/n of them hold more than one cell.
    static let cellPerLineMultiCellFraction = 20
    /// A line with at least this many cells, a header and amounts is a whole table on one line.
    static let oneLineMinimumCells = 10
    /// … or, its amounts printed as whole numbers, at least this many names each followed by one.
    static let oneLineWholeRowsMinimum = 3
    /// A line longer than this (in UTF-8 bytes) may be a whole web page with tables inside it.
    static let embeddedTableLineBytes = 1000
    /// … when it names at least this many tables by their markers ("表一: … 表二: …").
    static let embeddedTableMarkersMinimum = 2
    /// A title word inside such a line has at least this many characters ("表" alone is a heading).
    static let embeddedTitleMinimumCharacters = 4
    /// Rows that must hold the most values before that count is taken as a table's full width
    /// (blank cells dropped: a single long row may be two rows run together).
    static let streamFullRowsMinimum = 2
    /// Header lines a header of vertically centred cells needs before its cells' heights are
    /// told by the lines' word counts (`CentredStackHeader`): two lines are a plain wrapped row.
    static let centredStackMinimumLines = 3
    /// Assignments of heights to a centred header's cells tried at most (`CentredStackHeader`).
    static let centredStackMaxReadings = 20_000
    /// Value words of a one-cell-per-line header at most rebuilt as a tree of several rows, and the
    /// trees at most tried (`StreamHeaderLevels`): a bound on the search, far above real headers.
    static let streamHeaderLevelWordsMaximum = 40
    static let streamHeaderLevelSteps = 200_000
    /// Rows whose total is the sum of its parts a header grouping needs before it is taken
    /// (`StreamHeaderLevels.adds`): one row may add up by chance.
    static let groupingAddingRows = 2
    /// Digits an amount quoted in the text needs before its unit is taken for a table's (`StatedUnit.quoted`).
    static let quotedAmountDigits = 3
    /// Characters a cell cut from a glued token holds at least for the token to count as read (`UnreadNumbers`).
    static let gluedPieceDigits = 4
    /// Lines after a caption looked at to tell whether a one-cell-per-line table follows it.
    static let cellPerLineTitleLookahead = 40
    /// Header rows an untitled table of tab rows may print between its unit line and its first amounts.
    static let untitledGridHeaderRows = 3
    /// The same for pdftotext -layout's lines: a workbook's header words wrapped inside their cells
    /// (and the header a table of contents' last title may have over its first amounts, `TableOfContents.opensTable`).
    static let untitledLaidOutHeaderLines = 7
    /// Rows of a name and amounts a header row with no title or unit line over it must head (`UntitledHeader`):
    /// one such line under a header-like line may be prose.
    static let untitledHeaderRows = 2
    /// An agency's line with the unit at its end ("编制单位：…单位：万元"), without its spaces.
    static let agencyAndUnitLineBytes = 150
    /// Lines over such a unit line that may hold its caption (a title wrapped once, or twice in a
    /// workbook's narrow cell: `预算外资` / `金分项目` / `支出`).
    static let untitledGridCaptionLines = 3
    /// The longest cell a unit column holds as a unit ("万人次", "元/床日"): longer text is a name.
    static let unitCellCharacters = 6
    /// Lines before such a caption that must hold no lone number (else it is inside a table).
    static let cellPerLineTitleLookback = 10
    /// Lines after a title whose words tell whether the converter printed bold text twice …
    static let doubledWordsLookahead = 12
    /// … when at least this many of their words (and half of the long ones) are doubled.
    static let doubledWordsMinimum = 3
    /// A page number left alone on its line has at most this many digits.
    static let pageNumberDigits = 3
    /// A page footer counting pages in text without form feeds (`PageEdges.blankPageCounters`)
    /// comes at least this many times, at least this many lines apart (a page holds more), on a
    /// line no longer than this many bytes (a footer, not a row of a table).
    static let countedPageLines = 3
    static let linesPerPageAtLeast = 15
    static let pageCounterLineBytes = 120
    /// A number of that many digits alone on its line is a page number, not a code whose name
    /// was wrapped, only when indented by at least this many columns.
    static let pageNumberIndent = 12
    /// How many lines above a lone number are searched for the number before it: a 行次 on its own
    /// line continues the run of its side printed in the row just above (a row wrapped over up to
    /// four lines, two sides), a page number continues none.
    static let lineNumberRunLookback = 8

    /// Amounts of a tab table that must print a count of decimals for it to be the table's own
    /// (`CutAmounts`): one amount may print more by chance (a rate), a cut amount prints fewer.
    static let wholeAmountsPrintingPlaces = 2

    // MARK: rows

    /// Rows with numbers, each its own paragraph, that a table needs before its blank lines are
    /// taken to delimit rows (and so the name pieces of each row).
    static let paragraphRowsMinimum = 3
    /// A name fragment more lines than this from its row's number line is not part of that row.
    static let wrappedNameLineDistance = 2
    /// Columns of overlap a name fragment needs with its row's name to be a piece of it.
    static let nameFragmentOverlap = 1
    /// Columns by which pdftotext may misplace the start of a wrapped name's piece.
    static let wrappedPieceDrift = 1
    /// Columns between a spreadsheet's wrapped piece and its column's bottom word, both at the
    /// cell's left edge: pdftotext packs a line of Chinese words, so the piece may stand off it.
    static let sheetPieceDrift = 3
    /// Rows whose total (合计) must sum the measures after it, and no row may fail to, before a
    /// flattened header's spanning cell is told by that sum (`HeaderSpans.totalFits`): one row's
    /// sum may hold by chance.
    static let spanTotalRows = 2
    /// Rows of a name then one number per year that a header of years alone needs before it heads
    /// a table (`YearColumns`): one line of as many numbers as years may be a sentence's.
    static let yearColumnRows = 2

    // MARK: columns of column-aligned text

    /// Cost of placing a line's values so that the first column stays blank: a total is rarely
    /// blank when the cells it sums are not.
    static let skippedFirstColumnCost = 3.0
    /// Two placements of a line's values whose costs differ by less than this fit its positions
    /// equally: without a neighbour's shift, neither is taken as read.
    static let tiedPlacementCost = 0.5
    /// How far (character columns) a line's values may stand off the shift its section's lines
    /// share, when that shift places lines none of which is certain alone (`commonShift`):
    /// pdftotext sets right edges a column apart where header centres are not.
    static let commonShiftDeviation = 1.5
    /// How far apart (in characters) the ends of right-aligned values of one column may stand
    /// on a page printed without its header (`AlignedGridReader.placeByPage`).
    static let pageColumnEndSpread = 2
    /// How far (in characters) a value's right edge may stand from where the nearest full line
    /// of its page ends the same column, and still be printed at that column's place
    /// (`AlignedGridReader.checkByFullLines`).
    static let fullLineEndTolerance = 1
    /// How many lines under a title its header's caption may repeat the title's words and still be
    /// read as the header's (`RegionFinder.repeatsTitle`): the unit line and the caption.
    static let titleRepeatedInHeaderLines = 3
    /// More blank lines than this inside a table (a page's footer and the next page's header
    /// blanked, with the space between pages) mark a page break.
    static let pageBreakBlankLines = 2
    /// How far in from a page's edge (its first or last non-blank lines) a running header or
    /// footer found at the edge of most pages is still furniture (`PageEdges.blankNearEdges`).
    static let runningLineReach = 2
    /// A row name's piece ending in a side's word (…支出) that names a row by itself has at least
    /// this many characters: a shorter one (`支出`) is the tail of a name wrapped in its cell
    /// (`GatheredRowNames`).
    static let sideNamePieceLength = 4
    /// How many running lines may stand stacked at a page's edge (a sheet's name over its page
    /// counter, a date over a title), each found once the one outside it is blank (`PageEdges.blankRunning`).
    static let stackedRunningLines = 3
    /// Between two rows of a sheet's right-hand column pages and the left pages they go on with
    /// (`AlignedGridReader.sameSpacing`), a step of more lines than this may be a page break,
    /// whose length differs between the two sides; shorter steps must be equal.
    static let columnPageBreakLines = 3
    /// Lines between two prints of a running header, at least: a page holds more. A line
    /// printed again closer than this is the table's own (`TableLines.isRunningHeader`).
    static let runningHeaderSpacing = 10
    /// A placement of values is certain when the next best costs at least this much more.
    static let certainPlacementMargin = 3.0
    /// More placements than this are not enumerated: the values go to the first columns in order.
    static let placementEnumerationLimit = 5000.0
    /// How far (characters) a spreadsheet header's wrapped piece may stand beside the piece
    /// above it and still continue it (`SheetHeaderTiles`): pdftotext packs Chinese words, so a
    /// centred piece drifts a character or two.
    static let packedPieceDrift = 2
    /// Worst centring (distance of centres over width) at which a header word naming code or name
    /// columns is still put over words below it.
    static let structuralHeaderOffCentre = 0.5
    /// The same for any other header word.
    static let headerOffCentre = 0.2
    /// Looser limit for a finished word standing over a leaf of a lower line (`HeaderFit.overlappingRun`):
    /// it can only be a caption, so only its run is in question.
    static let overlappingCaptionOffCentre = 0.4
    /// A header word of at most this many characters with pieces stacked under it is a narrow
    /// cell's first line whatever its last character (`WrappedHeaderPieces.joined`, `anyEnding`).
    static let narrowCellPiece = 2
    /// A header fragment of at most this many characters under an incomplete word ("费" under
    /// "国（境）") is the end of that word's cell, even with other columns on its line.
    static let wrappedHeaderTail = 2
    /// Header words on consecutive lines whose first characters stand at most this many columns
    /// apart are one cell's text, wrapped.
    static let stackedCellStartDrift = 1
    /// A caption's wrapped tail, alone on the line under it, stands centred under it within this
    /// many character columns (`CaptionWrappedTail`).
    static let captionTailDrift = 1.5
    /// Two stacked header words are not one wrapped cell when their text together takes at most
    /// this share of the room the lower word's column has (the distance to the nearest column
    /// beside it on its line): a cell that wide would have held it on one line.
    static let roomyCellShare = 0.6
    /// Characters at the end of a column's name that say what kind of thing it is (its head word:
    /// `支出` of `基本支出`): columns ending alike are parts of one whole (`HeaderFit.isSibling`).
    static let headWordLength = 2
    /// Penalty for a header word over leaves of different header lines.
    static let mixedLinesPenalty = 0.1
    /// Penalty for a header word whose run cuts a row of same-line leaves in two.
    static let splitRowPenalty = 0.15
    /// A word printed with spaces between its characters ("项 目", "预 算 数") is a short line: longer
    /// lines are not checked for it.
    static let letterSpacedLineBytes = 64
    /// How many cells from the start a cover's imprint (agency and date) is looked for in.
    static let imprintCells = 400
    /// How many organizations' names may stand between a signer and the date (co-signers of one
    /// notice: 某某厅 某某联合会 / 2031年2月6日).
    static let coSigners = 3
    /// How many filled lines at a document's end a notice's signature (name over date) is looked for in.
    static let signatureLines = 6
    /// The widest group of header words a list printed in side-by-side copies repeats (a name and
    /// up to three value words), and how many full rows of copies make it a list.
    static let repeatedGroupMaximumWidth = 4
    static let repeatedGroupMinimumRows = 2
    /// Longest word (characters) taken for a side's name on a two-sided table's top header line
    /// (收入, 支出, 财政拨款收入, 一般公共预算财政拨款支出): longer ones are captions or column words.
    static let sideNameLength = 12
    /// Digits from which on a bare integer is no amount: 10^14 元 is more than any budget holds
    /// (a country's yearly output), so a number this long is a code (a project's, of 20 digits or so).
    static let longCodeDigits = 15
    /// Digits of a code's 款 or 项 part printed apart from its 类 (`205 08 03`).
    static let codePartDigits = 2
    /// Longest piece of a wrapped header word (characters, stopping mid-word: `主管` of `主管部门名称`)
    /// that, named as a single-space table's value column the rows have no number for, shows the
    /// header read off its cells (`StreamReader.takesFragmentForColumn`).
    static let fragmentColumnLength = 3
    /// The fewest characters (years aside) a line repeating the table's title has: a shorter
    /// one (表, 附表) may be a header's word.
    static let repeatedTitleCharacters = 6
    /// The longest piece of a column's name a header printed one piece per line holds (characters):
    /// `城乡居民储`; a longer line is a sentence or a title (`UnitClosedHeader`).
    static let unitClosedHeaderPiece = 8
    /// The least share of a numbered project list's rows printed with every cell for the list to be
    /// read by place (`NumberedCellRows`); the other rows' numbers are rejected. Fewer, and the cells
    /// may be off their columns throughout.
    static let numberedRowsFullShare = 0.75
    /// The fewest cells a tab table's whole rows print for its short lines to be read as rows broken
    /// at their cells' line breaks (`BrokenTabRows`): with two, a name and a value, a short line is a
    /// wrapped name's piece as often.
    static let brokenTabRowMinimumWidth = 3
    /// How far (characters) the end of an amount cut off a rate's word may stand from where the
    /// line's values put the blank column's end for the word to be read as two cells glued
    /// (`GluedRateCells`): positions are rounded to whole characters.
    static let gluedAmountSlack = 1.0
    /// The most integer digits and decimals a printed rate has (999.99%): a word reading as a rate
    /// with more may be two cells glued (`GluedRateCells.unlikelyRate`).
    static let rateIntegerDigits = 3
    static let rateDecimals = 2
    /// More integer digits than this (100000% and up) and a word reading as a rate is read as no
    /// rate wherever it stands: an amount and the next cell's rate printed as one word
    /// (`GluedRateCells.impossibleRate`: `1909322.04%` for 19093 and 22.04%).
    static let impossibleRateIntegerDigits = 5
    /// Rows of a section on which an amount and a rate were found printed as one word under one
    /// column for a likely rate standing there on another row to be read as the same two cells
    /// glued (`GluedRateCells.rejected`: `23.45%` among `2100%`, `1.3892%` for 2 and 3.45%).
    static let gluedPairPrecedentRows = 2
    /// A value column's header word under which the body prints words on at least this many amount
    /// lines and this share of them, and a number on none, names a column of words
    /// (`WordColumns`): one line of words under it is a long name's spill as often.
    static let wordColumnLines = 2
    static let wordColumnShare = 0.5

    /// Rows of a reading-order table that go on with more values in their own block, at least,
    /// before the header is taken to have lost a column (`StreamReadingOrder.runsPastHeader`):
    /// one such row may be a row whose name was printed elsewhere.
    static let rowsRunningPastHeaderMinimum = 2

    /// Blocks (text parted by blank lines) of one row each, a line (its code or name, or its first
    /// value) and then lines of values alone, at least, and the share of the body's lines of values alone they
    /// hold, over which the body prints its rows as blocks (`RowBlocks`; MuPDF's text: most of a
    /// page's rows; plain pdftotext and pdfminer print nearly every line of values as a block of
    /// its own).
    static let rowBlocksMinimum = 3
    static let rowBlockValueShare = 0.5
    /// Values a block opened by a total alone holds, at least, before it is the first row's block
    /// rather than the header's last word over the first values (`StreamLayout.opensTotalRowBlock`):
    /// a one-column header's 合计 may stand over one value.
    static let totalRowBlockValues = 2
}
