import Foundation

/// One self-contained page (inline CSS and a few lines of script, nothing fetched): the summary
/// numbers, a bar per library, the files needing the most work, and each finding with its source
/// line. The script filters the findings by category and marks the page ready
/// (`data-cu2hip-ready="yes"` on the root element), which the tests read from the rendered page.
enum CompatibilityHTMLRenderer {
    static func render(_ report: CompatibilityReport, ruleSummaries: [String: String]) -> String {
        let summary = report.summary
        let refs = summary.references
        var page: [String] = []
        page.append("<!DOCTYPE html>")
        page.append("<html lang=\"en\">")
        page.append("<head>")
        page.append("<meta charset=\"utf-8\">")
        page.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.append("<title>cu2hip compatibility report: score \(summary.score)/100</title>")
        page.append("<style>")
        page.append(style)
        page.append("</style>")
        page.append("</head>")
        page.append("<body>")
        page.append("<header>")
        page.append("<h1>CUDA to HIP compatibility</h1>")
        page.append("<p class=\"sub\">\(escape("\(report.tool) \(report.version) check · \(CompatibilityMarkdownRenderer.target(report.options))"))</p>")
        page.append("</header>")

        // Summary cards.
        let scoreClass = summary.score >= 90 ? "good" : summary.score >= 70 ? "fair" : "poor"
        page.append("<section class=\"cards\" aria-label=\"Summary\">")
        page.append(card("\(summary.score)<small>/100</small>", "score", extra: "score \(scoreClass)"))
        page.append(card("\(CompatibilityWording.percent(summary.percentConverted))%",
                         "of \(CompatibilityWording.count(refs.found, "CUDA reference")) convert: \(refs.converted) converted, \(refs.unsupported) unsupported"))
        page.append(card("\(summary.unsupported)", summary.unsupported == 1 ? "unsupported use" : "unsupported uses", extra: summary.unsupported > 0 ? "alert" : ""))
        page.append(card("\(summary.warnings)", summary.warnings == 1 ? "warning" : "warnings"))
        page.append(card("\(summary.parseErrors)", "parse \(summary.parseErrors == 1 ? "error" : "errors") in \(CompatibilityWording.count(summary.filesWithParseErrors, "file")) of \(summary.sourceFiles)"))
        page.append(card(hours(summary.manualWork), "estimated manual work (\(summary.manualWork.minutes) minutes)"))
        page.append("</section>")
        var status = [escape(CompatibilityWording.policy(report.policy))]
        if let baseline = report.baseline { status.append("baseline: " + escape(CompatibilityWording.baseline(baseline))) }
        page.append("<p class=\"policy \(report.policy.passed ? "passed" : "failed")\">\(status.joined(separator: " · "))</p>")

        // Libraries.
        page.append("<section>")
        page.append("<h2>Libraries</h2>")
        if report.libraries.isEmpty {
            page.append("<p>No CUDA API found.</p>")
        } else {
            let widest = max(report.libraries.map(\.found).max() ?? 1, 1)
            page.append("<p class=\"legend\"><span class=\"key convertible\"></span> convertible <span class=\"key unsupported\"></span> unsupported</p>")
            page.append("<table class=\"libraries\">")
            page.append("<thead><tr><th>Library</th><th class=\"barcell\">Uses</th><th class=\"num\">Found</th><th class=\"num\">Convertible</th><th class=\"num\">Unsupported</th></tr></thead>")
            page.append("<tbody>")
            for library in report.libraries {
                page.append("<tr><th scope=\"row\">\(escape(library.library))</th><td class=\"barcell\">\(bar(library.convertible, library.unsupported, of: widest))</td><td class=\"num\">\(library.found)</td><td class=\"num\">\(library.convertible)</td><td class=\"num\">\(library.unsupported)</td></tr>")
            }
            page.append("</tbody>")
            page.append("</table>")
            page.append("<details>")
            page.append("<summary>By API family</summary>")
            page.append("<table class=\"families\">")
            page.append("<thead><tr><th>Library</th><th>API family</th><th class=\"num\">Found</th><th class=\"num\">Convertible</th><th class=\"num\">Unsupported</th></tr></thead>")
            page.append("<tbody>")
            for library in report.libraries {
                for family in library.families {
                    page.append("<tr><td>\(escape(library.library))</td><td>\(escape(family.family))</td><td class=\"num\">\(family.found)</td><td class=\"num\">\(family.convertible)</td><td class=\"num\">\(family.unsupported)</td></tr>")
                }
            }
            page.append("</tbody>")
            page.append("</table>")
            page.append("</details>")
        }
        page.append("</section>")

        // Worst files.
        page.append("<section>")
        page.append("<h2>Files needing the most work</h2>")
        let worst = report.worstFiles.prefix(10)
        if worst.isEmpty {
            page.append("<p>None.</p>")
        } else {
            page.append("<table class=\"files\">")
            page.append("<thead><tr><th>File</th><th class=\"num\">Unsupported</th><th class=\"num\">Warnings</th><th class=\"num\">Parse errors</th><th class=\"num\">Estimate</th></tr></thead>")
            page.append("<tbody>")
            let withFindings = Set(report.findings.map(\.path))
            for file in worst {
                let name = "<code>\(escape(file.path))</code>"
                let cell = withFindings.contains(file.path) ? "<a href=\"#\(anchor(file.path))\">\(name)</a>" : name
                page.append("<tr><td>\(cell)</td><td class=\"num\">\(file.unsupported)</td><td class=\"num\">\(file.warnings)</td><td class=\"num\">\(file.parseErrors)</td><td class=\"num\">\(file.estimatedMinutes) min</td></tr>")
            }
            page.append("</tbody>")
            page.append("</table>")
        }
        page.append("</section>")

        // Findings, by file.
        page.append("<section>")
        page.append("<h2>Findings</h2>")
        if report.findings.isEmpty {
            page.append("<p>None.</p>")
        } else {
            page.append("<p class=\"filters\">Show:")
            for category in FindingCategory.allCases {
                let count = report.findings.filter { $0.category == category }.count
                guard count > 0 else { continue }
                // Notes start hidden once the script runs; without it everything shows.
                page.append("<label><input type=\"checkbox\" data-category=\"\(category.rawValue)\"\(category == .note ? "" : " checked")> \(category.rawValue) (\(count))</label>")
            }
            page.append("</p>")
            var currentPath: String?
            for finding in report.findings {
                if finding.path != currentPath {
                    if currentPath != nil { page.append("</div>") }
                    currentPath = finding.path
                    page.append("<div class=\"file\" id=\"\(anchor(finding.path))\">")
                    page.append("<h3><code>\(escape(finding.path))</code></h3>")
                }
                page.append(findingBlock(finding, ruleSummaries: ruleSummaries))
            }
            page.append("</div>")
        }
        page.append("</section>")

        page.append("<footer>")
        page.append("<p>Score: the share of CUDA references converted times the share of source files cu2hip understood (a file that failed or had parse errors counts half). Manual work: \(ManualWorkModel.firstUnsupportedUse) minutes for the first use of each unsupported name and \(ManualWorkModel.furtherUnsupportedUse) for each further use, \(ManualWorkModel.warning) per warning, \(ManualWorkModel.fileWithParseErrors) per file with parse errors; a ranking aid, not a schedule.</p>")
        page.append("</footer>")
        page.append("<script>")
        page.append(script)
        page.append("</script>")
        page.append("</body>")
        page.append("</html>")
        return page.joined(separator: "\n") + "\n"
    }

    static func card(_ value: String, _ label: String, extra: String = "") -> String {
        "<div class=\"card\(extra.isEmpty ? "" : " " + extra)\"><div class=\"value\">\(value)</div><div class=\"label\">\(escape(label))</div></div>"
    }

    /// "2.5 h", "0 h".
    static func hours(_ estimate: ManualWorkEstimate) -> String {
        let value = estimate.hours == estimate.hours.rounded() ? "\(Int(estimate.hours))" : "\(Int(estimate.hours)).5"
        return "\(value)<small> h</small>"
    }

    /// Two segments whose widths are shares of `widest`, in tenths of a percent.
    static func bar(_ convertible: Int, _ unsupported: Int, of widest: Int) -> String {
        func width(_ count: Int) -> String {
            let tenths = (count * 1000 + widest / 2) / widest
            return "\(tenths / 10).\(tenths % 10)%"
        }
        return "<div class=\"bar\" role=\"img\" aria-label=\"\(convertible) convertible, \(unsupported) unsupported\"><span class=\"convertible\" style=\"width:\(width(convertible))\"></span><span class=\"unsupported\" style=\"width:\(width(unsupported))\"></span></div>"
    }

    static func findingBlock(_ finding: CompatibilityFinding, ruleSummaries: [String: String]) -> String {
        let category = finding.category.rawValue
        let location = finding.line == 0 ? "" : "\(finding.line):\(finding.column)"
        var head = "<span class=\"badge \(category)\" title=\"\(CompatibilityWording.level(finding))\">\(category.replacingOccurrences(of: "-", with: " "))</span>"
        if !location.isEmpty { head += " <span class=\"loc\">\(location)</span>" }
        head += " <span class=\"message\">\(escape(finding.message))</span>"
        let ruleTitle = ruleSummaries[finding.rule].map { " title=\"\(escape($0))\"" } ?? ""
        head += " <span class=\"rule\"\(ruleTitle)>[\(escape(finding.rule))]</span>"
        if let library = finding.library { head += " <span class=\"tag\">\(escape(library))</span>" }
        if let state = finding.baselineState { head += " <span class=\"tag \(state.rawValue)\">\(state == .new ? "new" : "in baseline")</span>" }
        var block = "<div class=\"finding \(finding.category.rawValue)\" data-category=\"\(finding.category.rawValue)\"><div class=\"head\">\(head)</div>"
        if let code = finding.code {
            block += "<pre class=\"code\"><span class=\"ln\">\(finding.line)</span>\(highlight(code, column: finding.column, name: finding.name))</pre>"
        }
        return block + "</div>"
    }

    /// The line, escaped, with the finding's name marked where it starts at the column.
    static func highlight(_ code: String, column: Int, name: String?) -> String {
        let bytes = Array(code.utf8)
        guard let name, !name.isEmpty, column >= 1 else { return escape(code) }
        let nameBytes = Array(name.utf8)
        let start = column - 1
        guard start + nameBytes.count <= bytes.count, Array(bytes[start..<start + nameBytes.count]) == nameBytes else {
            return escape(code)
        }
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let after = String(decoding: bytes[(start + nameBytes.count)...], as: UTF8.self)
        return escape(before) + "<mark>" + escape(name) + "</mark>" + escape(after)
    }

    /// An id for a file's findings: "f-" and the path with every character but letters, digits,
    /// `-`, `_` and `.` as `-XX` (its UTF-8 bytes in hexadecimal).
    static func anchor(_ path: String) -> String {
        var result = "f-"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "_"), UInt8(ascii: "."):
                result.append(Character(UnicodeScalar(byte)))
            default:
                let hex = Array("0123456789abcdef")
                result += "-\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0f)])"
            }
        }
        return result
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let style = """
    :root { --ok: #2e7d32; --bad: #c62828; --warn: #ef6c00; --muted: #5f6368; --line: #e0e0e0; --bg: #fafafa; }
    * { box-sizing: border-box; }
    body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #202124; margin: 0 auto; max-width: 1100px; padding: 24px; background: #fff; }
    h1 { font-size: 26px; margin: 0; }
    h2 { font-size: 19px; margin: 32px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
    h3 { font-size: 15px; margin: 20px 0 8px; }
    .sub { color: var(--muted); margin: 4px 0 20px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 12px; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--bg); }
    .card .value { font-size: 30px; font-weight: 650; }
    .card .value small { font-size: 15px; font-weight: 400; color: var(--muted); }
    .card .label { color: var(--muted); font-size: 13px; }
    .card.score.good .value { color: var(--ok); }
    .card.score.fair .value { color: var(--warn); }
    .card.score.poor .value, .card.alert .value { color: var(--bad); }
    .policy { margin: 14px 0 0; padding: 8px 12px; border-radius: 6px; font-size: 14px; }
    .policy.passed { background: #e8f5e9; }
    .policy.failed { background: #ffebee; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
    thead th { font-size: 13px; color: var(--muted); font-weight: 600; }
    .num { text-align: right; font-variant-numeric: tabular-nums; width: 7em; }
    .barcell { width: 45%; }
    .bar { display: flex; height: 14px; background: #f1f3f4; border-radius: 7px; overflow: hidden; }
    .bar span { display: block; height: 100%; }
    .convertible { background: var(--ok); }
    .unsupported { background: var(--bad); }
    .legend { color: var(--muted); font-size: 13px; }
    .key { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin-left: 10px; }
    details { margin-top: 12px; }
    summary { cursor: pointer; color: #1a73e8; }
    .filters label { margin-left: 14px; }
    .finding { border-left: 4px solid var(--line); padding: 6px 10px; margin: 8px 0; background: var(--bg); }
    .finding.unsupported { border-left-color: var(--bad); }
    .finding.warning { border-left-color: var(--warn); }
    .finding.parse-error { border-left-color: #6a1b9a; }
    .finding.note { border-left-color: #1a73e8; }
    .finding.hidden { display: none; }
    .badge { display: inline-block; font-size: 12px; font-weight: 600; text-transform: uppercase; padding: 1px 6px; border-radius: 4px; color: #fff; background: var(--muted); }
    .badge.unsupported { background: var(--bad); }
    .badge.warning { background: var(--warn); }
    .badge.parse-error { background: #6a1b9a; }
    .badge.note { background: #1a73e8; }
    .loc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); }
    .rule { color: var(--muted); font-size: 13px; }
    .tag { font-size: 12px; border: 1px solid var(--line); border-radius: 4px; padding: 0 5px; color: var(--muted); }
    .tag.new { border-color: var(--bad); color: var(--bad); }
    pre.code { margin: 6px 0 2px; padding: 6px 8px; background: #fff; border: 1px solid var(--line); border-radius: 4px; overflow-x: auto; font: 13px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
    .ln { color: var(--muted); display: inline-block; min-width: 3em; margin-right: 10px; text-align: right; user-select: none; }
    mark { background: #ffe0b2; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; }
    footer { margin-top: 36px; color: var(--muted); font-size: 13px; }
    """

    static let script = """
    (function () {
      var boxes = document.querySelectorAll('input[data-category]');
      function apply() {
        var shown = {};
        for (var i = 0; i < boxes.length; i++) { shown[boxes[i].getAttribute('data-category')] = boxes[i].checked; }
        var findings = document.querySelectorAll('.finding');
        for (var j = 0; j < findings.length; j++) {
          findings[j].classList.toggle('hidden', shown[findings[j].getAttribute('data-category')] === false);
        }
      }
      for (var k = 0; k < boxes.length; k++) { boxes[k].addEventListener('change', apply); }
      apply();
      document.documentElement.setAttribute('data-cu2hip-ready', 'yes');
    })();
    """
}
