/// Which files of the input tree are translated, from `--include` and `--exclude` globs.
///
/// A pattern is matched against a path relative to the input root, "/"-separated, component by
/// component: `*` matches any run of characters within one component (none included), `?` one
/// character, a component that is exactly `**` any number of components (none included); every
/// other character stands for itself. A pattern that matches a folder matches everything below
/// it (`third_party` is `third_party/**`). A leading `./` and a trailing `/` are ignored.
///
/// A file is selected when there is no `--include` or it matches one, and it matches no
/// `--exclude`.
public struct PathFilter: Sendable, Hashable {
    /// An invalid pattern.
    public struct PatternError: Error, CustomStringConvertible, Equatable {
        public var pattern: String
        public var problem: String
        public var description: String { "'\(pattern)': \(problem)" }
    }

    /// One glob, split into components.
    public struct Pattern: Sendable, Hashable {
        /// As the user wrote it.
        public var text: String
        let components: [[Unicode.Scalar]]

        public init(_ text: String) throws {
            var body = Substring(text)
            while body.hasPrefix("./") { body = body.dropFirst(2) }
            while body.hasSuffix("/") { body = body.dropLast() }
            if body.hasPrefix("/") {
                throw PatternError(pattern: text, problem: "patterns are relative to the input root; remove the leading '/'")
            }
            let parts = body.split(separator: "/", omittingEmptySubsequences: true)
            if parts.isEmpty { throw PatternError(pattern: text, problem: "empty pattern") }
            if parts.contains(where: { $0 == ".." || $0 == "." }) {
                throw PatternError(pattern: text, problem: "'.' and '..' components never match a path inside the input root")
            }
            self.text = text
            self.components = parts.map { Array($0.unicodeScalars) }
        }

        /// True when the pattern matches `path` (relative, "/"-separated) or a folder above it.
        public func matches(_ path: String) -> Bool {
            let names = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
            // reachable[j]: the pattern's components so far match the path's first j components.
            var reachable = [Bool](repeating: false, count: names.count + 1)
            reachable[0] = true
            for component in components {
                var next = [Bool](repeating: false, count: names.count + 1)
                if component == Self.anyDepth {
                    var seen = false
                    for j in 0...names.count {
                        seen = seen || reachable[j]
                        next[j] = seen
                    }
                } else {
                    for j in 0..<names.count where reachable[j] && Self.matchComponent(component, names[j]) {
                        next[j + 1] = true
                    }
                }
                reachable = next
            }
            // The whole path, or a folder above it (at least one component: never the root).
            return reachable.indices.contains { $0 > 0 && reachable[$0] }
        }

        private static let anyDepth: [Unicode.Scalar] = ["*", "*"]

        /// `*` and `?` within one component.
        static func matchComponent(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
            var p = 0, n = 0
            var star: Int?, resume = 0
            while n < name.count {
                if p < pattern.count, pattern[p] == "?" || (pattern[p] != "*" && pattern[p] == name[n]) {
                    p += 1
                    n += 1
                } else if p < pattern.count, pattern[p] == "*" {
                    star = p
                    resume = n
                    p += 1
                } else if let star {
                    p = star + 1
                    resume += 1
                    n = resume
                } else {
                    return false
                }
            }
            while p < pattern.count, pattern[p] == "*" { p += 1 }
            return p == pattern.count
        }
    }

    public var includes: [Pattern]
    public var excludes: [Pattern]

    /// Selects every file.
    public init() {
        includes = []
        excludes = []
    }

    public init(include: [String], exclude: [String]) throws {
        includes = try include.map(Pattern.init)
        excludes = try exclude.map(Pattern.init)
    }

    /// True when the filter selects every file.
    public var selectsEverything: Bool { includes.isEmpty && excludes.isEmpty }

    /// Why the file at `relativePath` is not selected, for its report; nil when it is.
    public func exclusionReason(_ relativePath: String) -> String? {
        if let pattern = excludes.first(where: { $0.matches(relativePath) }) {
            return "matches --exclude '\(pattern.text)'; copied unchanged, not translated"
        }
        if !includes.isEmpty, !includes.contains(where: { $0.matches(relativePath) }) {
            return "matches no --include pattern; copied unchanged, not translated"
        }
        return nil
    }

    /// True when the file at `relativePath` is translated.
    public func selects(_ relativePath: String) -> Bool { exclusionReason(relativePath) == nil }
}
