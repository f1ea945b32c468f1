import Foundation
import Mapping
import Reporting
import Translator

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The repository root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary directory, removed by the caller with `removeItem` when done.
    public static func temporaryDirectory(_ label: String = "cu2hip-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Translates `source` as a file named `fileName` (in a temporary directory, through the whole
    /// pipeline, libclang included) and returns the output and the file's report.
    public static func translate(_ source: String, fileName: String = "example.cu",
                                 options: TranslationOptions = TranslationOptions(),
                                 database: MappingDatabase = .builtIn) throws -> (output: String, report: FileReport) {
        let (output, report) = try translate(bytes: Array(source.utf8), fileName: fileName, options: options, database: database)
        return (String(decoding: output, as: UTF8.self), report)
    }

    /// Byte form of ``translate(_:fileName:options:database:)``, for sources that are not UTF-8.
    public static func translate(bytes source: [UInt8], fileName: String = "example.cu",
                                 options: TranslationOptions = TranslationOptions(),
                                 database: MappingDatabase = .builtIn) throws -> (output: [UInt8], report: FileReport) {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(fileName).path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(source).write(to: URL(fileURLWithPath: path))
        let discovery = InputDiscovery.discover([directory.path])
        let files = ProjectTranslator(options: options, database: database, jobs: 1).translate(discovery.files, root: discovery.root)
        guard let file = files.first(where: { $0.input.relativePath == fileName }), let output = file.output else {
            throw TestSupportError.notTranslated(fileName)
        }
        return (output, file.report)
    }

    /// A line-by-line description of how two texts differ, for failure messages.
    public static func describeDifference(expected: String, actual: String) -> String {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : "<none>"
            let right = index < actualLines.count ? actualLines[index] : "<none>"
            if left != right { lines.append("line \(index + 1):\n  expected: \(left)\n  actual:   \(right)") }
        }
        return lines.joined(separator: "\n")
    }

    /// Runs a command, returning exit status, stdout and stderr.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String]? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so neither fills up and blocks the child.
        let errorData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.get(), as: UTF8.self))
    }
}

final class LockedData: @unchecked Sendable {
    private var data = Data()
    private let lock = NSLock()
    func set(_ value: Data) { lock.lock(); data = value; lock.unlock() }
    func get() -> Data { lock.lock(); defer { lock.unlock() }; return data }
}

public enum TestSupportError: Error, CustomStringConvertible {
    case notTranslated(String)
    public var description: String {
        switch self {
        case let .notTranslated(name): "\(name) was not translated"
        }
    }
}
