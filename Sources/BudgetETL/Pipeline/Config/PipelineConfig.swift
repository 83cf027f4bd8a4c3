import Foundation

/// Everything a run needs, decoded from pipeline.yaml (see README "pipeline.yaml reference") and
/// possibly overridden on the command line.
public struct PipelineConfig: Sendable, Equatable {
    /// The configuration file, as named to the loader; used in messages.
    public var file: String
    /// Folder the input patterns are matched below.
    public var inputFolder: URL
    /// Glob patterns of input files, relative to `inputFolder` (see `GlobPattern`).
    public var inputPatterns: [String] { didSet { source = SourceDigest() } }
    public var outputFolder: URL
    /// Unit money values are converted to (元 or 万元).
    public var outputUnit: MoneyUnit { didSet { source = SourceDigest() } }
    /// Start each CSV with a UTF-8 byte order mark, for Excel.
    public var csvByteOrderMark: Bool { didSet { source = SourceDigest() } }
    public var catalog: Catalog { didSet { source = SourceDigest() } }
    /// The `validate:` section: rules checked on every document and when findings fail the run.
    public var validation: ValidationConfig { didSet { source = SourceDigest() } }
    /// `output.formats`: the kinds of output files written (csv always; parquet when asked for).
    public var formats: [OutputFormat] = [.csv] { didSet { source = SourceDigest() } }
    /// The `parquet:` section: compression and row group size of the Parquet outputs.
    public var parquet = ParquetSettings() { didSet { source = SourceDigest() } }
    /// The `pdf:` section: how `.pdf` input is converted to text.
    public var pdf = PDFSettings() { didSet { source = SourceDigest() } }
    /// `state.folder`: where stored stage results are kept; nil: `.state` in the output folder.
    public var stateFolder: URL?
    /// `report: true`: also write the static HTML report to `report/` in the output folder.
    public var report = false { didSet { source = SourceDigest() } }

    /// SHA-256 of the configuration file's bytes while the fingerprinted settings are those the
    /// file gave; any change to them forgets it (a setting `ConfigFingerprints` reads needs the same
    /// `didSet`). Lets a run reuse the configuration fingerprints stored by the last run
    /// (`ConfigFingerprintStore`) instead of computing them again.
    var source = SourceDigest()

    /// Not part of the configuration's equality: two equal configurations, one read from a file.
    struct SourceDigest: Sendable, Equatable {
        var sha256: String?
        /// Read with every check of its patterns (no `CheckedConfigMark` of these bytes was found):
        /// the run leaves the mark for the next.
        var patternsChecked = false

        static func == (lhs: SourceDigest, rhs: SourceDigest) -> Bool { true }
    }

    /// The state folder in effect.
    public var effectiveStateFolder: URL { stateFolder ?? outputFolder.appendingPathComponent(".state") }
    /// Line of `input.folder` in `file`, so a missing folder is reported where it was set;
    /// nil when the folder came from the command line.
    public var inputFolderLine: Int?

    public init(file: String, inputFolder: URL, inputPatterns: [String] = PipelineConfig.defaultInputPatterns,
                outputFolder: URL,
                outputUnit: MoneyUnit = .yuan, csvByteOrderMark: Bool = false, catalog: Catalog,
                validation: ValidationConfig = ValidationConfig(), inputFolderLine: Int? = nil) {
        self.file = file
        self.inputFolder = inputFolder
        self.inputPatterns = inputPatterns
        self.outputFolder = outputFolder
        self.outputUnit = outputUnit
        self.csvByteOrderMark = csvByteOrderMark
        self.catalog = catalog
        self.validation = validation
        self.inputFolderLine = inputFolderLine
    }

    /// The output units a run may convert to. Other `MoneyUnit`s exist only as source units.
    public static let allowedOutputUnits: [MoneyUnit] = [.yuan, .wanYuan]

    /// Fails when the input folder does not exist, naming where it was set.
    public func checkInputFolderExists() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: inputFolder.path, isDirectory: &isFolder), isFolder.boolValue { return }
        let origin = inputFolderLine == nil ? " (given with --input)" : ""
        throw ConfigError(file: file, line: inputFolderLine,
                          message: "input folder '\(inputFolder.path)'\(origin) does not exist or is not a folder")
    }
}

