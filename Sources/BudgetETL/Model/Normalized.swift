/// Records the normalize stage produces: exact amounts in the output unit, classified codes,
/// cleaned labels, canonical column names. Validate and load read only these.

public enum CodeScheme: String, Sendable, Codable, Equatable, CaseIterable {
    /// 政府收支分类 功能分类: 类 3 digits, 款 5, 项 7 (2xx…).
    case function
    /// 部门预算支出经济分类: 类 3 digits (301, 302, 303, 307, 309, 310, 311, 312, 313, 399), 款 5.
    case economicDept = "economic_dept"
    /// 政府预算支出经济分类: 类 3 digits (501 … 599), 款 5.
    case economicGov = "economic_gov"
    /// 单位/部门代码 (e.g. 309201) and other identifiers.
    case agency
    case none
}

public struct ClassificationCode: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var scheme: CodeScheme
    /// 1 for 类, 2 for 款, 3 for 项; nil when the scheme has no levels.
    public var level: Int?
    /// Code of the level above, nil at the top level or without levels.
    public var parent: String?
    public init(code: String, scheme: CodeScheme, level: Int?, parent: String?) {
        self.code = code
        self.scheme = scheme
        self.level = level
        self.parent = parent
    }
}

/// How a cell came to be in its column (long.csv's `confidence`).
public enum CellConfidence: String, Sendable, Codable, Equatable, CaseIterable {
    /// Where the source put it: its printed position, or the only placement the header allows.
    case certain
    /// Placed by the table's own sums: the only placement under which its declared identities hold
    /// (see `Placement`).
    case derived
    /// Placed by order where the layout lost positions; normalize's placement step settles every such
    /// cell (as `derived`, or as a reject), so none reaches validate or load.
    case guessed
}

public struct NormalizedCell: Sendable, Codable, Equatable {
    public var column: Int
    public var value: ExactDecimal
    /// Unit of `value`: the output money unit for money columns, else the column's own ("%", "" …).
    public var unit: String
    public var sourceValue: String
    public var sourceUnit: String
    public var line: Int
    public var confidence: CellConfidence
    public init(column: Int, value: ExactDecimal, unit: String, sourceValue: String, sourceUnit: String, line: Int,
                confidence: CellConfidence = .certain) {
        self.confidence = confidence
        self.column = column
        self.value = value
        self.unit = unit
        self.sourceValue = sourceValue
        self.sourceUnit = sourceUnit
        self.line = line
    }
}

public struct NormalizedRow: Sendable, Codable, Equatable {
    /// 1-based position of the row within its section.
    public var rowNumber: Int
    public var code: ClassificationCode?
    public var label: String
    public var line: Int
    public var cells: [NormalizedCell]
    /// Why the cells sit where they do when the source did not say: the identities that singled out
    /// the placement, or the grid correction (empty when every cell is where it was printed).
    public var placedBy: [String]
    public init(rowNumber: Int, code: ClassificationCode?, label: String, line: Int, cells: [NormalizedCell],
                placedBy: [String] = []) {
        self.placedBy = placedBy
        self.rowNumber = rowNumber
        self.code = code
        self.label = label
        self.line = line
        self.cells = cells
    }
}

public struct NormalizedSection: Sendable, Codable, Equatable {
    public var name: String
    /// Canonical column labels (header path joined with " / ", aliases applied), by column index.
    public var columns: [String]
    /// Whether each column holds money.
    public var moneyColumns: [Bool]
    public var rows: [NormalizedRow]
    /// Identities ("row_total|合计 | 合计") the placement step used to place cells of this section:
    /// they hold by construction, so validate neither reports nor counts them.
    public var placementIdentities: [String]
    /// The grid correction the totals asked for ("“项目支出 / 小计” and after read one column right"),
    /// nil when the printed grid was kept.
    public var gridCorrection: String?
    public init(name: String, columns: [String], moneyColumns: [Bool], rows: [NormalizedRow],
                placementIdentities: [String] = [], gridCorrection: String? = nil) {
        self.placementIdentities = placementIdentities
        self.gridCorrection = gridCorrection
        self.name = name
        self.columns = columns
        self.moneyColumns = moneyColumns
        self.rows = rows
    }
}

public struct NormalizedTable: Sendable, Codable, Equatable {
    public var tableKey: String
    /// How the kind was named; `.none` tables are reported by validation (`catalog`).
    public var naming: KindNaming
    public var title: String
    public var titleLine: Int
    /// The table's money unit in the source ("元" when the document states none).
    public var sourceUnit: String
    public var statedEmpty: Bool
    public var sections: [NormalizedSection]
    public init(tableKey: String, naming: KindNaming = .title, title: String, titleLine: Int, sourceUnit: String,
                statedEmpty: Bool, sections: [NormalizedSection]) {
        self.tableKey = tableKey
        self.naming = naming
        self.title = title
        self.titleLine = titleLine
        self.sourceUnit = sourceUnit
        self.statedEmpty = statedEmpty
        self.sections = sections
    }
}

public struct NormalizedDocument: Sendable, Codable, Equatable {
    /// Short id derived from `sourceFile` only, stable across runs.
    public var documentId: String
    public var sourceFile: String
    public var sha256: String
    public var metadata: DocumentMetadata
    /// The money unit most of the document's tables state.
    public var sourceUnit: String
    public var tables: [NormalizedTable]
    /// Extract's rejects plus cells normalize could not read.
    public var rejects: [RejectedLine]
    public var status: DocumentStatus
    /// The document's text outside its tables, as extracted (for checks of stated figures).
    public var narrative: [SourceLine]
    /// Numbers found in the tables by extract: equals loaded cells + rejects (the accounting identity).
    public var numbersFound: Int
    public init(documentId: String, sourceFile: String, sha256: String, metadata: DocumentMetadata,
                sourceUnit: String, tables: [NormalizedTable], rejects: [RejectedLine], status: DocumentStatus,
                narrative: [SourceLine] = [], numbersFound: Int = 0) {
        self.narrative = narrative
        self.numbersFound = numbersFound
        self.documentId = documentId
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.metadata = metadata
        self.sourceUnit = sourceUnit
        self.tables = tables
        self.rejects = rejects
        self.status = status
    }

    /// Number of loaded numeric cells.
    public var cellCount: Int {
        tables.reduce(0) { $0 + $1.sections.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count } } }
    }
}
