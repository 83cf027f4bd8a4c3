import Foundation
import XCTest
@testable import BudgetETL

/// The `pdf:` section of pipeline.yaml and the converter it configures.
final class PDFConfigTests: XCTestCase {
    private let head = """
        input: {folder: in}                  # 1
        output: {folder: out}                # 2
        catalog:                             # 3
          tables: [{key: k, titles: [x]}]    # 4
        """

    private func decode(_ pdf: String) throws -> PipelineConfig {
        try PipelineConfigLoader.decode(yaml: head + "\n" + pdf, file: "pipeline.yaml", baseFolder: URL(fileURLWithPath: "/base"))
    }

    private func assertMistake(_ pdf: String, line: Int, mentions fragment: String, sourceLine: UInt = #line) {
        XCTAssertThrowsError(try decode(pdf), line: sourceLine) { error in
            guard let error = error as? ConfigError else { return XCTFail("not a ConfigError: \(error)", line: sourceLine) }
            XCTAssertEqual(error.line, line, "\(error)", line: sourceLine)
            XCTAssertTrue(error.description.hasPrefix("pipeline.yaml:\(line): "), error.description, line: sourceLine)
            XCTAssertTrue(error.message.contains(fragment), "\(error)", line: sourceLine)
        }
    }

    func testDefaultsWithoutThePDFSection() throws {
        let config = try decode("")
        XCTAssertEqual(config.pdf.converter, "pdftotext")
        XCTAssertEqual(config.pdf.arguments, ["-layout", "-enc", "UTF-8"])
        XCTAssertEqual(config.inputPatterns, ["*.txt", "*.pdf", "*.txt.gz"])
    }

    func testConverterAndArguments() throws {
        let config = try decode("""
            pdf:
              converter: /opt/poppler/bin/pdftotext
              arguments: [-layout, -enc, UTF-8, -nopgbrk]
            """)
        XCTAssertEqual(config.pdf, PDFSettings(converter: "/opt/poppler/bin/pdftotext",
                                               arguments: ["-layout", "-enc", "UTF-8", "-nopgbrk"]))
    }

    func testMistakesAreReportedWithTheirLine() {
        assertMistake("pdf:\n  converter: pdftotext\n  argumens: [-layout]", line: 7, mentions: "unknown key 'argumens' in pdf")
        assertMistake("pdf:\n  arguments: -layout", line: 6, mentions: "pdf.arguments must be a list")
        assertMistake("pdf:\n  converter: [pdftotext]", line: 6, mentions: "pdf.converter must be text")
        assertMistake("pdf:\n  converter: \" \"", line: 6, mentions: "pdf.converter is empty")
        assertMistake("pdf: pdftotext", line: 5, mentions: "pdf must be a mapping")
    }

    func testTheRepositoryConfigurationConvertsWithTheLayoutOption() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let config = try PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))
        XCTAssertEqual(config.pdf.converter, "pdftotext")
        XCTAssertTrue(config.pdf.arguments.contains("-layout"))
        XCTAssertTrue(config.inputPatterns.contains("*.pdf"))
    }

    // MARK: the converter

    private let pdfFile = InputFile(relativePath: "sub/a.pdf", url: URL(fileURLWithPath: "/nonexistent/sub/a.pdf"))

    func testMissingConverterNamesThePackage() {
        let converter = PDFConverter(settings: PDFSettings(), outputFolder: nil, searchPath: "")
        guard case .failure(let failure) = converter.text(of: pdfFile) else { return XCTFail("converted without pdftotext") }
        XCTAssertEqual(failure.description, "pdftotext not found: install the Debian package poppler-utils")
        let other = PDFConverter(settings: PDFSettings(converter: "mutool"), outputFolder: nil, searchPath: "")
        guard case .failure(let otherFailure) = other.text(of: pdfFile) else { return XCTFail("converted without mutool") }
        XCTAssertEqual(otherFailure.description, "mutool not found: check pdf.converter in the configuration")
    }

    func testAFailingConverterGivesItsStatusAndMessage() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/sh") else { throw XCTSkip("no /bin/sh") }
        let converter = PDFConverter(settings: PDFSettings(converter: "/bin/sh", arguments: ["-c", "echo broken PDF >&2; exit 3"]),
                                     outputFolder: nil)
        guard case .failure(let failure) = converter.text(of: pdfFile) else { return XCTFail("a failing converter succeeded") }
        XCTAssertEqual(failure.description, "/bin/sh failed with exit status 3: broken PDF")
    }

    func testConvertedTextIsKeptInTheStateFolder() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/sh") else { throw XCTSkip("no /bin/sh") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-state-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: output) }
        // A stand-in converter: `sh -c script <pdf> <text>` writes a fixed text to the text file.
        let converter = PDFConverter(settings: PDFSettings(converter: "/bin/sh", arguments: ["-c", "printf '表\\n1.00\\n' > \"$2\"", "sh"]),
                                     outputFolder: output)
        guard case .success(let bytes) = converter.text(of: pdfFile) else { return XCTFail("conversion failed") }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "表\n1.00\n")
        let kept = output.appendingPathComponent(".state/text/sub/a.pdf.txt")
        XCTAssertEqual(try Data(contentsOf: kept), Data("表\n1.00\n".utf8))
    }
}
