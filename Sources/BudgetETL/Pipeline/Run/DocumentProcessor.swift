import Foundation

/// Runs one input file through the document stages: read → fingerprint → extract → normalize.
/// Never throws: whatever goes wrong with one file becomes that document's `failed` status, so
/// one bad file cannot stop the others.
///
/// Reading and extracting are separate steps for the incremental runner, which hashes a file
/// before it knows whether it must extract it. Before the extractor sees them, bytes of a
/// `.gz` file are decompressed (system zlib) and a PDF is converted to text.
struct DocumentProcessor {
    let extractor: Extractor
    let normalizer: Normalizer
    /// Converts `.pdf` input to text; nil: PDFs are read like any other file (and fail as binary).
    var pdf: PDFConverter?

    init(catalog: Catalog, outputUnit: MoneyUnit, placement: PlacementRules = PlacementRules()) {
        extractor = Extractor(catalog: catalog)
        normalizer = Normalizer(catalog: catalog, outputUnit: outputUnit, placement: placement)
    }

    func process(_ file: InputFile) -> NormalizedDocument {
        switch Self.read(file) {
        case .failure(let failure):
            return normalize(ExtractArtifact(failed: file, sha256: "", why: failure.description))
        case .success(let bytes):
            return normalize(extract(file, bytes: bytes, sha256: SHA256.hex(bytes)))
        }
    }

    /// The file's bytes, or why they cannot be read ("cannot read: permission denied").
    static func read(_ file: InputFile) -> Result<[UInt8], ReadFailure> {
        FileReading.read(file.path).mapError { error in
            var link = stat()
            if error.code == ENOENT, lstat(file.path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) ?? "?"
                return ReadFailure(description: "cannot read: broken symbolic link (its target \(target) does not exist)")
            }
            return ReadFailure(description: "cannot read: \(error)")
        }
    }

    struct ReadFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The extract stage: bytes → `ExtractedDocument` (decompressed or converted first when needed).
    func extract(_ file: InputFile, bytes: [UInt8], sha256: String) -> ExtractArtifact {
        switch text(file, bytes: bytes) {
        case .success(let text):
            return ExtractArtifact(document: extractor.extract(bytes: text, sourceFile: file.relativePath, sha256: sha256),
                                   failedBeforeExtract: false)
        case .failure(let failure):
            return ExtractArtifact(failed: file, sha256: sha256, why: failure.description)
        }
    }

    /// The text the extractor reads: the bytes, decompressed or converted first when needed.
    func text(_ file: InputFile, bytes: [UInt8]) -> Result<[UInt8], ReadFailure> {
        var text = bytes
        if Self.isGzip(file) {
            do { text = try Zlib.gunzip(bytes) } catch {
                return .failure(ReadFailure(description: "cannot decompress: \(error)"))
            }
        }
        if let pdf, PDFConverter.isPDF(file) {
            // The fingerprint stays that of the PDF; lines and values come from its text.
            switch pdf.text(of: file) {
            case .success(let converted): text = converted
            case .failure(let failure): return .failure(ReadFailure(description: failure.description))
            }
        }
        return .success(text)
    }

    /// The normalize stage.
    func normalize(_ artifact: ExtractArtifact) -> NormalizedDocument { normalizeWithRelations(artifact).document }

    /// The normalize stage, with where the declared rules apply in each section (nil for a document
    /// that failed before extraction).
    func normalizeWithRelations(_ artifact: ExtractArtifact) -> (document: NormalizedDocument, relations: DocumentRelations?) {
        if artifact.failedBeforeExtract, case .failed(let why) = artifact.document.status {
            return (Self.failed(sourceFile: artifact.document.sourceFile, sha256: artifact.document.sha256, why: why), nil)
        }
        let normalized = normalizer.normalizeWithRelations(artifact.document)
        return (normalized.document, normalized.relations)
    }

    static func isGzip(_ file: InputFile) -> Bool { file.relativePath.lowercased().hasSuffix(".gz") }

    /// The record of a document that could not be processed: identified, fingerprinted when it
    /// could be read, and empty.
    static func failed(_ file: InputFile, sha256: String, why: String) -> NormalizedDocument {
        failed(sourceFile: file.relativePath, sha256: sha256, why: why)
    }

    static func failed(sourceFile: String, sha256: String, why: String) -> NormalizedDocument {
        NormalizedDocument(documentId: DocumentID.make(sourceFile: sourceFile), sourceFile: sourceFile,
                           sha256: sha256, metadata: DocumentMetadata(), sourceUnit: "", tables: [], rejects: [],
                           status: .failed(why))
    }
}

/// What the extract stage stores for a document: the extracted document, and whether it failed
/// before the extractor saw it (unreadable, not decompressible, not convertible), which
/// normalize reports the same way whatever the extractor would say.
struct ExtractArtifact: Codable {
    var document: ExtractedDocument
    var failedBeforeExtract: Bool

    init(document: ExtractedDocument, failedBeforeExtract: Bool) {
        self.document = document
        self.failedBeforeExtract = failedBeforeExtract
    }

    init(failed file: InputFile, sha256: String, why: String) {
        document = ExtractedDocument(sourceFile: file.relativePath, sha256: sha256, metadata: DocumentMetadata(),
                                     tables: [], rejects: [], status: .failed(why))
        failedBeforeExtract = true
    }

    var failure: String? {
        if case .failed(let why) = document.status { return why }
        return nil
    }
}
