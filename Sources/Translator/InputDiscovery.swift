import Foundation

/// One file of the input, with where it lives and what cu2hip does with it.
public struct InputFile: Sendable, Hashable {
    /// Absolute, normalised path.
    public var absolutePath: String
    /// Path relative to the input root, "/"-separated.
    public var relativePath: String
    public var kind: SourceFileKind
    /// Why a C, C++ or CUDA file is only copied (``PathFilter/exclusionReason(_:)``): it did not
    /// pass `--include`/`--exclude`, so its kind is ``SourceFileKind/other``. Nil for every other file.
    public var excludedBy: String?

    public init(absolutePath: String, relativePath: String, kind: SourceFileKind, excludedBy: String? = nil) {
        self.absolutePath = absolutePath
        self.relativePath = relativePath
        self.kind = kind
        self.excludedBy = excludedBy
    }
}

/// A path the user named that cannot be used.
public struct InputProblem: Sendable, Hashable {
    public var path: String
    public var message: String
}

/// Finds the files to convert under the paths the user gave.
public enum InputDiscovery {
    public struct Result: Sendable {
        /// The directory every relative path is relative to.
        public var root: String
        public var files: [InputFile]
        /// Links, version-control folders, pipes, sockets and devices met in the walk, sorted.
        public var entries: [TreeEntry]
        public var problems: [InputProblem]
    }

    /// Normalises `path` to an absolute path without `.`/`..` components.
    public static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (base as NSString).standardizingPath
    }

    /// Walks every input (files and directories, recursively, hidden ones included; `excluding`
    /// is skipped), sorted by relative path. The root is the deepest directory holding every
    /// input. What is not a regular file or folder becomes a ``TreeEntry``. A C, C++ or CUDA file
    /// that `filter` does not select is still listed, as a file to copy (kind
    /// ``SourceFileKind/other``, with ``InputFile/excludedBy`` saying why): nothing in the tree
    /// is left out without a word.
    public static func discover(_ inputs: [String], excluding excluded: [String] = [], filter: PathFilter = PathFilter()) -> Result {
        var problems: [InputProblem] = []
        var existing: [(absolute: String, isDirectory: Bool)] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            let absolutePath = absolute(input)
            if FileManager.default.fileExists(atPath: absolutePath, isDirectory: &isDirectory) {
                existing.append((absolutePath, isDirectory.boolValue))
            } else {
                problems.append(InputProblem(path: input, message: "no such file or directory"))
            }
        }
        let root = commonRoot(existing.map { $0.isDirectory ? $0.absolute : ($0.absolute as NSString).deletingLastPathComponent })
        var walker = Walker(root: root, realRoot: resolved(root), excluded: excluded.map(absolute), filter: filter)
        for entry in existing {
            if entry.isDirectory {
                walker.walk(entry.absolute)
            } else {
                walker.add(entry.absolute)
            }
        }
        walker.files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        walker.entries.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        return Result(root: root, files: walker.files, entries: walker.entries, problems: problems + walker.problems)
    }

    /// `path` with every symbolic link resolved (itself when it cannot be).
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    /// The state of one discovery walk.
    private struct Walker {
        let root: String
        let realRoot: String
        let excluded: [String]
        let filter: PathFilter
        var seen: Set<String> = []
        var files: [InputFile] = []
        var entries: [TreeEntry] = []
        var problems: [InputProblem] = []

        init(root: String, realRoot: String, excluded: [String], filter: PathFilter) {
            self.root = root
            self.realRoot = realRoot
            self.excluded = excluded
            self.filter = filter
        }

        func relative(_ path: String) -> String {
            path == root ? (path as NSString).lastPathComponent : String(path.dropFirst(root == "/" ? 1 : root.count + 1))
        }

        mutating func add(_ path: String) {
            guard seen.insert(path).inserted else { return }
            let relativePath = relative(path)
            let kind = SourceFileKind(path: relativePath)
            if kind != .other, let reason = filter.exclusionReason(relativePath) {
                files.append(InputFile(absolutePath: path, relativePath: relativePath, kind: .other, excludedBy: reason))
            } else {
                files.append(InputFile(absolutePath: path, relativePath: relativePath, kind: kind))
            }
        }

        mutating func walk(_ directory: String) {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            } catch {
                problems.append(InputProblem(path: directory, message: "cannot read directory: \(error.localizedDescription)"))
                return
            }
            for name in names {
                let path = directory + "/" + name
                if excluded.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { continue }
                visit(path, name: name)
            }
        }

        /// One directory entry: walked, added, or recorded as a ``TreeEntry``. Symbolic links
        /// are never followed.
        private mutating func visit(_ path: String, name: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let type = attributes[.type] as? FileAttributeType else {
                // Vanished between listing and stat, or unreadable metadata: report it.
                problems.append(InputProblem(path: path, message: "cannot read file attributes"))
                return
            }
            if TreeEntry.versionControlFolders.contains(name) {
                entries.append(TreeEntry.versionControl(at: path, relative: relative(path)))
                return
            }
            switch type {
            case .typeDirectory: walk(path)
            case .typeRegular: add(path)
            case .typeSymbolicLink:
                entries.append(TreeEntry.classifyLink(at: path, relative: relative(path), root: root, realRoot: realRoot))
            default:
                entries.append(TreeEntry.special(type, at: path, relative: relative(path)))
            }
        }
    }

    private static func commonRoot(_ directories: [String]) -> String {
        guard var common = directories.first?.split(separator: "/", omittingEmptySubsequences: true) else {
            return FileManager.default.currentDirectoryPath
        }
        for directory in directories.dropFirst() {
            let parts = directory.split(separator: "/", omittingEmptySubsequences: true)
            var length = 0
            while length < min(common.count, parts.count), common[length] == parts[length] { length += 1 }
            common = Array(common.prefix(length))
        }
        return "/" + common.joined(separator: "/")
    }
}
