import Foundation
import Testing
import TestSupport

/// Exit codes: 0 ok, 1 input/output failure, 2 --strict with unsupported names, 3 parse errors,
/// 64 usage. Failures name the path, and the other inputs are still converted.
@Suite("cu2hip convert: exit codes")
struct ExitCodeTests {
    static let good = "#include <cuda_runtime.h>\nvoid sync_all() { cudaDeviceSynchronize(); }\n"
    static let goodHIP = "#include <hip/hip_runtime.h>\nvoid sync_all() { hipDeviceSynchronize(); }\n"

    @Test("a missing input: exit 1, 'no such file or directory', the other inputs still converted")
    func missingInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.good, to: scratch.path("good.cu"))

        let result = try CLI.run(["convert", "missing.cu", "good.cu", "--out", "out"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: missing.cu: no such file or directory"), "\(result)")
        #expect(Files.text(scratch.path("out/good.cu")) == Self.goodHIP)
        #expect(Files.listing(scratch.path("out")) == ["good.cu"])
        #expect(result.stderr.contains(summaryLines(files: 1, converted: 1, unchanged: 0, copied: 0, failed: 0,
                                                    found: 2, referencesConverted: 2, unsupported: 0, percent: "100.0")), "\(result)")
    }

    @Test("a binary .cu (NUL bytes): exit 1 naming the file, the other files still converted, the file never rewritten",
          arguments: [
              ("bin.cu", Array("int x;\0\0garbage\n".utf8), "in/bin.cu: binary file (NUL byte at offset 6); not translated"),
          ])
    func unreadableSource(name: String, bytes: [UInt8], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write([name: bytes, "good.cu": Self.good.bytes], under: scratch.path("in"))

        let result = try CLI.run(["convert", "in", "--out", "out"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: \(message)"), "\(result)")
        #expect(Files.text(scratch.path("out/good.cu")) == Self.goodHIP)
        // Whether or not the failed file is mirrored, it is never written altered.
        if let written = Files.bytes(scratch.path("out/\(name)")) {
            #expect(written == bytes, "\(name) was altered in the output")
        }
        #expect(Files.bytes(scratch.path("in/\(name)")) == bytes)
        let report = try loadReport(scratch.path("cu2hip-report/report.json"))
        #expect(summaryCounts(report)["failed"] == 1)
        #expect(summaryCounts(report)["converted"] == 1)
        #expect(reportFiles(report)[name]?["status"] as? String == "failed")
    }

    @Test("a directory with no C, C++ or CUDA files: exit 1")
    func nothingToConvert() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["README.md": "# nothing here\n".bytes, "data/values.txt": "1 2 3\n".bytes], under: scratch.path("docs"))

        let result = try CLI.run(["convert", "docs", "--out", "out"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: docs: no C, C++ or CUDA files to convert"), "\(result)")
    }

    @Test("an empty directory: exit 1 (nothing to convert)")
    func emptyDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.createDirectory(at: scratch.path("empty"), withIntermediateDirectories: true)

        let result = try CLI.run(["convert", "empty", "--out", "out"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: empty: no C, C++ or CUDA files to convert"), "\(result)")
    }

    @Test("--out naming the input directory itself: nothing is converted, so the run must fail, the input untouched")
    func outputIsInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["k.cu": Self.good.bytes], under: scratch.path("in"))
        try Files.ageTree(scratch.path("in"))
        let before = TreeSnapshot(scratch.path("in"))

        let result = try CLI.run(["convert", "in", "--out", "in", "--no-report"], in: scratch.url)

        #expect(result.status == 1 || result.status == 64, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("cu2hip: error: ") || $0.hasPrefix("Error: ") }, "\(result)")
        let after = TreeSnapshot(scratch.path("in"))
        #expect(before == after, "input changed:\n\(before.changes(to: after))")
    }

    @Test("a missing header: exit 3, the parse error reported, the file still translated")
    func missingHeader() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write("#include <cuda_runtime.h>\n#include \"missing_header.h\"\nvoid sync_all() { cudaDeviceSynchronize(); }\n",
                        to: scratch.path("hdr.cu"))

        let result = try CLI.run(["convert", "hdr.cu", "--out", "out"], in: scratch.url)

        #expect(result.status == 3, "\(result)")
        #expect(Files.text(scratch.path("out/hdr.cu"))
            == "#include <hip/hip_runtime.h>\n#include \"missing_header.h\"\nvoid sync_all() { hipDeviceSynchronize(); }\n")
        #expect(result.stderrLines.contains("hdr.cu:2:10: parse error: 'missing_header.h' file not found [clang]"), "\(result)")
        #expect(result.stderr.contains(summaryLines(files: 1, converted: 1, unchanged: 0, copied: 0, failed: 0, parseErrors: 1,
                                                    found: 2, referencesConverted: 2, unsupported: 0, percent: "100.0")), "\(result)")
        let report = try loadReport(scratch.path("cu2hip-report/report.json"))
        #expect(summaryCounts(report)["filesWithParseErrors"] == 1)
    }

    @Test("an unsupported CUDA name: a warning with its position; exit 2 with --strict, 0 without")
    func strict() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let source = """
            #include <cuda_runtime.h>
            size_t stack_limit() {
                size_t value = 0;
                cudaThreadGetLimit(&value, cudaLimitStackSize);
                return value;
            }

            """
        let translated = """
            #include <hip/hip_runtime.h>
            size_t stack_limit() {
                size_t value = 0;
                cudaThreadGetLimit(&value, hipLimitStackSize);
                return value;
            }

            """
        try Files.write(source, to: scratch.path("limits.cu"))
        let warning = "limits.cu:4:5: warning: 'cudaThreadGetLimit' has no HIP equivalent; left as written [api-rename]"
        let summary = summaryLines(files: 1, converted: 1, unchanged: 0, copied: 0, failed: 0,
                                   found: 3, referencesConverted: 2, unsupported: 1, percent: "66.7")

        let strict = try CLI.run(["convert", "limits.cu", "--out", "out", "--strict"], in: scratch.url)
        #expect(strict.status == 2, "\(strict)")
        #expect(strict.stderr == "\(CLI.defaultTargetNote)\n\(warning)\n\(summary)\ncu2hip: output: out\ncu2hip: report: cu2hip-report/report.json, cu2hip-report/changes.diff\n",
                "\(strict)")
        #expect(Files.text(scratch.path("out/limits.cu")) == translated, "--strict still writes the outputs")

        let lenient = try CLI.run(["convert", "limits.cu", "-o", "-", "--no-report"], in: scratch.url)
        #expect(lenient.status == 0, "\(lenient)")
        #expect(lenient.stdout == translated)
        #expect(lenient.stderr == "\(CLI.defaultTargetNote)\n\(warning)\n\(summary)\n", "\(lenient)")
    }

    @Test("bad command lines exit 64 and write nothing",
          arguments: [
              (["convert", "a.cu"], "exactly one of --out DIR, -o FILE, --in-place, --dry-run"),
              (["convert", "a.cu", "--out", "o", "--dry-run"], "exactly one of --out DIR, -o FILE, --in-place, --dry-run"),
              (["convert", "a.cu", "-o", "-", "--in-place"], "exactly one of --out DIR, -o FILE, --in-place, --dry-run"),
              (["convert", "a.cu", "b.cu", "-o", "x.cu"], "-o takes exactly one input file"),
              (["convert", "dir", "-o", "x.cu"], "-o takes one input file, and 'dir' is a directory"),
              (["convert", "a.cu", "--out", "o", "--backup"], "--backup only makes sense with --in-place"),
              (["convert", "a.cu", "--out", "o", "--rocm-version", "abc"], "--rocm-version 'abc' is not a version"),
              (["convert", "a.cu", "--out", "o", "-j", "0"], "--jobs must be at least 1"),
              (["convert", "--out", "o"], "Missing expected argument"),
              (["convert", "a.cu", "--out", "o", "--no-such-flag"], "Unknown option '--no-such-flag'"),
          ])
    func usage(arguments: [String], message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["a.cu": Self.good.bytes, "b.cu": Self.good.bytes, "dir/c.cu": Self.good.bytes], under: scratch.url)
        let before = TreeSnapshot(scratch.url)

        let result = try CLI.run(arguments, in: scratch.url)

        #expect(result.status == 64, "\(arguments): \(result)")
        #expect(result.stderr.contains(message), "\(arguments): \(result)")
        #expect(result.stdout == "", "\(arguments)")
        let after = TreeSnapshot(scratch.url)
        #expect(before == after, "\(arguments) wrote files:\n\(before.changes(to: after))")
    }
}
