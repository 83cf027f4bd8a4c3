/// validation.csv: one line per finding of the validate stage, in the order the validator gives
/// (by source_file, then line, rule, table, subject), so two runs give the same bytes.
enum ValidationCSV {
    static let fileName = "validation.csv"

    static let header = OutputSchema.validation.header

    static func render(_ findings: [Finding], byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVBuffer(byteOrderMark: byteOrderMark, reservingCapacity: 256 * (findings.count + 1))
        csv.appendRow(header)
        OutputRecords.validation(findings).forEach { csv.appendRecord($0) }
        return csv.bytes
    }
}
