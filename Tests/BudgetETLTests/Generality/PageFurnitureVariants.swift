import BudgetETL
import Foundation

/// Page furniture inside a table, as a page break in a PDF leaves it: a lone page number, a running
/// header, a form feed, then the table goes on, with or without its header repeated.
enum PageFurnitureVariants {
    enum Piece: String {
        case pageNumber = "page number"
        case runningHeader = "running header"
        case formFeed = "form feed"
        case repeatedHeader = "header repeated"
    }

    static let combinations: [[Piece]] = [
        [.pageNumber], [.runningHeader], [.formFeed], [.formFeed, .repeatedHeader],
        [.pageNumber, .formFeed, .runningHeader, .repeatedHeader],
    ]

    static func make(_ sample: SampleDocument) -> [Variant] {
        combinations.map { pieces in
            var edits: [Int: [String]] = [:]
            for (ordinal, span) in sample.tables.enumerated() where span.rowLines.count >= 4 {
                let row = span.rowLines[span.rowLines.count / 2]
                var lines = furniture(sample, span, page: ordinal + 2, pieces: pieces) + [sample.lines[row]]
                if lines.count >= 2, lines[lines.count - 2] == "\u{0C}" {
                    lines.removeLast(2)
                    lines.append("\u{0C}" + sample.lines[row])
                }
                edits[row] = lines
            }
            return Variant(sample: sample.name, name: pieces.map(\.rawValue).joined(separator: " + "),
                           text: sample.rewritten(edits))
        }
    }

    /// The lines a page break inserts before a row; a form feed starts the new page's first line
    /// (a lone form feed line when the row itself starts the page).
    static func furniture(_ sample: SampleDocument, _ span: TableSpan, page: Int, pieces: [Piece]) -> [String] {
        let indent = sample.layout == .aligned ? String(repeating: " ", count: 40) : ""
        var lines: [String] = []
        var newPage: [String] = []
        for piece in pieces {
            switch piece {
            case .pageNumber: lines += ["", indent + "\(page)", ""]
            case .runningHeader: newPage.append(indent + runningHeader(sample.metadata))
            case .repeatedHeader: newPage += repeatedHeader(sample, span)
            case .formFeed: break
            }
        }
        if pieces.contains(.formFeed) {
            if newPage.isEmpty { return lines + ["\u{0C}"] }
            newPage[0] = "\u{0C}" + newPage[0]
        }
        return lines + newPage
    }

    /// "某某局2024年部门预算": the agency, year and kind the original states.
    static func runningHeader(_ metadata: DocumentMetadata) -> String {
        let year = metadata.fiscalYear.map { "\($0)年" } ?? ""
        return (metadata.agency ?? "") + year + (metadata.kind == .finalAccount ? "部门决算" : "部门预算")
    }

    /// The header grid a new page prints again: the lines between title and body, without blank
    /// lines, the unit and agency lines and the table's number (公开02表).
    static func repeatedHeader(_ sample: SampleDocument, _ span: TableSpan) -> [String] {
        span.header.filter { !sample.isBlank($0) && !UnitVariants.isUnitOrAgencyLine(sample.lines[$0]) }
            .map { sample.lines[$0] }
            .filter { $0.range(of: #"^\s*(?:公开|预算|决算|附)?\s*\d+\s*表\s*$"#, options: .regularExpression) == nil }
    }
}
