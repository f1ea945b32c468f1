import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Read-only inputs and unwritable destinations. Root ignores permission bits, so the permission
/// tests only run for other users; the unwritable-destination test (a regular file where a
/// directory must be) holds for everyone.
@Suite("cu2hip convert: file system failures")
struct FilesystemFailureTests {
    static let source = "#include <cuda_runtime.h>\nvoid sync_all() { cudaDeviceSynchronize(); }\n"
    static let translated = "#include <hip/hip_runtime.h>\nvoid sync_all() { hipDeviceSynchronize(); }\n"

    @Test("--out into a path whose parent is a regular file: exit 1 naming the path; the input untouched")
    func outputUnderRegularFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.source, to: scratch.path("in/a.cu"))
        try Files.write("not a directory\n", to: scratch.path("blocker"))
        try Files.ageTree(scratch.path("in"))
        let before = TreeSnapshot(scratch.path("in"))

        let result = try CLI.run(["convert", "in", "--out", "blocker/out", "--report-dir", "blocker/report"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        let errors = result.stderrLines.filter { $0.hasPrefix("cu2hip: error: ") }
        #expect(errors.contains { $0.contains("blocker/out") }, "no error names the output path:\n\(result)")
        #expect(errors.contains { $0.contains("blocker/report") }, "no error names the report path:\n\(result)")
        #expect(Files.text(scratch.path("blocker")) == "not a directory\n")
        let after = TreeSnapshot(scratch.path("in"))
        #expect(before == after, "input changed:\n\(before.changes(to: after))")
        #expect(Files.listing(scratch.url) == ["blocker", "in"])
    }

    @Test("a read-only input tree converts with --out and stays unmodified", .enabled(if: !runningAsRoot, "root ignores permissions"))
    func readOnlyInputTree() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let project = scratch.path("project")
        try Files.write(SampleProject.input, under: project)
        try Files.ageTree(project)
        Files.chmodTree(project, directories: 0o555, files: 0o444)
        let before = TreeSnapshot(project)

        let result = try CLI.run(["convert", "project", "--out", "out"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        let difference = Files.difference(expected: SampleProject.output, actual: Files.tree(scratch.path("out")))
        #expect(difference.isEmpty, "\(difference)")
        let after = TreeSnapshot(project)
        #expect(before == after, "input tree changed:\n\(before.changes(to: after))")
    }

    @Test("--in-place on a read-only file: exit 1 naming the file, which stays unchanged", .enabled(if: !runningAsRoot, "root ignores permissions"))
    func inPlaceReadOnlyFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["locked.cu": Self.source.bytes, "open.cu": Self.source.bytes], under: scratch.path("in"))
        try Files.ageTree(scratch.path("in"))
        #expect(chmod(scratch.path("in/locked.cu").path, 0o444) == 0)
        let before = TreeSnapshot(scratch.path("in"))

        let result = try CLI.run(["convert", "in", "--in-place"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains { $0.hasPrefix("cu2hip: error: ") && $0.contains("locked.cu") }, "\(result)")
        let after = TreeSnapshot(scratch.path("in"))
        #expect(after.entries["locked.cu"] == before.entries["locked.cu"], "the read-only file was changed")
        #expect(Files.text(scratch.path("in/open.cu")) == Self.translated, "the writable file was not converted")
    }
}
