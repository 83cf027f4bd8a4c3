/// Side-by-side sections (本年收入 | 本年支出) whose header printed in content-stream order: each
/// section's words follow its name-column word (项目 预算数 项目 预算数 合计 基本支出 …), and a
/// section whose words name more columns than its rows hold values is read as the tree its rows'
/// sums settle (`StreamReader.treeForRows`), the other sections as they were.
extension StreamReader {
    static func sectionTrees(_ header: SequentialHeader, reading: TableReading, words: [String]) -> SequentialHeader? {
        let groups = sectionWords(words)
        guard groups.count == header.sections.count, reading.sections.count == header.sections.count else { return nil }
        var stacked = header
        var changed = false
        for n in header.sections.indices {
            let rows = reading.sections[n].rows
            // The section's words as the flat reading cut them: no word of another section's lower rows.
            let flat = header.sections[n].paths.map { TextRepair.compact($0.joined) }
            guard flat == groups[n], rowsKeepTheirValues(rows),
                  let paths = treeForRows(rows, words: ["项目"] + groups[n], flatWidth: flat.count) else { continue }
            stacked.sections[n].paths = paths
            changed = true
        }
        return changed ? stacked : nil
    }

    /// The words after each run of name-column words, up to the next run: one list per section.
    static func sectionWords(_ words: [String]) -> [[String]] {
        var groups: [[String]] = []
        var inNames = false
        for word in words {
            if HeaderWords.isStructural(word) {
                if !inNames { groups.append([]) }
                inNames = true
            } else {
                inNames = false
                if !groups.isEmpty { groups[groups.count - 1].append(word) }
            }
        }
        return groups
    }
}
