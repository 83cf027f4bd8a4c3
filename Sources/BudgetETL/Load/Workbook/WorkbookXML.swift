/// The fixed parts of an Office Open XML workbook (ECMA-376 / ISO 29500): content types,
/// relationships, the workbook part and the styles.
enum WorkbookXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let documentTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// `<t>text</t>`, keeping leading and trailing white space (which a reader may otherwise drop).
    static func appendTextElement(_ text: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        func isSpace(_ byte: UInt8?) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
        let keepsSpace = isSpace(text.first) || isSpace(text.last)
        bytes += keepsSpace ? preservedTextStart : textStart
        SheetText.appendEscaped(text, to: &bytes)
        bytes += textEnd
    }

    private static let textStart = Array("<t>".utf8)
    private static let preservedTextStart = Array("<t xml:space=\"preserve\">".utf8)
    private static let textEnd = Array("</t>".utf8)

    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(documentTypes).sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(documentTypes).styles+xml\"/>"
        for n in 1...max(sheetCount, 1) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(n).xml\" ContentType=\"\(documentTypes).worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    /// rId1 … rIdN the sheets, then the styles. (No shared strings: text is in its cells, so a
    /// block of rows depends on no other; see `SheetWriter`.)
    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        for n in 1...max(sheetCount, 1) {
            xml += "<Relationship Id=\"rId\(n)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(n).xml\"/>"
        }
        return xml
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    /// The sheets in tab order, each with the range of its autofilter (the name Excel gives it,
    /// `_xlnm._FilterDatabase`, so Excel shows the filter buttons as its own).
    static func workbook(_ sheets: [(name: String, filterRange: String)]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (n, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(SheetText.escaped(sheet.name))\" sheetId=\"\(n + 1)\" r:id=\"rId\(n + 1)\"/>"
        }
        xml += "</sheets><definedNames>"
        for (n, sheet) in sheets.enumerated() {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(n)\" hidden=\"1\">"
                + SheetText.escaped("\(quoted)!\(sheet.filterRange)") + "</definedName>"
        }
        return xml + "</definedNames></workbook>"
    }
}

/// The cell styles (indexes into `cellXfs` of xl/styles.xml).
enum CellStyle {
    static let header = 1
    /// Text format "@": a code such as 05 typed over stays text.
    static let text = 2
    static let integer = 3
    /// Grouped thousands and exactly `decimals` decimals ("#,##0.00" for 2), so a number shows as
    /// the document printed it.
    static func decimal(_ decimals: Int) -> Int { 4 + min(decimals, ExactDecimal.maxScale) }
    static let count = 4 + ExactDecimal.maxScale + 1

    static let stylesXML: String = {
        var formats = ""
        var decimalStyles = ""
        for decimals in 0...ExactDecimal.maxScale {
            let code = "#,##0" + (decimals == 0 ? "" : "." + String(repeating: "0", count: decimals))
            formats += "<numFmt numFmtId=\"\(164 + decimals)\" formatCode=\"\(code)\"/>"
            decimalStyles += "<xf numFmtId=\"\(164 + decimals)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return WorkbookXML.declaration + "<styleSheet xmlns=\"\(WorkbookXML.mainNamespace)\">"
            + "<numFmts count=\"\(ExactDecimal.maxScale + 1)\">\(formats)</numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(count)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + decimalStyles
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }()
}
