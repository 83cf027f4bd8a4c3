/// The typed rows of each output table, made from the normalized documents and their findings. The
/// field order is the order of the table's columns in `OutputSchema`.
enum OutputRecords {
    /// `OutputSchema.documentIdentity`.
    static func identity(_ document: NormalizedDocument) -> Record {
        [.string(document.documentId), .string(document.sourceFile), FieldValue(document.metadata.agency),
         FieldValue(document.metadata.fiscalYear), .string(document.metadata.kind.rawValue)]
    }

    /// `OutputSchema.code`: all null when the row has no code.
    static func code(_ code: ClassificationCode?) -> Record {
        [FieldValue(code?.code), FieldValue(code?.scheme.rawValue), FieldValue(code?.level), FieldValue(code?.parent)]
    }

    /// long: one record per cell, in table, section, row and cell order as printed.
    static func long(_ document: NormalizedDocument) -> [Record] {
        var records: [Record] = []
        records.reserveCapacity(document.cellCount)
        let identity = identity(document)
        for table in document.tables {
            for section in table.sections {
                let columnNames = ColumnNames.of(section)
                for row in section.rows {
                    var rowFields = identity
                    rowFields += [.string(table.tableKey), .string(table.title), .string(section.name), .integer(row.rowNumber)]
                    rowFields += code(row.code)
                    rowFields.append(.string(row.label))
                    for cell in row.cells {
                        // Each record made at its full size, in one allocation (a cell's fields
                        // added to the row's made a second array per cell).
                        var record = Record()
                        record.reserveCapacity(rowFields.count + 7)
                        record += rowFields
                        record.append(.string(ColumnNames.name(cell.column, in: columnNames)))
                        record.append(.decimal(cell.value))
                        record.append(.string(cell.unit))
                        record.append(.string(cell.sourceValue))
                        record.append(.string(cell.sourceUnit))
                        record.append(.integer(cell.line))
                        record.append(.string(cell.confidence.rawValue))
                        records.append(record)
                    }
                }
            }
        }
        return records
    }

    static func rejects(_ document: NormalizedDocument) -> [Record] {
        document.rejects.map { reject in
            [.string(document.sourceFile), .integer(reject.line), .string(reject.tableTitle),
             .string(reject.text), .string(reject.reason)]
        }
    }

    /// In the validator's order (by source_file, then line, rule, table, subject).
    static func validation(_ findings: [Finding]) -> [Record] {
        findings.sorted(by: Finding.precedes).map { finding in
            [.string(finding.documentId), .string(finding.sourceFile), .string(finding.tableKey),
             .string(finding.rule.rawValue), .string(finding.severity.rawValue), .string(finding.subject),
             .string(finding.expected), .string(finding.actual), .string(finding.difference),
             .string(finding.unit), FieldValue(finding.sourceLine), .string(finding.message),
             .string(finding.confidence.rawValue)]
        }
    }

    /// Counts of validation findings by document_id and severity.
    typealias FindingCounts = [String: (errors: Int, warnings: Int)]

    static func counts(_ findings: [Finding]) -> FindingCounts {
        var counts: FindingCounts = [:]
        for finding in findings {
            var c = counts[finding.documentId] ?? (0, 0)
            if finding.severity == .error { c.errors += 1 } else { c.warnings += 1 }
            counts[finding.documentId] = c
        }
        return counts
    }

    /// `consistency`: the share of the document's declared relations that hold (nil: none compared).
    static func document(_ document: NormalizedDocument, counts: FindingCounts, consistency: ExactDecimal? = nil) -> Record {
        let (errors, warnings) = counts[document.documentId] ?? (0, 0)
        let share = consistency.map(FieldValue.decimal) ?? .null
        return [.string(document.documentId), .string(document.sourceFile), .string(document.sha256),
                FieldValue(document.metadata.agency), FieldValue(document.metadata.fiscalYear),
                .string(document.metadata.kind.rawValue), .string(document.sourceUnit),
                .integer(document.tables.count), .integer(document.numbersFound), .integer(document.cellCount),
                .integer(document.rejects.count), .integer(errors), .integer(warnings), share, .string(document.status.text)]
    }
}
