/// The `<head>` every report page shares, and the words the pages use for model values.
enum ReportPageHead {
    /// The name of the meta element holding a page's fingerprint (see `ReportWriter`).
    static let fingerprintName = "budget-etl-fingerprint"

    static func write(_ html: HTMLWriter, title: String, fingerprint: String?) {
        html.element("head") {
            html.void("meta", ["charset": "utf-8"])
            html.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            if let fingerprint { html.void("meta", ["name": fingerprintName, "content": fingerprint]) }
            html.element("title", text: title)
            html.element("style") { html.trusted(ReportAssets.style) }
        }
    }
}

enum ReportText {
    static func kind(_ kind: DocumentKind) -> String? {
        switch kind {
        case .budget: return "预算"
        case .finalAccount: return "决算"
        case .unknown: return nil
        }
    }
}
