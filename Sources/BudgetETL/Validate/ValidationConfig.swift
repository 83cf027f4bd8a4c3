/// The `validate:` section of pipeline.yaml as values: every rule is data, so a new rule or a
/// changed formula needs no code. `Pipeline` decodes it (with file and line in every error);
/// `Validator` compiles and runs it. Regular expressions are ICU syntax and are *searched* (write
/// `^…$` to match a whole label).

public enum FailOn: String, Sendable, Equatable, CaseIterable {
    /// Exit non-zero when a finding of severity error exists.
    case error
    /// Exit non-zero on any finding.
    case warning
    /// Findings never change the exit status.
    case never
}

/// Where a figure is: a table kind, optionally a section, rows selected by label, code and level,
/// and a column. Without `sum` the first matching row (in print order) is meant; with `sum` all of
/// them are added. A row that exists but prints nothing in the column counts as 0.
public struct CellRef: Sendable, Equatable {
    /// Table key; nil means the rule's `table`.
    public var table: String?
    public var section: String?
    public var row: String?
    public var code: String?
    /// Code level (1 类, 2 款, 3 项).
    public var level: Int?
    /// Column label pattern; nil means the rule's current `each_column` column.
    public var column: String?
    public var sum: Bool
    /// For a part: when it is not found, the relation is not checked (instead of counting it as absent).
    public var required: Bool

    public init(table: String? = nil, section: String? = nil, row: String? = nil, code: String? = nil,
                level: Int? = nil, column: String? = nil, sum: Bool = false, required: Bool = false) {
        self.table = table
        self.section = section
        self.row = row
        self.code = code
        self.level = level
        self.column = column
        self.sum = sum
        self.required = required
    }
}

/// Per column, a coded row equals the sum of the rows directly below it (nearest present ancestor by
/// code prefix: 208 ⊃ 20801 ⊃ 2080109), and each `total_row` equals the sum of the top-level rows.
public struct HierarchyRule: Sendable, Equatable {
    public var tables: [String]
    public var totalRow: String
    public init(tables: [String], totalRow: String = "^(合计|总计)$") {
        self.tables = tables
        self.totalRow = totalRow
    }
}

/// In every row, the `total` column equals the sum of the `parts` columns. A part is a list of
/// alternative patterns: the first one that names a column of the section is used, and it adds
/// every column it names.
public struct RowTotalRule: Sendable, Equatable {
    public var tables: [String]
    public var total: String
    public var parts: [[String]]
    public init(tables: [String], total: String, parts: [[String]]) {
        self.tables = tables
        self.total = total
        self.parts = parts
    }
}

/// `total` = Σ `parts`, figures anywhere in the document (kind `balance` within a two-sided table,
/// `cross_table` between tables). With `eachColumn`, checked once per matching column of the
/// total's section, refs without a column taking that column.
public struct EquationRule: Sendable, Equatable {
    public var kind: RuleKind
    public var table: String?
    public var eachColumn: String?
    public var total: CellRef
    public var parts: [CellRef]
    public init(kind: RuleKind, table: String? = nil, eachColumn: String? = nil, total: CellRef, parts: [CellRef]) {
        self.kind = kind
        self.table = table
        self.eachColumn = eachColumn
        self.total = total
        self.parts = parts
    }
}

/// A value a narrative ratio is computed from: an amount captured in the same phrase, or table figures
/// (the first ref that is found).
public enum Operand: Sendable, Equatable {
    case capture(String)
    case cells([CellRef])
}

/// `{capture}` of the phrase equals the figure of the first ref that is found.
public struct NarrativeAmount: Sendable, Equatable {
    public var capture: String
    public var refs: [CellRef]
    public init(capture: String, refs: [CellRef]) {
        self.capture = capture
        self.refs = refs
    }
}

/// `{percent%}` = numerator ÷ denominator × 100, at the precision written.
public struct NarrativeRatio: Sendable, Equatable {
    public var percent: String
    public var numerator: Operand
    public var denominator: Operand
    public init(percent: String, numerator: Operand, denominator: Operand) {
        self.percent = percent
        self.numerator = numerator
        self.denominator = denominator
    }
}

/// `{percent%}` = change ÷ last year × 100, last year = current − change (增加/增长) or current + change
/// (减少/下降), the direction read from the `direction` capture.
public struct NarrativeChange: Sendable, Equatable {
    public var percent: String
    public var change: String
    public var current: Operand
    public var direction: String
    public init(percent: String, change: String, current: Operand, direction: String) {
        self.percent = percent
        self.change = change
        self.current = current
        self.direction = direction
    }
}

/// A phrase of the explanatory text and what its figures must agree with. `phrase` is a regular
/// expression over the narrative in normal form (see `NarrativeText`) where `{name}` stands for an
/// amount with its unit (元/万元/千元/亿元) and `{name%}` for a percentage.
public struct NarrativeRule: Sendable, Equatable {
    /// Only in parts of the narrative whose heading matches this pattern; nil: the whole narrative.
    public var within: String?
    public var documentKind: DocumentKind?
    public var phrase: String
    public var amounts: [NarrativeAmount]
    public var ratio: NarrativeRatio?
    public var change: NarrativeChange?
    public init(within: String? = nil, documentKind: DocumentKind? = nil, phrase: String,
                amounts: [NarrativeAmount] = [], ratio: NarrativeRatio? = nil, change: NarrativeChange? = nil) {
        self.within = within
        self.documentKind = documentKind
        self.phrase = phrase
        self.amounts = amounts
        self.ratio = ratio
        self.change = change
    }
}

/// Checks of classification codes: a child code begins with the code of the row above it, one code
/// has one name in a document, a 类-level function code carries its class name.
public struct CodeRules: Sendable, Equatable {
    /// 类 code → pattern the whole (normalized) name must match, e.g. "208" → "社会保障和就业(支出)?".
    public var functionClasses: [String: String]
    public init(functionClasses: [String: String] = [:]) { self.functionClasses = functionClasses }
}

public struct ValidationConfig: Sendable, Equatable {
    public var failOn: FailOn
    /// Rounding admitted per summand, in the source unit of the figures compared.
    public var tolerancePerSummand: ExactDecimal
    /// A narrative line matching this starts a new part of the narrative (for `within`).
    public var narrativeHeading: String
    public var hierarchy: [HierarchyRule]
    public var rowTotals: [RowTotalRule]
    public var equations: [EquationRule]
    public var narrative: [NarrativeRule]
    /// nil: codes are not checked.
    public var codes: CodeRules?

    public init(failOn: FailOn = .error, tolerancePerSummand: ExactDecimal = ExactDecimal(mantissa: 1, scale: 2),
                narrativeHeading: String = ValidationConfig.defaultHeading, hierarchy: [HierarchyRule] = [],
                rowTotals: [RowTotalRule] = [], equations: [EquationRule] = [], narrative: [NarrativeRule] = [],
                codes: CodeRules? = nil) {
        self.failOn = failOn
        self.tolerancePerSummand = tolerancePerSummand
        self.narrativeHeading = narrativeHeading
        self.hierarchy = hierarchy
        self.rowTotals = rowTotals
        self.equations = equations
        self.narrative = narrative
        self.codes = codes
    }

    public static let defaultHeading = "^[一二三四五六七八九十]+、"

    /// Whether these findings make the run fail.
    public func fails(errors: Int, warnings: Int) -> Bool {
        switch failOn {
        case .error: return errors > 0
        case .warning: return errors + warnings > 0
        case .never: return false
        }
    }
}
