import Dispatch
import Foundation
import Logging

/// Runs the whole pipeline once: scan the input folder, process and validate every document, load
/// the output.
public struct PipelineRunner {
    public let config: PipelineConfig
    public let logger: Logger

    public init(config: PipelineConfig, logger: Logger = Logger(label: "budget-etl")) {
        self.config = config
        self.logger = logger
    }

    /// Throws only when the run as a whole cannot go on (input folder unreadable, output not
    /// writable); a failing document is recorded in documents.csv and counted in the summary.
    @discardableResult
    public func run() throws -> RunSummary {
        let files = try InputScanner(folder: config.inputFolder, patterns: config.inputPatterns).scan()
        logger.info("scan: \(files.count) files match \(config.inputPatterns) in \(config.inputFolder.path)")

        let results = process(files)
        let documents = results.map(\.document)
        let findings = results.flatMap(\.findings)
        for document in documents {
            if case .failed(let why) = document.status { logger.error("failed: \(document.sourceFile): \(why)") }
        }
        var summary = RunSummary(documents)
        summary.record(findings, config.validation)
        logger.info("extract+normalize+validate: \(summary.description)")

        let written = try OutputWriter(folder: config.outputFolder, byteOrderMark: config.csvByteOrderMark)
            .write(documents, findings: findings)
        logger.info("load: wrote \(written.count) files to \(config.outputFolder.path)")
        return summary
    }

    /// Documents are independent (validation too looks at one document only), so they are processed
    /// in parallel; each result goes to the slot of its file, which keeps the output in input (sorted)
    /// order whatever finishes first.
    private func process(_ files: [InputFile]) -> [(document: NormalizedDocument, findings: [Finding])] {
        var processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit)
        processor.pdf = PDFConverter(settings: config.pdf, outputFolder: config.outputFolder)
        let validator = Validator(config: config.validation)
        var results = [(document: NormalizedDocument, findings: [Finding])?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = slots // each iteration writes only its own index: no two threads share a slot
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let document = processor.process(files[index])
                slots[index] = (document, validator.validate(document))
            }
        }
        return results.map { $0! }
    }
}
