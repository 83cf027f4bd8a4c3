import Foundation

/// Patterns compiled once per run and shared by the documents validated in parallel: the
/// configuration's patterns are the same for every document, and compiling one costs more than
/// matching it against a whole document's labels. NSRegularExpression is immutable and safe for
/// concurrent matching; the lock guards only the dictionary, and each document's `RegexCache`
/// asks here once per pattern.
final class SharedPatterns: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    init() {}

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}

/// Compiled patterns of one validation run over one document. Patterns come from the run's
/// `SharedPatterns`, except templates filled with captured text (narrative refs), which belong to
/// this document alone. One cache per document keeps it free of locks. Match results are not kept:
/// hashing a Chinese label (Unicode-normalized) costs more than matching it (measured).
final class RegexCache {
    private let shared: SharedPatterns
    private var compiled: [String: NSRegularExpression] = [:]
    /// Each pattern's `LiteralPattern`, nil for those only ICU can match.
    private var literals: [String: LiteralPattern?] = [:]

    init(shared: SharedPatterns = SharedPatterns()) { self.shared = shared }

    /// nil for an invalid pattern (the configuration decoder rejects those, so only a filled template
    /// can get here, and it is escaped). `filled`: a template filled for this document, not shared.
    func regex(_ pattern: String, filled: Bool = false) -> NSRegularExpression? {
        if let r = compiled[pattern] { return r }
        let found = filled ? try? NSRegularExpression(pattern: pattern) : shared.regex(pattern)
        guard let r = found else { return nil }
        compiled[pattern] = r
        return r
    }

    /// Whether `pattern` is found anywhere in `text`.
    func matches(_ pattern: String, _ text: String, filled: Bool = false) -> Bool {
        if let answer = literal(pattern)?.matches(text) { return answer }
        guard let r = regex(pattern, filled: filled) else { return false }
        return r.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    private func literal(_ pattern: String) -> LiteralPattern? {
        if let known = literals[pattern] { return known }
        let parsed = LiteralPattern(pattern)
        literals[pattern] = .some(parsed)
        return parsed
    }
}
