import Foundation

/// The load stage: writes every output file for one run into the output folder.
///
/// Each file is written atomically, and wide files of table kinds that are no longer present are
/// removed, so the folder always describes exactly the last run. Files hold no timestamps: two
/// runs over the same input give byte-identical files.
public struct OutputWriter: Sendable {
    public let folder: URL
    /// Start each file with the UTF-8 byte order mark (for Excel).
    public let byteOrderMark: Bool

    public init(folder: URL, byteOrderMark: Bool) {
        self.folder = folder
        self.byteOrderMark = byteOrderMark
    }

    /// Writes long.csv, documents.csv, rejects.csv, validation.csv and wide/<table_key>.csv for
    /// `documents` and their validation `findings` (ordered by source_file here, whatever order they
    /// come in); `consistency` by document id (see `ValidationResult.share`). Returns the files
    /// written.
    @discardableResult
    public func write(_ documents: [NormalizedDocument], findings: [Finding] = [],
                      consistency: [String: ExactDecimal] = [:]) throws -> [URL] {
        let documents = documents.sorted { $0.sourceFile.utf8.lexicographicallyPrecedes($1.sourceFile.utf8) }
        let wideFolder = folder.appendingPathComponent(WideCSV.folderName)
        try FileManager.default.createDirectory(at: wideFolder, withIntermediateDirectories: true)

        var written: [URL] = []
        func put(_ bytes: [UInt8], _ url: URL) throws {
            try AtomicFile.write(bytes, to: url)
            written.append(url)
        }
        try put(LongCSV.render(documents, byteOrderMark: byteOrderMark), folder.appendingPathComponent(LongCSV.fileName))
        try put(DocumentsCSV.render(documents, findings: findings, consistency: consistency,
                                    byteOrderMark: byteOrderMark),
                folder.appendingPathComponent(DocumentsCSV.fileName))
        try put(RejectsCSV.render(documents, byteOrderMark: byteOrderMark),
                folder.appendingPathComponent(RejectsCSV.fileName))
        try put(ValidationCSV.render(findings, byteOrderMark: byteOrderMark),
                folder.appendingPathComponent(ValidationCSV.fileName))
        var wideFiles: Set<String> = []
        for (tableKey, bytes) in WideCSV.render(documents, byteOrderMark: byteOrderMark) {
            let name = "\(tableKey).csv"
            wideFiles.insert(name)
            try put(bytes, wideFolder.appendingPathComponent(name))
        }
        try removeStaleWideFiles(in: wideFolder, keeping: wideFiles)
        return written
    }

    /// A kind that was present in an earlier run but not in this one would otherwise leave a wide
    /// file that contradicts long.csv.
    private func removeStaleWideFiles(in wideFolder: URL, keeping current: Set<String>) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: wideFolder.path)
        where name.hasSuffix(".csv") && !current.contains(name) {
            try FileManager.default.removeItem(at: wideFolder.appendingPathComponent(name))
        }
    }
}
