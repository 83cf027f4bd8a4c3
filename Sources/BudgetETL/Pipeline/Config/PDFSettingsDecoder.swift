import Yams

/// Decodes the optional `pdf:` section of pipeline.yaml (`converter`, `arguments`), reporting
/// mistakes with their line like every other key.
struct PDFSettingsDecoder {
    let reader: YAMLNodeReader

    static let keys = ["converter", "arguments"]

    func decode(_ fields: YAMLFields?) throws -> PDFSettings {
        var settings = PDFSettings()
        guard let fields else { return settings }
        if let node = fields.optional("converter") {
            let converter = try reader.string(node, at: "pdf.converter")
            if converter.trimmingCharacters(in: .whitespaces).isEmpty { throw reader.error("pdf.converter is empty", at: node) }
            settings.converter = converter
        }
        if let node = fields.optional("arguments") {
            settings.arguments = try reader.stringList(node, at: "pdf.arguments").map(\.text)
        }
        return settings
    }
}

import Foundation
