import Foundation

/// One file of the input, with where it lives and what cu2hip does with it.
public struct InputFile: Sendable, Hashable {
    /// Absolute, normalised path.
    public var absolutePath: String
    /// Path relative to the input root, "/"-separated.
    public var relativePath: String
    public var kind: SourceFileKind
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
        public var problems: [InputProblem]
    }

    /// Normalises `path` to an absolute path without `.`/`..` components.
    public static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (base as NSString).standardizingPath
    }

    /// Walks every input (files and directories, recursively; hidden entries and `excluding` are
    /// skipped), sorted by relative path. The root is the deepest directory holding every input.
    public static func discover(_ inputs: [String], excluding excluded: [String] = []) -> Result {
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
        let excludedAbsolute = excluded.map(absolute)
        var seen: Set<String> = []
        var files: [InputFile] = []
        func add(_ path: String) {
            guard seen.insert(path).inserted else { return }
            let relative = path == root ? (path as NSString).lastPathComponent : String(path.dropFirst(root == "/" ? 1 : root.count + 1))
            files.append(InputFile(absolutePath: path, relativePath: relative, kind: SourceFileKind(path: relative)))
        }
        for entry in existing {
            guard entry.isDirectory else {
                add(entry.absolute)
                continue
            }
            walk(entry.absolute, excluded: excludedAbsolute, problems: &problems, add)
        }
        files.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
        return Result(root: root, files: files, problems: problems)
    }

    private static func walk(_ directory: String, excluded: [String], problems: inout [InputProblem], _ add: (String) -> Void) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            problems.append(InputProblem(path: directory, message: "cannot read directory: \(error.localizedDescription)"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            if excluded.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { continue }
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let type = attributes[.type] as? FileAttributeType else {
                // Vanished between listing and stat, or unreadable metadata: report it.
                problems.append(InputProblem(path: path, message: "cannot read file attributes"))
                continue
            }
            switch type {
            case .typeDirectory: walk(path, excluded: excluded, problems: &problems, add)
            case .typeRegular: add(path)
            default: continue  // symbolic links, sockets, devices: not part of a source tree to convert
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
