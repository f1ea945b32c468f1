import Foundation

/// A `--map FILE`: a team's own mappings that add to or override the built-in database.
///
/// Format, one mapping per line (blank lines and `#` comments ignored), fields separated by
/// spaces or tabs:
///
///     CUDA_NAME  HIP_NAME  [KIND]
///     CUDA_NAME  -                      # no HIP equivalent: left as written and reported
///
/// KIND is one of function, type, enum-constant, macro (default: the built-in entry's kind, or
/// function). A later line for the same name replaces an earlier one.
public struct UserMap: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var cudaName: String
        /// nil for `-` (unsupported).
        public var hipName: String?
        public var kind: APIKind?
        public var lineNumber: Int

        public init(cudaName: String, hipName: String?, kind: APIKind?, lineNumber: Int) {
            self.cudaName = cudaName
            self.hipName = hipName
            self.kind = kind
            self.lineNumber = lineNumber
        }
    }

    /// Where the map came from, for messages and the report.
    public var source: String
    public var lines: [Line]

    /// Parses map text; `source` names it in errors (`map.txt:3: ...`).
    public init(text: String, source: String) throws {
        self.source = source
        var lines: [Line] = []
        for (offset, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = offset + 1
            var line = Substring(rawLine)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if fields.isEmpty { continue }
            guard fields.count == 2 || fields.count == 3 else {
                throw UserMapError(source: source, line: lineNumber, message: "expected 'CUDA_NAME HIP_NAME [KIND]', found \(fields.count) field(s)")
            }
            for name in fields.prefix(2) where name != "-" && !Self.isIdentifier(name) {
                throw UserMapError(source: source, line: lineNumber, message: "'\(name)' is not a C identifier")
            }
            if fields[0] == "-" {
                throw UserMapError(source: source, line: lineNumber, message: "the CUDA name cannot be '-'")
            }
            var kind: APIKind?
            if fields.count == 3 {
                guard let parsed = APIKind(rawValue: fields[2]), parsed != .header else {
                    throw UserMapError(source: source, line: lineNumber,
                                       message: "unknown kind '\(fields[2])' (function, type, enum-constant, macro)")
                }
                kind = parsed
            }
            lines.append(Line(cudaName: fields[0], hipName: fields[1] == "-" ? nil : fields[1], kind: kind, lineNumber: lineNumber))
        }
        self.lines = lines
    }

    /// Reads and parses a map file.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UserMapError(source: path, line: 0, message: "cannot read the map file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UserMapError(source: path, line: 0, message: "the map file is not UTF-8")
        }
        try self.init(text: text, source: path)
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && CharacterSet.letters.contains(first)) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && CharacterSet.alphanumerics.contains($0)) }
    }
}

/// A malformed `--map` file, with the line at fault.
public struct UserMapError: Error, Equatable, CustomStringConvertible, LocalizedError {
    public var source: String
    public var line: Int
    public var message: String

    public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
    public var errorDescription: String? { description }
}

extension APIEntry {
    /// True for an entry that came from a `--map` file: the user asked for it explicitly, so it
    /// applies even where the project declares the name itself (a team's own wrapper).
    public var isFromUserMap: Bool { family.hasPrefix(UserMap.familyPrefix) }
}

extension UserMap {
    static let familyPrefix = "user map "
}

extension MappingDatabase {
    /// This database with a user map's entries added or overriding built-in ones. An overriding
    /// entry keeps the built-in one's library (so `cudaMalloc`-like names still count as runtime
    /// use) and applies whichever target library is chosen.
    public func applying(_ map: UserMap) -> MappingDatabase {
        var replaced: [String: APIEntry] = [:]
        var order: [String] = []
        for line in map.lines {
            let base = entry(for: line.cudaName)
            let status: APIStatus = line.hipName == nil ? .unsupported : .supported
            let entry = APIEntry(
                cudaName: line.cudaName, library: base?.library ?? .runtime,
                family: "\(UserMap.familyPrefix)\(map.source):\(line.lineNumber)", kind: line.kind ?? base?.kind ?? .function,
                hipName: line.hipName, rocName: line.hipName, status: status, rocStatus: status)
            if replaced[line.cudaName] == nil { order.append(line.cudaName) }
            replaced[line.cudaName] = entry
        }
        let kept = entries.filter { replaced[$0.cudaName] == nil }
        return MappingDatabase(entries: order.map { replaced[$0]! } + kept)
    }
}
