import Foundation

/// The formats `cu2hip check --format` writes.
public enum CompatibilityFormat: String, CaseIterable, Sendable {
    /// Compiler-style lines (`path:line:col: warning: message [rule]`), then a summary.
    case text
    /// The ``CompatibilityReport`` as JSON (sorted keys).
    case json
    /// Tables for a pull request or a wiki page.
    case markdown
    /// One self-contained page.
    case html
    /// SARIF 2.1.0, as GitHub code scanning takes it.
    case sarif

    /// What the renderers need besides the report.
    public struct Context: Sendable {
        /// Goes before every root-relative path in the text and SARIF formats, so that paths read
        /// from the current directory (in SARIF: the repository root GitHub resolves them from);
        /// JSON, Markdown and HTML keep paths relative to the input root.
        public var pathPrefix: String
        /// One sentence per rule identifier, for SARIF's rule descriptions and the HTML page.
        public var ruleSummaries: [String: String]

        public init(pathPrefix: String = "", ruleSummaries: [String: String] = [:]) {
            self.pathPrefix = pathPrefix
            self.ruleSummaries = ruleSummaries
        }
    }

    public func render(_ report: CompatibilityReport, context: Context = Context()) -> String {
        switch self {
        case .text: CompatibilityTextRenderer.render(report, pathPrefix: context.pathPrefix)
        case .json: CompatibilityJSONRenderer.render(report)
        case .markdown: CompatibilityMarkdownRenderer.render(report)
        case .html: CompatibilityHTMLRenderer.render(report, ruleSummaries: context.ruleSummaries)
        case .sarif: CompatibilitySARIFRenderer.render(report, ruleSummaries: context.ruleSummaries, pathPrefix: context.pathPrefix)
        }
    }
}

/// Wording shared by the renderers.
enum CompatibilityWording {
    /// "1 file", "2 files".
    static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(value) \(value == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// One decimal, as report.json's percentConverted.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// "about 2.5 hours (150 minutes)", "none".
    static func manualWork(_ estimate: ManualWorkEstimate) -> String {
        guard estimate.minutes > 0 else { return "none" }
        let hours = estimate.hours == estimate.hours.rounded() ? "\(Int(estimate.hours))" : "\(Int(estimate.hours)).5"
        return "about \(hours) \(estimate.hours == 1 ? "hour" : "hours") (\(estimate.minutes) minutes)"
    }

    /// What the severity is called in compiler-style output.
    static func level(_ finding: CompatibilityFinding) -> String {
        switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// "3 unsupported uses, 2 warnings, 1 parse error, 4 notes".
    static func findingCounts(_ summary: CompatibilitySummary) -> String {
        [count(summary.unsupported, "unsupported use"), count(summary.warnings, "warning"),
         count(summary.parseErrors, "parse error"), count(summary.notes, "note")].joined(separator: ", ")
    }

    /// "passed" / "failed: 2 new findings at or above --fail-on unsupported".
    static func policy(_ policy: PolicyResult) -> String {
        if policy.failOn == .never { return "--fail-on never: not applied" }
        let what = policy.failOn == .unsupported ? "unsupported use" : "problem"
        return policy.passed
            ? "--fail-on \(policy.failOn.rawValue): passed (no new \(what)s)"
            : "--fail-on \(policy.failOn.rawValue): failed (\(count(policy.failing, "new " + what)))"
    }

    /// "5 entries: 4 matched, 1 no longer found; 2 new problems".
    static func baseline(_ baseline: BaselineComparison) -> String {
        "\(count(baseline.entries, "entry", "entries")): \(baseline.matched) matched, \(baseline.absent) no longer found; \(count(baseline.new, "new problem"))"
    }
}

/// Compiler-style lines for each problem (notes left out), then the summary.
enum CompatibilityTextRenderer {
    static func render(_ report: CompatibilityReport, pathPrefix: String) -> String {
        var lines: [String] = []
        for finding in report.findings where finding.category != .note && finding.isNew {
            let path = finding.path.hasPrefix("/") ? finding.path : pathPrefix + finding.path
            let place = finding.line == 0 ? path : "\(path):\(finding.line):\(finding.column)"
            lines.append("\(place): \(CompatibilityWording.level(finding)): \(finding.message) [\(finding.rule)]")
        }
        let summary = report.summary
        let refs = summary.references
        lines.append("cu2hip check: \(CompatibilityWording.count(summary.sourceFiles, "source file")), \(summary.filesWithParseErrors) with parse errors, \(summary.failedFiles) failed")
        lines.append("CUDA references: \(refs.found) found, \(refs.converted) converted, \(refs.unsupported) unsupported (\(CompatibilityWording.percent(summary.percentConverted))% converted)")
        for library in report.libraries {
            lines.append("  \(library.library): \(library.found) found, \(library.convertible) convertible, \(library.unsupported) unsupported")
        }
        lines.append("findings: \(CompatibilityWording.findingCounts(summary))")
        if let baseline = report.baseline {
            lines.append("baseline: \(CompatibilityWording.baseline(baseline)) (known problems are not listed above)")
        }
        lines.append("score: \(summary.score)/100; estimated manual work: \(CompatibilityWording.manualWork(summary.manualWork))")
        lines.append("policy: \(CompatibilityWording.policy(report.policy))")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The report as pretty-printed JSON with sorted keys.
enum CompatibilityJSONRenderer {
    static func render(_ report: CompatibilityReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The model holds strings, integers, booleans and finite doubles only: encoding cannot fail.
        let data = (try? encoder.encode(report)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
