import Foundation

/// A catalog's title pattern or header-signature word, compiled once, with the text every match
/// must contain (`RequiredText`): most titles lack it, and a byte search refuses them without
/// ICU (which copies the string to UTF-16 on every call).
struct CatalogPattern {
    let regex: NSRegularExpression
    let required: [UInt8]

    /// `wholeText`: the pattern must match the whole text (title patterns), not be found in it.
    init?(_ pattern: String, wholeText: Bool) {
        guard let regex = try? NSRegularExpression(pattern: wholeText ? "^(?:\(pattern))$" : pattern) else { return nil }
        self.regex = regex
        // Taken from the pattern as written: anchoring it in a group keeps its required text.
        required = RequiredText.of(pattern)
    }

    func matches(_ text: String) -> Bool {
        guard ByteSearch.contains(text, required) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
