import Foundation

/// output/datapackage.json: a Frictionless Data Package (Table Schema) describing every CSV and
/// Parquet output of the run, made from `OutputSchema`: field names, types, descriptions, the
/// primary key of each table and the foreign key from each table to documents.
struct DataPackage: Encodable {
    static let fileName = "datapackage.json"

    var name = "budget-etl-output"
    var title = "Chinese government budget and final-account tables, extracted by budget-etl"
    /// The unit every money value is in (元 or 万元).
    var outputUnit: String
    var resources: [Resource] = []
    /// The CSV files start with a byte order mark (csv.bom).
    private var byteOrderMark: Bool

    init(outputUnit: String, byteOrderMark: Bool) {
        self.outputUnit = outputUnit
        self.byteOrderMark = byteOrderMark
    }

    enum CodingKeys: String, CodingKey {
        case name, title, outputUnit = "output_unit", resources
    }

    struct Resource: Encodable {
        var name: String
        /// "table" (Frictionless reads and checks every row) or "file" (it checks the file is
        /// there): Frictionless reads Parquet only through pandas and fastparquet, which turn
        /// decimals and nullable integers into floats, so Parquet rows are checked by the tests
        /// with pyarrow and DuckDB instead. The schema still documents them.
        var type: String
        var path: String
        var format: String
        var mediatype: String
        var encoding: String?
        var description: String
        var schema: Schema
    }

    struct Schema: Encodable {
        var fields: [Field]
        var primaryKey: [String]?
        var foreignKeys: [ForeignKey]?
        var missingValues = [""]
    }

    struct Field: Encodable {
        var name: String
        var type: String
        var description: String
        var constraints: Constraints?
    }

    struct Constraints: Encodable {
        var required: Bool
    }

    struct ForeignKey: Encodable {
        var fields: [String]
        var reference: Reference
    }

    struct Reference: Encodable {
        var resource: String
        var fields: [String]
    }

    /// The CSV resource of `table`, at `path` relative to the output folder.
    mutating func addCSV(_ table: TableSchema, path: String) {
        var resource = Self.resource(table, name: Self.resourceName(table.name), path: path, format: "csv",
                                     mediatype: "text/csv", documents: "documents")
        resource.encoding = byteOrderMark ? "utf-8-sig" : "utf-8"
        resources.append(resource)
    }

    /// A Parquet resource: one file (a long partition, or a whole table).
    mutating func addParquet(_ table: TableSchema, name: String, path: String) {
        resources.append(Self.resource(table, name: Self.resourceName(name) + "-parquet", path: path, format: "parquet",
                                       mediatype: "application/vnd.apache.parquet", documents: "documents-parquet"))
    }

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
    }

    /// Frictionless names: lower-case letters, digits, '-', '_', '.'.
    static func resourceName(_ tableName: String) -> String {
        tableName.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? String($0) : "-" }.joined()
    }

    private static func resource(_ table: TableSchema, name: String, path: String, format: String, mediatype: String,
                                 documents: String) -> Resource {
        let fields = table.columns.map { column in
            // A CSV cannot tell an empty string from a missing value, so only typed columns are
            // declared required.
            Field(name: column.name, type: type(column.type), description: column.description,
                  constraints: column.nullable || column.type == .string ? nil : Constraints(required: true))
        }
        let names = Set(table.header)
        let link = ["document_id", "source_file"].first { names.contains($0) }
        let isDocuments = table.name == OutputSchema.documents.name
        let foreignKeys = link.flatMap { isDocuments ? nil : [ForeignKey(fields: [$0], reference: Reference(resource: documents, fields: [$0]))] }
        return Resource(name: name, type: format == "csv" ? "table" : "file", path: path, format: format, mediatype: mediatype,
                        encoding: nil, description: table.description,
                        schema: Schema(fields: fields, primaryKey: table.primaryKey.isEmpty ? nil : table.primaryKey,
                                       foreignKeys: foreignKeys))
    }

    private static func type(_ type: ColumnType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .decimal: return "number"
        }
    }
}
