/// Field groups that several output files share, written in one place so the files agree.
extension CSVBuffer {
    /// The fields of `OutputSchema.documentIdentity`.
    mutating func appendDocumentIdentity(_ document: NormalizedDocument) {
        append(document.documentId)
        append(document.sourceFile)
        append(document.metadata.agency)
        append(document.metadata.fiscalYear)
        append(document.metadata.kind.rawValue)
    }

    /// The fields of `OutputSchema.code`. A row without a code gets four empty fields (not "none"), so "has a code" is `row_code != ""`.
    mutating func appendCode(_ code: ClassificationCode?) {
        append(code?.code)
        append(code?.scheme.rawValue)
        append(code?.level)
        append(code?.parent)
    }
}
