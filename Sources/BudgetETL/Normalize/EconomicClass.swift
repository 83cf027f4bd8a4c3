/// What the economic classification says of a row's columns in a basic-expenditure table: 人员经费
/// is 工资福利支出 and 对个人和家庭的补助 (301, 303; 政府 501, 509), 公用经费 is 商品和服务支出
/// (302; 政府 502). A short row's numbers are never placed under the other kind's column: a
/// `30201 办公费 22.10 22.10` under 合计 | 人员经费 | 公用经费 is 合计 and 公用经费, which the sums
/// alone cannot tell.
enum EconomicClass {
    private static let personnel: Set<String> = ["301", "303", "501", "509"]
    private static let publicUse: Set<String> = ["302", "502"]

    /// The column name the row's economic class belongs under (`人员经费` or `公用经费`), nil for
    /// other codes.
    static func kind(_ code: ClassificationCode?) -> String? {
        guard let code, code.scheme == .economicDept || code.scheme == .economicGov else { return nil }
        let prefix = String(code.code.prefix(3))
        return personnel.contains(prefix) ? "人员经费" : publicUse.contains(prefix) ? "公用经费" : nil
    }

    /// Columns the row's economic class leaves blank.
    static func barredColumns(_ code: ClassificationCode?, columns: [String]) -> Set<Int> {
        guard let kind = kind(code) else { return [] }
        let barredName = kind == "人员经费" ? "公用经费" : "人员经费"
        return Set(columns.indices.filter { columns[$0].hasSuffix(barredName) })
    }

    static func note(_ code: ClassificationCode?) -> String {
        "economic class \(code.map { String($0.code.prefix(3)) } ?? ""): 人员经费 is 301/303 (501/509), 公用经费 is 302 (502)"
    }
}
