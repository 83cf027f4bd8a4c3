/// documents.csv: one line per input file, including those that failed, so every input is
/// accounted for.
enum DocumentsCSV {
    static let fileName = "documents.csv"

    static let header = OutputSchema.documents.header

    /// `findings`: the validation findings of the run; each document gets its counts by severity.
    static func render(_ documents: [NormalizedDocument], findings: [Finding] = [], byteOrderMark: Bool) -> [UInt8] {
        let counts = OutputRecords.counts(findings)
        var csv = CSVBuffer(byteOrderMark: byteOrderMark)
        csv.appendRow(header)
        for document in documents {
            csv.appendRecord(OutputRecords.document(document, counts: counts))
        }
        return csv.bytes
    }
}
