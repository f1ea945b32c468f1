import Foundation
import Testing
import TestSupport

/// Translating cu2hip's output again, on code nobody wrote for cu2hip: Rodinia benchmarks from
/// ../shared/corpus (skipped, with a message, where that folder is absent).
@Suite struct RealTreeRetranslationTests {
    static let corpus = TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/rodinia/cuda")
    /// Benchmarks whose translation parses cleanly (the first run exits 0).
    static let benchmarks = ["hotspot", "nw", "pathfinder", "lud", "streamcluster"]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path),
                   "../shared/corpus is not beside the repository: no real tree to translate twice"))
    func secondRunOverTheOutputExitsZeroAndChangesNothing() throws {
        let scratch = try TestSupport.temporaryDirectory("cu2hip-retranslate")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("rodinia")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for name in Self.benchmarks {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        let first = try CLI.run(["convert", input.path, "--out", "first", "--report-dir", "report1", "-q", "--rocm-version", "5.2"], in: scratch)
        #expect(first.status == 0, "\(first)")
        let second = try CLI.run(["convert", "first", "--out", "second", "--report-dir", "report2", "-q", "--rocm-version", "5.2"], in: scratch)
        #expect(second.status == 0, "\(second)")
        let diff = try String(contentsOf: scratch.appendingPathComponent("report2/changes.diff"), encoding: .utf8)
        #expect(diff.isEmpty, "the second run changed:\n\(diff.prefix(2000))")
        #expect(Files.tree(scratch.appendingPathComponent("first")) == Files.tree(scratch.appendingPathComponent("second")))
    }
}
