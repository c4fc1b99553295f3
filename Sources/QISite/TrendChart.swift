import QIDomain

/// The dashboard's trend as inline SVG drawn at build time: one stacked bar per month end, one segment per light.
///
/// Each light has its own fill pattern (plain, diagonal lines, cross-hatching …) as well as its colour, and the
/// legend shows the pattern beside the light's word, so the chart reads without colour. The SVG is one image to
/// assistive technology (`role="img"`, with a `<title>` and a `<desc>`); the table beside it gives every number.
struct TrendChart {
    /// The lights, least severe first, then "not yet rated" (its key, word and CSS class).
    var levels: [LightLevel]
    /// The key of the "not yet rated" level, drawn dotted.
    var notYetRatedKey: String
    var monthEnds: [Day]
    /// For each month end, light key → providers.
    var counts: [[String: Int]]

    static let width = 720
    static let height = 400
    static let left = 52
    static let right = 8
    static let top = 12
    static let bottom = 36

    /// The legend and the SVG, as HTML.
    func html(titleID: String) -> String {
        let escape = FastHTMLContentType.escape
        let totals = counts.map { $0.values.reduce(0, +) }
        let top = Self.axisTop(totals.max() ?? 0)
        let plotWidth = Double(Self.width - Self.left - Self.right)
        let plotHeight = Double(Self.height - Self.top - Self.bottom)
        let slot = plotWidth / Double(max(1, monthEnds.count))
        let barWidth = (slot * 0.7).rounded()
        var svg = ""
        let first = monthEnds.first?.longDescription ?? ""
        let last = monthEnds.last?.longDescription ?? ""
        let order = levels.map { escape($0.word) }.joined(separator: ", ")
        svg +=
            "<svg class=\"qi-chart__svg\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" "
            + "aria-labelledby=\"\(titleID)-title \(titleID)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(titleID)-title\">Providers at each light at the end of each month, \(first) to \(last)</title>"
        svg +=
            "<desc id=\"\(titleID)-desc\">Stacked bars, one for each of \(monthEnds.count) month ends; each bar is split by light, "
            + "from the bottom: \(order). The table beside the chart gives the numbers.</desc>"
        svg += "<defs>" + levels.map(pattern).joined() + "</defs>"
        // Grid lines and the axis' numbers.
        for step in 0...4 {
            let value = top * step / 4
            let y = Double(Self.top) + plotHeight - plotHeight * Double(value) / Double(max(1, top))
            svg += "<line class=\"qi-chart__grid\" x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(Self.format(y))\" "
            svg += "y2=\"\(Self.format(y))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            svg += "<text class=\"qi-chart__axis\" x=\"\(Self.left - 6)\" y=\"\(Self.format(y + 4))\" text-anchor=\"end\">"
            svg += "\(Grammar.number(value))</text>"
        }
        for (index, day) in monthEnds.enumerated() {
            let x = Double(Self.left) + slot * Double(index) + (slot - barWidth) / 2
            var y = Double(Self.top) + plotHeight
            for level in levels {
                let count = counts[index][level.key] ?? 0
                guard count > 0 else { continue }
                let height = plotHeight * Double(count) / Double(max(1, top))
                y -= height
                svg += "<rect x=\"\(Self.format(x))\" y=\"\(Self.format(y))\" width=\"\(Self.format(barWidth))\" "
                svg += "height=\"\(Self.format(height))\" fill=\"url(#\(patternID(level)))\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>"
            }
            // Every third month is labelled, and the last.
            if (monthEnds.count - 1 - index) % 3 == 0 {
                let (year, month, _) = day.components
                let label = "\(Self.monthNames[month - 1]) \(year % 100 < 10 ? "0" : "")\(year % 100)"
                svg += "<text class=\"qi-chart__axis\" x=\"\(Self.format(x + barWidth / 2))\" y=\"\(Self.height - Self.bottom + 22)\" "
                svg += "text-anchor=\"middle\">\(label)</text>"
            }
        }
        svg += "<line x1=\"\(Self.left)\" x2=\"\(Self.width - Self.right)\" y1=\"\(Self.height - Self.bottom)\" "
        svg += "y2=\"\(Self.height - Self.bottom)\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></svg>"
        var legend = "<ul class=\"qi-chart__legend\">"
        for level in levels.reversed() {
            legend += "<li class=\"qi-chart__key\"><svg class=\"qi-chart__swatch\" viewBox=\"0 0 20 20\" aria-hidden=\"true\" "
            legend += "focusable=\"false\"><rect width=\"20\" height=\"20\" fill=\"url(#\(patternID(level)))\" stroke=\"#0b0c0c\"/></svg>"
            legend += "\(escape(level.word))</li>"
        }
        legend += "</ul>"
        return "<div class=\"qi-chart\">" + legend + svg + "</div>"
    }

    /// The smallest round number at or above `value` that divides into four steps (at least 4).
    static func axisTop(_ value: Int) -> Int {
        var step = 1
        while step * 4 < value {
            if step * 8 >= value { return step * 8 }
            if step * 20 >= value { return step * 20 }
            step *= 10
        }
        return step * 4
    }

    func patternID(_ level: LightLevel) -> String { "qi-chart-pattern-\(level.key)" }

    /// The light's fill: its colour (from the theme's CSS, grey without it) under marks of its own.
    func pattern(_ level: LightLevel) -> String {
        let rank = levels.firstIndex { $0.key == level.key } ?? 0
        let marks: String
        if level.key == notYetRatedKey {
            marks = "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#0b0c0c\"/>"
        } else {
            let lines = [
                "", "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\"/>", "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6M0 0L8 8M-2 6L2 10M6 -2L10 2\"/>",
                "<path d=\"M0 2H8M0 6H8\"/>", "<path d=\"M2 0V8M6 0V8\"/>",
            ]
            marks = lines[rank % lines.count].replacingOccurrences(
                of: "\"/>", with: "\" stroke=\"#0b0c0c\" stroke-width=\"1.2\" stroke-opacity=\"0.7\"/>")
        }
        return "<pattern id=\"\(patternID(level))\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
            + "<rect class=\"qi-chart__fill \(FastHTMLContentType.escape(level.cssClass))\" width=\"8\" height=\"8\" fill=\"#b1b4b6\"/>"
            + marks + "</pattern>"
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
