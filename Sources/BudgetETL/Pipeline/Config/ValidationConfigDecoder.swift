import Foundation
import Yams

/// Decodes the `validate:` section of pipeline.yaml (see README "Validation"), rejecting with file
/// and line what would otherwise silently never fire: unknown keys, table keys not in the catalog,
/// regular expressions that do not compile, captures a phrase does not define.
struct ValidationConfigDecoder {
    let reader: YAMLNodeReader
    /// Table keys of the catalog.
    let tableKeys: Set<String>

    static let keys = ["fail_on", "tolerance_per_summand", "narrative_heading", "rules", "narrative", "codes"]

    func decode(_ fields: YAMLFields) throws -> ValidationConfig {
        var config = ValidationConfig()
        if let node = fields.optional("fail_on") {
            let text = try reader.string(node, at: "validate.fail_on")
            guard let value = FailOn(rawValue: text) else {
                throw reader.error("validate.fail_on must be error, warning or never, found '\(text)'", at: node)
            }
            config.failOn = value
        }
        if let node = fields.optional("tolerance_per_summand") {
            let text = try reader.string(node, at: "validate.tolerance_per_summand")
            guard let value = ExactDecimal.parse(text), !value.isNegative else {
                throw reader.error("validate.tolerance_per_summand must be a decimal number ≥ 0, found '\(text)'", at: node)
            }
            config.tolerancePerSummand = value
        }
        if let node = fields.optional("narrative_heading") {
            config.narrativeHeading = try regex(node, at: "validate.narrative_heading")
        }
        if let node = fields.optional("rules") {
            for (index, item) in try list(node, at: "validate.rules").enumerated() {
                try decodeRule(item, at: "validate.rules[\(index)]", into: &config)
            }
        }
        if let node = fields.optional("narrative") {
            config.narrative = try list(node, at: "validate.narrative").enumerated().map { index, item in
                try NarrativeRuleDecoder(base: self).decode(item, at: "validate.narrative[\(index)]")
            }
        }
        if let entry = fields.entries["codes"] {
            // `codes:` alone checks codes without class names.
            var classes: [String: String] = [:]
            if !reader.isNull(entry.value) {
                let codes = try reader.mapping(entry.value, at: "validate.codes", allowed: ["function_classes"])
                if let map = codes.optional("function_classes") {
                    for (code, pattern, keyNode) in try reader.stringMap(map, at: "validate.codes.function_classes") {
                        classes[code] = try compile(pattern, at: "validate.codes.function_classes.\(code)", node: keyNode)
                    }
                }
            }
            config.codes = CodeRules(functionClasses: classes)
        }
        return config
    }

    private func decodeRule(_ node: Node, at path: String, into config: inout ValidationConfig) throws {
        guard case .mapping(let mapping) = node,
              let kindNode = mapping.first(where: { $0.key.string == "rule" })?.value else {
            throw reader.error("\(path) must be a mapping with a 'rule' key (hierarchy, row_total, balance, cross_table)", at: node)
        }
        let kindText = try reader.string(kindNode, at: "\(path).rule")
        switch RuleKind(rawValue: kindText) {
        case .hierarchy:
            let f = try reader.mapping(node, at: path, allowed: ["rule", "tables", "total_row"])
            config.hierarchy.append(HierarchyRule(
                tables: try tables(f.required("tables"), at: "\(path).tables"),
                totalRow: try f.optional("total_row").map { try regex($0, at: "\(path).total_row") } ?? "^(合计|总计)$"))
        case .rowTotal:
            let f = try reader.mapping(node, at: path, allowed: ["rule", "tables", "total", "parts"])
            let partsNode = try f.required("parts")
            // A part is one pattern or a list of alternatives.
            let parts = try list(partsNode, at: "\(path).parts").enumerated().map { i, item -> [String] in
                let at = "\(path).parts[\(i)]"
                guard case .sequence = item else { return [try regex(item, at: at)] }
                return try reader.stringList(item, at: at).map { try compile($0.text, at: at, node: $0.node) }
            }
            if parts.isEmpty { throw reader.error("\(path).parts is empty", at: partsNode) }
            config.rowTotals.append(RowTotalRule(tables: try tables(f.required("tables"), at: "\(path).tables"),
                                                 total: try regex(f.required("total"), at: "\(path).total"), parts: parts))
        case .balance, .crossTable:
            let f = try reader.mapping(node, at: path, allowed: ["rule", "table", "each_column", "total", "parts"])
            let table = try f.optional("table").map { try tableKey($0, at: "\(path).table") }
            let eachColumn = try f.optional("each_column").map { try regex($0, at: "\(path).each_column") }
            let total = try ref(f.required("total"), at: "\(path).total")
            let partsNode = try f.required("parts")
            let parts = try list(partsNode, at: "\(path).parts").enumerated().map { try ref($1, at: "\(path).parts[\($0)]") }
            if parts.isEmpty { throw reader.error("\(path).parts is empty", at: partsNode) }
            for (r, p) in [(total, "total")] + parts.enumerated().map({ ($1, "parts[\($0)]") }) {
                if r.table == nil && table == nil {
                    throw reader.error("\(path).\(p) names no table and the rule has no 'table'", at: node)
                }
                if r.column == nil && eachColumn == nil {
                    throw reader.error("\(path).\(p) names no column and the rule has no 'each_column'", at: node)
                }
            }
            config.equations.append(EquationRule(kind: RuleKind(rawValue: kindText)!, table: table, eachColumn: eachColumn,
                                                 total: total, parts: parts))
        default:
            throw reader.error("\(path).rule must be hierarchy, row_total, balance or cross_table, found '\(kindText)'", at: kindNode)
        }
    }

    // MARK: - Pieces shared with the narrative decoder

    /// A figure reference: a mapping of table, section, row, code, level, column, sum, required.
    func ref(_ node: Node, at path: String) throws -> CellRef {
        let f = try reader.mapping(node, at: path, allowed: ["table", "section", "row", "code", "level", "column", "sum", "required"])
        var r = CellRef()
        r.table = try f.optional("table").map { try tableKey($0, at: "\(path).table") }
        r.section = try f.optional("section").map { try regex($0, at: "\(path).section") }
        r.row = try f.optional("row").map { try regex($0, at: "\(path).row") }
        r.code = try f.optional("code").map { try regex($0, at: "\(path).code") }
        r.column = try f.optional("column").map { try regex($0, at: "\(path).column") }
        if let node = f.optional("level") {
            let text = try reader.string(node, at: "\(path).level")
            guard let level = Int(text), (1...3).contains(level) else {
                throw reader.error("\(path).level must be 1, 2 or 3, found '\(text)'", at: node)
            }
            r.level = level
        }
        if let node = f.optional("sum") { r.sum = try reader.bool(node, at: "\(path).sum") }
        if let node = f.optional("required") { r.required = try reader.bool(node, at: "\(path).required") }
        return r
    }

    /// A regular expression; `{name}` placeholders (filled with narrative captures) are allowed.
    func regex(_ node: Node, at path: String) throws -> String {
        try compile(try reader.string(node, at: path), at: path, node: node)
    }

    func compile(_ pattern: String, at path: String, node: Node) throws -> String {
        guard reader.checksPatterns else { return pattern }
        let probe = Placeholders.probe(pattern)
        do {
            _ = try NSRegularExpression(pattern: probe)
        } catch {
            throw reader.error("\(path) holds an invalid regular expression '\(pattern)'", at: node)
        }
        return pattern
    }

    func list(_ node: Node, at path: String) throws -> [Node] {
        guard case .sequence(let items) = node else { throw reader.error("\(path) must be a list, found \(reader.describe(node))", at: node) }
        return Array(items)
    }

    func tableKey(_ node: Node, at path: String) throws -> String {
        let key = try reader.string(node, at: path)
        guard tableKeys.contains(key) else {
            throw reader.error("\(path) '\(key)' is not a table key of catalog.tables", at: node)
        }
        return key
    }

    private func tables(_ node: Node, at path: String) throws -> [String] {
        let keys = try list(node, at: path).enumerated().map { try tableKey($1, at: "\(path)[\($0)]") }
        if keys.isEmpty { throw reader.error("\(path) is empty", at: node) }
        return keys
    }
}

extension Placeholders {
    /// The pattern with `{name}` and `{name%}` placeholders replaced by a literal, to check that it
    /// compiles; any other brace (`{2,3}`) is kept. One pass over the bytes: a Foundation
    /// regular-expression replacement compiled its own pattern for each of the file's patterns.
    static func probe(_ pattern: String) -> String {
        let bytes = Array(pattern.utf8)
        guard bytes.contains(UInt8(ascii: "{")) else { return pattern }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let end = placeholderEnd(bytes, from: i + 1) {
                out.append(UInt8(ascii: "x"))
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The index after the `}` of a placeholder whose name starts at `start` (a letter, then
    /// letters or digits, an optional `%`), nil when the brace is not one.
    private static func placeholderEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        guard start < bytes.count, isLetter(bytes[start]) else { return nil }
        var i = start + 1
        while i < bytes.count, isLetter(bytes[i]) || isDigit(bytes[i]) { i += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: "%") { i += 1 }
        return i < bytes.count && bytes[i] == UInt8(ascii: "}") ? i + 1 : nil
    }
}
