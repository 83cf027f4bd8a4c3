import Foundation

/// Fingerprints of the parts of pipeline.yaml each stage reads, so that a changed key reruns exactly
/// the stages that read it:
///
/// | stage | reads |
/// |---|---|
/// | extract | `catalog.tables[].key` and `titles` (and any future catalog field not listed below); for a PDF also `pdf.converter`, `pdf.arguments` and the converter program itself |
/// | normalize | `output.unit`, `catalog.column_aliases`, `catalog.non_money_columns`, and `column_aliases` / `non_money_columns` of the table kinds the document has; the `validate:` rules that place numbers (`row_total`, `hierarchy`, `tolerance_per_summand`) |
/// | validate | the `validate:` section except `fail_on` (which only decides the exit status) |
/// | load | `csv.bom` (applied when the output files are put together), `report` (whether report/ is written) |
///
/// Values are fingerprinted through `CanonicalText`, which walks every stored property: a field
/// added to these configuration types is fingerprinted without anyone listing it here.
struct ConfigFingerprints: Sendable {
    let extractText: String
    let extractPDF: String
    let validate: String
    let outputs: String
    /// Everything above plus input patterns: the configuration as a whole, for run.json.
    let whole: String

    private let normalizeBase: String
    private let normalizeKinds: [String: String]
    private let cache = Cache()

    /// Documents share few sets of table kinds: their fingerprints are computed once per set.
    private final class Cache: @unchecked Sendable {
        let lock = NSLock()
        var normalize: [[String]: String] = [:]
    }

    init(_ config: PipelineConfig, pdfProgram: String) {
        // extract: the catalog without what only normalize reads.
        var titles = config.catalog
        titles.columnAliases = [:]
        titles.nonMoneyColumns = []
        for i in titles.kinds.indices {
            titles.kinds[i].columnAliases = [:]
            titles.kinds[i].nonMoneyColumns = []
        }
        extractText = Fingerprint.of("config.extract", CanonicalText.of(titles))
        var pdf = Fingerprint("config.extract.pdf")
        pdf.add("catalog", extractText)
        pdf.add("settings", CanonicalText.of(config.pdf))
        pdf.add("program", pdfProgram)
        extractPDF = pdf.hex

        // normalize: unit and column rules; per kind without its titles.
        var base = Fingerprint("config.normalize")
        base.add("unit", CanonicalText.of(config.outputUnit))
        base.add("aliases", CanonicalText.of(config.catalog.columnAliases))
        base.add("nonMoney", CanonicalText.of(config.catalog.nonMoneyColumns))
        base.add("placement", CanonicalText.of(PlacementRules(config.validation)))
        normalizeBase = base.hex
        var kinds: [String: String] = [:]
        for var kind in config.catalog.kinds {
            kind.titlePatterns = []
            kind.headerSignatures = []
            kinds[kind.key] = CanonicalText.of(kind)
        }
        normalizeKinds = kinds

        var validation = config.validation
        validation.failOn = .error
        validate = Fingerprint.of("config.validate", CanonicalText.of(validation))
        outputs = Fingerprint.of("config.load", "bom=\(config.csvByteOrderMark)"
                                 + CanonicalText.of(config.formats) + CanonicalText.of(config.parquet)
                                 + (config.report ? " report=\(ReportWriter.version)" : ""))

        var whole = Fingerprint("config")
        whole.add("extract", extractPDF)
        whole.add("normalize", normalizeBase + CanonicalText.of(normalizeKinds))
        whole.add("validate", CanonicalText.of(config.validation))
        whole.add("load", outputs)
        whole.add("patterns", CanonicalText.of(config.inputPatterns))
        self.whole = whole.hex
    }

    func extract(isPDF: Bool) -> String { isPDF ? extractPDF : extractText }

    /// Normalize reads the catalog entries of the kinds the document has, and no other.
    func normalize(tableKeys: [String]) -> String {
        cache.lock.lock()
        defer { cache.lock.unlock() }
        if let known = cache.normalize[tableKeys] { return known }
        var f = Fingerprint("config.normalize.document")
        f.add("base", normalizeBase)
        for key in tableKeys { f.add(key, normalizeKinds[key] ?? "unknown kind") }
        cache.normalize[tableKeys] = f.hex
        return f.hex
    }
}
