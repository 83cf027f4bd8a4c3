import Foundation
import XCTest
@testable import BudgetETL

/// validation.csv, the errors/warnings columns of documents.csv, and the exit status findings give.
final class ValidateOutputTests: XCTestCase {
    private func finding(_ file: String, _ id: String, line: Int?, _ rule: RuleKind, _ severity: Severity,
                         message: String = "句子，带逗号。") -> Finding {
        Finding(documentId: id, sourceFile: file, tableKey: "expenditure_final", rule: rule, severity: severity,
                detail: severity == .warning ? "rounding" : nil, subject: "208 社会保障和就业支出 | 基本支出",
                expected: "100.00", actual: "200.00", difference: "100.00", unit: "元", sourceLine: line, message: message)
    }

    func testValidationCSVIsOrderedByFileAndLineAndQuotesMessages() {
        let findings = [
            finding("b.txt", "d2", line: 5, .hierarchy, .warning),
            finding("a.txt", "d1", line: 30, .rowTotal, .error),
            finding("a.txt", "d1", line: 7, .narrative, .error),
            finding("a.txt", "d1", line: nil, .codes, .error),
        ]
        let text = String(decoding: ValidationCSV.render(findings, byteOrderMark: false), as: UTF8.self)
        XCTAssertEqual(text, """
            document_id,source_file,table_key,rule,severity,subject,expected,actual,difference,unit,source_line,message,confidence
            d1,a.txt,expenditure_final,codes,error,208 社会保障和就业支出 | 基本支出,100.00,200.00,100.00,元,,句子，带逗号。,certain
            d1,a.txt,expenditure_final,narrative,error,208 社会保障和就业支出 | 基本支出,100.00,200.00,100.00,元,7,句子，带逗号。,certain
            d1,a.txt,expenditure_final,row_total,error,208 社会保障和就业支出 | 基本支出,100.00,200.00,100.00,元,30,句子，带逗号。,certain
            d2,b.txt,expenditure_final,hierarchy,warning,208 社会保障和就业支出 | 基本支出,100.00,200.00,100.00,元,5,句子，带逗号。,certain

            """)
        let quoted = ValidationCSV.render([finding("a.txt", "d1", line: 1, .codes, .error, message: "a, \"b\"")], byteOrderMark: true)
        XCTAssertEqual(Array(quoted.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertTrue(String(decoding: quoted, as: UTF8.self).hasSuffix(",1,\"a, \"\"b\"\"\",certain\n"))
    }

    func testDocumentsCSVCountsFindingsPerDocument() {
        let findings = [
            finding("b/final.txt", "d0000000001", line: 1, .hierarchy, .warning),
            finding("b/final.txt", "d0000000001", line: 2, .balance, .error),
            finding("b/final.txt", "d0000000001", line: 3, .balance, .warning),
        ]
        let text = String(decoding: DocumentsCSV.render([LoadFixtures.budget, LoadFixtures.finalAccount], findings: findings,
                                                        byteOrderMark: false), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[1].hasSuffix(",3,0,0,0,,ok"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix(",5,1,1,2,,ok"), lines[2])
    }

    func testFailOnDecidesTheExitStatus() {
        let warningOnly = [finding("a.txt", "d1", line: 1, .hierarchy, .warning)]
        let withError = warningOnly + [finding("a.txt", "d1", line: 2, .balance, .error)]
        func status(_ findings: [Finding], _ failOn: FailOn, failures: Int = 0) -> ExitStatus {
            var summary = RunSummary(documents: 1, failures: failures)
            summary.record(findings, ValidationConfig(failOn: failOn))
            return summary.exitStatus
        }
        XCTAssertEqual(status(warningOnly, .error), .success)
        XCTAssertEqual(status(withError, .error), .validationFailed)
        XCTAssertEqual(status(warningOnly, .warning), .validationFailed)
        XCTAssertEqual(status(withError, .never), .success)
        XCTAssertEqual(status(withError, .error, failures: 1), .documentFailed, "a failed document comes first")
        XCTAssertEqual(ExitStatus.validationFailed.rawValue, 4)
    }
}

/// documents.csv's `consistency`: the share of the relations compared that hold.
final class ValidateConsistencyTests: XCTestCase {
    func testConsistencyIsTheShareOfComparedRelationsThatHold() {
        XCTAssertEqual(ValidationResult(compared: 24, held: 23).consistency, "0.9583")
        XCTAssertEqual(ValidationResult(compared: 3, held: 3).consistency, "1.0000")
        XCTAssertEqual(ValidationResult().consistency, "")
    }

    func testSamplesHoldMostOfTheirRelations() {
        let yima = Validator(config: ValidateHarness.config.validation)
        let processor = DocumentProcessor(catalog: ValidateHarness.config.catalog, outputUnit: ValidateHarness.config.outputUnit,
                                          placement: PlacementRules(ValidateHarness.config.validation))
        let document = processor.process(InputFile(relativePath: "yima.txt",
                                                   url: ValidateHarness.sample("yima-medical-security-bureau-2023-final.txt")))
        let result = yima.check(document)
        XCTAssertGreaterThan(result.compared, 100)
        // Every error but a code's is a relation that does not hold; warnings hold within rounding.
        XCTAssertEqual(result.compared - result.held,
                       result.findings.filter { $0.severity == .error && $0.rule != .codes }.count)
    }
}
