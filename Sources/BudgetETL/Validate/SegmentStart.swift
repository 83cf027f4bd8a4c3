import Foundation

/// Narrative phrases that start with a lazy group of a negated class, `(?<label>[^,:;。、()]+?)支出…`,
/// searched only where a match can start. ICU tries every position of a sentence run, and from each
/// one extends the group a character at a time to the end of its segment (the characters up to the
/// next one of the class's set), trying the rest of the phrase after each: quadratic in a segment.
/// A match from a position inside a segment implies one from any earlier position of it (the group
/// takes the characters between, and the rest of the phrase sees the same text), so the leftmost
/// match starts at a segment's first character or where the search resumes (`\G`: the region's
/// start, or the end of the previous match). The phrase searched is prefixed with that condition,
/// which ICU checks in a step: the same matches, groups and ranges, found without the quadratic
/// retries. A phrase with a back reference (the rest depending on what the group took) is kept as is.
enum SegmentStart {
    /// `(?<name>[^set]+?)` at the phrase's start; `set` without brackets or escapes.
    private static let leadingLazyClass = try! NSRegularExpression(
        pattern: #"^\(\?<[A-Za-z][A-Za-z0-9]*>\[\^([^\]\[\\]+)\]\+\?\)"#)
    private static let backReference = try! NSRegularExpression(pattern: #"\\(?:k<|[1-9])"#)

    /// The pattern to search for `phrase`: `phrase` itself unless it starts with a lazy negated class.
    static func searchPattern(_ phrase: String) -> String {
        let whole = NSRange(phrase.startIndex..., in: phrase)
        guard let lead = leadingLazyClass.firstMatch(in: phrase, range: whole),
              backReference.firstMatch(in: phrase, range: whole) == nil,
              let set = Range(lead.range(at: 1), in: phrase) else { return phrase }
        // Preceded by a character of the set or by nothing (the region's start), or where the search resumes.
        return "(?:(?<![^\(phrase[set])])|\\G)" + phrase
    }
}
