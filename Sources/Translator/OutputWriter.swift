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
        let directory = try makeParentDirectory(of: path)
        let temporary = temporaryPath(for: path)
        // Written here, not with FileManager.createFile, which writes through a temporary file of
        // its own that an interrupted run could not remove.
        guard TemporaryFiles.shared.begin(temporary), createNew(temporary, with: bytes) else {
            TemporaryFiles.shared.end(temporary)
            throw OutputError.cannotWrite(path: path, reason: "cannot create temporary file in \(directory)")
        }
        defer { TemporaryFiles.shared.end(temporary) }
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

    /// True when `destination` is a regular file (not a link) that already holds exactly `bytes`
    /// with the permission bits of `template`: writing it again would change only its
    /// modification time, which build systems read as a change.
    public static func alreadyHolds(_ bytes: [UInt8], at destination: String, permissionsFrom template: String?) -> Bool {
        var status = stat()
        guard lstat(destination, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) == bytes.count else {
            return false
        }
        if let template {
            var templateStatus = stat()
            guard stat(template, &templateStatus) == 0, templateStatus.st_mode & 0o7777 == status.st_mode & 0o7777 else { return false }
        }
        guard let data = FileManager.default.contents(atPath: destination) else { return false }
        return data.elementsEqual(bytes)
    }

    /// ``alreadyHolds(_:at:permissionsFrom:)`` for a copy of the file at `source`.
    public static func alreadyHoldsCopy(of source: String, at destination: String) -> Bool {
        var sourceStatus = stat()
        var status = stat()
        guard stat(source, &sourceStatus) == 0, lstat(destination, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
              status.st_size == sourceStatus.st_size, let data = FileManager.default.contents(atPath: source) else { return false }
        return alreadyHolds([UInt8](data), at: destination, permissionsFrom: source)
    }

    /// Copies the file at `source` to `destination` atomically (through a temporary file in the
    /// destination's directory), keeping its permission bits; the bytes are not held in memory.
    public static func copy(from source: String, to destination: String) throws {
        var status = stat()
        if stat(destination, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG || lstatIsLink(destination) {
            // A device, pipe or link: the general path knows what to do with those.
            guard let data = FileManager.default.contents(atPath: source) else {
                throw OutputError.cannotWrite(path: destination, reason: "cannot read \(source)")
            }
            try write([UInt8](data), to: destination, permissionsFrom: source)
            return
        }
        _ = try makeParentDirectory(of: destination)
        let temporary = temporaryPath(for: destination)
        guard TemporaryFiles.shared.begin(temporary) else {
            throw OutputError.cannotWrite(path: destination, reason: "the run is stopping")
        }
        defer { TemporaryFiles.shared.end(temporary) }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: temporary)
        } catch {
            unlink(temporary)
            throw OutputError.cannotWrite(path: destination, reason: "cannot copy \(source): \(error.localizedDescription)")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: source), let permissions = attributes[.posixPermissions] {
            // Best effort, as for written files.
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        if rename(temporary, destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError.cannotWrite(path: destination, reason: reason)
        }
    }

    private static func lstatIsLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    /// Creates `path` (which must not exist) with `bytes`, mode 0644 before the umask; false when
    /// it cannot be created or written (nothing is left then).
    private static func createNew(_ path: String, with bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        guard writeAll(bytes, to: descriptor) == nil else {
            close(descriptor)
            unlink(path)
            return false
        }
        guard close(descriptor) == 0 else {
            unlink(path)
            return false
        }
        return true
    }

    /// Creates the folder `path` goes in (and those above it); returns it.
    private static func makeParentDirectory(of path: String) throws -> String {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateDirectory(path: directory, reason: error.localizedDescription)
        }
        return directory
    }

    /// A hidden name next to `path`, unique to this process and write.
    static func temporaryPath(for path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return directory + "/.\(name).cu2hip-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp"
    }

    /// Creates (or replaces) a symbolic link at `destination` pointing at `target`, atomically:
    /// the link is made under a temporary name in the same directory, then renamed into place.
    public static func link(to target: String, at destination: String) throws {
        _ = try makeParentDirectory(of: destination)
        let temporary = temporaryPath(for: destination)
        guard TemporaryFiles.shared.begin(temporary) else {
            throw OutputError.cannotWrite(path: destination, reason: "the run is stopping")
        }
        defer { TemporaryFiles.shared.end(temporary) }
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
        if let error = writeAll(bytes, to: descriptor) {
            throw OutputError.cannotWrite(path: destination, reason: String(cString: strerror(error)))
        }
    }

    /// Writes every byte to `descriptor`, retrying interrupted and short writes; the errno of a
    /// failure, nil on success.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}

/// The temporary files being written right now, so that a run stopped by SIGINT or SIGTERM can
/// remove them before it exits: an interrupted run leaves every destination either as it was or
/// complete, and no temporary file behind. (SIGKILL cannot be caught: it can leave a hidden
/// `.NAME.cu2hip-PID-XXXXXXXX.tmp`, never a partial file at a destination path.)
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var paths: Set<String> = []
    private var stopping = false
    private let lock = NSLock()

    /// Registers a temporary file about to be created; false once the run is stopping.
    func begin(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !stopping else { return false }
        paths.insert(path)
        return true
    }

    func end(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every temporary file in flight and keeps new ones from being started; the caller
    /// exits next. The lock is kept, so no writer gets past `begin` again.
    public func removeAllAndStop() {
        lock.lock()
        stopping = true
        for path in paths { unlink(path) }
        paths = []
    }

    private var signalSources: [any DispatchSourceSignal] = []

    /// On SIGINT or SIGTERM: remove the temporary files in flight and exit with 128 + the signal
    /// number, as a shell reports a process killed by it.
    public func removeOnInterrupt() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: DispatchQueue.global())
            source.setEventHandler { [self] in
                removeAllAndStop()
                _exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }
    }
}
