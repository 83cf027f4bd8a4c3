/// The type of an output column, as every format writes it.
enum ColumnType: Equatable {
    case string
    /// A whole number (64-bit).
    case integer
    /// An exact decimal with a fixed number of decimals for the whole column. Written as decimal
    /// text in CSV and as the DECIMAL logical type in Parquet, never as a binary float.
    case decimal(precision: Int, scale: Int)

    /// The type of every amount and value: any `ExactDecimal` fits exactly. Its mantissa has at most
    /// 19 digits and at most `ExactDecimal.maxScale` (18) decimals, so 38 digits with 18 decimals hold
    /// every value of every run, 元 or 万元, and every shard and year gets the same column type (a
    /// per-file scale would make engines disagree on one dataset read across years and shards).
    static let amount = ColumnType.decimal(precision: 38, scale: ExactDecimal.maxScale)
}

/// One column of an output table.
struct ColumnSchema: Equatable {
    var name: String
    var type: ColumnType
    /// Whether the column may be empty (null in Parquet, an empty field in CSV).
    var nullable: Bool
    var description: String

    init(_ name: String, _ type: ColumnType, nullable: Bool = false, _ description: String) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.description = description
    }
}

/// One output table: the single description the CSV writer, the Parquet writer, datapackage.json
/// and the README's column reference are all made from.
struct TableSchema: Equatable {
    /// File name without extension ("long"; "wide/<table_key>" for a wide table).
    var name: String
    var description: String
    var columns: [ColumnSchema]
    /// Columns that together identify a row; empty when rows have no natural key.
    var primaryKey: [String] = []

    var header: [String] { columns.map(\.name) }
}
