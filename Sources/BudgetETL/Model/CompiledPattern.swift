import Foundation

/// A regular expression compiled once per run (`String.range(of:options: .regularExpression)`
/// compiles or looks up its pattern on every call, which costs more than the matching), ready to
/// match: by bytes when it names a finite set of texts (`LiteralPattern`), else
/// by ICU, which is spared the texts that lack the pattern's required text (`RequiredText`).
struct CompiledPattern: @unchecked Sendable {
    /// nil for an invalid pattern (the configuration decoder rejects those, so only a filled
    /// template can be one, and it is escaped).
    let regex: NSRegularExpression?
    let literal: LiteralPattern?
    let required: [UInt8]
    /// The characters a match must start the text with, when the pattern says (`LeadingCharacters`).
    let leading: LeadingCharacters?

    /// `wholeText`: the pattern must match the whole text (a catalog's title patterns), not be
    /// found in it. The required text is taken from the pattern as written: what any match of it
    /// must contain, a whole-text match must too.
    init(_ pattern: String, wholeText: Bool = false) {
        let anchored = wholeText ? "^(?:\(pattern))$" : pattern
        regex = try? NSRegularExpression(pattern: anchored)
        literal = regex == nil ? nil : LiteralPattern(anchored)
        required = RequiredText.of(pattern)
        leading = LeadingCharacters(anchored)
    }

    /// Whether the byte tests leave `text` to ICU: it holds the required text and starts as required.
    private func mayMatch(_ text: String) -> Bool {
        ByteSearch.contains(text, required) && (leading?.admits(text) ?? true)
    }

    /// The first match's range, searching the whole text as `range(of:options:)` does.
    func firstRange(in text: String) -> Range<String.Index>? {
        guard let regex, mayMatch(text) else { return nil }
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    /// Whether the pattern is found anywhere in `text`.
    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        if let answer = literal?.matches(text) { return answer }
        if !mayMatch(text) { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
