import Foundation

/// Where each document's lines lie in the CSV files one run wrote: the files' header lengths and,
/// per file, the length of every document's part, documents in file order. Stored in the state
/// folder (`csv-layout`) and committed with the outputs, so the next run can copy the lines of
/// every unchanged document from the previous file as they are (`CSVFiles`) and render only the
/// changed documents' lines: a document's lines in a file depend only on its load fragment and the
/// file's header (the wide columns), both checked before any byte is reused.
struct CSVLayout: Equatable {
    static let fileName = "csv-layout"
    static let kind = "csv-layout"

    /// What the lines' rendering depends on besides the fragments (tool version, load code, csv
    /// options): a layout of another base is never used.
    var base: String
    /// The documents in file order, each with the key of the load fragment its lines came from.
    var documents: [Document] = []
    /// By file path relative to the output folder.
    var files: [String: File] = [:]

    struct Document: Equatable {
        var sourceFile: String
        var loadKey: String
    }

    struct File: Equatable {
        var headerLength: Int
        /// Bytes of each document's lines, in the order of `documents`.
        var lengths: [Int] = []
    }

    func encoded() -> [UInt8] {
        var w = ByteWriter(reservingCapacity: 64 * documents.count + 8 * documents.count * files.count)
        w.string(base)
        w.u32(documents.count)
        for document in documents {
            w.string(document.sourceFile)
            w.string(document.loadKey)
        }
        w.u32(files.count)
        for name in files.keys.sorted() {
            let file = files[name]!
            w.string(name)
            w.u64(UInt64(file.headerLength))
            for length in file.lengths { w.u64(UInt64(length)) }
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> CSVLayout {
        var r = ByteReader(bytes)
        var layout = CSVLayout(base: try r.string())
        for _ in 0..<(try r.count()) {
            layout.documents.append(Document(sourceFile: try r.string(), loadKey: try r.string()))
        }
        for _ in 0..<(try r.count()) {
            let name = try r.string()
            var file = File(headerLength: Int(try r.u64()))
            file.lengths.reserveCapacity(layout.documents.count)
            for _ in layout.documents { file.lengths.append(Int(try r.u64())) }
            layout.files[name] = file
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return layout
    }

    /// The layout stored for the outputs of key `outputsKey`; nil when there is none that checks out.
    static func read(from url: URL, outputsKey: String) -> CSVLayout? {
        guard case .success(let bytes) = FileReading.read(url.path),
              let contents = try? StateFile.unframe(bytes, kind: kind, key: outputsKey) else { return nil }
        return try? decode(contents.payload)
    }

    func framed(outputsKey: String) -> [UInt8] {
        StateFile.frame(kind: Self.kind, key: outputsKey, payload: encoded(), compress: false)
    }
}

/// The previous run's CSV files that may be reused: its layout, and the stat each file had when that
/// run wrote it (from the state index), so a file changed since is not trusted.
struct CSVReuse {
    let layout: CSVLayout
    let folder: URL
    let written: [String: FileStat]
    /// Position of each document in the layout, by source file.
    private let positions: [String: Int]

    init(layout: CSVLayout, folder: URL, written: [String: FileStat]) {
        self.layout = layout
        self.folder = folder
        self.written = written
        var positions: [String: Int] = [:]
        for (index, document) in layout.documents.enumerated() { positions[document.sourceFile] = index }
        self.positions = positions
    }

    /// The old file `name` opened for reading when it is the one written with the layout and
    /// starts with `header`; nil otherwise (then it is assembled whole).
    func open(_ name: String, header: [UInt8]) -> CSVSourceFile? {
        guard let file = layout.files[name], file.headerLength == header.count,
              let recorded = written[name] else { return nil }
        let path = folder.appendingPathComponent(name).path
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var now = stat()
        guard fstat(descriptor, &now) == 0, FileStat(now).sameFile(as: recorded),
              Int64(file.headerLength + file.lengths.reduce(0, +)) == recorded.size,
              FileReading.read(path, offset: 0, count: header.count) == header else {
            close(descriptor)
            return nil
        }
        var offsets: [Int] = []
        offsets.reserveCapacity(file.lengths.count)
        var offset = file.headerLength
        for length in file.lengths {
            offsets.append(offset)
            offset += length
        }
        return CSVSourceFile(descriptor: descriptor, path: path, offsets: offsets, lengths: file.lengths)
    }

    /// The document's position in the old files when its lines there came from the same fragment.
    func position(of document: CSVLayout.Document) -> Int? {
        guard let index = positions[document.sourceFile], layout.documents[index].loadKey == document.loadKey else { return nil }
        return index
    }
}

extension FileStat {
    /// Size, modification time and inode equal: the file as it was written.
    func sameFile(as other: FileStat) -> Bool {
        size == other.size && modified == other.modified && inode == other.inode
    }
}

/// An old CSV file open for copying documents' lines out of it.
final class CSVSourceFile {
    let descriptor: Int32
    let path: String
    let offsets: [Int]
    let lengths: [Int]

    init(descriptor: Int32, path: String, offsets: [Int], lengths: [Int]) {
        self.descriptor = descriptor
        self.path = path
        self.offsets = offsets
        self.lengths = lengths
    }

    deinit { close(descriptor) }

    func range(of position: Int) -> Range<Int> { offsets[position]..<(offsets[position] + lengths[position]) }
}
