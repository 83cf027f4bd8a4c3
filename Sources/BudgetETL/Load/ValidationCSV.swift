/// validation.csv: one line per finding of the validate stage, in the order the validator gives
/// (by source_file, then line, rule, table, subject), so two runs give the same bytes.
enum ValidationCSV {
    static let fileName = "validation.csv"

    static let header = OutputSchema.validation.header

    static func render(_ findings: [Finding], byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVBuffer(byteOrderMark: byteOrderMark, reservingCapacity: 256 * (findings.count + 1))
        csv.appendRow(header)
        for finding in findings.sorted(by: Finding.precedes) {
            csv.append(finding.documentId)
            csv.append(finding.sourceFile)
            csv.append(finding.tableKey)
            csv.append(finding.rule.rawValue)
            csv.append(finding.severity.rawValue)
            csv.append(finding.subject)
            csv.append(finding.expected)
            csv.append(finding.actual)
            csv.append(finding.difference)
            csv.append(finding.unit)
            csv.append(finding.sourceLine)
            csv.append(finding.message)
            csv.endRow()
        }
        return csv.bytes
    }
}
