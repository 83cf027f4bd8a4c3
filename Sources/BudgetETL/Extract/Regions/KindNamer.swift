/// Names the kind of each table of one document: by its title, else by its header's signature,
/// else by a key made from its title.
///
/// - A title that the patterns of two kinds match (“三公”经费情况统计表: a budget's or a final
///   account's) takes the kind made for the document's kind (`document:` in the catalog).
/// - A header signature names a kind only when no other table of the document has it: signatures
///   are coarse (every expenditure-by-function table has 科目编码, 基本支出 and 项目支出), and a
///   second table under a kind the document already has would be mixed into the first.
struct KindNamer {
    let matcher: TitleMatcher
    let catalog: Catalog
    let documentKind: DocumentKind
    private var taken: Set<String>

    init(matcher: TitleMatcher, catalog: Catalog, regions: [TableRegion], documentKind: DocumentKind) {
        self.matcher = matcher
        self.catalog = catalog
        self.documentKind = documentKind
        self.taken = Set(regions.compactMap(\.key))
    }

    mutating func name(_ region: TableRegion, header: [TableLines.Line]) -> (key: String, naming: KindNaming) {
        if let key = region.key { return (forDocument(key, title: region.title), .title) }
        if let key = matcher.kindKey(title: region.title, header: header.map(\.compact).joined(separator: "|")),
           !taken.contains(key) {
            taken.insert(key)
            return (key, .header)
        }
        return (UnknownTableKey.key(for: region.title), .none)
    }

    /// Among the kinds whose patterns match the title, the first made for the document's kind.
    private func forDocument(_ key: String, title: String) -> String {
        guard documentKind != .unknown, catalog.kind(forKey: key)?.documentKind.map({ $0 != documentKind }) == true
        else { return key }
        return matcher.kindKeys(of: title).first { catalog.kind(forKey: $0)?.documentKind == documentKind } ?? key
    }
}
