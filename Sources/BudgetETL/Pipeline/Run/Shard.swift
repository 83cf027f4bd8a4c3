/// `--shard K/N`: a run over the documents whose stable hash of `source_file` falls in shard K of
/// N (K from 0, as a Kubernetes Indexed Job numbers its pods). N machines running shards 0 … N−1
/// into their own output folders together process every document exactly once, and their Parquet
/// parts carry the shard in their names, so the folders copied side by side form one dataset.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// The whole input: what a run without --shard is.
    public static let whole = Shard(validIndex: 0, count: 1)

    /// Parses "K/N" with 0 ≤ K < N; nil otherwise.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 0, k < n else { return nil }
        self.init(validIndex: k, count: n)
    }

    private init(validIndex index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the document at `relativePath` belongs to this shard. FNV-1a (64-bit) of the path's
    /// UTF-8 bytes: the same on every machine and every run, unlike Swift's seeded `Hasher`.
    public func contains(relativePath: String) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in relativePath.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash % UInt64(count) == UInt64(index)
    }

    /// The name of this shard's Parquet part files: "part-00003-of-00008".
    var partName: String {
        func padded(_ n: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
        }
        return "part-\(padded(index))-of-\(padded(count))"
    }
}
