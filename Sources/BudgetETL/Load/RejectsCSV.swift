/// rejects.csv: every line or cell that could not be read, so nothing is dropped silently.
/// Lines follow the documents (by source_file), then the order the stages reported them in.
enum RejectsCSV {
    static let fileName = "rejects.csv"

    static let header = OutputSchema.rejects.header

    static func render(_ documents: [NormalizedDocument], byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVBuffer(byteOrderMark: byteOrderMark)
        csv.appendRow(header)
        for document in documents {
            for reject in document.rejects {
                csv.append(document.sourceFile)
                csv.append(reject.line)
                csv.append(reject.tableTitle)
                csv.append(reject.text)
                csv.append(reject.reason)
                csv.endRow()
            }
        }
        return csv.bytes
    }
}
