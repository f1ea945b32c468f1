import Foundation

/// The known problems of a project, written by `cu2hip check --write-baseline FILE` and read by
/// `--baseline FILE`, so that CI fails only on new ones. JSON with sorted keys; entries sorted
/// by path, rule, fingerprint, so that a change to the file reviews as a small diff.
public struct Baseline: Codable, Hashable, Sendable {
    public static let currentVersion = 1

    /// One known problem. Only `fingerprint` is compared; the rest says what it was.
    public struct Entry: Codable, Hashable, Sendable {
        public var fingerprint: String
        public var path: String
        public var rule: String
        public var category: FindingCategory
        public var name: String?
        public var message: String

        public init(fingerprint: String, path: String, rule: String, category: FindingCategory, name: String?, message: String) {
            self.fingerprint = fingerprint
            self.path = path
            self.rule = rule
            self.category = category
            self.name = name
            self.message = message
        }
    }

    public var version: Int
    public var tool: String
    public var findings: [Entry]

    public init(findings: [Entry]) {
        version = Self.currentVersion
        tool = "cu2hip"
        self.findings = findings.sorted { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
    }

    /// The problems of `report`: every finding but the notes.
    public init(_ report: CompatibilityReport) {
        self.init(findings: report.findings.filter { $0.category != .note }.map {
            Entry(fingerprint: $0.fingerprint, path: $0.path, rule: $0.rule, category: $0.category, name: $0.name, message: $0.message)
        })
    }

    /// Reads a baseline file's bytes.
    ///
    /// - Throws: ``BaselineError`` when the bytes are not a baseline of a version this cu2hip reads.
    public static func decode(_ bytes: [UInt8], path: String) throws -> Baseline {
        struct Header: Decodable { var version: Int? }
        let data = Data(bytes)
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw BaselineError.malformed(path: path, reason: "not a JSON object")
        }
        guard let version = header.version else { throw BaselineError.malformed(path: path, reason: "no \"version\"") }
        guard version == currentVersion else { throw BaselineError.unsupportedVersion(path: path, version: version) }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw BaselineError.malformed(path: path, reason: "missing \"\(key.stringValue)\" at \(describe(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw BaselineError.malformed(path: path, reason: "wrong type at \(describe(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw BaselineError.malformed(path: path, reason: "invalid value at \(describe(context.codingPath))")
        } catch {
            throw BaselineError.malformed(path: path, reason: "\(error)")
        }
    }

    /// Pretty-printed JSON with sorted keys, ending in a line break.
    public func rendered() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func describe(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}

/// Why a baseline file could not be used.
public enum BaselineError: Error, Equatable, CustomStringConvertible {
    case malformed(path: String, reason: String)
    case unsupportedVersion(path: String, version: Int)

    public var description: String {
        switch self {
        case let .malformed(path, reason):
            "\(path): not a cu2hip baseline (\(reason)); write one with --write-baseline"
        case let .unsupportedVersion(path, version):
            "\(path): baseline version \(version) is not one this cu2hip reads (\(Baseline.currentVersion)); write it again with --write-baseline"
        }
    }
}
