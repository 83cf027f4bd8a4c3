import Foundation

/// `HeaderWords`' code and label patterns answered over UTF-8 bytes: they are asked of every
/// header cell and every cell of a line that may be a sub-header, and ICU copies each text to
/// UTF-16 first (about 20,000 instructions a call). The answers are the patterns' own
/// (`ExtractHeaderWordBytesTests` checks them against the patterns): whole-text literals, a
/// literal prefix or suffix after or before `.*`. A text holding a line terminator, which `.`
/// does not match and `$` may stand before, is left to ICU (nil).
enum HeaderWordBytes {
    /// `HeaderWords.codePattern`: 类, 款, 项; anything ending in 编码 / 代码 / 编号, optionally
    /// followed by "(… 编码)" (科目编码 and 功能分类科目编码 end so too).
    static func isCode(_ text: String) -> Bool? {
        UTF8Text.withBytes(text) { b in
            guard !holdsLineTerminator(b) else { return nil }
            if codeWords.contains(where: { equals(b, $0) }) || codeEndings.contains(where: { hasSuffix(b, $0) }) { return true }
            // "…编码(…编码)": the text before the last ending holds an ending and "(".
            guard b.last == 0x29 else { return false }
            let beforeParen = UnsafeBufferPointer(rebasing: b[..<(b.count - 1)])
            guard let ending = codeEndings.first(where: { hasSuffix(beforeParen, $0) }) else { return false }
            let head = UnsafeBufferPointer(rebasing: beforeParen[..<(beforeParen.count - ending.count)])
            return codeEndings.contains { occurs($0 + [0x28], in: head) }
        }
    }

    /// `HeaderWords.labelPattern`: the listed words whole, 项目(…), anything ending in 名称 or
    /// 处室, anything starting with 是否.
    static func isLabel(_ text: String) -> Bool? {
        UTF8Text.withBytes(text) { b in
            guard !holdsLineTerminator(b) else { return nil }
            if labelWords.contains(where: { equals(b, $0) }) { return true }
            if labelEndings.contains(where: { hasSuffix(b, $0) }) || hasPrefix(b, whether) { return true }
            // "项目(" and ")" cannot overlap: the prefix ends in "(".
            return hasPrefix(b, itemOpen) && b.last == 0x29
        }
    }

    private static let codeWords = bytes(["类", "款", "项"])
    private static let codeEndings = bytes(["编码", "代码", "编号"])
    private static let labelWords = bytes(["项目", "项目名称", "科目", "科目名称", "单位(科目名称)", "部门(单位)名称",
                                           "功能分类", "经济分类", "功能分类科目", "经济分类科目", "支出功能分类科目",
                                           "收入项目", "支出项目", "经费项目", "使用项目", "类型", "项目类型", "项目单位", "预算单位", "年份", "地区", "地域",
                                           "村名", "户名", "姓名"])
    /// A caption over a classification's name columns (部门预算经济分类科目 over 编码 / 名称) names them too.
    private static let labelEndings = bytes(["名称", "处室", "分类科目"])
    private static let whether = Array("是否".utf8)
    private static let itemOpen = Array("项目(".utf8)

    private static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// ICU's line terminators: LF, VT, FF, CR, NEL (C2 85), LS and PS (E2 80 A8 / A9).
    private static func holdsLineTerminator(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in b.indices {
            switch b[i] {
            case 0x0A...0x0D: return true
            case 0x85 where i > 0 && b[i - 1] == 0xC2: return true
            case 0xA8, 0xA9: if i > 1 && b[i - 1] == 0x80 && b[i - 2] == 0xE2 { return true }
            default: continue
            }
        }
        return false
    }

    private static func equals(_ b: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        b.count == word.count && b.elementsEqual(word)
    }

    private static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        b.count >= word.count && b[..<word.count].elementsEqual(word)
    }

    private static func hasSuffix(_ b: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        b.count >= word.count && b[(b.count - word.count)...].elementsEqual(word)
    }

    /// Whether `word` occurs in `b` (UTF-8 both: a byte match is a match of whole scalars).
    private static func occurs(_ word: [UInt8], in b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count >= word.count else { return false }
        return (0...(b.count - word.count)).contains { b[$0..<($0 + word.count)].elementsEqual(word) }
    }
}
