import Foundation

/// `budget-etl explain`: how the tool reads one document, line by line, for a person facing a
/// template it has not seen. Plain text, the same for the same file and configuration (stable
/// enough to diff).
public struct Explainer {
    let config: PipelineConfig

    public init(config: PipelineConfig) { self.config = config }

    /// Which part of the document to show.
    public struct Selection: Equatable {
        /// A table key, or the table's 1-based number in the document.
        public var table: String?
        /// One 1-based line.
        public var line: Int?
        public init(table: String? = nil, line: Int? = nil) {
            self.table = table
            self.line = line
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func explain(_ url: URL, _ selection: Selection = Selection()) -> Result<String, Failure> {
        var processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                          placement: PlacementRules(config.validation))
        processor.pdf = PDFConverter(settings: config.pdf, textFolder: nil)
        let file = InputFile(relativePath: url.lastPathComponent, url: url)
        let text: [UInt8]
        switch DocumentProcessor.read(file).flatMap({ processor.text(file, bytes: $0) }) {
        case .success(let bytes): text = bytes
        case .failure(let failure): return .failure(Failure(description: failure.description))
        }
        if let emptiness = Extractor.emptiness(text) { return .failure(Failure(description: emptiness)) }
        let read: [String]
        do { read = try Extractor.lines(text) } catch { return .failure(Failure(description: "\(error)")) }
        // Pages printed bottom line first are shown turned over, as they are read, and their lines
        // numbered in that order (the output's source_line gives the file's).
        let turned = processor.extractor.readingOrder(read)
        let lines = turned?.lines ?? read
        let extracted = turned == nil ? processor.extractor.extract(bytes: text, sourceFile: file.relativePath, sha256: "")
            : processor.extractor.extract(lines: lines, sourceFile: file.relativePath, sha256: "")
        let normalized = processor.normalizer.normalize(extracted)
        let regions = processor.extractor.regions(in: lines)
        let report = ExplainReport(lines: lines, regions: regions, extracted: extracted, normalized: normalized)
        guard turned != nil else { return report.render(file.relativePath, selection) }
        return report.render(file.relativePath, selection).map {
            "pages printed bottom line first: shown turned over, lines numbered in reading order\n" + $0
        }
    }
}
