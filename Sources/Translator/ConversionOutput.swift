import Foundation
import Reporting

/// Where a conversion's files go as they finish: sources are written (`--out`) as soon as they
/// are final, so a run holds the whole tree neither in memory nor half-written on disk; what the
/// run must say at the end (reports, the diff, support headers) is kept small.
///
/// `--in-place` is the exception: it writes every file after the whole run, since an input must
/// not change while another unit may still read it (a source that includes another source).
final class ConversionOutput: @unchecked Sendable {
    private let destination: ConversionRequest.Destination
    private let root: String
    private let lock = NSLock()
    private var reports: [String: FileReport] = [:]
    /// Root-relative path → the file's part of `changes.diff`.
    private var diffs: [String: [UInt8]] = [:]
    /// Support header path → the files that include it.
    private var supportUsers: [String: Set<String>] = [:]
    /// Files of the input tree at a support header's path: their bytes.
    private var atSupportPaths: [String: [UInt8]] = [:]
    /// What `--in-place` and `-o` write at the end.
    private var deferred: [String: TranslatedFile] = [:]
    private var failedFiles: [String: String] = [:]
    private var writeErrors: [String: String] = [:]

    init(destination: ConversionRequest.Destination, root: String) {
        self.destination = destination
        self.root = root
    }

    /// Takes one finished file (from any thread). A file delivered again replaces the first.
    func deliver(_ file: TranslatedFile, displayPrefix: String) {
        let path = file.input.relativePath
        let diff = file.isChanged ? UnifiedDiff.make(path: path, old: file.original!, new: file.output!) : nil
        var writeError: String?
        if case let .directory(out) = destination {
            writeError = write(file, to: InputDiscovery.absolute(out) + "/" + path)
        }
        lock.lock()
        defer { lock.unlock() }
        reports[path] = file.report
        diffs[path] = diff
        for user in supportUsers.keys { supportUsers[user]?.remove(path) }
        for header in file.supportHeaders { supportUsers[header, default: []].insert(path) }
        if SupportHeader.all[path] != nil {
            atSupportPaths[path] = file.output ?? file.original
                ?? FileManager.default.contents(atPath: file.input.absolutePath).map { [UInt8]($0) } ?? []
        }
        if file.report.status == .failed {
            failedFiles[path] = "\(displayPrefix)\(path): \(file.report.error ?? "could not be translated")"
        } else {
            failedFiles[path] = nil
        }
        writeErrors[path] = writeError
        switch destination {
        case .inPlace, .file: deferred[path] = file
        case .directory, .dryRun: break
        }
    }

    /// Writes one file's output under `--out`; the message when it cannot be written. An output
    /// already there with the same bytes and mode (a re-run) is left alone, modification time
    /// included, so that a build after the run rebuilds only what changed.
    private func write(_ file: TranslatedFile, to destination: String) -> String? {
        do {
            if file.outputIsInput {
                if AtomicWriter.alreadyHoldsCopy(of: file.input.absolutePath, at: destination) { return nil }
                try AtomicWriter.copy(from: file.input.absolutePath, to: destination)
            } else if let bytes = file.output ?? file.original {
                if AtomicWriter.alreadyHolds(bytes, at: destination, permissionsFrom: file.input.absolutePath) { return nil }
                try AtomicWriter.write(bytes, to: destination, permissionsFrom: file.input.absolutePath)
            }
            return nil
        } catch {
            return "\(error)"
        }
    }

    // MARK: - At the end

    var fileReports: [FileReport] {
        lock.lock()
        defer { lock.unlock() }
        return Array(reports.values)
    }

    /// Errors of files that could not be translated, by path.
    var failures: [String] {
        lock.lock()
        defer { lock.unlock() }
        return failedFiles.keys.sorted().map { failedFiles[$0]! }
    }

    /// Errors of outputs that could not be written, by path.
    var writeFailures: [String] {
        lock.lock()
        defer { lock.unlock() }
        return writeErrors.keys.sorted().map { writeErrors[$0]! }
    }

    /// The support headers to write, and the errors of those the tree already holds with other bytes.
    func supportPlan(displayPrefix: String) -> (files: [SupportFile], errors: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return SupportFile.plan(users: supportUsers.mapValues { $0.sorted() }, existing: atSupportPaths, displayPrefix: displayPrefix)
    }

    /// `changes.diff`: every changed file's part, then the created support headers', by path.
    func diff(adding supportFiles: [SupportFile]) -> [UInt8] {
        lock.lock()
        var parts = diffs.map { ($0.key, $0.value) }
        lock.unlock()
        parts += supportFiles.map { ($0.header.path, UnifiedDiff.makeNewFile(path: $0.header.path, new: $0.bytes)) }
        return parts.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }.flatMap(\.1)
    }

    /// The files `--in-place` and `-o` write at the end, by path.
    var deferredFiles: [TranslatedFile] {
        lock.lock()
        defer { lock.unlock() }
        return deferred.keys.sorted().map { deferred[$0]! }
    }
}
