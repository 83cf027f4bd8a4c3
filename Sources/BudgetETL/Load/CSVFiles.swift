import Foundation

/// The CSV files of one assembly: long, documents, rejects, validation and one per wide kind.
struct CSVFiles {
    let long: TemporaryFile
    let documents: TemporaryFile
    let rejects: TemporaryFile
    let validation: TemporaryFile
    let wide: [String: (file: TemporaryFile, columns: WideCSV.ColumnUnion)]

    var files: [TemporaryFile] { [long, documents, rejects, validation] + wide.keys.sorted().map { wide[$0]!.file } }

    init(folder: URL, byteOrderMark: Bool, unions: [String: WideCSV.ColumnUnion]) throws {
        var opened: [TemporaryFile] = []
        func open(_ name: String, _ header: [UInt8]) throws -> TemporaryFile {
            let file = try TemporaryFile(for: folder.appendingPathComponent(name))
            opened.append(file)
            try file.write(header)
            return file
        }
        do {
            let headers = OutputHeaders(byteOrderMark: byteOrderMark)
            long = try open(LongCSV.fileName, headers.long)
            documents = try open(DocumentsCSV.fileName, headers.documents)
            rejects = try open(RejectsCSV.fileName, headers.rejects)
            validation = try open(ValidationCSV.fileName, headers.validation)
            var wide: [String: (file: TemporaryFile, columns: WideCSV.ColumnUnion)] = [:]
            for key in unions.keys.sorted() {
                let header = WideCSV.header(unions[key]!.names, byteOrderMark: byteOrderMark)
                wide[key] = (try open("\(WideCSV.folderName)/\(key).csv", header), unions[key]!)
            }
            self.wide = wide
        } catch {
            opened.forEach { $0.discard() }
            throw error
        }
    }

    func add(_ fragment: LoadFragment) throws {
        try long.write(fragment.long.csvLines)
        try documents.write(fragment.documents.csvLines)
        try rejects.write(fragment.rejects.csvLines)
        try validation.write(fragment.validation.csvLines)
        var rows: [UInt8] = []
        for part in fragment.wide {
            guard let (file, columns) = wide[part.tableKey] else { continue }
            rows.removeAll(keepingCapacity: true)
            WideCSV.appendRows(of: part, columns: columns, to: &rows)
            try file.write(rows)
        }
    }

    func finish() throws {
        for file in files { try file.finish() }
    }
}
