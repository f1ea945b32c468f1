import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The four destinations: `-o FILE|-`, `--out DIR`, `--in-place [--backup]`, `--dry-run`.
@Suite("cu2hip convert: destinations")
struct OutputModeTests {
    static let kernel = """
        #include <cuda_runtime.h>

        __global__ void scale(float* x, float s) { x[threadIdx.x] *= s; }

        int main() {
            float* d;
            cudaMalloc((void**)&d, 64 * sizeof(float));
            scale<<<1, 64>>>(d, 2.0f);
            cudaDeviceSynchronize();
            cudaFree(d);
            return 0;
        }

        """
    static let kernelHIP = """
        #include <hip/hip_runtime.h>

        __global__ void scale(float* x, float s) { x[threadIdx.x] *= s; }

        int main() {
            float* d;
            hipMalloc((void**)&d, 64 * sizeof(float));
            scale<<<1, 64>>>(d, 2.0f);
            hipDeviceSynchronize();
            hipFree(d);
            return 0;
        }

        """

    @Test("-o - writes exactly the translation to stdout and the summary to stderr; the input is untouched")
    func standardOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.kernel, to: scratch.path("a.cu"))
        try Files.ageTree(scratch.url)
        let before = TreeSnapshot(scratch.url)

        let result = try CLI.run(["convert", "a.cu", "-o", "-"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.kernelHIP, "\(TestSupport.describeDifference(expected: Self.kernelHIP, actual: result.stdout))")
        let summary = summaryLines(files: 1, converted: 1, unchanged: 0, copied: 0, failed: 0,
                                   found: 5, referencesConverted: 5, unsupported: 0, percent: "100.0")
        #expect(result.stderr == CLI.defaultTargetNote + "\n" + summary + "\ncu2hip: report: cu2hip-report/report.json, cu2hip-report/changes.diff\n", "\(result)")
        // The input is byte-for-byte (and mtime) unchanged; only the report directory was added.
        let after = TreeSnapshot(scratch.url)
        #expect(after.entries["a.cu"] == before.entries["a.cu"], "\(before.changes(to: after))")
        #expect(Files.listing(scratch.url) == ["a.cu", "cu2hip-report"])
        #expect(Files.listing(scratch.path("cu2hip-report")) == ["cache", "changes.diff", "report.json"])
    }

    @Test("-o through a symbolic link replaces the file it points to; the link stays a link")
    func symbolicLinkDestination() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.kernel, to: scratch.path("a.cu"))
        try Files.write("old\n", to: scratch.path("real.cu"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.cu").path, withDestinationPath: "real.cu")

        let result = try CLI.run(["convert", "a.cu", "-o", "link.cu", "--no-report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        let type = try FileManager.default.attributesOfItem(atPath: scratch.path("link.cu").path)[.type] as? FileAttributeType
        #expect(type == .typeSymbolicLink)
        #expect(try String(contentsOf: scratch.path("real.cu"), encoding: .utf8) == Self.kernelHIP)
    }

    @Test("-o to a named pipe (like /dev/null, not a regular file) writes into it instead of replacing it")
    func pipeDestination() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.kernel, to: scratch.path("a.cu"))
        let pipe = scratch.path("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        final class Received: @unchecked Sendable { var data = Data() }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if let handle = FileHandle(forReadingAtPath: pipe) { received.data = handle.readDataToEndOfFile() }
            done.signal()
        }

        let result = try CLI.run(["convert", "a.cu", "-o", "pipe", "--no-report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(String(decoding: received.data, as: UTF8.self) == Self.kernelHIP)
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO, "the pipe was replaced")
    }

    @Test("--out DIR mirrors the tree (other files byte-identical), writes report.json, leaves the input alone")
    func mirror() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let project = scratch.path("project")
        try Files.write(SampleProject.input, under: project)
        try Files.ageTree(project)
        let before = TreeSnapshot(project)

        let result = try CLI.run(["convert", "project", "--out", "out"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == CLI.defaultTargetNote + "\n" + SampleProject.summaryText + "\ncu2hip: output: out\ncu2hip: report: cu2hip-report/report.json, cu2hip-report/changes.diff\n",
                "\(result)")
        let difference = Files.difference(expected: SampleProject.output, actual: Files.tree(scratch.path("out")))
        #expect(difference.isEmpty, "\(difference)")
        // Every directory is mirrored too (no stray temporary files anywhere).
        let outDirectories = TreeSnapshot(scratch.path("out")).entries.filter { $0.value.kind == "directory" }.keys.sorted()
        #expect(outDirectories == ["assets", "docs", "scripts", "src", "src/kernels", "sub dir"])

        let after = TreeSnapshot(project)
        #expect(before == after, "input tree changed:\n\(before.changes(to: after))")
        #expect(Files.listing(scratch.url) == ["cu2hip-report", "out", "project"])

        let report = try loadReport(scratch.path("cu2hip-report/report.json"))
        #expect(report["tool"] as? String == "cu2hip")
        #expect(summaryCounts(report) == SampleProject.expectedSummary)
        let files = reportFiles(report)
        #expect(Set(files.keys) == Set(SampleProject.input.keys))
        for (path, status) in SampleProject.statuses {
            #expect(files[path]?["status"] as? String == status, "status of \(path)")
        }
        for (path, count) in SampleProject.references {
            let references = files[path]?["references"] as? [String: Any]
            #expect((references?["found"] as? NSNumber)?.intValue == count, "references found in \(path)")
            #expect((references?["unsupported"] as? NSNumber)?.intValue == 0, "unsupported references in \(path)")
        }
        // The shared header is translated in the context of its first includer by path.
        #expect(files["src/kernels/util.cuh"]?["translatedWith"] as? String == "src/main.cu")
        let paths = (report["files"] as? [Any] ?? []).compactMap { ($0 as? [String: Any])?["path"] as? String }
        #expect(paths == paths.sorted(), "report files are not sorted by path")
    }

    @Test("--in-place rewrites only changed files (mode kept); --backup keeps FILE.orig, without it none")
    func inPlace() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let original = "#include <cuda_runtime.h>\nvoid sync_all() { cudaDeviceSynchronize(); }\n"
        let translated = "#include <hip/hip_runtime.h>\nvoid sync_all() { hipDeviceSynchronize(); }\n"
        let same = "int twice(int x) { return 2 * x; }\n"
        let notes = "cudaMalloc is mentioned here, but this is not code.\n"
        for name in ["with-backup", "without-backup"] {
            let directory = scratch.path(name)
            try Files.write(["kern.cu": original.bytes, "same.cpp": same.bytes, "notes.txt": notes.bytes], under: directory)
            #expect(chmod(directory.appendingPathComponent("kern.cu").path, 0o640) == 0)
            try Files.ageTree(directory)
        }
        let snapshots = ["with-backup": TreeSnapshot(scratch.path("with-backup")), "without-backup": TreeSnapshot(scratch.path("without-backup"))]

        let withBackup = try CLI.run(["convert", "with-backup", "--in-place", "--backup", "--report-dir", "report-1"], in: scratch.url)
        let withoutBackup = try CLI.run(["convert", "without-backup", "--in-place", "--report-dir", "report-2"], in: scratch.url)

        let summary = summaryLines(files: 3, converted: 1, unchanged: 1, copied: 1, failed: 0,
                                   found: 2, referencesConverted: 2, unsupported: 0, percent: "100.0")
        for (name, result, reportDirectory) in [("with-backup", withBackup, "report-1"), ("without-backup", withoutBackup, "report-2")] {
            #expect(result.status == 0, "\(name): \(result)")
            #expect(result.stdout == "", "\(name)")
            #expect(result.stderr == CLI.defaultTargetNote + "\n" + summary + "\ncu2hip: report: \(reportDirectory)/report.json, \(reportDirectory)/changes.diff\n", "\(name): \(result)")
            let directory = scratch.path(name)
            let before = snapshots[name]!
            let after = TreeSnapshot(directory)
            #expect(Files.text(directory.appendingPathComponent("kern.cu")) == translated, "\(name)")
            #expect(after.entries["kern.cu"].map { $0.mode & 0o7777 } == 0o640, "\(name): the rewritten file lost its mode")
            #expect(after.entries["same.cpp"] == before.entries["same.cpp"], "\(name): an unchanged source was touched")
            #expect(after.entries["notes.txt"] == before.entries["notes.txt"], "\(name): a non-source file was touched")
        }
        #expect(Files.listing(scratch.path("with-backup")) == ["kern.cu", "kern.cu.orig", "notes.txt", "same.cpp"])
        #expect(Files.text(scratch.path("with-backup/kern.cu.orig")) == original)
        #expect(Files.listing(scratch.path("without-backup")) == ["kern.cu", "notes.txt", "same.cpp"])
        #expect(Files.listing(scratch.url) == ["report-1", "report-2", "with-backup", "without-backup"])
    }

    @Test("--dry-run writes nothing but the report directory and prints the diff")
    func dryRun() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let project = scratch.path("dry")
        try Files.write([
            "k.cu": "#include <cuda_runtime.h>\nvoid sync_all() {\n    cudaDeviceSynchronize();\n}\n".bytes,
            "same.cpp": "int twice(int x) { return 2 * x; }\n".bytes,
        ], under: project)
        try Files.ageTree(project)
        let before = TreeSnapshot(project)

        let result = try CLI.run(["convert", "dry", "--dry-run", "--report-dir", "custom-report"], in: scratch.url)

        let diff = """
            diff --git a/k.cu b/k.cu
            --- a/k.cu
            +++ b/k.cu
            @@ -1,4 +1,4 @@
            -#include <cuda_runtime.h>
            +#include <hip/hip_runtime.h>
             void sync_all() {
            -    cudaDeviceSynchronize();
            +    hipDeviceSynchronize();
             }

            """
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == diff, "\(TestSupport.describeDifference(expected: diff, actual: result.stdout))")
        let summary = summaryLines(files: 2, converted: 1, unchanged: 1, copied: 0, failed: 0,
                                   found: 2, referencesConverted: 2, unsupported: 0, percent: "100.0")
        #expect(result.stderr == CLI.defaultTargetNote + "\n" + summary + "\ncu2hip: report: custom-report/report.json, custom-report/changes.diff\n", "\(result)")
        let after = TreeSnapshot(project)
        #expect(before == after, "input tree changed:\n\(before.changes(to: after))")
        #expect(Files.listing(scratch.url) == ["custom-report", "dry"])
        #expect(Files.listing(scratch.path("custom-report")) == ["cache", "changes.diff", "report.json"])
        #expect(Files.text(scratch.path("custom-report/changes.diff")) == diff)
        let report = try loadReport(scratch.path("custom-report/report.json"))
        #expect(summaryCounts(report)["converted"] == 1)
    }
}
