import ArgumentParser
import BudgetETL
import Foundation

/// `budget-etl explain FILE`: how one document is read, line by line (the work is in `Explainer`).
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a document is read: each line's role, the tables and their columns, where each number went and why.",
        discussion: """
            Prints plain text to stdout; nothing is written. Line roles: title, marker, unit, agency, \
            header, body, continuation, page furniture, narrative, outside. Under each body line, each \
            number's column and confidence (certain: where the source puts it; derived: placed by the \
            table's sums), the identities that placed it, and what was rejected.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Pipeline configuration file (table catalog, output unit, rules).", valueName: "file"))
    var config: String = "pipeline.yaml"

    @Argument(help: ArgumentHelp("The document (.txt, .txt.gz or .pdf).", valueName: "FILE"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Only this table: its key, or its number in the document.", valueName: "KEY|N"))
    var table: String?

    @Option(name: .long, help: ArgumentHelp("Only this 1-based line.", valueName: "N"))
    var line: Int?

    func run() throws {
        let loaded = try ConfigOptions.parse(["--config", config]).load()
        let selection = Explainer.Selection(table: table, line: line)
        switch Explainer(config: loaded).explain(URL(fileURLWithPath: file), selection) {
        case .success(let text):
            FileHandle.standardOutput.write(Data(text.utf8))
        case .failure(let failure):
            FileHandle.standardError.write(Data("budget-etl explain: \(failure.description)\n".utf8))
            throw ExitCode(ExitStatus.documentFailed.rawValue)
        }
    }
}
