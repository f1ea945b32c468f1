/// A clang diagnostic, with its location resolved to a file and 1-based line and byte column.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error, fatal

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            case .fatal: 3
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The file the diagnostic points into; empty when clang gave no location.
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(severity: Severity, file: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
