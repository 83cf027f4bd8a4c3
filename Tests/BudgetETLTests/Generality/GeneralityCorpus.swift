import BudgetETL
import Foundation

/// The samples of the repository (input/ and the pdftotext layout texts of Tests/Fixtures/pdf),
/// each read once with the repository's pipeline.yaml, and a reader for their variants.
struct GeneralityCorpus {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let extractor: Extractor
    let normalizer: Normalizer
    private(set) var samples: [SampleDocument]

    /// Loaded once for all the suite's tests: the samples and configuration never change during a run.
    static let shared: Result<GeneralityCorpus, Error> = Result { try GeneralityCorpus() }

    init() throws {
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"),
                                                   inputOverride: Self.repository.appendingPathComponent("input"),
                                                   outputOverride: FileManager.default.temporaryDirectory)
        extractor = Extractor(catalog: config.catalog)
        normalizer = Normalizer(catalog: config.catalog, outputUnit: config.outputUnit)
        samples = []
        for file in try Self.sampleFiles() {
            let text = try String(contentsOf: file, encoding: .utf8)
            let name = file.lastPathComponent
            samples.append(SampleDocument(name: name, text: text, reading: read(text, name: name)))
        }
    }

    static func sampleFiles() throws -> [URL] {
        let manager = FileManager.default
        let input = repository.appendingPathComponent("input")
        let pdf = repository.appendingPathComponent("Tests/Fixtures/pdf")
        let inputs = try manager.contentsOfDirectory(atPath: input.path).filter { $0.hasSuffix(".txt") }
            .map { input.appendingPathComponent($0) }
        let layouts = try manager.contentsOfDirectory(atPath: pdf.path).filter { $0.hasSuffix(".layout.txt") }
            .map { pdf.appendingPathComponent($0) }
        return (inputs + layouts).sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// Extract and normalize a text, as the pipeline does for a file.
    func read(_ text: String, name: String) -> Reading {
        let extracted = extractor.extract(bytes: Array(text.utf8), sourceFile: name, sha256: "")
        return Reading(extracted: extracted, normalized: normalizer.normalize(extracted))
    }
}
