/// The validate stage: checks every relation the configuration declares on one document and returns
/// what does not hold. Pure and per document (no document's check looks at another), so documents
/// are validated in parallel; it never changes a published number.
public struct Validator: Sendable {
    public let config: ValidationConfig

    public init(config: ValidationConfig) { self.config = config }

    /// Findings in validation.csv order (line, then rule, table, subject).
    public func validate(_ document: NormalizedDocument) -> [Finding] {
        if case .failed = document.status { return [] }
        let regexes = RegexCache()
        let report = Report(document: document, outputUnit: Self.outputUnit(of: document),
                            tolerancePerSummand: config.tolerancePerSummand)
        let locator = CellLocator(document: document, outputUnit: report.outputUnit, regexes: regexes)

        for rule in config.hierarchy { HierarchyCheck(rule: rule, regexes: regexes).run(report) }
        for rule in config.rowTotals { RowTotalCheck(rule: rule, regexes: regexes).run(report) }
        for rule in config.equations { EquationCheck(rule: rule, locator: locator, regexes: regexes).run(report) }
        if !config.narrative.isEmpty {
            let text = NarrativeText(document.narrative, headingPattern: config.narrativeHeading, regexes: regexes)
            for rule in config.narrative {
                NarrativeCheck(rule: rule, expanded: NarrativePattern.expand(rule.phrase), locator: locator,
                               regexes: regexes).run(text, report)
            }
        }
        if let codes = config.codes { CodeCheck(rules: codes, regexes: regexes).run(report) }
        CatalogCheck().run(report)
        return report.findings.sorted(by: Finding.precedes)
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
