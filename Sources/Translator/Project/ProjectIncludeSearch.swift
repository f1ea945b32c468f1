import Foundation
import Reporting

/// Finds the project folder an unresolved include lives in. Real trees include their helpers by
/// bare name and rely on the build's `-I` flags (`#include "helper_cuda.h"` from `Common/`);
/// cu2hip parses without those flags, so it looks for the header in the input tree itself.
///
/// A header `a/b.h` matches every input file whose path ends in `/a/b.h`; the folder to add is
/// that path without the suffix. The search widens from the includer's folder towards the root:
/// the first folder whose subtree holds a match decides, and two or more matches there are
/// ambiguous (reported, never guessed).
public struct ProjectIncludeSearch: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// The folder (absolute) to add to the include path, and the file found there (root-relative).
        case found(directory: String, file: String)
        /// Several files match at the same distance (root-relative paths, sorted).
        case ambiguous([String])
        case notFound
    }

    private let root: String
    /// Last path component → root-relative paths of the input files with that name.
    private let byName: [String: [String]]

    /// `relativePaths` are the input files' paths relative to `root`, "/"-separated.
    public init(root: String, relativePaths: [String]) {
        self.root = root
        var byName: [String: [String]] = [:]
        for path in relativePaths {
            byName[(path as NSString).lastPathComponent, default: []].append(path)
        }
        self.byName = byName.mapValues { $0.sorted() }
    }

    /// Where `header` (as written in the include) can be found for a file at `includer`
    /// (absolute path).
    public func resolve(_ header: String, includer: String) -> Resolution {
        let parts = header.split(separator: "/", omittingEmptySubsequences: true)
        guard let name = parts.last, !parts.contains(".."), !header.hasPrefix("/"),
              let candidates = byName[String(name)] else { return .notFound }
        let suffix = parts.filter { $0 != "." }.joined(separator: "/")
        let matches = candidates.filter { $0 == suffix || $0.hasSuffix("/" + suffix) }
        guard !matches.isEmpty else { return .notFound }
        var scope = relative(includer).split(separator: "/").dropLast().map(String.init)
        while true {
            let prefix = scope.isEmpty ? "" : scope.joined(separator: "/") + "/"
            let inScope = matches.filter { $0.hasPrefix(prefix) }
            if inScope.count == 1 {
                let file = inScope[0]
                let folder = String(file.dropLast(suffix.count)).trimmingSuffix("/")
                return .found(directory: folder.isEmpty ? root : root + "/" + folder, file: file)
            }
            if inScope.count > 1 { return .ambiguous(inScope) }
            if scope.isEmpty { return .notFound }
            scope.removeLast()
        }
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : (path as NSString).lastPathComponent
    }

    /// The header name in clang's "file not found" diagnostic (`'helper_cuda.h' file not found`,
    /// also the `with <angled> include; use "quotes" instead` form), or nil for other messages.
    public static func missingHeader(inDiagnostic message: String) -> String? {
        guard message.hasPrefix("'"), let end = message.range(of: "' file not found") else { return nil }
        let name = message[message.index(after: message.startIndex)..<end.lowerBound]
        return name.isEmpty ? nil : String(name)
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}

/// An include clang could not resolve in one parse, and what the input tree offered for it.
struct LocatedInclude: Sendable {
    struct Site: Hashable, Sendable {
        /// Absolute path of the file holding the directive.
        var includer: String
        var line: Int
        var column: Int
    }

    var site: Site
    var header: String
    var resolution: ProjectIncludeSearch.Resolution

    var includer: String { site.includer }

    /// The report's word on it, at the directive in the includer.
    func finding(root: String) -> Finding {
        let position = SourcePosition(line: site.line, column: site.column)
        func relative(_ directory: String) -> String {
            directory == root ? "." : directory.hasPrefix(root + "/") ? String(directory.dropFirst(root.count + 1)) : directory
        }
        switch resolution {
        case let .found(directory, file):
            return Finding(rule: Self.rule, severity: .info, position: position,
                           message: "'\(header)' is not beside this file nor on the include path; parsed with -I \(relative(directory)) "
                               + "(the input tree's \(file)): the build needs the same -I", name: header)
        case let .ambiguous(files):
            return Finding(rule: Self.rule, severity: .warning, position: position,
                           message: "'\(header)' is not on the include path and the input tree has \(files.count) files it could be ("
                               + files.joined(separator: ", ") + "): not guessed; pass -I for the right one", name: header)
        case .notFound:
            return Finding(rule: Self.rule, severity: .warning, position: position,
                           message: "'\(header)' not found, neither on the include path nor in the input tree: "
                               + "code that depends on it was translated from tokens only; pass -I", name: header)
        }
    }

    /// The identifier findings about include folders carry.
    static let rule = "include-search"
}
