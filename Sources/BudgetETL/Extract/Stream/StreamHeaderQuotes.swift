/// The quote marks a header cell prints (`“三公”经费预算数`). The stream readers compare header
/// words compacted (`TextRepair.compact` drops quote marks, so that `“三公”经费合计` and
/// `三公经费合计` are one word), and build their column names from those words; the names then
/// lose the marks the grid readers keep (`WrappedGridCells.joinedPiece`), and one column printed
/// by two converters would carry two names. A column name that is a printed cell's word gets the
/// cell's marks back.
enum StreamHeaderQuotes {
    static func restored(_ paths: [HeaderPath], header: [TableLines.Line]) -> [HeaderPath] {
        var printed: [String: String] = [:]
        for line in header {
            for token in line.tokens where !token.isBlank && holdsQuote(token.text) {
                let compact = TextRepair.compact(token.text)
                if !compact.isEmpty, printed[compact] == nil { printed[compact] = WrappedGridCells.joinedPiece(token.text) }
            }
        }
        guard !printed.isEmpty else { return paths }
        return paths.map { path in HeaderPath(path.components.map { printed[$0] ?? $0 }) }
    }

    /// Whether the text holds a curly quote mark (U+2018–U+201D, lead byte 0xE2 0x80 in UTF-8).
    private static func holdsQuote(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b -> Bool in
            guard b.count >= 3 else { return false }
            for i in 0..<(b.count - 2) where b[i] == 0xE2 && b[i + 1] == 0x80 && (0x98...0x9D).contains(b[i + 2]) { return true }
            return false
        }
    }
}
