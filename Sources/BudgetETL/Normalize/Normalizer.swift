import Foundation

/// Normalize stage: `ExtractedDocument` → `NormalizedDocument`. Pure: the same document and catalog
/// always give the same result.
///
/// - Table unit: `MoneyUnit(text: unitText)`, 元 when the table states none. Document unit: the unit
///   most tables use (ties → the one seen first; 元 when there are no tables).
/// - Columns: see `ColumnRules` (aliases, money or not, a unit in the column's own header).
/// - Rows: numbered from 1 within their section, every row the extractor gave; code classified by
///   `CodeClassifier`; label cleaned by `LabelCleaner`.
/// - Cells: read by `CellReader`. Blank placeholders are dropped silently; a text that is no number
///   becomes a `RejectedLine`. Money cells are converted exactly to the output unit
///   (`ExactDecimal.converted(from:to:)`). A value written with "%" is a rate wherever it appears: kept
///   as is with unit "%". Other non-money cells keep their value with unit "".
/// - Placement: numbers whose column the layout did not fix are placed by the table's declared
///   identities (`Placement`), or rejected.
public struct Normalizer: Sendable {
    public let catalog: Catalog
    public let outputUnit: MoneyUnit
    /// The identities (from the `validate:` section) that decide where a number belongs.
    public let placement: PlacementRules
    /// Non-money patterns of the catalog that are not valid regular expressions (they are ignored).
    public let invalidPatterns: [String]

    private let rulesByKind: [String: ColumnRules]
    private let fallbackRules: ColumnRules
    /// The placement rules' patterns, compiled once per run rather than once per document.
    private let patterns = SharedPatterns()

    public static let notANumberReason = "not a number: expected an amount like 1,234.56"
    public static let numberFragmentReason = "a piece of a number: a leading zero before another digit (085.31, 00%) is never how an amount or rate is printed, so this is the end of a number wrapped over lines (in a text cell), not a value"

    public init(catalog: Catalog, outputUnit: MoneyUnit, placement: PlacementRules = PlacementRules()) {
        self.placement = placement
        self.catalog = catalog
        self.outputUnit = outputUnit
        let compiled = ColumnRules.compile(catalog)
        self.rulesByKind = compiled.byKind
        self.fallbackRules = compiled.fallback
        self.invalidPatterns = compiled.invalidPatterns
    }

    public func normalize(_ doc: ExtractedDocument) -> NormalizedDocument { normalizeWithRelations(doc).document }

    /// The normalized document, and where the declared row totals and hierarchies apply in each of
    /// its sections (placement works them out; validate, handed them, need not again).
    public func normalizeWithRelations(_ doc: ExtractedDocument) -> (document: NormalizedDocument, relations: DocumentRelations) {
        var rejects = doc.rejects
        var relations = DocumentRelations(rules: placement, sections: [])
        relations.sections.reserveCapacity(doc.tables.count)
        var tables: [NormalizedTable] = []
        tables.reserveCapacity(doc.tables.count)
        var unitCounts: [(unit: MoneyUnit, count: Int)] = []
        let regexes = RegexCache(shared: patterns)
        let placer = Placement(rules: placement, outputUnit: outputUnit)

        for table in doc.tables {
            let tableUnit = table.unitText.flatMap { MoneyUnit(text: $0) } ?? .yuan
            if let i = unitCounts.firstIndex(where: { $0.unit == tableUnit }) {
                unitCounts[i].count += 1
            } else {
                unitCounts.append((tableUnit, 1))
            }
            let rules = rulesByKind[table.tableKey] ?? fallbackRules
            var sectionRelations: [SectionRelations] = []
            sectionRelations.reserveCapacity(table.sections.count)
            let sections = table.sections.map {
                var section = normalize($0, tableUnit: tableUnit, unitStated: table.unitText != nil, tableTitle: table.title,
                                        rules: rules, rejects: &rejects)
                sectionRelations.append(placer.place(&section, tableKey: table.tableKey, tableTitle: table.title,
                                                     sourceUnit: tableUnit, regexes: regexes, rejects: &rejects))
                return section
            }
            relations.sections.append(sectionRelations)
            tables.append(NormalizedTable(tableKey: table.tableKey, naming: table.naming, title: table.title, titleLine: table.titleLine,
                                          sourceUnit: tableUnit.rawValue, statedEmpty: table.statedEmpty,
                                          sections: sections))
        }

        var documentUnit = MoneyUnit.yuan
        var best = 0
        for entry in unitCounts where entry.count > best {  // strict: ties keep the first seen
            documentUnit = entry.unit
            best = entry.count
        }

        let document = NormalizedDocument(documentId: DocumentID.make(sourceFile: doc.sourceFile),
                                          sourceFile: doc.sourceFile, sha256: doc.sha256, metadata: doc.metadata,
                                          sourceUnit: documentUnit.rawValue, tables: tables, rejects: rejects,
                                          status: doc.status, narrative: doc.narrative,
                                          numbersFound: doc.numbersFound)
        return (document, relations)
    }

    /// Compiled once: it is tried on every row.
    private static let countUnitPattern = try! NSRegularExpression(pattern: #"\((辆|个|人|台|套|次|批|家|户|名|人次|台\(套\))\)"#)

    private static let openParenthesis: [UInt8] = [UInt8(ascii: "(")]

    static func countUnit(in label: String) -> Bool {
        // Most labels have no "(" at all, and the pattern needs one.
        guard ByteSearch.contains(label, openParenthesis) else { return false }
        return countUnitPattern.firstMatch(in: label, range: NSRange(label.startIndex..., in: label)) != nil
    }

    static let unitColumnBlankReason = "the table states each row's unit in a unit column (单位) and this row's is blank: its amounts' unit is unknown"
    static let unitColumnConflictReason = "the row's unit column and its column's header state different money units: its amounts' unit is unknown"
    static let cellUnitConflictReason = "the cell prints a money unit (万元) where its row or column holds rates, counts or another unit: its value's unit is unknown"
    static let assumedUnitDeniedReason = "the table states no unit and another of its columns names one (千元) other than the one assumed: this column's amounts' unit is unknown"
    static let rowUnitUnknownReason = "the table's rows state different units (万元, 元) in their names and this row states none: its amounts' unit is unknown"

    /// A row that names "%" as its unit, "2016年比2015年增减%" or "增长率(%)", holds rates in every column.
    static func isRateRow(_ label: String) -> Bool {
        // Their last bytes: % 0x25, ％ EF BC 85, ) 0x29, ） EF BC 89; most labels end otherwise.
        guard let last = label.utf8.last, last == 0x25 || last == 0x85 || last == 0x29 || last == 0x89 else { return false }
        return ["%", "％", "(%)", "（%）"].contains { ByteSearch.hasSuffix(label, $0) }
    }

    private func normalize(_ section: ExtractedSection, tableUnit: MoneyUnit, unitStated: Bool, tableTitle: String,
                           rules: ColumnRules, rejects: inout [RejectedLine]) -> NormalizedSection {
        let columns = section.columns.map(rules.resolve)
        // A table that states no unit, one of whose columns names a unit other than the one assumed
        // (`收入(千元)`): the unit line was lost (a converter printed it over a header cell), so
        // the assumed unit holds for no column that names none.
        let assumedUnitDenied = !unitStated && columns.contains { $0.unit != nil && $0.unit != tableUnit }
        var rows: [NormalizedRow] = []
        rows.reserveCapacity(section.rows.count)

        let labels = section.rows.map { LabelCleaner.clean($0.label) }, hasValues = section.rows.map { !$0.cells.isEmpty }
        let rowUnits = RowUnit.units(labels: labels, hasValues: hasValues)
        let keptUnits = RowUnit.keptUnits(labels: labels, hasValues: hasValues)
        let unitColumn = StatedRowUnit.statedInColumn(section)
        for (index, row) in section.rows.enumerated() {
            var cells: [NormalizedCell] = []
            cells.reserveCapacity(row.cells.count)
            let label = labels[index]
            // A row that names a count unit, "车辆数合计(辆)", holds counts in every column.
            let countRow = Normalizer.countUnit(in: label)
            let rateRow = Normalizer.isRateRow(label)
            // A unit column's cell overrides the table's unit; a row without one among rows with one is of unknown unit.
            let stated = row.unit.map(StatedRowUnit.init)
            let unitUnknown = unitColumn && row.unit == nil && rowUnits.units[index] == nil
            let statedMoney = stated?.money
            for cell in row.cells {
                // A cell beyond the known columns is treated like an unnamed money column.
                let column = cell.column >= 0 && cell.column < columns.count ? columns[cell.column] : nil
                let isMoney = (column?.isMoney ?? true) && !countRow
                // A measure's unit the name or its heading states (万人, 万吨) holds in a column of
                // amounts that names none (a rate's or count's column keeps its own).
                let rowKept = isMoney && column?.unit == nil && column?.keptUnit == nil ? keptUnits[index] : nil
                let kept = stated?.kept ?? column?.keptUnit ?? rowKept
                // A cell that prints its unit ("20万元") is in that unit, whatever the row or table states.
                let own = AmountWithUnit.split(cell.text)
                let cellUnit = own?.unit
                let sourceUnit = cellUnit ?? statedMoney ?? column?.unit ?? rowUnits.units[index] ?? tableUnit

                if CellReader.isNumberFragment(cell.text) {
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.numberFragmentReason))
                    continue
                }
                switch CellReader.read(own?.number ?? cell.text) {
                case .blank where cellUnit == nil:
                    continue
                case .blank, .invalid:
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.notANumberReason))
                case .number(_, percent: let percent) where cellUnit != nil
                    && (percent || rateRow || !isMoney || stated == .percent || kept != nil):
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.cellUnitConflictReason))
                case .number where unitUnknown && cellUnit == nil:
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.unitColumnBlankReason))
                case .number where cellUnit == nil && statedMoney != nil && column?.unit != nil && column?.unit != statedMoney:
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.unitColumnConflictReason))
                case .number(let value, percent: let percent) where percent || rateRow || stated == .percent:
                    cells.append(NormalizedCell(column: cell.column, value: value, unit: "%",
                                                sourceValue: cell.text, sourceUnit: "", line: cell.line, confidence: cell.guessed ? .guessed : .certain))
                case .number(let value, _) where kept != nil:
                    // A count, measure or rate (人, 元/张): kept in the row's or the column's own unit,
                    // never converted as money.
                    let unit = kept ?? ""
                    cells.append(NormalizedCell(column: cell.column, value: value, unit: unit, sourceValue: cell.text,
                                                sourceUnit: unit, line: cell.line, confidence: cell.guessed ? .guessed : .certain))
                case .number where isMoney && cellUnit == nil && column?.unit == nil && statedMoney == nil
                    && rowUnits.units[index] == nil && assumedUnitDenied:
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.assumedUnitDeniedReason))
                case .number where isMoney && cellUnit == nil && column?.unit == nil && rowUnits.unknown.contains(index):
                    rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.text,
                                                reason: Normalizer.rowUnitUnknownReason))
                case .number(let value, _):
                    if !isMoney {
                        cells.append(NormalizedCell(column: cell.column, value: value, unit: "",
                                                    sourceValue: cell.text, sourceUnit: "", line: cell.line, confidence: cell.guessed ? .guessed : .certain))
                    } else if let converted = value.converted(from: sourceUnit, to: outputUnit) {
                        cells.append(NormalizedCell(column: cell.column, value: converted, unit: outputUnit.rawValue,
                                                    sourceValue: cell.text, sourceUnit: sourceUnit.rawValue,
                                                    line: cell.line, confidence: cell.guessed ? .guessed : .certain))
                    } else {
                        rejects.append(RejectedLine(
                            line: cell.line, tableTitle: tableTitle, text: cell.text,
                            reason: "amount out of range: \(cell.text) \(sourceUnit.rawValue) cannot be expressed exactly in \(outputUnit.rawValue)"))
                    }
                }
            }
            rows.append(NormalizedRow(rowNumber: index + 1,
                                      code: CodeClassifier.classify(parts: row.codeParts, header: row.codeHeader, label: label),
                                      label: label, line: row.line, cells: cells))
        }
        return NormalizedSection(name: section.name, columns: columns.map(\.label),
                                 moneyColumns: columns.map(\.isMoney), rows: rows)
    }
}
