import Foundation

/// Errors while writing results. Each names the path and what to do.
public enum OutputError: Error, CustomStringConvertible, Equatable {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotCreateDirectory(path, reason): "\(path): cannot create directory: \(reason)"
        case let .cannotWrite(path, reason): "\(path): cannot write: \(reason)"
        }
    }
}

/// Writes files atomically: the bytes go to a temporary file in the same directory, which is then
/// renamed over the destination, so a failed or killed run never leaves a half-written file at a
/// destination path. A symbolic link is followed (the file it points to is replaced, the link
/// stays); a destination that is not a regular file (`/dev/null`, a named pipe, a terminal) is
/// written in place, since renaming over it would replace the device or pipe itself.
public enum AtomicWriter {
    public static func write(_ bytes: [UInt8], to destination: String, permissionsFrom template: String? = nil) throws {
        var path = destination
        var status = stat()
        if lstat(destination, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
           let resolved = realpath(destination, nil) {
            path = String(cString: resolved)
            free(resolved)
        }
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            if (status.st_mode & S_IFMT) == S_IFDIR {
                throw OutputError.cannotWrite(path: destination, reason: "it is a directory")
            }
            try writeInPlace(bytes, to: path, reportedAs: destination)
            return
        }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
        let name = (path as NSString).lastPathComponent
        let temporary = directory + "/.\(name).cu2hip-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw OutputError.cannotWrite(path: path, reason: "cannot create temporary file in \(directory)")
        }
        if let template, let attributes = try? FileManager.default.attributesOfItem(atPath: template),
           let permissions = attributes[.posixPermissions] {
            // Best effort: keep the original's mode bits; failing to copy them is not worth failing the write.
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError.cannotWrite(path: destination, reason: reason)
        }
    }

    /// Creates (or replaces) a symbolic link at `destination` pointing at `target`, atomically:
    /// the link is made under a temporary name in the same directory, then renamed into place.
    public static func link(to target: String, at destination: String) throws {
        let directory = (destination as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
        let name = (destination as NSString).lastPathComponent
        let temporary = directory + "/.\(name).cu2hip-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp"
        guard symlink(target, temporary) == 0 else {
            throw OutputError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
        }
        if rename(temporary, destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError.cannotWrite(path: destination, reason: reason)
        }
    }

    /// Streams the bytes into an existing non-regular file (device, pipe).
    private static func writeInPlace(_ bytes: [UInt8], to path: String, reportedAs destination: String) throws {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else {
            throw OutputError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
