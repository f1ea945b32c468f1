/// Renders findings and diagnostics compiler-style (`path:line:col: severity: message [rule]`)
/// and the summary as a few plain lines.
public enum TextReporter {
    /// One line per finding and clang diagnostic, sorted by file, line, column. `prefix` goes
    /// before every root-relative path (so that paths read from the current directory).
    public static func findings(_ report: Report, includeInfo: Bool = false, prefix: String = "") -> [String] {
        var lines: [String] = []
        for file in report.files {
            let path = prefix + file.path
            var entries: [(SourcePosition, String)] = []
            for finding in file.findings where includeInfo || finding.severity != .info {
                // Line 0: about the entry itself (a link, a pipe), not a place in its text.
                let place = finding.line == 0 ? path : "\(path):\(finding.line):\(finding.column)"
                entries.append((finding.position, "\(place): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]"))
            }
            for diagnostic in file.diagnostics where diagnostic.severity == "error" || diagnostic.severity == "fatal" {
                let where_ = diagnostic.file.isEmpty ? path : (diagnostic.file.hasPrefix("/") ? diagnostic.file : prefix + diagnostic.file)
                entries.append((SourcePosition(line: diagnostic.line, column: diagnostic.column),
                                "\(where_):\(diagnostic.line):\(diagnostic.column): parse \(diagnostic.severity == "fatal" ? "error" : diagnostic.severity): \(diagnostic.message) [clang]"))
            }
            lines.append(contentsOf: entries.sorted { $0.0 < $1.0 }.map(\.1))
        }
        return lines
    }

    /// The summary block printed at the end of a run.
    public static func summary(_ report: Report) -> String {
        let summary = report.summary
        let refs = summary.references
        var text = "cu2hip: \(summary.files) file(s): \(summary.converted) converted, \(summary.unchanged) unchanged, \(summary.copied) copied, \(summary.failed) failed"
        if summary.linked > 0 { text += ", \(summary.linked) linked" }
        if summary.skipped > 0 { text += ", \(summary.skipped) skipped" }
        if summary.generated > 0 { text += ", \(summary.generated) support header(s) written by cu2hip" }
        if summary.filesWithParseErrors > 0 {
            text += ", \(summary.filesWithParseErrors) with parse errors"
        }
        text += "\ncu2hip: CUDA references: \(refs.found) found, \(refs.converted) converted, \(refs.unsupported) unsupported (\(formatPercent(summary.percentConverted))% converted)"
        return text
    }

    static func formatPercent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
