import Yams

/// Decodes `output.formats` and the optional `parquet:` section of pipeline.yaml.
struct OutputSettingsDecoder {
    let reader: YAMLNodeReader

    static let parquetKeys = ["compression", "row_group_rows"]

    func formats(_ node: Node?) throws -> [OutputFormat] {
        guard let node else { return [.csv] }
        var formats: [OutputFormat] = []
        for (text, item) in try reader.stringList(node, at: "output.formats") {
            guard let format = OutputFormat(rawValue: text) else {
                throw reader.error("output.formats: unknown format '\(text)' (csv, parquet or xlsx)", at: item)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard formats.contains(.csv) else {
            throw reader.error("output.formats must include csv (the incremental run checks its outputs through it)", at: node)
        }
        return formats
    }

    func parquet(_ fields: YAMLFields?) throws -> ParquetSettings {
        var settings = ParquetSettings()
        guard let fields else { return settings }
        if let node = fields.optional("compression") {
            let text = try reader.string(node, at: "parquet.compression")
            guard let compression = ParquetSettings.Compression(rawValue: text) else {
                throw reader.error("parquet.compression must be gzip or none, found '\(text)'", at: node)
            }
            settings.compression = compression
        }
        if let node = fields.optional("row_group_rows") {
            let text = try reader.string(node, at: "parquet.row_group_rows")
            guard let rows = Int(text), rows >= 1 else {
                throw reader.error("parquet.row_group_rows must be a whole number of at least 1, found '\(text)'", at: node)
            }
            settings.rowGroupRows = rows
        }
        return settings
    }
}

/// A kind of output file `output.formats` can ask for.
public enum OutputFormat: String, Sendable, Equatable, CaseIterable {
    case csv, parquet
    /// budget.xlsx: every table in one workbook (`WorkbookWriter`).
    case xlsx
}
