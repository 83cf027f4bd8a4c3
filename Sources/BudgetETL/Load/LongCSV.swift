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
            for table in document.tables {
                for section in table.sections {
                    let columnNames = ColumnNames.of(section)
                    for row in section.rows {
                        for cell in row.cells {
                            csv.appendDocumentIdentity(document)
                            csv.append(table.tableKey)
                            csv.append(table.title)
                            csv.append(section.name)
                            csv.append(row.rowNumber)
                            csv.appendCode(row.code)
                            csv.append(row.label)
                            csv.append(ColumnNames.name(cell.column, in: columnNames))
                            csv.append(cell.value.description)
                            csv.append(cell.unit)
                            csv.append(cell.sourceValue)
                            csv.append(cell.sourceUnit)
                            csv.append(cell.line)
                            csv.append(cell.guessed ? "guessed" : "certain")
                            csv.endRow()
                        }
                    }
                }
            }
        }
        return csv.bytes
    }
}
