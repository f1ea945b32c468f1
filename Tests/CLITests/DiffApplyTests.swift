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

        try expectDiffReproduces(out, from: project, diffPath: diffPath, scratch: scratch)
    }

    @Test("a tree with Latin-1 and Shift-JIS sources: exit 0, their bytes kept, the diff carries them for git apply and patch")
    func nonUTF8Sources() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let project = scratch.path("project")
        let latin1: [UInt8] = Array("// caf".utf8) + [0xE9] + Array("\nvoid f(float** p) { cudaMalloc((void**)p, 16); }\n".utf8)
        let shiftJIS: [UInt8] = Array("#include <cuda_runtime.h>\n// ".utf8) + [0x93, 0xFA, 0x96, 0x7B]
            + Array("\nvoid g(float* p) { cudaFree(p); }\n".utf8)
        try Files.write(["latin1.cu": latin1, "sub/sjis.cu": shiftJIS], under: project)

        let result = try CLI.run(["convert", "project", "--out", "out", "--report-dir", "report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        let tail = "; its bytes are kept as they are and the code around them is translated [encoding]"
        #expect(result.stderr == [
            CLI.defaultTargetNote,
            "project/latin1.cu:1:7: warning: file is not valid UTF-8: byte 0xE9 here starts no UTF-8 character (the text looks like Latin-1)" + tail,
            "project/sub/sjis.cu:2:4: warning: file is not valid UTF-8: byte 0x93 here starts no UTF-8 character (the text looks like Shift-JIS)" + tail,
            "cu2hip: 2 file(s): 2 converted, 0 unchanged, 0 copied, 0 failed",
            "cu2hip: CUDA references: 3 found, 3 converted, 0 unsupported (100.0% converted)",
            "cu2hip: output: out",
            "cu2hip: report: report/report.json, report/changes.diff",
        ].map { $0 + "\n" }.joined(), "\(result)")
        let out = Files.tree(scratch.path("out"))
        #expect(out == [
            "latin1.cu": Array("// caf".utf8) + [0xE9] + Array("\n#include <hip/hip_runtime.h>\nvoid f(float** p) { hipMalloc((void**)p, 16); }\n".utf8),
            "sub/sjis.cu": Array("#include <hip/hip_runtime.h>\n// ".utf8) + [0x93, 0xFA, 0x96, 0x7B] + Array("\nvoid g(float* p) { hipFree(p); }\n".utf8),
        ])
        let diff = try #require(Files.bytes(scratch.path("report/changes.diff")))
        #expect(diff.contains(0xE9) && diff.contains(0x93), "the diff lost the original bytes")
        try expectDiffReproduces(out, from: project, diffPath: scratch.path("report/changes.diff").path, scratch: scratch)
    }

    /// Applies `diffPath` with `git apply` and with `patch -p1` (when installed) to copies of
    /// `project`; both must give exactly the `out` tree.
    private func expectDiffReproduces(_ out: [String: [UInt8]], from project: URL, diffPath: String, scratch: Scratch) throws {
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
