/// One document's line of the report's index: what the index needs of a document, kept between
/// runs (`ReportCache`) so the index is rebuilt without reading the documents whose pages are fresh.
struct ReportEntry: Equatable {
    var documentId: String
    var sourceFile: String
    var agency: String
    var fiscalYear: String
    var kind: DocumentKind
    var tables: Int
    var numbersFound: Int
    var cells: Int
    var rejects: Int
    var errors: Int
    var warnings: Int
    var status: String
    /// Findings by rule and severity (`RuleCount.key`).
    var findingCounts: [String: Int]
    /// The total expenditure the document prints, for the agency's trend chart.
    var totalExpenditure: ExactDecimal?
    /// Share of the document's declared relations that hold (documents.csv's `consistency`).
    var consistency: ExactDecimal?

    init(_ document: NormalizedDocument, findings: [Finding], consistency: ExactDecimal? = nil) {
        self.consistency = consistency
        documentId = document.documentId
        sourceFile = document.sourceFile
        agency = document.metadata.agency ?? ""
        fiscalYear = document.metadata.fiscalYear.map(String.init) ?? ""
        kind = document.metadata.kind
        tables = document.tables.count
        numbersFound = document.numbersFound
        cells = document.cellCount
        rejects = document.rejects.count
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.count - errors
        status = document.status.text
        findingCounts = [:]
        for finding in findings { findingCounts[Self.key(finding.rule, finding.severity), default: 0] += 1 }
        totalExpenditure = DocumentFigures(document).totalExpenditure
    }

    static func key(_ rule: RuleKind, _ severity: Severity) -> String { "\(rule.rawValue) \(severity.rawValue)" }

    /// The status word alone: ok, no_tables or failed.
    var statusWord: String {
        String(status.prefix { $0 != ":" })
    }
}

extension ReportEntry: StateCodable {
    func write(to out: inout StateWriter) {
        for text in [documentId, sourceFile, agency, fiscalYear, status] { out.string(text) }
        out.choice(kind)
        for count in [tables, numbersFound, cells, rejects, errors, warnings] { out.int(count) }
        out.unsigned(UInt64(findingCounts.count))
        for (key, count) in findingCounts.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            out.string(key)
            out.int(count)
        }
        for number in [totalExpenditure, consistency] {
            out.optional(number) { out, number in
                out.int64(number.mantissa)
                out.int(number.scale)
            }
        }
    }

    init(from input: inout StateReader) throws {
        documentId = try input.string()
        sourceFile = try input.string()
        agency = try input.string()
        fiscalYear = try input.string()
        status = try input.string()
        kind = try input.choice()
        tables = try input.int()
        numbersFound = try input.int()
        cells = try input.int()
        rejects = try input.int()
        errors = try input.int()
        warnings = try input.int()
        findingCounts = [:]
        for _ in 0..<(try input.count()) {
            let key = try input.string()
            findingCounts[key] = try input.int()
        }
        func decimal(_ input: inout StateReader) throws -> ExactDecimal {
            let mantissa = try input.int64()
            let scale = try input.int()
            guard (0...ExactDecimal.maxScale).contains(scale) else { throw StateReader.Damaged() }
            return ExactDecimal(mantissa: mantissa, scale: scale)
        }
        totalExpenditure = try input.optional(decimal)
        consistency = try input.optional(decimal)
    }
}
