import Foundation

/// A horizontal bar chart as inline SVG, made by the tool (no script, no network). Bars are grouped
/// (one group per label, one bar per series); each bar is labelled with its exact value as published.
/// Only the bar lengths are computed in floating point: a printed label is never a Double.
struct BarChart {
    struct Group {
        var label: String
        /// One value per series; nil where the document prints none.
        var values: [ExactDecimal?]
    }

    var title: String
    /// Names of the series (shown in a legend when there is more than one).
    var series: [String]
    var groups: [Group]
    var unit: String

    private static let width = 760.0
    private static let labelWidth = 230.0
    private static let valueWidth = 150.0
    private static let barHeight = 18.0
    private static let groupGap = 10.0
    private static let legendHeight = 24.0

    var isEmpty: Bool { groups.allSatisfy { $0.values.allSatisfy { $0 == nil } } }

    func write(to html: HTMLWriter) {
        let largest = groups.flatMap(\.values).compactMap { $0 }.filter { !$0.isNegative }.max() ?? .zero
        let scale = Self.double(largest)
        let legend = series.count > 1 ? Self.legendHeight : 0
        let barsPerGroup = Double(max(series.count, 1))
        let height = legend + Double(groups.count) * (barsPerGroup * Self.barHeight + Self.groupGap) + Self.groupGap
        html.element("figure", ["class": "chart"]) {
            html.element("figcaption", text: "\(title)（\(unit)）")
            html.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "role": "img", "aria-label": title,
                                 "viewBox": "0 0 \(Self.number(Self.width)) \(Self.number(height))",
                                 "preserveAspectRatio": "xMinYMin meet"]) {
                if series.count > 1 { writeLegend(html) }
                var y = legend + Self.groupGap
                for group in groups {
                    writeGroup(group, top: y, scale: scale, html: html)
                    y += barsPerGroup * Self.barHeight + Self.groupGap
                }
            }
        }
    }

    private func writeLegend(_ html: HTMLWriter) {
        var x = Self.labelWidth
        for (index, name) in series.enumerated() {
            html.element("rect", ["class": "s\(index)", "x": Self.number(x), "y": "6", "width": "12", "height": "12"])
            html.element("text", ["x": Self.number(x + 16), "y": "16"], text: name)
            x += 24 + Double(name.count) * 14
        }
    }

    private func writeGroup(_ group: Group, top: Double, scale: Double, html: HTMLWriter) {
        let groupHeight = Double(max(series.count, 1)) * Self.barHeight
        html.element("text", ["class": "label", "x": Self.number(Self.labelWidth - 8),
                              "y": Self.number(top + groupHeight / 2 + 5), "text-anchor": "end"],
                     text: Self.shortened(group.label))
        let room = Self.width - Self.labelWidth - Self.valueWidth
        for (index, value) in group.values.enumerated() {
            guard let value else { continue }
            let y = top + Double(index) * Self.barHeight
            let length = scale > 0 && !value.isNegative ? max(1, Self.double(value) / scale * room) : 1
            html.element("rect", ["class": "s\(index)", "x": Self.number(Self.labelWidth), "y": Self.number(y + 2),
                                  "width": Self.number(length), "height": Self.number(Self.barHeight - 4)]) {
                html.element("title", text: "\(group.label)：\(value.description)")
            }
            html.element("text", ["class": "value", "x": Self.number(Self.labelWidth + length + 6),
                                  "y": Self.number(y + Self.barHeight - 5)], text: value.description)
        }
    }

    /// Long labels cut so they fit the label column (the full label is in the bar's tooltip).
    private static func shortened(_ label: String) -> String {
        label.count <= 14 ? label : String(label.prefix(13)) + "…"
    }

    /// The bar length's input: a Double only for geometry.
    static func double(_ value: ExactDecimal) -> Double {
        Double(value.mantissa) / pow(10, Double(value.scale))
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
