import Foundation
import Testing

@Suite("Generated mapping data")
struct GeneratedDataStalenessTests {
    /// Runs `python3 Scripts/generate_mapping.py --check`, which regenerates the Swift file in
    /// memory and compares it with the one on disk.
    @Test("GeneratedMappingData.swift is up to date with the tables and the generator")
    func upToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Scripts/generate_mapping.py", "--check"]
        process.currentDirectoryURL = ReferenceTables.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        switch process.terminationStatus {
        case 0:
            break
        case 1:
            Issue.record("GeneratedMappingData.swift is out of date, run python3 Scripts/generate_mapping.py\n\(text)")
        default:
            Issue.record("python3 Scripts/generate_mapping.py --check failed (exit \(process.terminationStatus)):\n\(text)")
        }
    }
}
