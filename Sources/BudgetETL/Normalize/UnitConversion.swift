extension ExactDecimal {
    /// The amount `self`, stated in `source`, expressed in `target`, exactly (nil only on overflow).
    ///
    /// Rule:
    /// - To a smaller unit (万元 → 元, ×10^k): the mantissa is multiplied and the scale kept, so the
    ///   source's written decimals stay: 842.48 万元 = 8424800.00 元; 3 万元 = 30000 元.
    /// - To a larger unit (元 → 万元, ÷10^k): the scale is raised by k, which is always exact, then trailing
    ///   zeros are trimmed, but never below max(2, source scale) decimals: 8424800.00 元 = 842.48 万元,
    ///   12345 元 = 1.2345 万元, 10000 元 = 1.00 万元, 10000.000 元 = 1.000 万元.
    /// No rounding ever happens here; rounding, if wanted, is a separate explicit `rescaled(to:)`.
    public func converted(from source: MoneyUnit, to target: MoneyUnit) -> ExactDecimal? {
        let shift = source.powerOfTen - target.powerOfTen
        if shift >= 0 { return scaled(byPowerOfTen: shift) }
        guard let raised = scaled(byPowerOfTen: shift) else { return nil }
        return raised.trimmingTrailingZeros(minimumScale: Swift.max(2, scale))
    }
}
