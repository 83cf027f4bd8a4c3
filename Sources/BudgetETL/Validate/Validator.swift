import Foundation

/// The validate stage: checks every relation the configuration declares on one document and returns
/// what does not hold. Pure and per document (no document's check looks at another), so documents
/// are validated in parallel; it never changes a published number.
public struct Validator: Sendable {
    public let config: ValidationConfig
    /// The narrative phrases as regular expressions, expanded once per run.
    private let narrativePatterns: [NarrativePattern.Expanded]
    /// The narrative phrases compiled once per run (nil: invalid, which the configuration decoder
    /// rejects): looking a phrase up by its text per document costs more than some searches. Those
    /// starting with a lazy negated class are searched from segment starts only (`SegmentStart`).
    private let narrativeRegexes: [NSRegularExpression?]
    private let patterns = SharedPatterns()
    /// The rules normalize places numbers by, to tell whether its relations are for this configuration.
    private let placementRules: PlacementRules

    public init(config: ValidationConfig) {
        self.config = config
        placementRules = PlacementRules(config)
        narrativePatterns = config.narrative.map { NarrativePattern.expand($0.phrase) }
        narrativeRegexes = narrativePatterns.map {
            (try? NSRegularExpression(pattern: SegmentStart.searchPattern($0.pattern)))
                ?? (try? NSRegularExpression(pattern: $0.pattern))
        }
    }

    /// Findings in validation.csv order (line, then rule, table, subject).
    public func validate(_ document: NormalizedDocument) -> [Finding] { check(document).findings }

    /// The findings, and how many of the relations compared hold. `relations`: where the row totals
    /// and hierarchies apply, as normalize found them (worked out here when nil or made under other rules).
    public func check(_ document: NormalizedDocument, relations: DocumentRelations? = nil) -> ValidationResult {
        if case .failed = document.status { return ValidationResult() }
        let relations = relations?.usable(for: document, under: placementRules)
        let regexes = RegexCache(shared: patterns)
        let index = DocumentIndex(document)
        let report = Report(index: index, outputUnit: Self.outputUnit(of: document),
                            tolerancePerSummand: config.tolerancePerSummand)
        let locator = CellLocator(index: index, outputUnit: report.outputUnit, regexes: regexes)

        for (n, rule) in config.hierarchy.enumerated() {
            HierarchyCheck(rule: rule, index: n, relations: relations, regexes: regexes).run(report)
        }
        for (n, rule) in config.rowTotals.enumerated() {
            RowTotalCheck(rule: rule, index: n, relations: relations, regexes: regexes).run(report)
        }
        for rule in config.equations { EquationCheck(rule: rule, locator: locator, regexes: regexes).run(report) }
        if !config.narrative.isEmpty {
            let text = NarrativeText.Scopes(NarrativeText(document.narrative, headingPattern: config.narrativeHeading,
                                                          regexes: regexes), regexes: regexes)
            for (n, rule) in config.narrative.enumerated() {
                guard let regex = narrativeRegexes[n] else { continue }
                NarrativeCheck(rule: rule, expanded: narrativePatterns[n], regex: regex, locator: locator)
                    .run(text, report)
            }
        }
        if let codes = config.codes { CodeCheck(rules: codes, regexes: regexes).run(report) }
        CatalogCheck().run(report)
        return ValidationResult(findings: report.findings.sorted(by: Finding.precedes), compared: report.compared,
                                held: report.held)
    }

    /// The unit money cells were converted into (every money cell of a run has the same); 元 when the
    /// document has none.
    static func outputUnit(of document: NormalizedDocument) -> MoneyUnit {
        for table in document.tables {
            for section in table.sections {
                for row in section.rows {
                    for cell in row.cells where section.moneyColumns.indices.contains(cell.column)
                        && section.moneyColumns[cell.column] {
                        if let unit = MoneyUnit(rawValue: cell.unit) { return unit }
                    }
                }
            }
        }
        return .yuan
    }
}

/// What the validate stage gives for one document.
public struct ValidationResult: Sendable, Codable, Equatable {
    public var findings: [Finding]
    /// Declared relations compared on the document (identities that placed numbers are not compared).
    public var compared: Int
    /// Those that hold, exactly or within the rounding admitted.
    public var held: Int

    public init(findings: [Finding] = [], compared: Int = 0, held: Int = 0) {
        self.findings = findings
        self.compared = compared
        self.held = held
    }

    /// documents.csv's `consistency`: the share of compared relations that hold, "0.9583"; empty when
    /// nothing was compared.
    public var consistency: String { share?.description ?? "" }

    /// The share of compared relations that hold, to four decimals; nil when nothing was compared.
    public var share: ExactDecimal? {
        guard compared > 0 else { return nil }
        let tenThousandths = (Int64(held) * 10_000 + Int64(compared) / 2) / Int64(compared)
        return ExactDecimal(mantissa: tenThousandths, scale: 4)
    }
}
