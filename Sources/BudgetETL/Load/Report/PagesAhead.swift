import Foundation

/// Report pages rendered while the other outputs are put together: the load reads and decodes a
/// document's normalize and validate results to make its fragment, and its page, when stale, is
/// rendered from the same results on the same thread, instead of reading and decoding them again
/// after the assembly. Documents' threads add pages at once (`ReadAhead`), hence the lock.
final class PagesAhead: @unchecked Sendable {
    private let stale: Set<Int>
    private let lock = NSLock()
    private var pages: [Int: ReportWriter.RenderedPage] = [:]

    /// `stale`: the documents (by index) whose page is to be rendered (`ReportWriter.Plan.stale`).
    init(stale: Set<Int>) {
        self.stale = stale
    }

    /// Whether document `index`'s page is stale and not rendered yet.
    func wants(_ index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return stale.contains(index) && pages[index] == nil
    }

    func add(_ index: Int, _ page: ReportWriter.RenderedPage) {
        lock.lock()
        let replaced = pages.updateValue(page, forKey: index)
        lock.unlock()
        replaced?.file.discard()
    }

    /// The pages rendered so far; the caller owns their files from here on.
    func taken() -> [Int: ReportWriter.RenderedPage] {
        lock.lock()
        defer { lock.unlock() }
        let taken = pages
        pages = [:]
        return taken
    }

    /// Removes the files of the pages not taken (the assembly failed).
    func discard() {
        taken().values.forEach { $0.file.discard() }
    }
}
