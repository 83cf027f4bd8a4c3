import Foundation

/// Where the Parquet outputs of one run go, named after its shard.
struct ParquetLayout {
    static let folderName = "parquet"
    /// Hive's name for the partition of null values.
    static let nullPartition = "__HIVE_DEFAULT_PARTITION__"

    let folder: URL
    let shard: Shard

    init(outputFolder: URL, shard: Shard) {
        folder = outputFolder.appendingPathComponent(Self.folderName)
        self.shard = shard
    }

    var wideFolder: URL { folder.appendingPathComponent(WideCSV.folderName) }

    func longPart(year: Int?) -> URL {
        folder.appendingPathComponent("long/fiscal_year=\(year.map(String.init) ?? Self.nullPartition)/\(shard.partName).parquet")
    }

    /// A table of one file per run: "documents.parquet", or "documents.part-00003-of-00008.parquet"
    /// in a shard, so the shards' folders copied together do not overwrite each other.
    func table(_ name: String) -> URL { folder.appendingPathComponent("\(name)\(suffix).parquet") }

    func wide(_ tableKey: String) -> URL { wideFolder.appendingPathComponent("\(tableKey)\(suffix).parquet") }

    private var suffix: String { shard == .whole ? "" : ".\(shard.partName)" }

    /// The Parquet files and partition keys in the parquet folder of `outputFolder` (not the
    /// temporary files of a run): what a run that writes no Parquet removes.
    static func files(below outputFolder: URL) -> [URL] {
        let folder = outputFolder.appendingPathComponent(folderName)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker
        where (url.pathExtension == "parquet" || url.pathExtension == "key") && !TemporaryFile.isTemporaryName(url.lastPathComponent) {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    func keyFile(of part: URL) -> URL { Self.keyFile(of: part) }

    /// The hidden file beside a partition holding its key (hidden: query engines skip it).
    static func keyFile(of part: URL) -> URL {
        part.deletingLastPathComponent().appendingPathComponent(".\(part.lastPathComponent).key")
    }
}
