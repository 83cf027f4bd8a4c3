import Foundation

/// The CSV files of one assembly: long, documents, rejects, validation and one per wide kind.
///
/// With the previous run's files (`CSVReuse`), a document whose lines came from the same fragment
/// and whose file kept its header is copied from the old file as bytes (neighbouring documents in
/// one copy); only the others are rendered. Either way the file is byte for byte what rendering
/// every document gives, and the lengths written make the next run's `CSVLayout`.
final class CSVFiles {
    private let outputs: [Output]
    private let reuse: CSVReuse?
    private var documents: [CSVLayout.Document] = []

    var files: [TemporaryFile] { outputs.map(\.file) }

    init(folder: URL, byteOrderMark: Bool, unions: [String: WideCSV.ColumnUnion], reuse: CSVReuse?) throws {
        self.reuse = reuse
        var opened: [Output] = []
        func open(_ name: String, _ header: [UInt8], _ render: @escaping Output.Render) throws {
            let file = try TemporaryFile(for: folder.appendingPathComponent(name))
            let output = Output(name: name, file: file, headerLength: header.count,
                                source: reuse?.open(name, header: header), render: render)
            opened.append(output)
            try file.write(header)
        }
        do {
            let headers = OutputHeaders(byteOrderMark: byteOrderMark)
            try open(LongCSV.fileName, headers.long) { $0.long.appendCSVLines(to: &$1) }
            try open(DocumentsCSV.fileName, headers.documents) { $0.documents.appendCSVLines(to: &$1) }
            try open(RejectsCSV.fileName, headers.rejects) { $0.rejects.appendCSVLines(to: &$1) }
            try open(ValidationCSV.fileName, headers.validation) { $0.validation.appendCSVLines(to: &$1) }
            for key in unions.keys.sorted() {
                let columns = unions[key]!
                try open("\(WideCSV.folderName)/\(key).csv", WideCSV.header(columns.names, byteOrderMark: byteOrderMark)) {
                    for part in $0.wide where part.tableKey == key { WideCSV.appendRows(of: part, columns: columns, to: &$1) }
                }
            }
        } catch {
            opened.forEach { $0.file.discard() }
            throw error
        }
        outputs = opened
    }

    /// Whether every file can take the document's lines from the previous run's files, so `add`
    /// needs no fragment for it.
    func copies(_ document: CSVLayout.Document) -> Bool {
        reuse?.position(of: document) != nil && outputs.allSatisfy { $0.source != nil }
    }

    /// Appends the document's lines to every file: copied where `copies` allows, else rendered
    /// from `fragment` (which must then be given).
    func add(_ document: CSVLayout.Document, fragment: LoadFragment?) throws {
        let position = reuse?.position(of: document)
        var rows: [UInt8] = []
        for output in outputs {
            if let position, let source = output.source {
                try output.copy(source.range(of: position))
            } else {
                guard let fragment else { throw MissingFragment(sourceFile: document.sourceFile) }
                rows.removeAll(keepingCapacity: true)
                output.render(fragment, &rows)
                try output.write(rows)
            }
        }
        documents.append(document)
    }

    func finish() throws {
        for output in outputs { try output.finish() }
    }

    /// Where each document's lines went, for the next run.
    func layout(base: String) -> CSVLayout {
        var layout = CSVLayout(base: base, documents: documents)
        for output in outputs {
            layout.files[output.name] = CSVLayout.File(headerLength: output.headerLength, lengths: output.lengths)
        }
        return layout
    }

    struct MissingFragment: Error, CustomStringConvertible {
        var sourceFile: String
        var description: String { "no load result given for \(sourceFile), whose lines cannot be copied" }
    }

    /// One file being written, with the old file its unchanged lines are copied from.
    private final class Output {
        typealias Render = (LoadFragment, inout [UInt8]) -> Void

        let name: String
        let file: TemporaryFile
        let headerLength: Int
        let source: CSVSourceFile?
        let render: Render
        private(set) var lengths: [Int] = []
        /// Bytes of the old file still to copy: neighbouring documents are copied in one call.
        private var pending: Range<Int>?

        init(name: String, file: TemporaryFile, headerLength: Int, source: CSVSourceFile?, render: @escaping Render) {
            self.name = name
            self.file = file
            self.headerLength = headerLength
            self.source = source
            self.render = render
        }

        func copy(_ range: Range<Int>) throws {
            lengths.append(range.count)
            if let run = pending, run.upperBound == range.lowerBound {
                pending = run.lowerBound..<range.upperBound
            } else {
                try flushCopy()
                pending = range
            }
        }

        func write(_ bytes: [UInt8]) throws {
            lengths.append(bytes.count)
            try flushCopy()
            try file.write(bytes)
        }

        func finish() throws {
            try flushCopy()
            try file.finish()
        }

        private func flushCopy() throws {
            guard let run = pending, let source else { return }
            pending = nil
            if !run.isEmpty { try file.copy(from: source.descriptor, run) }
        }
    }
}
