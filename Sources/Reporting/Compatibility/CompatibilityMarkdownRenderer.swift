/// GitHub-flavoured Markdown: the summary, a table per library and family, the worst files and
/// every finding with its source line.
enum CompatibilityMarkdownRenderer {
    static func render(_ report: CompatibilityReport) -> String {
        let summary = report.summary
        let refs = summary.references
        var lines: [String] = []
        lines.append("# cu2hip compatibility report")
        lines.append("")
        lines.append("| | |")
        lines.append("| :-- | :-- |")
        lines.append("| Score | **\(summary.score)/100** |")
        lines.append("| CUDA references | \(refs.found) found, \(refs.converted) converted, \(refs.unsupported) unsupported (\(CompatibilityWording.percent(summary.percentConverted))% converted) |")
        lines.append("| Findings | \(CompatibilityWording.findingCounts(summary)) |")
        lines.append("| Source files | \(summary.sourceFiles), \(summary.filesWithParseErrors) with parse errors, \(summary.failedFiles) failed |")
        lines.append("| Estimated manual work | \(CompatibilityWording.manualWork(summary.manualWork)) |")
        if let baseline = report.baseline {
            lines.append("| Baseline | \(CompatibilityWording.baseline(baseline)) |")
        }
        lines.append("| Policy | \(cell(CompatibilityWording.policy(report.policy))) |")
        lines.append("| Target | \(cell(target(report.options))) |")

        lines.append("")
        lines.append("## Libraries")
        lines.append("")
        if report.libraries.isEmpty {
            lines.append("No CUDA API found.")
        } else {
            lines.append("| Library | API family | Found | Convertible | Unsupported |")
            lines.append("| :-- | :-- | --: | --: | --: |")
            for library in report.libraries {
                lines.append("| **\(cell(library.library))** | | **\(library.found)** | **\(library.convertible)** | **\(library.unsupported)** |")
                for family in library.families {
                    lines.append("| | \(cell(family.family)) | \(family.found) | \(family.convertible) | \(family.unsupported) |")
                }
            }
        }

        let worst = report.worstFiles.prefix(10)
        lines.append("")
        lines.append("## Files needing the most work")
        lines.append("")
        if worst.isEmpty {
            lines.append("None.")
        } else {
            lines.append("| File | Unsupported | Warnings | Parse errors | Estimate (minutes) |")
            lines.append("| :-- | --: | --: | --: | --: |")
            for file in worst {
                lines.append("| \(code(file.path)) | \(file.unsupported) | \(file.warnings) | \(file.parseErrors) | \(file.estimatedMinutes) |")
            }
        }

        lines.append("")
        lines.append("## Findings")
        lines.append("")
        if report.findings.isEmpty {
            lines.append("None.")
        } else {
            let withBaseline = report.baseline != nil
            lines.append("| Location | Level | Category | Rule | Message | Code |" + (withBaseline ? " Baseline |" : ""))
            lines.append("| :-- | :-- | :-- | :-- | :-- | :-- |" + (withBaseline ? " :-- |" : ""))
            for finding in report.findings {
                let location = finding.line == 0 ? finding.path : "\(finding.path):\(finding.line):\(finding.column)"
                var row = "| \(code(location)) | \(CompatibilityWording.level(finding)) | \(finding.category.rawValue) | \(code(finding.rule)) | \(cell(finding.message)) | \(finding.code.map { code($0.trimmingWhitespace) } ?? "") |"
                if withBaseline { row += " \(finding.baselineState.map { $0 == .new ? "new" : "known" } ?? "") |" }
                lines.append(row)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "ROCm 7.0, hipBLAS, ..." from the options.
    static func target(_ options: [String: String]) -> String {
        var parts: [String] = []
        if let version = options["rocm-version"] { parts.append("ROCm \(version)") }
        for key in ["blas", "dnn", "rand", "sparse", "solver"] {
            if let value = options[key] { parts.append("\(key) \(value)") }
        }
        return parts.joined(separator: ", ")
    }

    /// Text in a table cell: HTML's special characters as entities (GitHub renders raw HTML),
    /// `|` escaped, line breaks as spaces, and Markdown's emphasis and link characters escaped.
    static func cell(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            case "\\", "`", "*", "_", "[", "]": result += "\\\(character)"
            default: result.append(character)
            }
        }
        return result
    }

    /// A code span that holds `text` whatever backticks it contains; `|` escaped for tables.
    static func code(_ text: String) -> String {
        var longestRun = 0
        var run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let body = text.replacingPipes
        let padded = body.hasPrefix("`") || body.hasSuffix("`") ? " \(body) " : body
        return body.isEmpty ? "" : fence + padded + fence
    }
}

extension String {
    /// `|` as `\|`, which GitHub's tables take inside code spans too; line breaks as spaces.
    var replacingPipes: String {
        var result = ""
        for character in self {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
