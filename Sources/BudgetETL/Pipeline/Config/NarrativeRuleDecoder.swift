import Foundation
import Yams

/// Decodes one `validate.narrative[]` entry: a phrase and what its captured figures must agree with.
/// Checks that every capture the entry uses is defined by the phrase, as an amount (`{name}`) or a
/// percentage (`{name%}`) as needed.
struct NarrativeRuleDecoder {
    let base: ValidationConfigDecoder
    private var reader: YAMLNodeReader { base.reader }

    func decode(_ node: Node, at path: String) throws -> NarrativeRule {
        let f = try reader.mapping(node, at: path, allowed: ["within", "document_kind", "phrase", "amounts", "ratio", "change"])
        let phraseNode = try f.required("phrase")
        let phrase = try reader.string(phraseNode, at: "\(path).phrase")
        // Expanding and compiling the phrase only checks it (the validator expands it again).
        let expanded = reader.checksPatterns ? NarrativePattern.expand(phrase) : nil
        if let expanded {
            do {
                _ = try NSRegularExpression(pattern: expanded.pattern)
            } catch {
                throw reader.error("\(path).phrase is not a valid regular expression once its placeholders are expanded: '\(phrase)'", at: phraseNode)
            }
        }
        var rule = NarrativeRule(phrase: phrase)
        rule.within = try f.optional("within").map { try base.regex($0, at: "\(path).within") }
        if let kindNode = f.optional("document_kind") {
            let text = try reader.string(kindNode, at: "\(path).document_kind")
            guard let kind = DocumentKind(rawValue: text), kind != .unknown else {
                throw reader.error("\(path).document_kind must be budget or final_account, found '\(text)'", at: kindNode)
            }
            rule.documentKind = kind
        }
        func need(_ name: String, percent: Bool, _ at: String, _ n: Node) throws {
            guard let expanded else { return }
            let defined = percent ? expanded.percents : expanded.amounts
            guard defined.contains(name) else {
                let form = percent ? "{\(name)%}" : "{\(name)}"
                throw reader.error("\(at) uses '\(name)', but the phrase has no \(form)", at: n)
            }
        }
        if let amounts = f.optional("amounts") {
            guard case .mapping(let map) = amounts else {
                throw reader.error("\(path).amounts must map capture names to figure references", at: amounts)
            }
            for (key, value) in map {
                let name = try reader.string(key, at: "a key of \(path).amounts")
                try need(name, percent: false, "\(path).amounts", key)
                rule.amounts.append(NarrativeAmount(capture: name, refs: try refs(value, at: "\(path).amounts.\(name)")))
            }
            if rule.amounts.isEmpty { throw reader.error("\(path).amounts is empty", at: amounts) }
        }
        if let node = f.optional("ratio") {
            let r = try reader.mapping(node, at: "\(path).ratio", allowed: ["percent", "numerator", "denominator"])
            let percent = try name(r.required("percent"), percent: true, at: "\(path).ratio.percent", need)
            rule.ratio = NarrativeRatio(percent: percent,
                                        numerator: try operand(r.required("numerator"), at: "\(path).ratio.numerator", need),
                                        denominator: try operand(r.required("denominator"), at: "\(path).ratio.denominator", need))
        }
        if let node = f.optional("change") {
            let c = try reader.mapping(node, at: "\(path).change", allowed: ["percent", "change", "current", "direction"])
            let directionNode = try c.required("direction")
            let direction = try reader.string(directionNode, at: "\(path).change.direction")
            guard expanded?.groups.contains(direction) ?? true else {
                throw reader.error("\(path).change.direction names '\(direction)', but the phrase has no group (?<\(direction)>…)", at: directionNode)
            }
            rule.change = NarrativeChange(percent: try name(c.required("percent"), percent: true, at: "\(path).change.percent", need),
                                          change: try name(c.required("change"), percent: false, at: "\(path).change.change", need),
                                          current: try operand(c.required("current"), at: "\(path).change.current", need),
                                          direction: direction)
        }
        if rule.amounts.isEmpty && rule.ratio == nil && rule.change == nil {
            throw reader.error("\(path) checks nothing: give amounts, ratio or change", at: node)
        }
        return rule
    }

    private func name(_ node: Node, percent: Bool, at path: String,
                      _ need: (String, Bool, String, Node) throws -> Void) throws -> String {
        let text = try reader.string(node, at: path)
        try need(text, percent, path, node)
        return text
    }

    /// A capture name (text), one figure reference (mapping) or alternatives (list of mappings).
    private func operand(_ node: Node, at path: String, _ need: (String, Bool, String, Node) throws -> Void) throws -> Operand {
        if case .scalar = node { return .capture(try name(node, percent: false, at: path, need)) }
        return .cells(try refs(node, at: path))
    }

    /// One reference or a list of alternatives (the first the document has is used).
    private func refs(_ node: Node, at path: String) throws -> [CellRef] {
        let items: [Node]
        if case .sequence = node { items = try base.list(node, at: path) } else { items = [node] }
        let refs = try items.enumerated().map { try base.ref($1, at: items.count > 1 ? "\(path)[\($0)]" : path) }
        for (r, item) in zip(refs, items) where r.table == nil || r.column == nil {
            throw reader.error("\(path): a narrative reference needs a table and a column", at: item)
        }
        if refs.isEmpty { throw reader.error("\(path) is empty", at: node) }
        return refs
    }
}
