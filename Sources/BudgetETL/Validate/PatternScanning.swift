/// A reader of a narrative phrase's regular expression, scalar by scalar: the small scanners that
/// tell whether a phrase stays inside one sentence (`SentenceEnd.confines`) and which texts every
/// match must hold (`SentenceKeys`) share their stepping here.
protocol PatternScanning {
    var scalars: [Unicode.Scalar] { get }
    var position: Int { get set }
}

extension PatternScanning {
    mutating func next() -> Unicode.Scalar? {
        guard position < scalars.count else { return nil }
        position += 1
        return scalars[position - 1]
    }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        position + offset < scalars.count ? scalars[position + offset] : nil
    }
}
