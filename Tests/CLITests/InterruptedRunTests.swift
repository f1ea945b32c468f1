import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A run stopped half-way leaves every output either absent or complete.
@Suite("Interrupted runs")
struct InterruptedRunTests {
    /// Enough sources that a run takes a few seconds on two workers.
    static func makeTree(under root: URL, sources: Int = 120) throws {
        var files: [String: [UInt8]] = ["include/common.cuh": "#pragma once\n#include <cuda_runtime.h>\n#define CHECK(x) (x)\n".bytes]
        for number in 0..<sources {
            var text = "#include \"../include/common.cuh\"\n#include <cstdio>\n"
            for kernel in 0..<20 {
                text += "__global__ void k\(kernel)(float* x) { x[threadIdx.x] += \(kernel).0f; }\n"
                text += "void run\(kernel)(float* x) { k\(kernel)<<<1, 64>>>(x); CHECK(cudaDeviceSynchronize()); }\n"
            }
            files["src/file\(number).cu"] = text.bytes
        }
        try Files.write(files, under: root)
    }

    /// Starts `cu2hip convert`, waits until `threshold` outputs exist, sends `signal`, and checks
    /// what is left under out/ against a complete run's output.
    func interrupt(with signalNumber: Int32, expectTemporaries: Bool) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Self.makeTree(under: scratch.path("proj"))
        let full = try CLI.run(["convert", "proj", "--out", "full", "--no-report", "-q", "-j", "2"], in: scratch.url)
        #expect(full.status == 0, "\(full)")
        let expected = Files.tree(scratch.path("full"))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: try CLI.binary())
        process.arguments = ["convert", "proj", "--out", "out", "--no-report", "-q", "-j", "2"]
        process.currentDirectoryURL = scratch.url
        var environment = ProcessInfo.processInfo.environment
        environment["CU2HIP_HIP_SEARCH_PATH"] = ""
        process.environment = environment
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            let written = Files.listing(scratch.path("out/src")).filter { $0.hasSuffix(".cu") }.count
            if written >= 10 { break }
            usleep(20_000)
        }
        #expect(process.isRunning, "the run finished before it could be interrupted; make the tree larger")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal || process.terminationStatus == 128 + signalNumber,
                "exit \(process.terminationStatus)")

        let left = Files.tree(scratch.path("out"))
        var complete = 0
        for (path, bytes) in left {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("."), name.hasSuffix(".tmp") {
                #expect(expectTemporaries, "a temporary file was left behind: \(path)")
                continue
            }
            #expect(bytes == expected[path], "\(path) is not the complete translation")
            complete += 1
        }
        #expect(complete >= 10 && complete < expected.count, "\(complete) of \(expected.count) outputs were written")
    }

    @Test("SIGTERM and SIGINT: written outputs are complete and no temporary file is left")
    func terminated() throws {
        try interrupt(with: SIGTERM, expectTemporaries: false)
        try interrupt(with: SIGINT, expectTemporaries: false)
    }

    @Test("SIGKILL: written outputs are complete (a hidden temporary file may be left)")
    func killed() throws {
        try interrupt(with: SIGKILL, expectTemporaries: true)
    }
}
