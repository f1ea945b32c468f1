import Foundation
import Reporting

/// Something in the input tree that is not a file to translate or copy: a symbolic link, a
/// version-control folder, a named pipe, socket or device. Each is mirrored as a link or listed
/// in the report as skipped, so nothing in the tree is left out without a word.
public struct TreeEntry: Sendable, Hashable {
    public enum Disposition: Sendable, Hashable {
        /// A symbolic link resolving inside the tree: mirrored as a link to `target` (relative).
        case link(target: String)
        /// Left out. `warn`: also a warning finding (and so a line on stderr); `linkTarget`: the
        /// link's target as written, for a link.
        case skipped(reason: String, warn: Bool, linkTarget: String?)
    }

    /// Absolute path (not resolved).
    public var absolutePath: String
    /// Path relative to the input root, "/"-separated.
    public var relativePath: String
    public var disposition: Disposition

    /// The rule id of the findings about tree entries.
    public static let rule = "input-tree"

    /// Folders of version-control systems: their contents are the tool's, not the project's.
    static let versionControlFolders: Set<String> = [".git", ".hg", ".svn", ".bzr"]

    /// The entry's report.
    public var report: FileReport {
        switch disposition {
        case let .link(target):
            return FileReport(path: relativePath, status: .linked, linkTarget: target)
        case let .skipped(reason, warn, linkTarget):
            let findings = warn ? [Finding(rule: Self.rule, severity: .warning, position: SourcePosition(line: 0, column: 0), message: reason)] : []
            return FileReport(path: relativePath, status: .skipped, reason: reason, linkTarget: linkTarget, findings: findings)
        }
    }

    /// What to do with a symbolic link at `path` (relative `relative`) in a tree whose resolved
    /// root is `realRoot`.
    static func classifyLink(at path: String, relative: String, root: String, realRoot: String) -> TreeEntry {
        let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
        guard let resolved = resolvedPath(path) else {
            return TreeEntry(absolutePath: path, relativePath: relative,
                             disposition: .skipped(reason: "dangling symbolic link to '\(written)' (its target does not exist); not followed, not mirrored",
                                                   warn: true, linkTarget: written))
        }
        guard resolved == realRoot || resolved.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else {
            return TreeEntry(absolutePath: path, relativePath: relative,
                             disposition: .skipped(reason: "symbolic link to '\(written)', outside the input tree; not followed, not mirrored",
                                                   warn: true, linkTarget: written))
        }
        let directory = (path as NSString).deletingLastPathComponent
        let target = staysInside(written, from: directory, root: root)
            ? written : relativePath(from: relativeDirectory(of: relative), to: inside(resolved, realRoot: realRoot))
        return TreeEntry(absolutePath: path, relativePath: relative, disposition: .link(target: target))
    }

    /// What to do with a named pipe, socket or device.
    static func special(_ type: FileAttributeType, at path: String, relative: String) -> TreeEntry {
        let what: String
        switch type {
        case .typeSocket: what = "socket"
        case .typeCharacterSpecial: what = "character device"
        case .typeBlockSpecial: what = "block device"
        default: what = "named pipe (FIFO)"
        }
        return TreeEntry(absolutePath: path, relativePath: relative,
                         disposition: .skipped(reason: "\(what); not read, not mirrored", warn: true, linkTarget: nil))
    }

    /// A version-control folder.
    static func versionControl(at path: String, relative: String) -> TreeEntry {
        TreeEntry(absolutePath: path, relativePath: relative,
                  disposition: .skipped(reason: "version-control folder; not translated, not mirrored", warn: false, linkTarget: nil))
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when the relative link text `written`, read from `directory`, names a path inside `root`.
    private static func staysInside(_ written: String, from directory: String, root: String) -> Bool {
        guard !written.isEmpty, !written.hasPrefix("/") else { return false }
        let joined = ((directory + "/" + written) as NSString).standardizingPath
        return joined == root || joined.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// `resolved` relative to `realRoot` ("" for the root itself).
    private static func inside(_ resolved: String, realRoot: String) -> String {
        resolved == realRoot ? "" : String(resolved.dropFirst(realRoot == "/" ? 1 : realRoot.count + 1))
    }

    private static func relativeDirectory(of relative: String) -> String {
        (relative as NSString).deletingLastPathComponent
    }

    /// The relative path from folder `from` to `to`, both relative to the root.
    private static func relativePath(from: String, to: String) -> String {
        let source = from.split(separator: "/")
        let destination = to.split(separator: "/")
        var common = 0
        while common < min(source.count, destination.count), source[common] == destination[common] { common += 1 }
        let parts = Array(repeating: "..", count: source.count - common) + destination[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
