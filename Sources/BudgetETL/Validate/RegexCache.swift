import Foundation

/// Patterns compiled once per run and shared by the documents validated in parallel: the
/// configuration's patterns are the same for every document, and compiling one costs more than
/// matching it against a whole document's labels. NSRegularExpression is immutable and safe for
/// concurrent matching; the lock guards only the dictionary, and each document's `RegexCache`
/// asks here once per pattern.
final class SharedPatterns: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: CompiledPattern] = [:]

    init() {}

    func pattern(_ pattern: String) -> CompiledPattern {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let new = CompiledPattern(pattern)
        compiled[pattern] = new
        return new
    }
}

/// Compiled patterns of one validation run over one document. Patterns come from the run's
/// `SharedPatterns`, except templates filled with captured text (narrative refs), which belong to
/// this document alone. One cache per document keeps it free of locks. Match results are not kept:
/// hashing a Chinese label (Unicode-normalized) costs more than matching it (measured).
final class RegexCache {
    private let shared: SharedPatterns
    private var compiled: [String: CompiledPattern] = [:]

    init(shared: SharedPatterns = SharedPatterns()) { self.shared = shared }

    /// `filled`: a template filled for this document, not shared.
    func pattern(_ pattern: String, filled: Bool = false) -> CompiledPattern {
        if let known = compiled[pattern] { return known }
        let found = filled ? CompiledPattern(pattern) : shared.pattern(pattern)
        compiled[pattern] = found
        return found
    }

    /// nil for an invalid pattern.
    func regex(_ pattern: String, filled: Bool = false) -> NSRegularExpression? {
        self.pattern(pattern, filled: filled).regex
    }

    /// Whether `pattern` is found anywhere in `text`.
    func matches(_ pattern: String, _ text: String, filled: Bool = false) -> Bool {
        self.pattern(pattern, filled: filled).matches(text)
    }
}
