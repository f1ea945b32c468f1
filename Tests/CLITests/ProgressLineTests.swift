import Foundation
import Testing
import TestSupport

/// The progress line is for a person at a terminal: never in a pipe or a file, never with
/// --quiet, and erased before the usual lines when it is drawn.
@Suite("cu2hip convert: the progress line")
struct ProgressLineTests {
    /// 40 small CUDA files: a run long enough (over the meter's half-second delay with one worker)
    /// for a progress line to be drawn where one may be.
    static func makeTree(in scratch: Scratch) throws {
        var files: [String: [UInt8]] = [:]
        for index in 0..<40 {
            files["proj/k\(index < 10 ? "0" : "")\(index).cu"] =
                "__global__ void k\(index)(float* p) { p[threadIdx.x] = \(index); }\nvoid run\(index)(float* p) { k\(index)<<<1, 32>>>(p); cudaDeviceSynchronize(); }\n".bytes
        }
        try Files.write(files, under: scratch.url)
    }

    static let usualLines = """
        cu2hip: 40 file(s): 40 converted, 0 unchanged, 0 copied, 0 failed
        cu2hip: CUDA references: 80 found, 80 converted, 0 unsupported (100.0% converted)
        cu2hip: output: out
        cu2hip: report: report/report.json, report/changes.diff

        """

    @Test("stderr not a terminal: exactly the usual lines, no carriage return, no escape sequence")
    func notATerminal() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(in: scratch)
        let result = try CLI.run(["convert", "proj", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report", "-j", "1"],
                                 in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == Self.usualLines, "\(result.stderr.debugDescription)")
    }

    /// Splits what a terminal received into the progress lines drawn (`\r` ... erase-line) and
    /// the rest, with the terminal's `\r\n` read as `\n`.
    static func separate(_ text: String) -> (progress: [String], rest: String) {
        let erase = "\u{1B}[K"
        var progress: [String] = []
        var rest = ""
        var remaining = Substring(text.replacingOccurrences(of: "\r\n", with: "\n"))
        while let start = remaining.firstIndex(of: "\r") {
            rest += remaining[..<start]
            let after = remaining[remaining.index(after: start)...]
            guard let end = after.range(of: erase) else {
                rest += after
                remaining = ""
                break
            }
            progress.append(String(after[..<end.lowerBound]))
            remaining = after[end.upperBound...]
        }
        rest += remaining
        return (progress, rest)
    }

    @Test("on a pseudo-terminal: any progress line is erased, and the usual lines follow exactly",
          .enabled(if: Files.which("script") != nil, "needs script(1) from util-linux"))
    func pseudoTerminal() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(in: scratch)
        let command = [try CLI.binary(), "convert", "proj", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report", "-j", "1"]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        environment["CU2HIP_HIP_SEARCH_PATH"] = ""
        let result = try TestSupport.run(try #require(Files.which("script")), ["-qfec", command, "/dev/null"], in: scratch.url,
                                         environment: environment)
        #expect(result.status == 0, "\(result.stdout.debugDescription)")
        let (progress, rest) = Self.separate(result.stdout)
        #expect(rest == Self.usualLines, "\(result.stdout.debugDescription)")
        // Each line drawn reads 'cu2hip: N/40 files...'; the last thing drawn is the erase.
        for line in progress.dropLast() {
            #expect(line.hasPrefix("cu2hip: ") && line.contains("/40 files"), "\(line.debugDescription)")
        }
        if let last = progress.last { #expect(last == "", "the progress line was not erased: \(last.debugDescription)") }
    }

    @Test("--quiet on a pseudo-terminal: no progress line at all",
          .enabled(if: Files.which("script") != nil, "needs script(1) from util-linux"))
    func quietTerminal() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(in: scratch)
        let command = [try CLI.binary(), "convert", "proj", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report", "-j", "1", "-q"]
            .map { "'" + $0 + "'" }.joined(separator: " ")
        var environment = ProcessInfo.processInfo.environment
        environment["CU2HIP_HIP_SEARCH_PATH"] = ""
        let result = try TestSupport.run(try #require(Files.which("script")), ["-qfec", command, "/dev/null"], in: scratch.url,
                                         environment: environment)
        #expect(result.status == 0, "\(result.stdout.debugDescription)")
        #expect(result.stdout.replacingOccurrences(of: "\r\n", with: "\n") == Self.usualLines, "\(result.stdout.debugDescription)")
    }
}
