import ArgumentParser
import BudgetETL
import Foundation
import Logging

/// `budget-etl run`: one pass over the input folder into the output folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Extract, normalize and load every input file into CSV files in the output folder."
    )

    @Option(name: .long, help: ArgumentHelp(
        "Pipeline configuration file (folders, output unit, table catalog).",
        discussion: "Folders written in it are relative to the file's own folder.",
        valueName: "file"))
    var config: String = "pipeline.yaml"

    @Option(name: .long, help: ArgumentHelp(
        "Input folder; replaces input.folder of the configuration. Relative to the working directory.",
        valueName: "dir"))
    var input: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output folder; replaces output.folder of the configuration. Relative to the working directory.",
        valueName: "dir"))
    var output: String?

    func run() throws {
        let logger = Logger(label: "budget-etl")
        let pipelineConfig: PipelineConfig
        do {
            pipelineConfig = try PipelineConfigLoader.load(file: URL(fileURLWithPath: config),
                                                           inputOverride: input.map { URL(fileURLWithPath: $0) },
                                                           outputOverride: output.map { URL(fileURLWithPath: $0) })
        } catch let error as ConfigError {
            // Compiler-style "file:line: error: …", without log decoration, so editors can jump to it.
            FileHandle.standardError.write(Data("\(error.file)\(error.line.map { ":\($0)" } ?? ""): error: \(error.message)\n".utf8))
            throw ExitCode(ExitStatus.configurationError.rawValue)
        }

        let summary: RunSummary
        do {
            summary = try PipelineRunner(config: pipelineConfig, logger: logger).run()
        } catch {
            logger.critical("run aborted: \(error.localizedDescription)")
            throw ExitCode(ExitStatus.runAborted.rawValue)
        }
        if summary.exitStatus != .success { throw ExitCode(summary.exitStatus.rawValue) }
    }
}
