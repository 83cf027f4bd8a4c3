/// A year printed alone as four ASCII digits (`2019`), a header's column or a row's name rather than
/// an amount. Where a reading runs back in time (statistical yearbooks, the People's Republic's
/// years, today's budgets) decides the earliest year it takes for one.
enum BareYear {
    static func holds(_ text: String, since earliest: Int = 1900) -> Bool {
        // `Int` reads ASCII digits (and a sign, which four characters leave no room for with a year).
        text.utf8.count == 4 && Int(text).map { (earliest...2100).contains($0) } == true
    }
}
