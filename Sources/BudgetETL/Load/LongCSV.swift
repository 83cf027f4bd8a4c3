/// long.csv: one line per loaded cell. The complete, exact output; the wide files are a view of it.
/// Lines follow the documents (by source_file), then table, section, row and cell order as printed.
enum LongCSV {
    static let fileName = "long.csv"

    static let header = OutputSchema.long.header

    static func render(_ documents: [NormalizedDocument], byteOrderMark: Bool) -> [UInt8] {
        let cellCount = documents.reduce(0) { $0 + $1.cellCount }
        var csv = CSVBuffer(byteOrderMark: byteOrderMark, reservingCapacity: 256 * (cellCount + 1))
        csv.appendRow(header)
        for document in documents {
            OutputRecords.long(document).forEach { csv.appendRecord($0) }
        }
        return csv.bytes
    }
}
