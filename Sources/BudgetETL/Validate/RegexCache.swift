import Foundation

/// Compiled patterns of one validation run over one document. Patterns are compiled on first use
/// (narrative refs are templates filled with captured text, so not all are known in advance); one
/// cache per document keeps it free of locks when documents are validated in parallel.
final class RegexCache {
    private var compiled: [String: NSRegularExpression] = [:]

    /// nil for an invalid pattern (the configuration decoder rejects those, so only a filled template
    /// can get here, and it is escaped).
    func regex(_ pattern: String) -> NSRegularExpression? {
        if let r = compiled[pattern] { return r }
        guard let r = try? NSRegularExpression(pattern: pattern) else { return nil }
        compiled[pattern] = r
        return r
    }

    /// Whether `pattern` is found anywhere in `text`.
    func matches(_ pattern: String, _ text: String) -> Bool {
        guard let r = regex(pattern) else { return false }
        return r.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
