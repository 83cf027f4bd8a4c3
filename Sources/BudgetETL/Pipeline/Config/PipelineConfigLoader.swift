import Foundation
import Yams

/// Reads pipeline.yaml into a `PipelineConfig`, rejecting every mistake with its file and line.
public enum PipelineConfigLoader {
    /// Reads `file`, applies the command-line folders, and checks that the input folder exists.
    /// Folders in the file are relative to the file's own folder (so the run does not depend on
    /// the working directory); command-line folders are relative to the working directory.
    public static func load(file: URL, inputOverride: URL? = nil, outputOverride: URL? = nil) throws -> PipelineConfig {
        let name = file.relativePath
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ConfigError(file: name, line: nil, message: "cannot read the configuration file")
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: name, line: nil, message: "the configuration file is not UTF-8 text")
        }
        let sha256 = SHA256.hex(Array(data))
        let base = file.deletingLastPathComponent()
        let root = try compose(yaml, file: name)
        // Bytes this executable read before with every check passed are not checked again.
        let known = stateFolder(of: root, base: base, outputOverride: outputOverride)
            .map { CheckedConfigMark.holds(in: $0, sha256: sha256) } ?? false
        var config = try decode(root, file: name, baseFolder: base, checksPatterns: !known)
        if let inputOverride {
            config.inputFolder = inputOverride.standardizedFileURL
            config.inputFolderLine = nil
        }
        if let outputOverride { config.outputFolder = outputOverride.standardizedFileURL }
        try config.checkInputFolderExists()
        config.source.sha256 = sha256
        config.source.patternsChecked = !known
        return config
    }

    /// Decodes YAML text (no file system access). `file` names it in messages.
    public static func decode(yaml: String, file: String, baseFolder: URL) throws -> PipelineConfig {
        try decode(try compose(yaml, file: file), file: file, baseFolder: baseFolder, checksPatterns: true)
    }

    /// Yams resolves a scalar's tag only when it is asked, and the reader asks none (a bool or a
    /// null is told by its text and style); the parser does, of every mapping key, to find
    /// duplicates, and the default resolver tries seven regular expressions on each (about a fifth
    /// of a no-op run's instructions). The bool rule alone keeps keys written as bools apart.
    private static let resolver = Resolver.basic.appending(Resolver.Rule.bool)

    private static func compose(_ yaml: String, file: String) throws -> Node {
        do {
            guard let composed = try Yams.compose(yaml: yaml, resolver) else {
                throw ConfigError(file: file, line: nil, message: "the configuration file is empty")
            }
            return composed
        } catch let error as YamlError {
            throw ConfigError(file: file, line: line(of: error), message: "not valid YAML: \(problem(of: error))")
        }
    }

    /// Where the run's state lies as the file says it plainly (nil when it does not), read before
    /// the file is decoded to look for its `CheckedConfigMark`; a wrong guess only misses the mark.
    private static func stateFolder(of root: Node, base: URL, outputOverride: URL?) -> URL? {
        func entry(_ node: Node?, _ key: String) -> Node? {
            guard case .mapping(let mapping)? = node else { return nil }
            return mapping.first { $0.key.string == key }?.value
        }
        func folder(_ node: Node?) -> URL? {
            guard case .scalar(let scalar)? = node, node?.null == nil, !scalar.string.isEmpty else { return nil }
            let text = scalar.string
            return (text.hasPrefix("/") ? URL(fileURLWithPath: text) : base.appendingPathComponent(text)).standardizedFileURL
        }
        if let state = folder(entry(entry(root, "state"), "folder")) { return state }
        let output = outputOverride?.standardizedFileURL ?? folder(entry(entry(root, "output"), "folder"))
        return output?.appendingPathComponent(".state")
    }

    /// Decodes a composed file; `checksPatterns` false skips the checks of regular expressions
    /// and narrative captures (see `CheckedConfigMark`).
    static func decode(_ root: Node, file: String, baseFolder: URL, checksPatterns: Bool) throws -> PipelineConfig {
        var reader = YAMLNodeReader(file: file)
        reader.checksPatterns = checksPatterns

        let top = try reader.mapping(root, at: YAMLFields.topLevel, allowed: ["input", "output", "csv", "parquet", "catalog", "validate", "pdf", "state", "report"])

        let input = try top.mapping("input", allowed: ["folder", "patterns"])
        let inputFolderNode = try input.required("folder")
        let inputFolder = try folder(inputFolderNode, at: "input.folder", reader: reader, base: baseFolder)
        var patterns = PipelineConfig.defaultInputPatterns
        if let node = input.optional("patterns") {
            patterns = try reader.stringList(node, at: "input.patterns").map { pattern, itemNode in
                try GlobPattern.check(pattern, file: file, line: itemNode.mark?.line)
                return pattern
            }
            if patterns.isEmpty { throw reader.error("input.patterns is empty: no file would be read", at: node) }
        }

        let output = try top.mapping("output", allowed: ["folder", "unit", "formats"])
        let outputFolder = try folder(try output.required("folder"), at: "output.folder", reader: reader, base: baseFolder)
        var unit = MoneyUnit.yuan
        if let node = output.optional("unit") {
            let text = try reader.string(node, at: "output.unit")
            guard let parsed = MoneyUnit(rawValue: text), PipelineConfig.allowedOutputUnits.contains(parsed) else {
                let allowed = PipelineConfig.allowedOutputUnits.map(\.rawValue).joined(separator: " or ")
                throw reader.error("output.unit must be \(allowed), found '\(text)'", at: node)
            }
            unit = parsed
        }

        var byteOrderMark = false
        if let csv = try top.optionalMapping("csv", allowed: ["bom"]) {
            if let bom = csv.optional("bom") { byteOrderMark = try reader.bool(bom, at: "csv.bom") }
        }

        let catalog = try CatalogDecoder(reader: reader).decode(try top.mapping("catalog", allowed: CatalogDecoder.keys))
        var validation = ValidationConfig()
        if let fields = try top.optionalMapping("validate", allowed: ValidationConfigDecoder.keys) {
            validation = try ValidationConfigDecoder(reader: reader, tableKeys: Set(catalog.kinds.map(\.key))).decode(fields)
        }

        let outputSettings = OutputSettingsDecoder(reader: reader)
        let formats = try outputSettings.formats(output.optional("formats"))
        let parquet = try outputSettings.parquet(try top.optionalMapping("parquet", allowed: OutputSettingsDecoder.parquetKeys))

        let pdf = try PDFSettingsDecoder(reader: reader).decode(try top.optionalMapping("pdf", allowed: PDFSettingsDecoder.keys))

        var stateFolder: URL?
        if let state = try top.optionalMapping("state", allowed: ["folder"]), let node = state.optional("folder") {
            stateFolder = try folder(node, at: "state.folder", reader: reader, base: baseFolder)
            if stateFolder == outputFolder || stateFolder == inputFolder {
                throw reader.error("state.folder must be a folder of its own, not the \(stateFolder == outputFolder ? "output" : "input") folder", at: node)
            }
        }

        var config = PipelineConfig(file: file, inputFolder: inputFolder, inputPatterns: patterns, outputFolder: outputFolder,
                                    outputUnit: unit, csvByteOrderMark: byteOrderMark, catalog: catalog,
                                    validation: validation, inputFolderLine: inputFolderNode.mark?.line)
        config.pdf = pdf
        config.formats = formats
        config.parquet = parquet
        config.stateFolder = stateFolder
        if let node = top.optional("report") { config.report = try reader.bool(node, at: "report") }
        return config
    }

    private static func folder(_ node: Node, at path: String, reader: YAMLNodeReader, base: URL) throws -> URL {
        let text = try reader.string(node, at: path)
        if text.isEmpty { throw reader.error("\(path) is empty", at: node) }
        let url = text.hasPrefix("/") ? URL(fileURLWithPath: text) : base.appendingPathComponent(text)
        return url.standardizedFileURL
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        case let .duplicatedKeysInMapping(_, context):
            return context.mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
             let .composer(context, problem, _, _):
            return (context.map { "\($0.text) " } ?? "") + problem
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicated key(s) " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        default:
            return "\(error)"
        }
    }
}
