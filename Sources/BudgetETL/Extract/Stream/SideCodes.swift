/// Where the rows of a side-by-side row stream, dealt to the sections in turn, stop keeping each
/// section's codes in order: a code sits under the last shorter code of its own section (30201
/// under 302, 2010301 under 20103). One side running out of rows breaks the turns without any
/// row coming up short when each section has one column; the next coded row then lands under
/// another side's class, and that tells the turns are lost from there on.
enum SideCodes {
    static func firstBreak(_ chunks: [RowStreamReader.Chunk], sections: Int) -> Int? {
        guard sections > 1 else { return nil }
        var lastByLength = Array(repeating: [Int: String](), count: sections)
        for (k, chunk) in chunks.enumerated() where !chunk.codes.isEmpty {
            let code = wholeCode(chunk.codes.map(\.text))
            let n = k % sections
            if let parentLength = lastByLength[n].keys.filter({ $0 < code.count }).max(),
               !code.hasPrefix(lastByLength[n][parentLength]!) {
                return k
            }
            // A new code closes the deeper codes of the one before it.
            lastByLength[n] = lastByLength[n].filter { $0.key < code.count }
            lastByLength[n][code.count] = code
        }
        return nil
    }

    /// "201" "03" "01" → "2010301"; 款 and 项 parts printed as one digit get their leading zero.
    static func wholeCode(_ parts: [String]) -> String {
        parts.enumerated().map { k, part in k > 0 && part.count == 1 ? "0" + part : part }.joined()
    }
}
