import Yams

/// Reads values out of a composed YAML node tree, turning every mismatch into a `ConfigError` that
/// names the file and line. Why not Codable: Codable cannot report the line of a mistake and does
/// not reject unknown keys, and a misspelled key silently ignored is the worst configuration bug.
struct YAMLNodeReader {
    let file: String
    /// Whether the regular expressions and the narrative phrases' captures are checked: false only
    /// for bytes this executable read before with every check passed (`CheckedConfigMark`).
    var checksPatterns = true

    func error(_ message: String, at node: Node?) -> ConfigError {
        ConfigError(file: file, line: node?.mark?.line, message: message)
    }

    /// The entries of a mapping. Rejects a non-mapping, non-text keys and keys not in `allowed`.
    /// `keyNode` is the key the mapping is the value of; a missing key is reported on its line.
    func mapping(_ node: Node, at path: String, allowed: [String], keyNode: Node? = nil) throws -> YAMLFields {
        guard case .mapping(let mapping) = node else {
            throw error("\(path) must be a mapping of \(allowed.joined(separator: ", ")), found \(describe(node))", at: node)
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { throw error("\(path) has a key that is not text", at: key) }
            guard allowed.contains(scalar.string) else {
                throw error("unknown key '\(scalar.string)' in \(path) (allowed: \(allowed.joined(separator: ", ")))", at: key)
            }
            entries[scalar.string] = (key, value)
        }
        return YAMLFields(reader: self, node: keyNode ?? node, path: path, entries: entries)
    }

    /// Any non-null scalar, as written (so a folder named 2024 is fine).
    func string(_ node: Node, at path: String) throws -> String {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            throw error("\(path) must be text, found \(describe(node))", at: node)
        }
        return scalar.string
    }

    func bool(_ node: Node, at path: String) throws -> Bool {
        guard let value = node.bool else {
            throw error("\(path) must be true or false, found \(describe(node))", at: node)
        }
        return value
    }

    /// A sequence of text, each item with its node so later checks can report the item's line.
    func stringList(_ node: Node, at path: String) throws -> [(text: String, node: Node)] {
        guard case .sequence(let sequence) = node else {
            throw error("\(path) must be a list, found \(describe(node))", at: node)
        }
        return try sequence.enumerated().map { index, item in (try string(item, at: "\(path)[\(index)]"), item) }
    }

    /// A mapping of text to text, in file order, each entry with its key node.
    func stringMap(_ node: Node, at path: String) throws -> [(key: String, value: String, node: Node)] {
        guard case .mapping(let mapping) = node else {
            throw error("\(path) must be a mapping of text to text, found \(describe(node))", at: node)
        }
        return try mapping.map { key, value in
            let text = try string(key, at: "a key of \(path)")
            return (text, try string(value, at: "\(path).\(text)"), key)
        }
    }

    /// A plain ~, null or nothing; a quoted 'null' is text.
    func isNull(_ node: Node) -> Bool { node.null != nil }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            return "'\(scalar.string)'"
        }
    }
}

/// The checked entries of one YAML mapping, with its path for messages ("catalog.tables[2]").
struct YAMLFields {
    let reader: YAMLNodeReader
    /// Where a missing key is reported: the mapping's own key when it has one, else the mapping.
    let node: Node
    let path: String
    let entries: [String: (key: Node, value: Node)]

    /// A key that must be present with a value; a missing key is reported at the mapping's line.
    func required(_ key: String) throws -> Node {
        guard let entry = entries[key] else {
            throw reader.error("missing required key '\(key)' in \(path)", at: node)
        }
        if reader.isNull(entry.value) { throw reader.error("\(qualified(key)) has no value", at: entry.key) }
        return entry.value
    }

    /// A required key whose value is a mapping with the `allowed` keys.
    func mapping(_ key: String, allowed: [String]) throws -> YAMLFields {
        let value = try required(key)
        return try reader.mapping(value, at: qualified(key), allowed: allowed, keyNode: entries[key]?.key)
    }

    /// An optional key whose value is a mapping with the `allowed` keys.
    func optionalMapping(_ key: String, allowed: [String]) throws -> YAMLFields? {
        guard let value = optional(key) else { return nil }
        return try reader.mapping(value, at: qualified(key), allowed: allowed, keyNode: entries[key]?.key)
    }

    /// "output" + "unit" → "output.unit"; top-level keys stay bare.
    func qualified(_ key: String) -> String { path == YAMLFields.topLevel ? key : "\(path).\(key)" }

    static let topLevel = "the top level"

    /// A key that may be left out; `key:` with nothing after it counts as left out.
    func optional(_ key: String) -> Node? {
        guard let entry = entries[key], !reader.isNull(entry.value) else { return nil }
        return entry.value
    }
}
