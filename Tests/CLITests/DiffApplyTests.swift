import Foundation
import Testing
import TestSupport

/// `changes.diff` must be a patch that real tools apply: applied at the root of a copy of the
/// input tree, it must reproduce the `--out` tree exactly.
@Suite("cu2hip convert: changes.diff applies")
struct DiffApplyTests {
    @Test("git apply and patch -p1 reproduce the --out tree (CRLF, no final newline, UTF-8, spaces)")
    func diffReproducesOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let project = scratch.path("project")
        try Files.write(SampleProject.input, under: project)

        let result = try CLI.run(["convert", "project", "--out", "out", "--report-dir", "report"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        let out = Files.tree(scratch.path("out"))
        let diffPath = scratch.path("report/changes.diff").path
        let diff = try #require(Files.text(scratch.path("report/changes.diff")))
        // One section per changed file, nothing for unchanged or copied files.
        let changed = SampleProject.statuses.filter { $0.value == "converted" }.count
        // (Lines split on the byte: Swift treats "\r\n" as one Character.)
        let lines = diff.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.filter { $0.hasPrefix("diff --git ") }.count == changed, "\(diff)")
        #expect(diff.contains("\\ No newline at end of file\n"))

        let git = try #require(Files.which("git"), "git is needed to check changes.diff")
        let gitCopy = scratch.path("git-copy")
        try Files.copyTree(project, to: gitCopy)
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CEILING_DIRECTORIES"] = scratch.url.path  // never pick up a repository around the scratch directory
        let applied = try TestSupport.run(git, ["apply", "--whitespace=nowarn", diffPath], in: gitCopy, environment: environment)
        #expect(applied.status == 0, "git apply failed:\n\(applied.stderr)")
        let gitDifference = Files.difference(expected: out, actual: Files.tree(gitCopy))
        #expect(gitDifference.isEmpty, "git apply result differs from --out:\n\(gitDifference)")

        if FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") {
            let patchCopy = scratch.path("patch-copy")
            try Files.copyTree(project, to: patchCopy)
            let patched = try TestSupport.run("/usr/bin/patch", ["-p1", "--batch", "--forward", "--no-backup-if-mismatch", "-i", diffPath], in: patchCopy)
            #expect(patched.status == 0, "patch -p1 failed:\n\(patched.stdout)\n\(patched.stderr)")
            let patchDifference = Files.difference(expected: out, actual: Files.tree(patchCopy))
            #expect(patchDifference.isEmpty, "patch -p1 result differs from --out:\n\(patchDifference)")
        }
    }
}
