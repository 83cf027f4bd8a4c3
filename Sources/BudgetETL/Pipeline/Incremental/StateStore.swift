import Foundation

/// The state folder (`output/.state/` unless `state.folder` says otherwise):
///
/// ```
/// manifest            index of every document's input hash and stage fingerprints (StateManifest)
/// docs/ab/<hash>.extract|normalize|validate|load
///                     one stored result per document and stage; <hash> names the source file
/// text/<source_file>.txt
///                     text of each PDF, as converted (source_line refers to it)
/// commit.json         present only while outputs are being renamed into place (OutputCommit)
/// config-fingerprints the last run's configuration fingerprints (ConfigFingerprintStore)
/// config-checked      mark: these configuration bytes passed every check (CheckedConfigMark)
/// csv-layout          where each document's lines are in the CSV outputs (CSVLayout)
/// parquet-layout      where each block of documents is in the Parquet outputs (ParquetFileLayout)
/// workbook-layout     where each block of documents is in the workbook's sheets (WorkbookLayout)
/// ```
///
/// Every stored file starts with a header (`StateFile`) naming its kind, the fingerprint it was
/// computed under, its length and checksums; a file that does not check out in every respect —
/// truncated, damaged, of another kind, format or fingerprint — is treated as absent and rebuilt.
struct StateStore: Sendable {
    let folder: URL
    /// `docs/` as a path ending in "/", made once: a document's path is joined to it as a string
    /// (a URL appended and read back per document cost four times its hash, in every load).
    private let documentsPath: String

    init(folder: URL) {
        self.folder = folder
        let path = folder.appendingPathComponent("docs").path
        documentsPath = path.hasSuffix("/") ? path : path + "/"
    }

    var manifestURL: URL { folder.appendingPathComponent("manifest") }
    var journalURL: URL { folder.appendingPathComponent("commit.json") }
    var configFingerprintsURL: URL { folder.appendingPathComponent("config-fingerprints") }
    var checkedConfigURL: URL { folder.appendingPathComponent(CheckedConfigMark.fileName) }
    var csvLayoutURL: URL { folder.appendingPathComponent(CSVLayout.fileName) }
    var parquetLayoutURL: URL { folder.appendingPathComponent(ParquetFileLayout.fileName) }
    var workbookLayoutURL: URL { folder.appendingPathComponent(WorkbookLayout.fileName) }
    var textFolder: URL { folder.appendingPathComponent("text") }
    var documentsFolder: URL { folder.appendingPathComponent("docs") }

    /// docs/<2 hex>/<30 hex>.<stage>: the hash of the source file keeps names short, safe and
    /// spread over 256 folders.
    func url(_ sourceFile: String, _ stage: Stage) -> URL {
        URL(fileURLWithPath: path(sourceFile, stage))
    }

    /// `url` as a path, joined as a string (URLs cost more than the reads they name, once per
    /// document in every load).
    func path(_ sourceFile: String, _ stage: Stage) -> String {
        let hash = SHA256.hex(sourceFile)
        return documentsPath + hash.prefix(2) + "/" + hash.dropFirst(2).prefix(30) + "." + stage.rawValue
    }

    func write(_ stage: Stage, _ sourceFile: String, key: String, payload: [UInt8], prefixLength: Int = 0,
               compress: Bool) throws {
        let bytes = StateFile.frame(kind: stage.rawValue, key: key, payload: payload, prefixLength: prefixLength,
                                    compress: compress)
        try Self.writeCreatingFolder(bytes, to: url(sourceFile, stage))
    }

    /// Writes a payload compressed by the caller (`Zlib.compress`) from `rawLength` bytes.
    func write(_ stage: Stage, _ sourceFile: String, key: String, compressed: [UInt8], rawLength: Int) throws {
        let bytes = StateFile.frame(kind: stage.rawValue, key: key, stored: compressed, rawLength: rawLength,
                                    compressed: true, prefixLength: 0, prefixCRC: 0)
        try Self.writeCreatingFolder(bytes, to: url(sourceFile, stage))
    }

    /// The payload stored for `stage` under `key`; nil when there is none that checks out.
    func read(_ stage: Stage, _ sourceFile: String, key: String) -> StateFile.Contents? {
        guard case .success(let bytes) = FileReading.read(path(sourceFile, stage)) else { return nil }
        return try? StateFile.unframe(bytes, kind: stage.rawValue, key: key)
    }

    /// Only the checked prefix of a payload (the load fragment's summary), which is stored
    /// uncompressed even when the rest is compressed.
    /// The header and, mostly, the whole prefix come in one read (a one-changed run reads every
    /// document's); a longer prefix is read on its own.
    func readPrefix(_ stage: Stage, _ sourceFile: String, key: String) -> [UInt8]? {
        let file = path(sourceFile, stage)
        let headerSize = StateFile.headerSize
        guard let start = FileReading.read(file, offset: 0, upTo: headerSize + Self.prefixReadAhead), start.count >= headerSize,
              let header = try? StateFile.Header(Array(start[..<headerSize]), kind: stage.rawValue, key: key),
              header.prefixLength <= header.storedLength else { return nil }
        let prefix = headerSize + header.prefixLength <= start.count
            ? Array(start[headerSize..<(headerSize + header.prefixLength)])
            : FileReading.read(file, offset: headerSize, count: header.prefixLength)
        guard let prefix, Zlib.crc32(prefix) == header.prefixCRC else { return nil }
        return prefix
    }

    /// Bytes read past a header with it, for `readPrefix` (a load summary takes one to three kilobytes).
    static let prefixReadAhead = 8192

    func exists(_ stage: Stage, _ sourceFile: String) -> Bool {
        access(path(sourceFile, stage), F_OK) == 0
    }

    /// Removes what is stored for a document that left the input folder.
    func remove(_ sourceFile: String) {
        for stage in Stage.allCases { unlink(path(sourceFile, stage)) }
        unlink(textFolder.appendingPathComponent(sourceFile + ".txt").path)
    }

    static func writeCreatingFolder(_ bytes: [UInt8], to url: URL) throws {
        do {
            try AtomicFile.write(bytes, to: url)
        } catch {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: url)
        }
    }

    /// Removes temporary files a killed run left (`.<name>.tmp-<pid>`) in the state folder.
    func removeTemporaryFiles() {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return }
        while let path = walker.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if TemporaryFile.isTemporaryName(name) { unlink(folder.appendingPathComponent(path).path) }
        }
    }
}

/// The framing of every state file: a 96-byte header, then the payload: its prefix as it is (it can
/// be read and checked alone), then the rest, zlib-compressed or not. A payload without a prefix is
/// compressed (or not) as a whole.
///
/// ```
///  0  8  magic "BETLSTAT"
///  8  4  state format (BudgetETLVersion.stateFormat)
/// 12  4  kind, ASCII ("extr", "norm", "vali", "load", "mani")
/// 16 32  fingerprint the payload was computed under, hex
/// 48  4  flags: 1 = compressed (the payload after its prefix)
/// 52  4  length of the payload's prefix, stored uncompressed, that can be read and checked alone
/// 56  8  stored payload length
/// 64  8  payload length before compression
/// 72  4  CRC-32 of the stored payload
/// 76  4  CRC-32 of the prefix
/// 80 12  zero
/// 92  4  CRC-32 of bytes 0..<92
/// ```
enum StateFile {
    static let headerSize = 96
    private static let magic = Array("BETLSTAT".utf8)

    struct Contents {
        var payload: [UInt8]
        var prefixLength: Int
    }

    struct Damaged: Error, CustomStringConvertible {
        var description: String
    }

    static func frame(kind: String, key: String, payload: [UInt8], prefixLength: Int = 0, compress: Bool) -> [UInt8] {
        precondition(prefixLength >= 0 && prefixLength <= payload.count, "prefix longer than the payload")
        let prefix = payload[0..<prefixLength]
        let stored = compress ? Array(prefix) + Zlib.compress(Array(payload[prefixLength...])) : payload
        return frame(kind: kind, key: key, stored: stored, rawLength: payload.count, compressed: compress,
                     prefixLength: prefixLength, prefixCRC: Zlib.crc32(prefix))
    }

    static func frame(kind: String, key: String, stored: [UInt8], rawLength: Int, compressed compress: Bool,
                      prefixLength: Int, prefixCRC: UInt32) -> [UInt8] {
        var header = [UInt8](repeating: 0, count: headerSize)
        func put(_ value: UInt64, at offset: Int, width: Int) {
            for i in 0..<width { header[offset + i] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(i))) }
        }
        header.replaceSubrange(0..<8, with: magic)
        put(UInt64(BudgetETLVersion.stateFormat), at: 8, width: 4)
        header.replaceSubrange(12..<16, with: kindBytes(kind))
        header.replaceSubrange(16..<48, with: keyBytes(key))
        put(compress ? 1 : 0, at: 48, width: 4)
        put(UInt64(prefixLength), at: 52, width: 4)
        put(UInt64(stored.count), at: 56, width: 8)
        put(UInt64(rawLength), at: 64, width: 8)
        put(UInt64(Zlib.crc32(stored)), at: 72, width: 4)
        put(UInt64(prefixCRC), at: 76, width: 4)
        put(UInt64(Zlib.crc32(header[0..<92])), at: 92, width: 4)
        return header + stored
    }

    static func unframe(_ bytes: [UInt8], kind: String, key: String?) throws -> Contents {
        guard bytes.count >= headerSize else { throw Damaged(description: "truncated header") }
        let header = try Header(Array(bytes[0..<headerSize]), kind: kind, key: key)
        guard bytes.count - headerSize == header.storedLength else {
            throw Damaged(description: "length \(bytes.count - headerSize), header says \(header.storedLength)")
        }
        let stored = Array(bytes[headerSize...])
        guard Zlib.crc32(stored) == header.payloadCRC else { throw Damaged(description: "checksum mismatch") }
        guard header.prefixLength <= stored.count, header.prefixLength <= header.rawLength else {
            throw Damaged(description: "inconsistent lengths")
        }
        if header.compressed {
            var payload = Array(stored[0..<header.prefixLength])
            payload += try Zlib.uncompress(Array(stored[header.prefixLength...]),
                                           length: header.rawLength - header.prefixLength)
            return Contents(payload: payload, prefixLength: header.prefixLength)
        }
        guard header.rawLength == stored.count else { throw Damaged(description: "inconsistent lengths") }
        return Contents(payload: stored, prefixLength: header.prefixLength)
    }

    struct Header {
        var compressed: Bool
        var prefixLength: Int
        var storedLength: Int
        var rawLength: Int
        var payloadCRC: UInt32
        var prefixCRC: UInt32
        var key: String

        /// Checks magic, header checksum, format, kind and (when given) fingerprint.
        init(_ h: [UInt8], kind: String, key expectedKey: String?) throws {
            guard h.count == StateFile.headerSize, Array(h[0..<8]) == StateFile.magic else {
                throw Damaged(description: "not a state file")
            }
            func get(_ offset: Int, _ width: Int) -> UInt64 {
                (0..<width).reduce(0) { $0 | UInt64(h[offset + $1]) << (8 * UInt64($1)) }
            }
            guard UInt32(get(92, 4)) == Zlib.crc32(h[0..<92]) else { throw Damaged(description: "header checksum mismatch") }
            guard get(8, 4) == UInt64(BudgetETLVersion.stateFormat) else { throw Damaged(description: "another state format") }
            guard Array(h[12..<16]) == StateFile.kindBytes(kind) else { throw Damaged(description: "another kind of state file") }
            key = String(decoding: h[16..<48], as: UTF8.self)
            if let expectedKey, StateFile.keyBytes(expectedKey) != Array(h[16..<48]) {
                throw Damaged(description: "computed under another fingerprint")
            }
            compressed = get(48, 4) & 1 != 0
            prefixLength = Int(get(52, 4))
            let stored = get(56, 8), raw = get(64, 8)
            guard stored < 1 << 40, raw < 1 << 40 else { throw Damaged(description: "implausible length") }
            storedLength = Int(stored)
            rawLength = Int(raw)
            payloadCRC = UInt32(get(72, 4))
            prefixCRC = UInt32(get(76, 4))
        }
    }

    private static func kindBytes(_ kind: String) -> [UInt8] {
        Array((Array(kind.utf8) + [0, 0, 0, 0]).prefix(4))
    }

    private static func keyBytes(_ key: String) -> [UInt8] {
        Array((Array(key.utf8) + [UInt8](repeating: 0x30, count: 32)).prefix(32))
    }
}
