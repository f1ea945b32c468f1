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
/// destination path.
public enum AtomicWriter {
    public static func write(_ bytes: [UInt8], to path: String, permissionsFrom template: String? = nil) throws {
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
            throw OutputError.cannotWrite(path: path, reason: reason)
        }
    }
}
