/// An exact decimal number: `mantissa × 10^-scale`. Published amounts are parsed into this by a
/// strict parser (Foundation's `Decimal(string:)` silently truncates "131,792.35" to 131), and all
/// arithmetic on amounts is done on it: no Double touches a published number.
///
/// IMPLEMENTATION PENDING (Normalize owner): see Sources/BudgetETL/Normalize/README-contract.
public struct ExactDecimal: Sendable, Codable, Equatable, Hashable {
    public var mantissa: Int64
    public var scale: Int
    public init(mantissa: Int64, scale: Int) {
        self.mantissa = mantissa
        self.scale = scale
    }
}
