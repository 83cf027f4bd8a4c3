import Foundation

/// Patterns compiled once per run and shared by the documents validated in parallel: the
/// configuration's patterns are the same for every document, and compiling one costs more than
/// matching it against a whole document's labels. NSRegularExpression is immutable and safe for
/// concurrent matching; the lock guards only the dictionary. Each document's `RegexCache` starts
/// from a snapshot of it (a copy-on-write copy: no patterns are copied until one is added), so a
/// pattern an earlier document compiled is found with one look-up, without the lock.
///
/// Templates filled with captured text (narrative refs: "^一般公共预算财政拨款$") are kept too, up to
/// `filledLimit` of them: documents of one kind capture the same labels, and compiling a filled
/// template (ICU and `LiteralPattern`) cost about 70,000 instructions, once per document before.
/// A compiled pattern depends on its text alone, so sharing it changes no result; the limit bounds
/// the run's memory (and each document's snapshot) whatever the captures are.
final class SharedPatterns: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [PatternText: CompiledPattern] = [:]
    private let filledLimit: Int
    private var filledCount = 0

    init(filledLimit: Int = 2048) {
        self.filledLimit = filledLimit
    }

    /// `filled`: a template filled with captured text, kept only while fewer than `filledLimit` are.
    func pattern(_ pattern: String, filled: Bool = false) -> CompiledPattern {
        let key = PatternText(pattern)
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[key] { return known }
        let new = CompiledPattern(pattern)
        if filled {
            guard filledCount < filledLimit else { return new }
            filledCount += 1
        }
        compiled[key] = new
        return new
    }

    /// The patterns compiled so far.
    func snapshot() -> [PatternText: CompiledPattern] {
        lock.lock()
        defer { lock.unlock() }
        return compiled
    }
}

/// Compiled patterns of one validation run over one document, taken from the run's
/// `SharedPatterns` (filled templates too, within its limit). One cache per document keeps the
/// patterns it has looked up free of locks. Match results are not kept:
/// hashing a Chinese label (Unicode-normalized) costs more than matching it (measured).
final class RegexCache {
    private let shared: SharedPatterns
    private var compiled: [PatternText: CompiledPattern]

    init(shared: SharedPatterns = SharedPatterns()) {
        self.shared = shared
        compiled = shared.snapshot()
    }

    /// `filled`: a template filled with this document's captured text.
    func pattern(_ pattern: String, filled: Bool = false) -> CompiledPattern {
        let key = PatternText(pattern)
        if let known = compiled[key] { return known }
        let found = shared.pattern(pattern, filled: filled)
        compiled[key] = found
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

/// A pattern's text as a dictionary key, equal and hashed by its UTF-8 bytes: a `String` key hashes
/// its Unicode-normalized form, which for Chinese patterns costs more than the look-up saves. A
/// pattern is compiled from its exact text, so equal bytes are the right notion of the same pattern.
struct PatternText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: PatternText, b: PatternText) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
