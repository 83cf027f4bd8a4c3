import Foundation

/// The samples' tables laid out by real tools instead of by the suite's own rules: printed to PDF
/// by headless Chromium in several page styles or by LibreOffice Calc and Writer, and turned back
/// into text by pdftotext (`-layout`, `-raw`, plain), by scripts/render_pdf_variants.py. The texts are committed in Tests/Fixtures/rendered
/// (the tools are not needed to run the tests); manifest.tsv says which sample each was made from
/// and which of its table kinds it holds (tables of text, such as performance targets, are not
/// rendered), so only those kinds' facts are compared.
enum PDFRenderedVariants {
    static let folder = GeneralityCorpus.repository.appendingPathComponent("Tests/Fixtures/rendered")
    /// The real documents' tables (Tests/Fixtures/real) printed the same way, in the styles of an
    /// Excel / WPS workbook and a Word document printed to PDF: closer to the pages of other
    /// provinces than the samples are.
    static let realFolder = folder.appendingPathComponent("real")
    static let realSources = GeneralityCorpus.repository.appendingPathComponent("Tests/Fixtures/real")

    struct Entry {
        var file: String
        var sample: String
        var style: String
        var tables: Set<String>
    }

    static let entries = load(folder)
    static let realEntries = load(realFolder)

    static func load(_ folder: URL) -> [Entry] {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("manifest.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { return nil }
            return Entry(file: fields[0], sample: fields[1], style: fields[2], tables: Set(fields[3].split(separator: ",").map(String.init)))
        }
    }

    static func make(_ sample: SampleDocument) -> [Variant] { variants(of: sample, from: entries, in: folder) }
    static func makeReal(_ sample: SampleDocument) -> [Variant] { variants(of: sample, from: realEntries, in: realFolder) }

    static func variants(of sample: SampleDocument, from entries: [Entry], in folder: URL) -> [Variant] {
        // GENERALITY_STYLE=NAME reads only that style's texts (to look at one style; never record so).
        let style = ProcessInfo.processInfo.environment["GENERALITY_STYLE"]
        return entries.filter { $0.sample == sample.name && (style == nil || $0.style == style) }.compactMap { entry in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(entry.file), encoding: .utf8) else { return nil }
            return Variant(sample: sample.name, name: "rendered to PDF, \(entry.style)", text: text, comparedTables: entry.tables)
        }
    }

    /// The real documents the rendered texts were made from, each read as the samples are: the
    /// facts compared are the original page's reading (not the hand-checked facts.tsv).
    static func realSamples(_ corpus: GeneralityCorpus) throws -> [SampleDocument] {
        try Set(realEntries.map(\.sample)).sorted().map { name in
            let text = try String(contentsOf: realSources.appendingPathComponent(name), encoding: .utf8)
            return SampleDocument(name: name, text: text, reading: corpus.read(text, name: name))
        }
    }
}
