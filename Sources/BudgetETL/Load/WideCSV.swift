/// wide/<table_key>.csv: one file per table kind, one line per document × section × row, one
/// column per column name. Easier to read in a spreadsheet than long.csv; holds the same values.
///
/// Value columns are the union of the column names of every table of that kind, in the order they
/// are first seen (documents by source_file, then print order); a cell the row does not have is
/// blank. `unit` is the unit of the row's money cells (all money is in the output unit); it is
/// blank when the row has no money cell. Units of non-money cells ("%" …) are in long.csv.
enum WideCSV {
    static let folderName = "wide"

    static let identityHeader = CSVBuffer.documentIdentityHeader
        + ["table_title", "section", "row_number"]
        + CSVBuffer.codeHeader
        + ["row_label", "unit"]

    /// One file per table key present in `documents`, sorted by key.
    static func render(_ documents: [NormalizedDocument], byteOrderMark: Bool) -> [(tableKey: String, bytes: [UInt8])] {
        var tablesByKey: [String: [(document: NormalizedDocument, table: NormalizedTable)]] = [:]
        for document in documents {
            for table in document.tables {
                tablesByKey[table.tableKey, default: []].append((document, table))
            }
        }
        return tablesByKey.keys.sorted().map { key in
            (key, renderFile(tablesByKey[key]!, byteOrderMark: byteOrderMark))
        }
    }

    private static func renderFile(_ tables: [(document: NormalizedDocument, table: NormalizedTable)],
                                   byteOrderMark: Bool) -> [UInt8] {
        // Pass 1: the value columns, in first-seen order.
        var valueColumns: [String] = []
        var valueColumnIndex: [String: Int] = [:]
        func register(_ name: String) {
            if valueColumnIndex[name] == nil {
                valueColumnIndex[name] = valueColumns.count
                valueColumns.append(name)
            }
        }
        for (_, table) in tables {
            for section in table.sections {
                let names = ColumnNames.of(section)
                names.forEach(register)
                // A cell past the section's columns still needs a column to land in.
                for row in section.rows { for cell in row.cells { register(ColumnNames.name(cell.column, in: names)) } }
            }
        }

        // Pass 2: the lines.
        var csv = CSVBuffer(byteOrderMark: byteOrderMark)
        csv.appendRow(identityHeader + valueColumns)
        var values = [String?](repeating: nil, count: valueColumns.count)
        for (document, table) in tables {
            for section in table.sections {
                let names = ColumnNames.of(section)
                for row in section.rows {
                    for index in values.indices { values[index] = nil }
                    for cell in row.cells {
                        values[valueColumnIndex[ColumnNames.name(cell.column, in: names)]!] = cell.value.description
                    }
                    csv.appendDocumentIdentity(document)
                    csv.append(table.title)
                    csv.append(section.name)
                    csv.append(row.rowNumber)
                    csv.appendCode(row.code)
                    csv.append(row.label)
                    csv.append(moneyUnit(of: row, in: section))
                    for value in values { csv.append(value) }
                    csv.endRow()
                }
            }
        }
        return csv.bytes
    }

    private static func moneyUnit(of row: NormalizedRow, in section: NormalizedSection) -> String {
        let moneyCell = row.cells.first { cell in
            section.moneyColumns.indices.contains(cell.column) && section.moneyColumns[cell.column]
        }
        return moneyCell?.unit ?? ""
    }
}
