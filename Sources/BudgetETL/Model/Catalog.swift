/// The table catalog declared in pipeline.yaml: which table kinds exist, how to recognize their
/// titles, which of their columns hold money, and which column names mean the same measure.
/// Value types only; `Pipeline` decodes them, the stages read them.

public struct TableKind: Sendable, Codable, Equatable {
    /// Canonical key, e.g. "expenditure_final". Used for `table_key` and `wide/<key>.csv`.
    public var key: String
    /// Regular expressions matched against the whole normalized title (see `TitleNormalizer`):
    /// year, spaces, doubling and 公开NN表/预算NN表 labels removed.
    public var titlePatterns: [String]
    /// Regular expressions matched against a column's joined header path: a column matching one of
    /// these holds a count, a rate, a score or a line number, not money. Every other numeric
    /// column holds money.
    public var nonMoneyColumns: [String]
    /// Header text → canonical text, applied to each header path component.
    public var columnAliases: [String: String]
    /// Names the kind of a table whose title no pattern matches: each signature is a list of
    /// regular expressions that must all be found in the table's normalized title and header text
    /// ("科目编码", "基本支出", "项目支出").
    public var headerSignatures: [[String]]
    /// The kind of document the table belongs to, when its kind is made for one (a budget's or a
    /// final account's table): decides between two kinds whose patterns match the same title.
    public var documentKind: DocumentKind?

    public init(key: String, titlePatterns: [String], nonMoneyColumns: [String] = [],
                columnAliases: [String: String] = [:], headerSignatures: [[String]] = [],
                documentKind: DocumentKind? = nil) {
        self.documentKind = documentKind
        self.key = key
        self.titlePatterns = titlePatterns
        self.headerSignatures = headerSignatures
        self.nonMoneyColumns = nonMoneyColumns
        self.columnAliases = columnAliases
    }
}

public struct Catalog: Sendable, Codable, Equatable {
    public var kinds: [TableKind]
    /// Applies to every kind, before the kind's own aliases.
    public var columnAliases: [String: String]
    /// Applies to every kind, beside the kind's own list.
    public var nonMoneyColumns: [String]

    public init(kinds: [TableKind], columnAliases: [String: String] = [:], nonMoneyColumns: [String] = []) {
        self.kinds = kinds
        self.columnAliases = columnAliases
        self.nonMoneyColumns = nonMoneyColumns
    }

    public func kind(forKey key: String) -> TableKind? { kinds.first { $0.key == key } }
}
