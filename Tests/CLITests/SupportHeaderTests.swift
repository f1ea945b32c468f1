import Foundation
import Testing
import TestSupport

/// Support headers (`cu2hip/...`): written once into the output tree where translated code
/// includes one, listed in the report as `generated`, added to the diff as a new file; never
/// written over a different file of the user's.
@Suite("cu2hip convert: support headers")
struct SupportHeaderTests {
    /// A cuDNN algorithm query without buffers: its translation calls cu2hip/miopen_support.h.
    static let network = """
        #include <cudnn.h>

        cudnnConvolutionFwdAlgo_t pick(cudnnHandle_t h, cudnnTensorDescriptor_t x, cudnnFilterDescriptor_t w,
                                       cudnnConvolutionDescriptor_t c, cudnnTensorDescriptor_t y) {
            cudnnConvolutionFwdAlgoPerf_t perf[1];
            int returned = 0;
            cudnnGetConvolutionForwardAlgorithm_v7(h, x, w, c, y, 1, &returned, perf);
            return perf[0].algo;
        }

        """
    static let networkHIP = """
        #include <miopen/miopen.h>
        #include "../cu2hip/miopen_support.h"

        miopenConvFwdAlgorithm_t pick(miopenHandle_t h, miopenTensorDescriptor_t x, miopenTensorDescriptor_t w,
                                       miopenConvolutionDescriptor_t c, miopenTensorDescriptor_t y) {
            miopenConvAlgoPerf_t perf[1];
            int returned = 0;
            cu2hip::findConvolutionForwardAlgorithm(h, x, w, c, y, 1, &returned, perf);
            return perf[0].fwd_algo;
        }

        """
    static let path = "cu2hip/miopen_support.h"
    /// The header's exact text, as the cuDNN golden fixture holds it.
    static var header: [UInt8]? {
        Files.bytes(TestSupport.repositoryRoot.appendingPathComponent("Fixtures/cudnn-inference-step/expected/" + path))
    }

    private func report(_ directory: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("cu2hip-report/report.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    private func entry(_ path: String, in report: [String: Any]) -> [String: Any]? {
        (report["files"] as? [[String: Any]])?.first { $0["path"] as? String == path }
    }

    @Test("--out writes the header once, the report lists it as generated, the diff creates it")
    func outDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.network, to: scratch.path("in/src/net.cpp"))
        let result = try CLI.run(["convert", "in", "--out", "out"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(Files.text(scratch.path("out/src/net.cpp")) == Self.networkHIP)
        let header = try #require(Self.header, "the cudnn-inference-step fixture has no \(Self.path)")
        #expect(Files.bytes(scratch.path("out/" + Self.path)) == header)
        #expect(Files.listing(scratch.path("out")) == ["cu2hip", "src"])
        #expect(result.stderr.contains(", 1 support header(s) written by cu2hip\n"), "\(result)")

        let json = try report(scratch.url)
        let generated = try #require(entry(Self.path, in: json))
        #expect(generated["status"] as? String == "generated")
        #expect((generated["reason"] as? String)?.hasSuffix("; included by src/net.cpp") == true, "\(generated)")
        #expect((json["summary"] as? [String: Any])?["generated"] as? Int == 1)
        let diff = try #require(Files.text(scratch.path("cu2hip-report/changes.diff")))
        #expect(diff.hasPrefix("diff --git a/\(Self.path) b/\(Self.path)\nnew file mode 100644\n--- /dev/null\n+++ b/\(Self.path)\n"), "\(diff.prefix(300))")
        #expect(diff.contains("diff --git a/src/net.cpp b/src/net.cpp\n"))
    }

    @Test("--in-place writes the header into the tree; a second run changes nothing and writes nothing more")
    func inPlaceTwice() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.network, to: scratch.path("tree/src/net.cpp"))
        let first = try CLI.run(["convert", "tree", "--in-place"], in: scratch.url)
        #expect(first.status == 0, "\(first)")
        #expect(Files.text(scratch.path("tree/src/net.cpp")) == Self.networkHIP)
        #expect(Files.bytes(scratch.path("tree/" + Self.path)) == Self.header)

        let before = TreeSnapshot(scratch.path("tree"))
        let second = try CLI.run(["convert", "tree", "--in-place"], in: scratch.url)
        #expect(second.status == 0, "\(second)")
        #expect(TreeSnapshot(scratch.path("tree")) == before)
        let json = try report(scratch.url)
        #expect(entry(Self.path, in: json)?["status"] as? String == "unchanged")
        #expect((json["summary"] as? [String: Any])?["generated"] as? Int == 0)
    }

    @Test("a different file at the header's path is left alone and fails the run, naming it")
    func collision() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.network, to: scratch.path("in/src/net.cpp"))
        try Files.write("// the user's own file\n", to: scratch.path("in/" + Self.path))
        let result = try CLI.run(["convert", "in", "--out", "out"], in: scratch.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("in/\(Self.path): already in the input tree with other contents than cu2hip's support header; left as it is; the files that include it expect cu2hip's (src/net.cpp): compare the two"), "\(result)")
        #expect(Files.text(scratch.path("out/" + Self.path)) == "// the user's own file\n")
        #expect(Files.text(scratch.path("in/" + Self.path)) == "// the user's own file\n")
    }

    @Test("-o - cannot carry the header: stdout has the translation, stderr says the header is missing")
    func standardOutput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.network, to: scratch.path("net.cpp"))
        let result = try CLI.run(["convert", "net.cpp", "-o", "-"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.networkHIP.replacingOccurrences(of: "\"../cu2hip/", with: "\"cu2hip/"))
        #expect(result.stderr.contains("cu2hip: note: the output includes \(Self.path), which is not written with standard output; convert with -o FILE or --out DIR to get it\n"), "\(result)")
        #expect(Files.listing(scratch.url) == ["cu2hip-report", "net.cpp"])
    }

    @Test("--dry-run writes no header but reports and diffs it")
    func dryRun() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.network, to: scratch.path("in/net.cpp"))
        let result = try CLI.run(["convert", "in", "--dry-run"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(Files.listing(scratch.path("in")) == ["net.cpp"])
        #expect(entry(Self.path, in: try report(scratch.url))?["status"] as? String == "generated")
        #expect(Files.text(scratch.path("cu2hip-report/changes.diff"))?.contains("+++ b/\(Self.path)\n") == true)
    }
}
