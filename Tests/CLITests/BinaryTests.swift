import Foundation
import Testing
import TestSupport

@Suite("cu2hip executable")
struct BinaryTests {
    /// The test target cannot depend on the executable target, so check that the binary the
    /// other tests run was built from the current sources (`swift build` before `swift test`).
    @Test("the cu2hip binary is built and newer than every source file")
    func builtAndCurrent() throws {
        let binary = try CLI.binary()
        let binaryDate = try #require(try FileManager.default.attributesOfItem(atPath: binary)[.modificationDate] as? Date)
        let root = TestSupport.repositoryRoot
        var newer: [String] = []
        for directory in ["Sources"] {
            let base = root.appendingPathComponent(directory)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.contentModificationDateKey]) else { continue }
            // Swift files only: the CUDA headers are embedded through generated Swift, and are not
            // build inputs themselves.
            for case let url as URL in walker where url.pathExtension == "swift" {
                if let date = try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate, date > binaryDate {
                    newer.append(String(url.path.dropFirst(root.path.count + 1)))
                }
            }
        }
        #expect(newer.isEmpty, "\(binary) is older than \(newer.sorted().joined(separator: ", ")); run `swift build` before `swift test`")
    }

    @Test("--version prints 'cu2hip <version> (clang version ...)'")
    func version() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try CLI.run(["--version"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "expected one line: \(result.stdout)")
        #expect(result.stdout.hasPrefix("cu2hip "), "\(result)")
        #expect(result.stdout.contains("clang version"), "\(result)")
        #expect(Files.listing(scratch.url).isEmpty, "--version wrote files")
    }
}
