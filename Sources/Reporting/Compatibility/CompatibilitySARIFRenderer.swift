import Foundation

/// SARIF 2.1.0 for GitHub code scanning: one run whose driver lists the rules that have results;
/// one result per finding (notes as level `note`), located relative to `%SRCROOT%`, with the
/// baseline fingerprint as a partial fingerprint and, with `--baseline`, the baseline state.
enum CompatibilitySARIFRenderer {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let sourceRoot = "%SRCROOT%"
    /// The key of cu2hip's fingerprint in `partialFingerprints`.
    static let fingerprintKey = "cu2hipFingerprint/v1"

    static func render(_ report: CompatibilityReport, ruleSummaries: [String: String], pathPrefix: String = "") -> String {
        let ruleIDs = Array(Set(report.findings.map(\.rule))).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules = ruleIDs.map { id -> Rule in
            let summary = description(of: id, ruleSummaries)
            return Rule(id: id, name: id, shortDescription: Text(text: summary),
                        help: Text(text: "\(summary) Run `cu2hip explain NAME` for what cu2hip does with a CUDA name, and `cu2hip rules` for every rule."))
        }
        let results = report.findings.map { finding -> Result in
            let path = finding.path.hasPrefix("/") ? finding.path : pathPrefix + finding.path
            let artifact = path.hasPrefix("/")
                ? ArtifactLocation(uri: "file://" + uriEncoded(path), uriBaseId: nil)
                : ArtifactLocation(uri: uriEncoded(path), uriBaseId: sourceRoot)
            let region = finding.line == 0 ? nil : Region(
                startLine: finding.line, startColumn: utf16Column(finding),
                snippet: finding.code.map { Text(text: $0) })
            var properties = ["category": finding.category.rawValue]
            if let name = finding.name { properties["cudaName"] = name }
            if let library = finding.library { properties["library"] = library }
            return Result(
                ruleId: finding.rule, ruleIndex: ruleIndex[finding.rule] ?? 0, level: level(finding),
                message: Text(text: finding.message),
                locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region))],
                partialFingerprints: [fingerprintKey: finding.fingerprint],
                baselineState: finding.baselineState?.rawValue, properties: properties)
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(name: "cu2hip", version: report.version, rules: rules)),
                                 columnKind: "utf16CodeUnits", results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings and integers only: encoding cannot fail.
        let data = (try? encoder.encode(log)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ finding: CompatibilityFinding) -> String {
        switch finding.severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The rule's one-sentence summary; for the identifiers that are not rewrite rules, cu2hip's
    /// own wording.
    static func description(of id: String, _ summaries: [String: String]) -> String {
        if let summary = summaries[id] { return summary.hasSuffix(".") ? summary : summary + "." }
        if id == CompatibilityAnalysis.parseErrorRule {
            return "clang reported an error while parsing; cu2hip translated the code around it from tokens only."
        }
        return "Reported by cu2hip (\(id))."
    }

    /// SARIF counts columns in UTF-16 code units; the report counts bytes. Converted through the
    /// source line when it is known.
    static func utf16Column(_ finding: CompatibilityFinding) -> Int {
        guard let code = finding.code, finding.column >= 1 else { return max(finding.column, 1) }
        let bytes = Array(code.utf8)
        guard finding.column - 1 <= bytes.count else { return finding.column }
        return String(decoding: bytes.prefix(finding.column - 1), as: UTF8.self).utf16.count + 1
    }

    /// A path as a URI reference: every byte but unreserved characters and `/` percent-encoded.
    static func uriEncoded(_ path: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0f)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - The SARIF objects written

    struct Log: Encodable {
        var schema = CompatibilitySARIFRenderer.schemaURI
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema", version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var columnKind: String
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var help: Text
    }

    struct Text: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
        var baselineState: String?
        var properties: [String: String]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var snippet: Text?
    }
}
