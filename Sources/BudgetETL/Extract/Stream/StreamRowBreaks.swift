extension StreamReader {
    /// Whether every row's values are certainly its own: each row keeps its name and values on one
    /// line, or (pdftotext -raw: a wrapped name's pieces each on a line of their own) starts with
    /// its code, its name wrapped onto the lines under it and its values on one line after them,
    /// with no piece left after the values (a row without code or values next). Names wrapped
    /// around values leave which row a line of values ends in doubt.
    static func rowsKeepTheirValues(_ rows: [ExtractedRow]) -> Bool {
        rows.indices.allSatisfy { i in
            let row = rows[i]
            guard let line = row.cells.first?.line, row.cells.allSatisfy({ $0.line == line }) else { return row.cells.isEmpty }
            guard line != row.line else { return true }
            let next = rows.indices.contains(i + 1) ? rows[i + 1] : nil
            return !row.codeParts.isEmpty && !(next.map { $0.codeParts.isEmpty && $0.cells.isEmpty } ?? false)
        }
    }
}
