/// Side by side in reading order (pdfminer's text boxes), the names of a side's rows may print as
/// one run of lines, their values after it (`卫生健康支出` / `住房保障支出` / `支出总计` / `5.99` …):
/// read as a row's name wrapped over lines, the run gathers several rows' names, and the values
/// after it are no longer paired with their names by the stream.
enum GatheredRowNames {
    /// Whether a row's name pieces hold the names of several rows: a piece after the first that
    /// opens a row (a numbered item `三、培训费`, a named total `支出总计`), or that names a side
    /// (…支出, …收入) after pieces already ending in a side's word (`卫生健康支出` · `住房保障支出`);
    /// a name wrapped in its cell leaves a piece that ends mid-word (`社会保障和就业` · `支出`).
    static func holdsSeveral(_ pieces: [String]) -> Bool {
        let compact = pieces.map { TextRepair.compact($0) }.filter { !$0.isEmpty }
        return compact.indices.dropFirst().contains { k in
            let piece = compact[k]
            // A bare 合计 may be the tail of a total's name wrapped in its cell (`本年支出` / `合计`).
            if RowStreamReader.isNumberedItem(piece) || (AlignedRows.isTotal(piece) && !HeaderWords.isBareTotal(piece)) { return true }
            return piece.count >= Thresholds.sideNamePieceLength && SideWords.side(of: String(piece.suffix(2))) != nil
                && SideWords.side(of: String(compact[k - 1].suffix(2))) != nil
        }
    }

    /// Whether a piece after the first opens a numbered row (`二、会议费` · `三、培训费`): in a table of
    /// one section, where no side's words tell rows apart, the one sign that the pieces are several
    /// rows' names (a name wrapped in its cell goes on with no number of its own).
    /// The item's marker must open a name (`二、会议费`), not a list of numbers inside one
    /// (`局装修 1、2、3、5 楼…`).
    static func holdsNumberedItems(_ pieces: [String]) -> Bool {
        pieces.dropFirst().contains { RowStreamReader.isNumberedItem($0) && opensName($0) }
    }

    /// Whether the first character after the item's marker (its numerals, brackets and sign) is
    /// an ideograph.
    static func opensName(_ piece: String) -> Bool {
        let rest = TextRepair.compact(piece).unicodeScalars.drop { TextRepair.isDigit($0) || markerScalars.contains($0) }
        guard let first = rest.first else { return false }
        return TextRepair.isIdeograph(first)
    }
    private static let markerScalars = Set("一二三四五六七八九十()（）、.．".unicodeScalars)
}
