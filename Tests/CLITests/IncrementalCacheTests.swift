import Foundation
import Testing
import TestSupport

/// The incremental cache through the command line: what a re-run parses, counted in report.json.
@Suite("Incremental cache")
struct IncrementalCacheTests {
    /// Three sources: a.cu and b.cu include shared.cuh, c.cu includes only own.cuh; notes.cpp has
    /// no CUDA at all (not parsed, so never looked up).
    static let tree: [String: String] = [
        "include/shared.cuh": "#pragma once\n__global__ void scale(float* x, float f);\ninline void sync() { cudaDeviceSynchronize(); }\n",
        "include/own.cuh": "#pragma once\ninline void* grab(size_t n) { void* p; cudaMalloc(&p, n); return p; }\n",
        "src/a.cu": "#include \"../include/shared.cuh\"\n__global__ void scale(float* x, float f) { x[threadIdx.x] *= f; }\n",
        "src/b.cu": "#include \"../include/shared.cuh\"\nvoid run(float* x) { scale<<<1, 32>>>(x, 2.0f); sync(); }\n",
        "src/c.cu": "#include \"../include/own.cuh\"\nvoid* make() { return grab(64); }\n",
        "src/notes.cpp": "#include <cstdio>\nint notes() { return std::printf(\"no GPU here\\n\"); }\n",
    ]

    struct Run {
        var result: CLI.Result
        var hits: Int
        var misses: Int
        var tree: [String: [UInt8]]
    }

    static func convert(_ scratch: Scratch, _ extra: [String] = [], output: String = "out") throws -> Run {
        try? FileManager.default.removeItem(at: scratch.path(output))
        let result = try CLI.run(["convert", "proj", "--out", output, "--report-dir", "report", "--cache", "cache", "-j", "2"] + extra,
                                 in: scratch.url)
        let report = try loadReport(scratch.path("report/report.json"))
        let cache = try #require(report["cache"] as? [String: Any], "report.json has no cache section: \(result)")
        return Run(result: result, hits: try #require(cache["hits"] as? Int), misses: try #require(cache["misses"] as? Int),
                   tree: Files.tree(scratch.path(output)))
    }

    static func makeScratch() throws -> Scratch {
        let scratch = try Scratch()
        try Files.write(tree.mapValues(\.bytes), under: scratch.path("proj"))
        return scratch
    }

    @Test("a second run over an unchanged tree parses nothing and writes the same tree")
    func secondRunHitsEverything() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        let cold = try Self.convert(scratch)
        #expect(cold.result.status == 0, "\(cold.result)")
        #expect((cold.hits, cold.misses) == (0, 3))
        let warm = try Self.convert(scratch)
        #expect(warm.result.status == 0, "\(warm.result)")
        #expect((warm.hits, warm.misses) == (3, 0))
        #expect(warm.tree == cold.tree, "\(Files.difference(expected: cold.tree, actual: warm.tree))")
        #expect(warm.result.stderrLines.contains("cu2hip: cache: 3 of 3 translation unit(s) reused from cache"), "\(warm.result)")
    }

    @Test("a changed header re-translates exactly the sources that include it")
    func changedHeaderMissesItsIncluders() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        _ = try Self.convert(scratch)
        try Files.write("#pragma once\n__global__ void scale(float* x, float f);\ninline void sync() { cudaStreamSynchronize(0); }\n",
                        to: scratch.path("proj/include/shared.cuh"))
        let run = try Self.convert(scratch)
        #expect((run.hits, run.misses) == (1, 2), "\(run.result)")
        let header = String(decoding: try #require(run.tree["include/shared.cuh"]), as: UTF8.self)
        #expect(header.contains("hipStreamSynchronize(0)"), "\(header)")
        // A header only c.cu includes: c.cu alone is parsed again.
        try Files.write("#pragma once\ninline void* grab(size_t n) { void* p; cudaMallocManaged(&p, n); return p; }\n",
                        to: scratch.path("proj/include/own.cuh"))
        let again = try Self.convert(scratch)
        #expect((again.hits, again.misses) == (2, 1), "\(again.result)")
        #expect(String(decoding: try #require(again.tree["include/own.cuh"]), as: UTF8.self).contains("hipMallocManaged"))
    }

    @Test("other options, a new source file or another cu2hip build start over")
    func optionsAndTreeAreInTheKey() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        _ = try Self.convert(scratch)
        let hip = try Self.convert(scratch, ["--launch-syntax", "hip"])
        #expect((hip.hits, hip.misses) == (0, 3))
        #expect(String(decoding: try #require(hip.tree["src/b.cu"]), as: UTF8.self).contains("hipLaunchKernelGGL(scale"))
        // A new header could change what an include resolves to: every unit is parsed again.
        try Files.write("#pragma once\n", to: scratch.path("proj/src/extra.h"))
        let grown = try Self.convert(scratch, ["--launch-syntax", "hip"])
        #expect((grown.hits, grown.misses) == (0, 3))
        // A new file that is not C, C++ or CUDA changes nothing.
        try Files.write("notes\n", to: scratch.path("proj/README.txt"))
        let same = try Self.convert(scratch, ["--launch-syntax", "hip"])
        #expect((same.hits, same.misses) == (3, 0))
    }

    @Test("the cache lives in the report directory unless --cache or --no-cache says otherwise")
    func defaultLocation() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        let first = try CLI.run(["convert", "proj", "--out", "out", "--report-dir", "report", "-q"], in: scratch.url)
        #expect(first.status == 0, "\(first)")
        #expect(Files.exists(scratch.path("report/cache")))
        let none = try CLI.run(["convert", "proj", "--out", "out2", "--report-dir", "report2", "--no-cache", "-q"], in: scratch.url)
        #expect(none.status == 0, "\(none)")
        #expect(!Files.exists(scratch.path("report2/cache")))
        #expect(try loadReport(scratch.path("report2/report.json"))["cache"] == nil)
        let both = try CLI.run(["convert", "proj", "--dry-run", "--cache", "c", "--no-cache"], in: scratch.url)
        #expect(both.status == 64, "\(both)")
    }

    @Test("a damaged cache entry is a miss, not an error")
    func damagedEntry() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        let cold = try Self.convert(scratch)
        let entries = TreeSnapshot(scratch.path("cache")).entries.filter { $0.value.kind == "file" }.keys.sorted()
        #expect(entries.count == 3)
        for entry in entries { try Files.write("{ not json", to: scratch.path("cache/" + entry)) }
        let run = try Self.convert(scratch)
        #expect(run.result.status == 0, "\(run.result)")
        #expect((run.hits, run.misses) == (0, 3))
        #expect(run.tree == cold.tree)
    }

    @Test("a re-run leaves outputs that would not change untouched, modification time included")
    func unchangedOutputsKeepTheirTime() throws {
        let scratch = try Self.makeScratch()
        defer { scratch.remove() }
        let arguments = ["convert", "proj", "--out", "out", "--report-dir", "report", "--cache", "cache", "-j", "2", "-q"]
        #expect(try CLI.run(arguments, in: scratch.url).status == 0)
        try Files.ageTree(scratch.path("out"))
        func modified(_ path: String) throws -> Date {
            try #require(try FileManager.default.attributesOfItem(atPath: scratch.path("out/" + path).path)[.modificationDate] as? Date)
        }
        let old = try modified("src/a.cu")
        #expect(try CLI.run(arguments, in: scratch.url).status == 0)
        for path in ["src/a.cu", "src/b.cu", "src/c.cu", "src/notes.cpp", "include/shared.cuh", "include/own.cuh"] {
            #expect(try modified(path) == old, "\(path) was written again")
        }
        try Files.write("#pragma once\ninline void* grab(size_t n) { void* p; cudaMallocManaged(&p, n); return p; }\n",
                        to: scratch.path("proj/include/own.cuh"))
        #expect(try CLI.run(arguments, in: scratch.url).status == 0)
        #expect(try modified("include/own.cuh") > old)
        #expect(try modified("src/a.cu") == old)
        #expect(Files.text(scratch.path("out/include/own.cuh"))?.contains("hipMallocManaged") == true)
    }
}
