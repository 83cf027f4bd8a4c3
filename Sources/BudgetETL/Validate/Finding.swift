/// One thing the validate stage found wrong with a document: a published relation that does not
/// hold. Findings never change a number; they are written to validation.csv.

public enum Severity: String, Sendable, Codable, Equatable, Comparable, CaseIterable {
    /// Beyond the rounding the document admits.
    case error
    /// Within the rounding the document admits (detail `rounding`).
    case warning

    public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
}

/// The kinds of rule, as written in `validate.rules[].rule` and in validation.csv's `rule` column.
public enum RuleKind: String, Sendable, Codable, Equatable, CaseIterable {
    case hierarchy
    case rowTotal = "row_total"
    case balance
    case crossTable = "cross_table"
    case narrative
    case narrativeRatio = "narrative_ratio"
    case codes
    /// A table the catalog names neither by title nor by header (always checked, not declared).
    case catalog
}

public struct Finding: Sendable, Codable, Equatable {
    public var documentId: String
    public var sourceFile: String
    /// Table the checked figure belongs to; empty for findings about the narrative's own arithmetic.
    public var tableKey: String
    public var rule: RuleKind
    public var severity: Severity
    /// "rounding" for warnings (the difference is within the rounding tolerance), nil otherwise.
    public var detail: String?
    /// What was checked: row code or label and column ("208 社会保障和就业支出 | 基本支出"), or the
    /// phrase of the narrative ("占80.59%").
    public var subject: String
    /// What the relation requires (sum of the parts, figure of the other table, computed rate).
    public var expected: String
    /// What the document publishes.
    public var actual: String
    /// actual − expected; empty when the finding is not about a number.
    public var difference: String
    /// Unit of expected, actual and difference: the output unit, "%", or empty.
    public var unit: String
    /// 1-based line of the published figure that was checked.
    public var sourceLine: Int?
    /// One sentence in Chinese for a researcher.
    public var message: String
    /// `certain` when every compared figure was read where the document prints it; `derived` when one
    /// was placed by the table's sums (a finding about the reading as much as about the document).
    public var confidence: CellConfidence

    public init(documentId: String, sourceFile: String, tableKey: String, rule: RuleKind, severity: Severity,
                detail: String? = nil, subject: String, expected: String, actual: String, difference: String,
                unit: String, sourceLine: Int?, message: String,
                confidence: CellConfidence = .certain) {
        self.confidence = confidence
        self.documentId = documentId
        self.sourceFile = sourceFile
        self.tableKey = tableKey
        self.rule = rule
        self.severity = severity
        self.detail = detail
        self.subject = subject
        self.expected = expected
        self.actual = actual
        self.difference = difference
        self.unit = unit
        self.sourceLine = sourceLine
        self.message = message
    }
}

extension Finding {
    /// validation.csv order: by file (bytes), then line, then rule, table and subject, so the file
    /// reads like the document and two runs give the same bytes.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if a.sourceFile != b.sourceFile { return a.sourceFile.utf8.lexicographicallyPrecedes(b.sourceFile.utf8) }
        if (a.sourceLine ?? 0) != (b.sourceLine ?? 0) { return (a.sourceLine ?? 0) < (b.sourceLine ?? 0) }
        let ka = [a.rule.rawValue, a.tableKey, a.subject, a.expected, a.actual]
        let kb = [b.rule.rawValue, b.tableKey, b.subject, b.expected, b.actual]
        return ka.lexicographicallyPrecedes(kb) { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
