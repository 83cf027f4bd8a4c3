/// Records the extract stage produces: what the document says, as written.
/// Nothing here is interpreted yet: amounts are source text, labels are raw, codes are the digits found.

public enum DocumentKind: String, Sendable, Codable, Equatable, CaseIterable {
    case budget
    case finalAccount = "final_account"
    case unknown
}

/// Facts about a whole document found in its text.
public struct DocumentMetadata: Sendable, Codable, Equatable {
    public var agency: String?
    public var fiscalYear: Int?
    public var kind: DocumentKind

    public init(agency: String? = nil, fiscalYear: Int? = nil, kind: DocumentKind = .unknown) {
        self.agency = agency
        self.fiscalYear = fiscalYear
        self.kind = kind
    }
}

/// One column of a table section: its full header path from the top header row down,
/// e.g. ["基本支出", "人员经费", "工资福利支出"].
public struct HeaderPath: Sendable, Codable, Equatable, Hashable {
    public var components: [String]
    public init(_ components: [String]) { self.components = components }
    public var joined: String { components.joined(separator: " / ") }
}

/// A cell as written in the source: its text and the 1-based line it was read from.
public struct RawCell: Sendable, Codable, Equatable {
    /// Index into the section's `columns`.
    public var column: Int
    public var text: String
    public var line: Int
    /// The layout lost the cell's position (blank cells dropped) and the reader placed it by order:
    /// loaded, but marked so.
    public var guessed: Bool
    public init(column: Int, text: String, line: Int, guessed: Bool = false) {
        self.column = column
        self.text = text
        self.line = line
        self.guessed = guessed
    }
}

/// One body row of a table section.
public struct ExtractedRow: Sendable, Codable, Equatable {
    /// 1-based line where the row starts.
    public var line: Int
    /// Code digits as written: one element for a whole code ("2080505"), several when split over
    /// 类/款/项 columns (["208", "05", "05"]). Empty when the row has no code.
    public var codeParts: [String]
    /// The row label as written (wrapped parts joined, doubling already undone by the extractor
    /// where it could tell; normalize cleans further).
    public var label: String
    public var cells: [RawCell]
    /// Header of the column the code was printed in ("单位代码", "科目编码"), empty when unknown:
    /// the digits alone cannot tell an agency code 309 from the economic class 309.
    public var codeHeader: String
    /// The row's printed number (序号) where a reader cut the rows at it, with its line: the
    /// table's count of its rows, not an amount, kept so that no number of the body vanishes.
    public var ordinal: RawCell?
    /// The unit the row states for its own values in a unit column (单位 / 计量单位: "万元", "%",
    /// "元/张"), nil when the table has no such column or the row's cell there is blank.
    public var unit: String?
    public init(line: Int, codeParts: [String] = [], label: String, cells: [RawCell], codeHeader: String = "", ordinal: RawCell? = nil,
                unit: String? = nil) {
        self.line = line
        self.unit = unit
        self.ordinal = ordinal
        self.codeHeader = codeHeader
        self.codeParts = codeParts
        self.label = label
        self.cells = cells
    }
}

/// A logical part of a table. Plain tables have one section named "". Two-sided tables
/// (收入 | 支出) and side-by-side groups (人员经费 | 公用经费) have one section per side.
public struct ExtractedSection: Sendable, Codable, Equatable {
    public var name: String
    public var columns: [HeaderPath]
    public var rows: [ExtractedRow]
    public init(name: String, columns: [HeaderPath], rows: [ExtractedRow]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// How a table's kind was named: by a catalog title pattern, by a catalog header signature, or by
/// nothing (the key is then made from the normalized title, see `UnknownTableKey`).
public enum KindNaming: String, Sendable, Codable, Equatable, CaseIterable {
    case title
    case header
    case none
}

public struct ExtractedTable: Sendable, Codable, Equatable {
    /// Canonical key of the catalog kind (by title or header), or one made from the title.
    public var tableKey: String
    public var naming: KindNaming
    /// Title as published (doubling undone, whitespace trimmed).
    public var title: String
    public var titleLine: Int
    /// Money unit stated for the table ("元", "万元", "千元"), nil when none was found.
    public var unitText: String?
    /// True when the document states that the table has no data (本表无数据).
    public var statedEmpty: Bool
    public var sections: [ExtractedSection]
    public init(tableKey: String, naming: KindNaming = .title, title: String, titleLine: Int, unitText: String?,
                statedEmpty: Bool = false, sections: [ExtractedSection]) {
        self.tableKey = tableKey
        self.naming = naming
        self.title = title
        self.titleLine = titleLine
        self.unitText = unitText
        self.statedEmpty = statedEmpty
        self.sections = sections
    }
}

/// A line inside a table region that could not be read as a row, or a cell that could not be read.
public struct RejectedLine: Sendable, Codable, Equatable {
    public var line: Int
    public var tableTitle: String
    public var text: String
    public var reason: String
    public init(line: Int, tableTitle: String, text: String, reason: String) {
        self.line = line
        self.tableTitle = tableTitle
        self.text = text
        self.reason = reason
    }
}

/// What became of a document as a whole.
public enum DocumentStatus: Sendable, Codable, Equatable {
    case ok
    case noTables
    case failed(String)

    public var text: String {
        switch self {
        case .ok: return "ok"
        case .noTables: return "no_tables: no table was found"
        case .failed(let why): return "failed: \(why)"
        }
    }
}

/// A line of the document outside every table (情况说明, notes): kept so that later stages can
/// check the figures the text states against the tables.
public struct SourceLine: Sendable, Codable, Equatable {
    /// 1-based line number.
    public var line: Int
    public var text: String
    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }
}

public struct ExtractedDocument: Sendable, Codable, Equatable {
    /// Path below the input folder, '/'-separated.
    public var sourceFile: String
    public var sha256: String
    public var metadata: DocumentMetadata
    public var tables: [ExtractedTable]
    public var rejects: [RejectedLine]
    public var status: DocumentStatus
    /// Non-empty lines outside the table regions, in order.
    public var narrative: [SourceLine]
    /// Numbers the readers found in value positions of the tables (placeholders such as — not
    /// counted): each one is a cell or a reject, which normalize must keep true.
    public var numbersFound: Int
    public init(sourceFile: String, sha256: String, metadata: DocumentMetadata,
                tables: [ExtractedTable], rejects: [RejectedLine], status: DocumentStatus,
                narrative: [SourceLine] = [], numbersFound: Int = 0) {
        self.narrative = narrative
        self.numbersFound = numbersFound
        self.sourceFile = sourceFile
        self.sha256 = sha256
        self.metadata = metadata
        self.tables = tables
        self.rejects = rejects
        self.status = status
    }
}
