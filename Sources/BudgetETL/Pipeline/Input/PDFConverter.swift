import Foundation

/// The `pdf:` section of pipeline.yaml: the program that turns a PDF into text and its options.
/// The extractor reads the column-aligned layout `pdftotext -layout` writes.
public struct PDFSettings: Sendable, Equatable {
    /// A program name looked up on PATH, or a path to the program.
    public var converter: String
    /// Options given before the input file and the output file.
    public var arguments: [String]

    public init(converter: String = "pdftotext", arguments: [String] = ["-layout", "-enc", "UTF-8"]) {
        self.converter = converter
        self.arguments = arguments
    }
}

extension PipelineConfig {
    /// `input.patterns` when the configuration gives none: text files, PDFs and gzip-compressed text.
    public static let defaultInputPatterns = ["*.txt", "*.pdf", "*.txt.gz"]
}

/// Converts an input PDF to text with the configured program (`<converter> <arguments> <pdf>
/// <text>`), and keeps the text in the state folder (`.state/text/<source_file>.txt` below the
/// output folder) so that a researcher can look up the line a value came from: `source_line` of
/// a PDF refers to that text.
struct PDFConverter: Sendable {
    let settings: PDFSettings
    /// Where converted texts are kept; nil: not kept.
    let textFolder: URL?
    /// Folders searched for a converter given by name (PATH).
    let searchPath: [String]

    init(settings: PDFSettings, outputFolder: URL?,
         searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin") {
        self.init(settings: settings, textFolder: outputFolder?.appendingPathComponent(".state/text"), searchPath: searchPath)
    }

    /// `textFolder`: where converted texts are kept (the state folder's `text/`); nil: not kept.
    init(settings: PDFSettings, textFolder: URL?,
         searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin") {
        self.settings = settings
        self.textFolder = textFolder
        self.searchPath = searchPath.split(separator: ":").map(String.init)
    }

    /// Identifies the converter program itself (path, size, modification time), so that a
    /// converter installed, upgraded or replaced makes converted PDFs stale.
    func programStamp() -> String {
        guard let program = executable() else { return "not found: \(settings.converter)" }
        let path = program.resolvingSymlinksInPath().path
        guard let stat = FileStat.of(path) else { return path }
        return "\(path) \(stat.size) \(stat.modified)"
    }

    static func isPDF(_ file: InputFile) -> Bool { file.relativePath.lowercased().hasSuffix(".pdf") }

    /// The text of the PDF, or why there is none (becomes the document's `failed:` status).
    func text(of file: InputFile) -> Result<[UInt8], ConversionFailure> {
        guard let program = executable() else {
            let name = settings.converter
            let advice = (name as NSString).lastPathComponent == "pdftotext"
                ? "install the Debian package poppler-utils" : "check pdf.converter in the configuration"
            return .failure(ConversionFailure(description: "\(name) not found: \(advice)"))
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("budget-etl-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = program
        process.arguments = settings.arguments + [file.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            return .failure(ConversionFailure(description: "\(settings.converter) could not be started: \(error.localizedDescription)"))
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            let detail = String(decoding: message, as: UTF8.self).split(separator: "\n").first.map { ": \($0)" } ?? ""
            return .failure(ConversionFailure(
                description: "\(settings.converter) failed with exit status \(process.terminationStatus)\(detail)"))
        }
        let bytes = [UInt8](data)
        keep(bytes, for: file)
        return .success(bytes)
    }

    /// Stores the converted text; a copy that cannot be written does not fail the document (an
    /// unwritable output folder stops the run when the CSV files are written).
    private func keep(_ bytes: [UInt8], for file: InputFile) {
        guard let textFolder else { return }
        let url = textFolder.appendingPathComponent(file.relativePath + ".txt")
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? AtomicFile.write(bytes, to: url)
    }

    func executable() -> URL? {
        let name = settings.converter
        if name.contains("/") {
            return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil
        }
        for folder in searchPath where !folder.isEmpty {
            let path = (folder as NSString).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: path) { return URL(fileURLWithPath: path) }
        }
        return nil
    }

    struct ConversionFailure: Error, CustomStringConvertible {
        var description: String
    }
}
