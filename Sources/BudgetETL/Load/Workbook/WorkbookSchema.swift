/// What each column of the workbook's sheets holds and how its cells are typed: the columns of the
/// CSV files, in the same order, so a sheet and its file can be compared cell by cell.
struct WorkbookColumn: Equatable {
    enum Kind: String {
        /// Codes, ids, labels: text cells, zeros kept (`05` stays `05`).
        case text
        /// Years, line numbers, counts.
        case integer
        /// Exact decimals written as the decimal text (never through a binary float).
        case decimal
    }

    var name: String
    var kind: Kind
    var meaning: String
}

/// One sheet's source: its base name, the CSV file it mirrors and its columns.
struct WorkbookTable {
    var name: String
    var csvFile: String
    var columns: [WorkbookColumn]

    static let documents = WorkbookTable(name: "documents", csvFile: DocumentsCSV.fileName,
                                         columns: DocumentsCSV.header.map { column($0, in: .documents) })
    static let validation = WorkbookTable(name: "validation", csvFile: ValidationCSV.fileName,
                                          columns: ValidationCSV.header.map { column($0, in: .validation) })
    static let rejects = WorkbookTable(name: "rejects", csvFile: RejectsCSV.fileName,
                                       columns: RejectsCSV.header.map { column($0, in: .rejects) })
    static let long = WorkbookTable(name: "long", csvFile: LongCSV.fileName,
                                    columns: LongCSV.header.map { column($0, in: .long) })

    /// The sheet of one table kind: the identifying columns, then one decimal column per column label.
    static func wide(_ tableKey: String, valueColumns: [String]) -> WorkbookTable {
        let identity = WideCSV.identityHeader.map { column($0, in: .wide) }
        let values = valueColumns.map {
            WorkbookColumn(name: $0, kind: .decimal, meaning: "number published in the column \($0) (money in the output unit)")
        }
        return WorkbookTable(name: tableKey, csvFile: "\(WideCSV.folderName)/\(tableKey).csv", columns: identity + values)
    }

    private enum Origin { case documents, validation, rejects, long, wide }

    private static func column(_ name: String, in origin: Origin) -> WorkbookColumn {
        WorkbookColumn(name: name, kind: kind(of: name, in: origin), meaning: meaning(of: name, in: origin))
    }

    private static func kind(of name: String, in origin: Origin) -> WorkbookColumn.Kind {
        switch name {
        case "fiscal_year", "row_number", "code_level", "source_line", "tables", "numbers_found", "cells", "errors", "warnings":
            return .integer
        case "rejects" where origin == .documents:
            return .integer
        case "value", "expected", "actual", "difference":
            return .decimal
        default:
            return .text
        }
    }

    private static func meaning(of name: String, in origin: Origin) -> String {
        switch (name, origin) {
        case ("unit", .wide): return "unit of the row's money cells (the output unit); empty when the row has none"
        case ("unit", .validation): return "unit of expected, actual and difference (output unit, %, or empty for codes)"
        case ("rejects", .documents): return "lines the document contributes to rejects"
        case ("expected", _): return "what the relation requires (sum of the parts, the other table's figure …)"
        case ("actual", _): return "what the document publishes at source_line"
        case ("difference", _): return "actual − expected; empty for codes"
        case ("text", _): return "the line or cell text as published"
        case ("reason", _): return "why it was rejected"
        default: return commonMeanings[name] ?? name
        }
    }

    private static let commonMeanings: [String: String] = [
        "document_id": "short stable id of the document: d + first 10 hex digits of SHA-256 of source_file",
        "source_file": "path of the input file below the input folder",
        "agency": "agency (部门/单位) named in the document",
        "fiscal_year": "fiscal year of the document",
        "document_kind": "budget (预算), final_account (决算) or unknown",
        "sha256": "SHA-256 of the input file's bytes",
        "source_unit": "money unit the table (documents: most tables) states",
        "tables": "number of tables recognized",
        "numbers_found": "numbers met in value positions of tables (= cells + rejects)",
        "cells": "numbers the document contributes to long",
        "errors": "findings of severity error",
        "warnings": "findings of severity warning (within rounding)",
        "status": "ok, no_tables: … or failed: <reason>",
        "table_key": "the table's kind (a key of catalog.tables)",
        "table_title": "the table title as published",
        "section": "part of the table (收入 / 支出 in two-sided tables), empty for plain tables",
        "row_number": "1-based position of the row within its section",
        "row_code": "classification code of the row, as text (leading zeros kept)",
        "code_scheme": "function, economic_dept, economic_gov, agency or none",
        "code_level": "1 类, 2 款, 3 项",
        "parent_code": "code of the level above",
        "row_label": "the row's label, cleaned",
        "column_label": "the column's header path joined with ' / '",
        "value": "the exact number; money converted into the output unit",
        "unit": "unit of value (output unit for money, % or empty otherwise)",
        "source_value": "the cell text as published",
        "source_line": "1-based line of the input file (of its converted text for a PDF)",
        "confidence": "certain, or guessed when values were placed left to right",
        "rule": "kind of rule: hierarchy, row_total, balance, cross_table, narrative, narrative_ratio, codes",
        "severity": "warning (within rounding) or error",
        "subject": "what was checked",
        "message": "the finding in one Chinese sentence, in the document's unit",
    ]
}
