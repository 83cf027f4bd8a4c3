/// wide/<table_key>.csv: one file per table kind, one line per document × section × row, one
/// column per column name. Easier to read in a spreadsheet than long.csv; holds the same values.
///
/// Value columns are the union of the column names of every table of that kind, in the order they
/// are first seen (documents by source_file, then print order); a cell the row does not have is
/// blank. `unit` is the unit of the row's money cells (all money is in the output unit); it is
/// blank when the row has no money cell. Units of non-money cells ("%" …) are in long.csv.
///
/// A file is built from per-document parts (`Part`): each document's rows with their identifying
/// fields (typed, per `OutputSchema.wideIdentity`) and their values by column name. The incremental load keeps these parts
/// per document and only needs the union of the column names to put a file together; `render`
/// goes through the same parts, so both give the same bytes.
enum WideCSV {
    static let folderName = "wide"

    /// One document's rows of one table kind.
    struct Part: Equatable {
        var tableKey: String
        /// The document's column names of this kind, in first-seen order.
        var columns: [String]
        var rows: [Row]
    }

    struct Row: Equatable {
        /// The identifying fields (document_id … unit).
        var identity: Record
        /// (index into the part's `columns`, value) in cell order; a later value for the same
        /// column replaces an earlier one.
        var values: [(column: Int, value: ExactDecimal)]

        static func == (a: Row, b: Row) -> Bool {
            a.identity == b.identity && a.values.elementsEqual(b.values) {
                $0.column == $1.column && $0.value.mantissa == $1.value.mantissa && $0.value.scale == $1.value.scale
            }
        }

        /// The row's values placed in a file's columns (`positions`: the file column of each of
        /// the part's columns), nil where the row has none.
        func placed(at positions: [Int], columnCount: Int) -> [ExactDecimal?] {
            var placed = [ExactDecimal?](repeating: nil, count: columnCount)
            for (column, value) in values { placed[positions[column]] = value }
            return placed
        }
    }

    /// One file per table key present in `documents`, sorted by key.
    static func render(_ documents: [NormalizedDocument], byteOrderMark: Bool) -> [(tableKey: String, bytes: [UInt8])] {
        var partsByKey: [String: [Part]] = [:]
        for document in documents {
            for part in parts(of: document) { partsByKey[part.tableKey, default: []].append(part) }
        }
        return partsByKey.keys.sorted().map { key in
            let parts = partsByKey[key]!
            let columns = ColumnUnion()
            for part in parts { columns.add(part.columns) }
            var bytes = header(columns.names, byteOrderMark: byteOrderMark)
            for part in parts { appendRows(of: part, columns: columns, to: &bytes) }
            return (key, bytes)
        }
    }

    /// The document's table kinds in the order they first appear, and the index among them of
    /// each table's kind: the parts of `parts(of:)` and `columns(of:)`.
    static func partNumbers(of document: NormalizedDocument) -> (keys: [String], partOfTable: [Int]) {
        var index: [String: Int] = [:], keys: [String] = []
        let partOfTable = document.tables.map { table in
            if let p = index[table.tableKey] { return p }
            index[table.tableKey] = keys.count
            keys.append(table.tableKey)
            return keys.count - 1
        }
        return (keys, partOfTable)
    }

    /// The document's parts, one per table kind it has, in the order the kinds first appear.
    static func parts(of document: NormalizedDocument) -> [Part] {
        let (keys, partOfTable) = partNumbers(of: document)
        var named = PartColumns(parts: keys.count)
        var rows = [[Row]](repeating: [], count: keys.count)
        // The document's fields lead every row's identity: made once, not per row.
        let documentIdentity = OutputRecords.identity(document)
        for (table, p) in zip(document.tables, partOfTable) {
            for section in table.sections {
                let names = ColumnNames.of(section)
                let positions = named.add(names, part: p)
                var sectionIdentity = documentIdentity
                sectionIdentity += [.string(table.title), .string(section.name)]
                for row in section.rows {
                    let values = row.cells.map { cell in
                        (column: named.position(of: cell.column, names: names, positions: positions, part: p), value: cell.value)
                    }
                    var identity = sectionIdentity
                    identity.reserveCapacity(sectionIdentity.count + 7)
                    identity.append(.integer(row.rowNumber))
                    identity += OutputRecords.code(row.code)
                    identity += [.string(row.label), .string(moneyUnit(of: row, in: section))]
                    rows[p].append(Row(identity: identity, values: values))
                }
            }
        }
        return keys.indices.map { Part(tableKey: keys[$0], columns: named.names[$0], rows: rows[$0]) }
    }

    /// The columns of the document's parts, as `parts(of:)` names them, without making their rows:
    /// all the load's first pass needs (`LoadFragment.Summary`).
    static func columns(of document: NormalizedDocument) -> LoadFragment.Columns {
        let (keys, partOfTable) = partNumbers(of: document)
        var named = PartColumns(parts: keys.count)
        for (table, p) in zip(document.tables, partOfTable) {
            for section in table.sections {
                let names = ColumnNames.of(section)
                let positions = named.add(names, part: p)
                // A cell's column is one of `names`, all named by now, but for one past them.
                for row in section.rows {
                    for cell in row.cells where !positions.indices.contains(cell.column) {
                        _ = named.position(of: cell.column, names: names, positions: positions, part: p)
                    }
                }
            }
        }
        return keys.indices.map { (tableKey: keys[$0], columns: named.names[$0]) }
    }

    /// The column names of a document's parts in first-seen order: a section's named columns, then
    /// a cell's column past them (`ColumnNames.name`). The one rule `parts(of:)` and `columns(of:)`
    /// share, so a fragment's columns and its summary's cannot differ.
    private struct PartColumns {
        private(set) var names: [[String]]
        private var index: [[String: Int]]

        init(parts: Int) {
            names = Array(repeating: [], count: parts)
            // Room for a part's usual columns: growing the table rehashes every name in it.
            index = Array(repeating: Dictionary(minimumCapacity: 16), count: parts)
        }

        /// Names a section's columns in part `p`; the part column of each (looked up once per
        /// section, not per cell).
        mutating func add(_ sectionNames: [String], part p: Int) -> [Int] {
            sectionNames.map { register($0, part: p) }
        }

        /// The part column of a cell's column (`positions`: what `add` gave for the section).
        mutating func position(of column: Int, names: [String], positions: [Int], part p: Int) -> Int {
            positions.indices.contains(column) ? positions[column] : register(ColumnNames.name(column, in: names), part: p)
        }

        /// One look-up of the name (a `String` key hashes its normalized form): its slot is read
        /// and, for a new name, filled in place.
        private mutating func register(_ name: String, part p: Int) -> Int {
            let next = names[p].count
            let position = Self.known(&index[p][name], else: next)
            if position == next { names[p].append(name) }
            return position
        }

        @inline(__always)
        private static func known(_ slot: inout Int?, else next: Int) -> Int {
            if let known = slot { return known }
            slot = next
            return next
        }
    }

    /// The value columns of one file: the union of its parts' columns, in first-seen order.
    /// Names are compared as `String`s (canonically equal names are one column), but looked up by
    /// their bytes first: hashing a `String` normalizes every non-ASCII scalar, and every part of
    /// every document asks for its columns (about 2,500 instructions a Chinese name). A name's
    /// bytes seen before give the position they were given; only new bytes ask the `String` index.
    final class ColumnUnion {
        private(set) var names: [String] = []
        private var index: [String: Int] = [:]
        private var byBytes: [UTF8Key: Int] = [:]
        /// Lists of columns added lately, kept (so their storage is not reused while they are
        /// asked about): the load summaries of documents of one form share one decoded list
        /// (`LoadFragment.Summary.ColumnsMemo`), and a list added before adds nothing. Looking each
        /// name up again cost a one-changed run of 2,000 documents about 100 M instructions.
        private var recent: [[String]] = []

        func add(_ columns: [String]) {
            if recent.contains(where: { Self.sameStorage($0, columns) }) { return }
            for name in columns where position(of: name) == nil {
                index[name] = names.count
                byBytes[UTF8Key(name)] = names.count
                names.append(name)
            }
            if recent.count == Self.recentLimit { recent.removeFirst() }
            recent.append(columns)
        }

        static let recentLimit = 8

        /// The same array (one storage), not merely equal ones: told without comparing a name.
        private static func sameStorage(_ a: [String], _ b: [String]) -> Bool {
            a.count == b.count && a.withUnsafeBufferPointer { p in b.withUnsafeBufferPointer { q in p.baseAddress == q.baseAddress } }
        }

        func position(of name: String) -> Int? {
            let key = UTF8Key(name)
            if let known = byBytes[key] { return known }
            guard let position = index[name] else { return nil }
            byBytes[key] = position   // other bytes of a name already there
            return position
        }
    }

    static func header(_ valueColumns: [String], byteOrderMark: Bool) -> [UInt8] {
        var csv = CSVBuffer(byteOrderMark: byteOrderMark)
        csv.appendRow(OutputSchema.wide(tableKey: "", valueColumns: valueColumns).header)
        return csv.bytes
    }

    /// Appends the part's lines, its values placed in the file's columns (`columns` must hold them).
    static func appendRows(of part: Part, columns: ColumnUnion, to bytes: inout [UInt8]) {
        let positions = part.columns.map { columns.position(of: $0)! }
        CSVBuffer.append(to: &bytes) { csv in
            for row in part.rows {
                for field in row.identity { csv.append(field) }
                for value in row.placed(at: positions, columnCount: columns.names.count) { csv.append(value) }
                csv.endRow()
            }
        }
    }

    private static func moneyUnit(of row: NormalizedRow, in section: NormalizedSection) -> String {
        let moneyCell = row.cells.first { cell in
            section.moneyColumns.indices.contains(cell.column) && section.moneyColumns[cell.column]
        }
        return moneyCell?.unit ?? ""
    }
}
