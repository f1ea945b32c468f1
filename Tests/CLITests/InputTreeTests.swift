import Foundation
import Testing
import TestSupport

/// Nothing in the input tree is left out without a word: hidden files are translated, links
/// inside the tree mirrored as links, everything else listed as skipped (with a warning where
/// the user may have expected it to be converted).
@Suite("cu2hip convert: hidden files, links, special files")
struct InputTreeTests {
    static let hiddenCUDA = "void f(float** p) { cudaMalloc((void**)p, 16); }\n"
    static let hiddenHIP = "#include <hip/hip_runtime.h>\nvoid f(float** p) { hipMalloc((void**)p, 16); }\n"
    static let kernel = "#include <cuda_runtime.h>\nvoid g(float* p) { cudaFree(p); }\n"
    static let kernelHIP = "#include <hip/hip_runtime.h>\nvoid g(float* p) { hipFree(p); }\n"
    static let outside = "int outside;\n"

    /// proj/ with a hidden source, a hidden folder, links of every kind, a .git folder and a FIFO;
    /// elsewhere/outside.cu is what the outward link points at.
    static func makeTree(in scratch: Scratch) throws {
        try Files.write([
            "proj/.hidden.cu": hiddenCUDA.bytes,
            "proj/.config/settings.ini": "key = 1\n".bytes,
            "proj/sub/kernel.cu": kernel.bytes,
            "proj/.git/HEAD": "ref: refs/heads/main\n".bytes,
            "elsewhere/outside.cu": outside.bytes,
        ], under: scratch.url)
        let links = ["proj/file-link.cu": "sub/kernel.cu", "proj/dir-link": "sub",
                     "proj/outside-link.cu": "../elsewhere/outside.cu", "proj/dangling.cu": "missing.cu"]
        for (path, target) in links {
            try FileManager.default.createSymbolicLink(atPath: scratch.path(path).path, withDestinationPath: target)
        }
        guard mkfifo(scratch.path("proj/pipe").path, 0o644) == 0 else { throw TestFailure("mkfifo failed") }
    }

    /// Every entry under `root`, one line each: `d path`, `f path`, `l path -> target`, `? path`.
    static func describe(_ root: URL) -> [String] {
        var lines: [String] = []
        func visit(_ directory: String, _ prefix: String) {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []) {
                let path = directory + "/" + name
                let relative = prefix + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    lines.append("d \(relative)")
                    visit(path, relative + "/")
                case S_IFREG: lines.append("f \(relative)")
                case S_IFLNK: lines.append("l \(relative) -> \((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")")
                default: lines.append("? \(relative)")
                }
            }
        }
        visit(root.path, "")
        return lines.sorted()
    }

    static let skippedOutside = "symbolic link to '../elsewhere/outside.cu', outside the input tree; not followed, not mirrored"
    static let skippedDangling = "dangling symbolic link to 'missing.cu' (its target does not exist); not followed, not mirrored"
    static let skippedPipe = "named pipe (FIFO); not read, not mirrored"
    static let skippedGit = "version-control folder; not translated, not mirrored"

    @Test("--out: hidden files translated, inside links mirrored as links, the rest reported as skipped; exit 0")
    func mirror() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(in: scratch)

        let result = try CLI.run(["convert", "proj", "--out", "out", "--report-dir", "report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == """
            \(CLI.defaultTargetNote)
            proj/dangling.cu: warning: \(Self.skippedDangling) [input-tree]
            proj/outside-link.cu: warning: \(Self.skippedOutside) [input-tree]
            proj/pipe: warning: \(Self.skippedPipe) [input-tree]
            cu2hip: 9 file(s): 2 converted, 0 unchanged, 1 copied, 0 failed, 2 linked, 4 skipped
            cu2hip: CUDA references: 3 found, 3 converted, 0 unsupported (100.0% converted)
            cu2hip: output: out
            cu2hip: report: report/report.json, report/changes.diff

            """, "\(result)")
        #expect(Self.describe(scratch.path("out")) == [
            "d .config", "d sub",
            "f .config/settings.ini", "f .hidden.cu", "f sub/kernel.cu",
            "l dir-link -> sub", "l file-link.cu -> sub/kernel.cu",
        ])
        #expect(Files.text(scratch.path("out/.hidden.cu")) == Self.hiddenHIP)
        #expect(Files.text(scratch.path("out/sub/kernel.cu")) == Self.kernelHIP)
        #expect(Files.text(scratch.path("out/file-link.cu")) == Self.kernelHIP)

        let report = try loadReport(scratch.path("report/report.json"))
        let entries = reportFiles(report).mapValues { file in
            ["status", "reason", "linkTarget"].compactMap { key in (file[key] as? String).map { "\(key)=\($0)" } }
                + ((file["findings"] as? [[String: Any]]) ?? []).map { finding in
                    "finding=\(finding["severity"] ?? ""):\(finding["rule"] ?? ""):\(finding["line"] ?? ""):\(finding["column"] ?? "")"
                }
        }
        #expect(entries == [
            ".config/settings.ini": ["status=copied"],
            ".git": ["status=skipped", "reason=\(Self.skippedGit)"],
            ".hidden.cu": ["status=converted"],
            "dangling.cu": ["status=skipped", "reason=\(Self.skippedDangling)", "linkTarget=missing.cu", "finding=warning:input-tree:0:0"],
            "dir-link": ["status=linked", "linkTarget=sub"],
            "file-link.cu": ["status=linked", "linkTarget=sub/kernel.cu"],
            "outside-link.cu": ["status=skipped", "reason=\(Self.skippedOutside)", "linkTarget=../elsewhere/outside.cu",
                                "finding=warning:input-tree:0:0"],
            "pipe": ["status=skipped", "reason=\(Self.skippedPipe)", "finding=warning:input-tree:0:0"],
            "sub/kernel.cu": ["status=converted"],
        ])
        let counts = report["summary"] as? [String: Any] ?? [:]
        #expect(["files", "converted", "unchanged", "copied", "failed", "linked", "skipped"].map { (counts[$0] as? NSNumber)?.intValue ?? -1 }
                == [9, 2, 0, 1, 0, 2, 4])
    }

    @Test("--in-place: links, their targets outside the tree and the .git folder are left exactly as they were; exit 0")
    func inPlace() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(in: scratch)
        let before = Self.describe(scratch.url)

        let result = try CLI.run(["convert", "proj", "--in-place", "--report-dir", "report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(Self.describe(scratch.url).filter { !$0.hasPrefix("d report") && !$0.hasPrefix("f report/") } == before)
        #expect(Files.text(scratch.path("elsewhere/outside.cu")) == Self.outside)
        #expect(Files.text(scratch.path("proj/.hidden.cu")) == Self.hiddenHIP)
        #expect(Files.text(scratch.path("proj/sub/kernel.cu")) == Self.kernelHIP)
        #expect(Files.text(scratch.path("proj/.git/HEAD")) == "ref: refs/heads/main\n")
    }

    @Test("--in-place on a named link whose file lies outside the tree: not written through, exit 1")
    func inPlaceThroughLink() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["elsewhere/real.cu": Self.kernel.bytes], under: scratch.url)
        try FileManager.default.createDirectory(at: scratch.path("proj"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("proj/link.cu").path, withDestinationPath: "../elsewhere/real.cu")

        let result = try CLI.run(["convert", "proj/link.cu", "--in-place", "--no-report"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: proj/link.cu: symbolic link to a file outside the input tree; not rewritten in place"), "\(result)")
        #expect(Files.text(scratch.path("elsewhere/real.cu")) == Self.kernel)
    }

    @Test("a link with an absolute target inside the tree is mirrored with the target made relative to the link")
    func absoluteInsideTarget() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(["proj/sub/kernel.cu": Self.kernel.bytes], under: scratch.url)
        try FileManager.default.createDirectory(at: scratch.path("proj/deep/er"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("proj/deep/er/abs.cu").path,
                                                   withDestinationPath: scratch.path("proj/sub/kernel.cu").path)

        let result = try CLI.run(["convert", "proj", "--out", "out", "--no-report"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(Self.describe(scratch.path("out")) == [
            "d deep", "d deep/er", "d sub", "f sub/kernel.cu", "l deep/er/abs.cu -> ../../sub/kernel.cu",
        ])
        #expect(Files.text(scratch.path("out/deep/er/abs.cu")) == Self.kernelHIP)
    }
}
