/// Extract stage entry point: bytes of one document → `ExtractedDocument`.
public struct Extractor: Sendable {
    public let catalog: Catalog
    public init(catalog: Catalog) { self.catalog = catalog }

    /// Pure: the same bytes, path and catalog always give the same result.
    public func extract(bytes: [UInt8], sourceFile: String, sha256: String) -> ExtractedDocument {
        ExtractedDocument(sourceFile: sourceFile, sha256: sha256, metadata: DocumentMetadata(),
                          tables: [], rejects: [], status: .noTables)
    }
}
