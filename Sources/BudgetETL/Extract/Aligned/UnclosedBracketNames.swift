/// A column-aligned header whose narrow cells wrapped their bracketed names (`走读生(四类` /
/// `学生,每生每` / `学期250元)`) over more lines than the cells beside them: pdftotext sets the
/// pieces of neighbouring cells on one line, and the tree stacks pieces of two cells over one
/// column (`走读生(四类` over `寄宿生(四类`) or leaves a cell's tail to another column. A column's
/// whole name then opens a bracket it never closes, or opens two before closing one, which no
/// printed name does. Where that header also reads more value columns than the fullest row holds
/// values, its words stand off their columns: no value's column is certain
/// (`RejectReason.fragmentColumn`).
enum UnclosedBracketNames {
    /// Whether a value column's name, its path's words joined, leaves a bracket unclosed or
    /// closes one it never opened, in a section whose fullest row fills fewer columns than the
    /// header names. `columns`: the body's columns under the sections (`bodyColumns`).
    static func leaveBracketsOpen(_ sections: [AlignedHeader.Section], columns: [[WrappedHeaderPieces.ColumnSpan]]) -> Bool {
        zip(sections, columns).contains { section, spans in
            spans.count < section.values.count && section.values.contains { !closesBrackets($0.path.joined()) }
        }
    }

    /// Whether every bracket (ASCII or full-width) the name opens is closed after it, and none
    /// is closed before it opens (the test wrapped row names use).
    static func closesBrackets(_ name: String) -> Bool { WrappedRowAnchor.bracketsBalance(name) }
}
