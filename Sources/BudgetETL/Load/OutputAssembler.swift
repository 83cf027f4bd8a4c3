import Foundation

/// The load stage's second half: puts the output files together from the documents' stored
/// fragments, streaming (one document's fragment in memory at a time), into temporary files beside
/// the outputs. `OutputCommit` then renames them into place all together.
///
/// Two passes over the documents: the first reads only each fragment's wide column names (a few
/// hundred bytes at the start of its file) to know every wide file's columns before writing its
/// header; the second appends each document's lines to every file.
struct OutputAssembler {
    let folder: URL
    let byteOrderMark: Bool
    /// Also write budget.xlsx (`WorkbookWriter`), saying this of the run; nil: remove it.
    var workbook: WorkbookWriter.About? = nil

    /// Where the fragments come from: the columns alone (first pass) and the whole fragment.
    struct Source {
        var count: Int
        var columns: (Int) throws -> LoadFragment.Columns
        var fragment: (Int) throws -> LoadFragment
        /// Called after each document of the second pass.
        var progress: (Int) -> Void = { _ in }
    }

    /// The complete files under temporary names, and the wide files that no longer belong.
    struct Prepared {
        var files: [TemporaryFile] = []
        var removals: [URL] = []

        func discard() { files.forEach { $0.discard() } }
    }

    func assemble(_ source: Source) throws -> Prepared {
        let wideFolder = folder.appendingPathComponent(WideCSV.folderName)
        try FileManager.default.createDirectory(at: wideFolder, withIntermediateDirectories: true)

        var unions: [String: WideCSV.ColumnUnion] = [:]
        for index in 0..<source.count {
            for (key, columns) in try source.columns(index) {
                let union = unions[key] ?? WideCSV.ColumnUnion()
                unions[key] = union
                union.add(columns)
            }
        }

        var prepared = Prepared()
        var workbookWriter: WorkbookWriter?
        do {
            if let about = workbook {
                let wideColumns = unions.keys.sorted().map { (tableKey: $0, names: unions[$0]!.names) }
                workbookWriter = try WorkbookWriter(folder: folder, wideColumns: wideColumns, about: about)
            }
            let headers = OutputHeaders(byteOrderMark: byteOrderMark)
            func open(_ name: String, _ header: [UInt8]) throws -> TemporaryFile {
                let file = try TemporaryFile(for: folder.appendingPathComponent(name))
                prepared.files.append(file)
                try file.write(header)
                return file
            }
            let long = try open(LongCSV.fileName, headers.long)
            let documents = try open(DocumentsCSV.fileName, headers.documents)
            let rejects = try open(RejectsCSV.fileName, headers.rejects)
            let validation = try open(ValidationCSV.fileName, headers.validation)
            var wide: [String: TemporaryFile] = [:]
            for key in unions.keys.sorted() {
                wide[key] = try open("\(WideCSV.folderName)/\(key).csv", WideCSV.header(unions[key]!.names, byteOrderMark: byteOrderMark))
            }

            var rows: [UInt8] = []
            for index in 0..<source.count {
                let fragment = try source.fragment(index)
                try long.write(fragment.long)
                try documents.write(fragment.documents)
                try rejects.write(fragment.rejects)
                try validation.write(fragment.validation)
                for part in fragment.wide {
                    guard let union = unions[part.tableKey], let file = wide[part.tableKey],
                          part.columns.allSatisfy({ union.position(of: $0) != nil }) else {
                        throw AssemblyError.columnsChanged(document: index)
                    }
                    rows.removeAll(keepingCapacity: true)
                    WideCSV.appendRows(of: part, columns: union, to: &rows)
                    try file.write(rows)
                }
                try workbookWriter?.add(fragment, wideColumns: unions)
                source.progress(index)
            }
            for file in prepared.files { try file.finish() }
            if let workbookWriter { prepared.files.append(try workbookWriter.finish()) }
            let workbookFile = folder.appendingPathComponent(WorkbookWriter.fileName)
            if workbook == nil && FileManager.default.fileExists(atPath: workbookFile.path) {
                prepared.removals.append(workbookFile)
            }

            for name in try FileManager.default.contentsOfDirectory(atPath: wideFolder.path)
            where name.hasSuffix(".csv") && !name.hasPrefix(".") && unions[String(name.dropLast(4))] == nil {
                prepared.removals.append(wideFolder.appendingPathComponent(name))
            }
            return prepared
        } catch {
            prepared.discard()
            workbookWriter?.discard()
            throw error
        }
    }

    enum AssemblyError: Error, CustomStringConvertible {
        /// A fragment's wide columns differ between the two passes (its file changed under the run).
        case columnsChanged(document: Int)

        var description: String {
            switch self {
            case .columnsChanged(let index):
                return "the stored load result of document \(index + 1) changed while the outputs were written"
            }
        }
    }
}
