import Foundation

/// Runs one input file through the document stages: read → fingerprint → extract → normalize.
/// Never throws: whatever goes wrong with one file becomes that document's `failed` status, so
/// one bad file cannot stop the others.
struct DocumentProcessor {
    let extractor: Extractor
    let normalizer: Normalizer
    /// Converts `.pdf` input to text; nil: PDFs are read like any other file (and fail as binary).
    var pdf: PDFConverter?

    init(catalog: Catalog, outputUnit: MoneyUnit) {
        extractor = Extractor(catalog: catalog)
        normalizer = Normalizer(catalog: catalog, outputUnit: outputUnit)
    }

    func process(_ file: InputFile) -> NormalizedDocument {
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: file.url))
        } catch {
            return Self.failed(file, sha256: "", why: "cannot read the file: \(error.localizedDescription)")
        }
        let sha256 = SHA256.hex(bytes)
        var text = bytes
        if let pdf, PDFConverter.isPDF(file) {
            // The fingerprint stays that of the PDF; lines and values come from its text.
            switch pdf.text(of: file) {
            case .success(let converted): text = converted
            case .failure(let failure): return Self.failed(file, sha256: sha256, why: failure.description)
            }
        }
        let extracted = extractor.extract(bytes: text, sourceFile: file.relativePath, sha256: sha256)
        return normalizer.normalize(extracted)
    }

    /// The record of a document that could not be processed: identified, fingerprinted when it
    /// could be read, and empty.
    static func failed(_ file: InputFile, sha256: String, why: String) -> NormalizedDocument {
        NormalizedDocument(documentId: DocumentID.make(sourceFile: file.relativePath), sourceFile: file.relativePath,
                           sha256: sha256, metadata: DocumentMetadata(), sourceUnit: "", tables: [], rejects: [],
                           status: .failed(why))
    }
}
