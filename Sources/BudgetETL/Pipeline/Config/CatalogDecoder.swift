import Foundation
import Yams

/// Decodes the `catalog:` section of pipeline.yaml into the Model's `Catalog`, checking what the
/// stages would otherwise trip over later: every regular expression compiles, table keys are
/// unique and safe to use as file names (`wide/<key>.csv`).
struct CatalogDecoder {
    let reader: YAMLNodeReader

    static let keys = ["column_aliases", "non_money_columns", "tables"]

    func decode(_ fields: YAMLFields) throws -> Catalog {
        let tablesNode = try fields.required("tables")
        guard case .sequence(let tables) = tablesNode else {
            throw reader.error("catalog.tables must be a list of tables, found \(reader.describe(tablesNode))", at: tablesNode)
        }
        if tables.isEmpty { throw reader.error("catalog.tables is empty: no table would be recognized", at: tablesNode) }

        var kinds: [TableKind] = []
        var keyLines: [String: Int] = [:]
        for (index, tableNode) in tables.enumerated() {
            let kind = try decodeKind(tableNode, at: "catalog.tables[\(index)]")
            if let firstLine = keyLines[kind.key] {
                throw reader.error("table key '\(kind.key)' is used twice (first on line \(firstLine))", at: tableNode)
            }
            keyLines[kind.key] = tableNode.mark?.line ?? 0
            kinds.append(kind)
        }
        return Catalog(kinds: kinds,
                       columnAliases: try aliases(fields.optional("column_aliases"), at: "catalog.column_aliases"),
                       nonMoneyColumns: try regexes(fields.optional("non_money_columns"), at: "catalog.non_money_columns"))
    }

    private func decodeKind(_ node: Node, at path: String) throws -> TableKind {
        let fields = try reader.mapping(node, at: path, allowed: ["key", "titles", "headers", "document", "non_money_columns", "column_aliases"])
        let keyNode = try fields.required("key")
        let key = try reader.string(keyNode, at: "\(path).key")
        guard key.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil else {
            throw reader.error("\(path).key '\(key)' must be snake_case: a-z, 0-9 and _, starting with a letter "
                               + "(it names the file wide/<key>.csv)", at: keyNode)
        }
        let titlesNode = try fields.required("titles")
        let titles = try regexes(titlesNode, at: "\(path).titles")
        if titles.isEmpty { throw reader.error("\(path).titles is empty: the table would never be found", at: titlesNode) }
        return TableKind(key: key, titlePatterns: titles,
                         nonMoneyColumns: try regexes(fields.optional("non_money_columns"), at: "\(path).non_money_columns"),
                         columnAliases: try aliases(fields.optional("column_aliases"), at: "\(path).column_aliases"),
                         headerSignatures: try signatures(fields.optional("headers"), at: "\(path).headers"),
                         documentKind: try documentKind(fields.optional("document"), at: "\(path).document"))
    }

    /// `document: budget` or `document: final_account`.
    private func documentKind(_ node: Node?, at path: String) throws -> DocumentKind? {
        guard let node else { return nil }
        let text = try reader.string(node, at: path)
        guard let kind = DocumentKind(rawValue: text), kind != .unknown else {
            throw reader.error("\(path) must be budget or final_account, found '\(text)'", at: node)
        }
        return kind
    }

    /// `headers:` a list of signatures, each a list of regular expressions.
    private func signatures(_ node: Node?, at path: String) throws -> [[String]] {
        guard let node else { return [] }
        guard case .sequence(let items) = node else {
            throw reader.error("\(path) must be a list of signatures (each a list of patterns), found \(reader.describe(node))", at: node)
        }
        return try items.enumerated().map { index, item in
            let words = try regexes(item, at: "\(path)[\(index)]")
            if words.isEmpty { throw reader.error("\(path)[\(index)] is empty: it would match every table", at: item) }
            return words
        }
    }

    /// A list of regular expressions, each checked to compile (as NSRegularExpression, ICU syntax).
    private func regexes(_ node: Node?, at path: String) throws -> [String] {
        guard let node else { return [] }
        return try reader.stringList(node, at: path).map { pattern, itemNode in
            guard reader.checksPatterns else { return pattern }
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw reader.error("\(path) holds an invalid regular expression '\(pattern)'", at: itemNode)
            }
            return pattern
        }
    }

    private func aliases(_ node: Node?, at path: String) throws -> [String: String] {
        guard let node else { return [:] }
        var result: [String: String] = [:]
        for (from, to, keyNode) in try reader.stringMap(node, at: path) {
            if from.isEmpty || to.isEmpty { throw reader.error("\(path) maps an empty header text", at: keyNode) }
            result[from] = to
        }
        return result
    }
}
