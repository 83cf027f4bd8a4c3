import Dispatch
import Foundation
import Logging

/// Runs the whole pipeline once: scan the input folder, process every document, load the output.
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

        let documents = process(files)
        for document in documents {
            if case .failed(let why) = document.status { logger.error("failed: \(document.sourceFile): \(why)") }
        }
        let summary = RunSummary(documents)
        logger.info("extract+normalize: \(summary.description)")

        let written = try OutputWriter(folder: config.outputFolder, byteOrderMark: config.csvByteOrderMark).write(documents)
        logger.info("load: wrote \(written.count) files to \(config.outputFolder.path)")
        return summary
    }

    /// Documents are independent, so they are processed in parallel; each result goes to the slot
    /// of its file, which keeps the output in input (sorted) order whatever finishes first.
    private func process(_ files: [InputFile]) -> [NormalizedDocument] {
        let processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit)
        var results = [NormalizedDocument?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { slots in
            let slots = slots // each iteration writes only its own index: no two threads share a slot
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                slots[index] = processor.process(files[index])
            }
        }
        return results.map { $0! }
    }
}
