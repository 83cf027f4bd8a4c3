/// Collects the findings of one document and decides their severity: a difference within the
/// rounding the document admits (`tolerance_per_summand` of the source unit per non-zero summand,
/// at least one) is a warning with detail "rounding"; beyond it, an error. Zero amounts are not
/// counted: a printed 0.00 or a blank hides no rounding worth a cent, and counting the 26 empty
/// lines of a 收入支出决算总表 would admit 0.26 万元.
final class Report {
    let index: DocumentIndex
    var document: NormalizedDocument { index.document }
    let outputUnit: MoneyUnit
    let tolerancePerSummand: ExactDecimal
    private(set) var findings: [Finding] = []
    /// Relations compared, and how many of them hold (exactly or within rounding): the document's
    /// `consistency`.
    private(set) var compared = 0
    private(set) var held = 0
    /// What makes two findings the same relation, for reporting each once without a scan.
    private var reported: Set<[String]> = []

    init(index: DocumentIndex, outputUnit: MoneyUnit, tolerancePerSummand: ExactDecimal) {
        self.index = index
        self.outputUnit = outputUnit
        self.tolerancePerSummand = tolerancePerSummand
    }

    static let roundingNote = "（在四舍五入尾差范围内）"

    /// Compares a published figure with what a relation requires; records a finding when they differ.
    /// `sentence` gets the figures as a researcher reads them (in the source unit, with the unit) and
    /// returns the message without the final rounding note. `derived`: a compared figure was placed by
    /// the table's sums rather than read where it was printed.
    /// `subject` is made only for a finding.
    func compare(rule: RuleKind, tableKey: String, subject: @autoclosure () -> String, actual: ExactDecimal, expected: ExactDecimal,
                 summands: Int, sourcePower: Int, line: Int, derived: Bool = false,
                 sentence: (_ actual: String, _ expected: String, _ difference: String) -> String) {
        compared += 1
        guard let difference = actual.subtracting(expected), !difference.isZero else {
            held += 1
            return
        }
        let perSummand = Exact.convert(tolerancePerSummand, fromPower: sourcePower, toPower: outputUnit.powerOfTen)
        let tolerance = perSummand.map { ExactDecimal(mantissa: $0.mantissa * Int64(max(1, summands)), scale: $0.scale) }
        let severity: Severity = tolerance.map { difference.magnitude <= $0 } == true ? .warning : .error
        if severity == .warning { held += 1 }
        let show = { (v: ExactDecimal) in self.show(v, power: sourcePower) }
        let text = sentence(show(actual), show(expected), show(difference))
        add(Finding(documentId: document.documentId, sourceFile: document.sourceFile, tableKey: tableKey, rule: rule,
                    severity: severity, detail: severity == .warning ? "rounding" : nil, subject: subject(),
                    expected: Exact.money(expected), actual: Exact.money(actual), difference: Exact.money(difference),
                    unit: outputUnit.rawValue, sourceLine: line,
                    message: text + (severity == .warning ? Self.roundingNote : "") + "。",
                    confidence: derived ? .derived : .certain))
    }

    /// Counts a relation compared outside `compare` (a stated rate).
    func count(held relationHolds: Bool) {
        compared += 1
        if relationHolds { held += 1 }
    }

    func add(_ finding: Finding) {
        // Two rules may state the same relation; report it once.
        let identity = [finding.rule.rawValue, finding.subject, finding.sourceLine.map(String.init) ?? "-", finding.expected, finding.actual]
        guard reported.insert(identity).inserted else { return }
        findings.append(finding)
    }

    /// "842.51万元": an output-unit value shown in the unit of power `power`.
    func show(_ value: ExactDecimal, power: Int) -> String {
        let unit = MoneyUnit.allCases.first { $0.powerOfTen == power } ?? outputUnit
        return Exact.display(value, fromPower: outputUnit.powerOfTen, toPower: unit.powerOfTen) + unit.rawValue
    }
}
