/// documents.csv: one line per input file, including those that failed, so every input is
/// accounted for.
enum DocumentsCSV {
    static let fileName = "documents.csv"

    static let header = OutputSchema.documents.header

    /// `findings`: the validation findings of the run; each document gets its counts by severity.
    static func render(_ documents: [NormalizedDocument], findings: [Finding] = [], byteOrderMark: Bool) -> [UInt8] {
        var counts: [String: (errors: Int, warnings: Int)] = [:]
        for finding in findings {
            var c = counts[finding.documentId] ?? (0, 0)
            if finding.severity == .error { c.errors += 1 } else { c.warnings += 1 }
            counts[finding.documentId] = c
        }
        var csv = CSVBuffer(byteOrderMark: byteOrderMark)
        csv.appendRow(header)
        for document in documents {
            csv.append(document.documentId)
            csv.append(document.sourceFile)
            csv.append(document.sha256)
            csv.append(document.metadata.agency)
            csv.append(document.metadata.fiscalYear)
            csv.append(document.metadata.kind.rawValue)
            csv.append(document.sourceUnit)
            csv.append(document.tables.count)
            csv.append(document.numbersFound)
            csv.append(document.cellCount)
            csv.append(document.rejects.count)
            csv.append(counts[document.documentId]?.errors ?? 0)
            csv.append(counts[document.documentId]?.warnings ?? 0)
            csv.append(document.status.text)
            csv.endRow()
        }
        return csv.bytes
    }
}
