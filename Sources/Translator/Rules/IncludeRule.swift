import CUDADeclarations
import Clang
import Foundation
import Mapping
import Reporting

/// Maps CUDA SDK includes to HIP/ROCm headers: the runtime headers become one
/// `hip/hip_runtime.h` placed before any other HIP header, launch-parameter headers go away,
/// and a file that uses CUDA without a runtime include gets one. A quoted include that resolves
/// inside the project is never touched, whatever its name.
public struct IncludeRule: Rule {
    public static let description = RuleDescription(
        identifier: "include",
        name: "Includes",
        summary: "Maps CUDA headers to HIP headers, keeps hip/hip_runtime.h first, adds it where CUDA is used without it; leaves the project's own headers alone.",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            #include <cuda.h>
            #include "device_launch_parameters.h"
            #include <cstdio>
            """, """
            #include <hip/hip_runtime.h>
            #include <cstdio>
            """),
            Example("""
            #include <cooperative_groups.h>
            #include <cuda_runtime.h>
            """, """
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            """),
            Example("""
            #ifndef UTIL_CUH
            #define UTIL_CUH
            __global__ void k(float* x) { x[threadIdx.x] = 0; }
            #endif
            """, """
            #ifndef UTIL_CUH
            #define UTIL_CUH
            #include <hip/hip_runtime.h>
            __global__ void k(float* x) { x[threadIdx.x] = 0; }
            #endif
            """, fileName: "util.cuh"),
            Example("""
            #include <cublas_v2.h>
            #include <cuda_fp16.h>
            """, """
            #include <hipblas/hipblas.h>
            #include <hip/hip_fp16.h>
            """, fileName: "blas.cpp"),
            // hipCUB mirrors CUB's header layout; HIP's cooperative groups have no reduce.h: it goes,
            // and cu2hip's support header (from the cooperative-groups rule) takes its place, on a
            // line of its own.
            Example("""
            #include <cuda_bf16.h>
            #include <cub/block/block_reduce.cuh>
            #include <cooperative_groups/reduce.h>
            """, """
            #include <hip/hip_bfloat16.h>
            #include <hipcub/block/block_reduce.hpp>
            #include "cu2hip/cooperative_groups_reduce.h"

            """, fileName: "reduce.cuh"),
            // nvcc includes the runtime in every .cu file; code relies on it through macros and headers.
            Example("""
            // Copyright notice
            #pragma once
            #include <cstdio>
            #define CHECK(call) if ((call) != cudaSuccess) printf("failed\\n")
            """, """
            // Copyright notice
            #pragma once
            #include <hip/hip_runtime.h>
            #include <cstdio>
            #define CHECK(call) if ((call) != hipSuccess) printf("failed\\n")
            """, fileName: "check.cu"),
            // CUDA headers that map to one HIP header yield one include.
            Example("""
            #include <cublas_v2.h>
            #include <cublas_api.h>
            #include <cusolverDn.h>
            #include <cusolver_common.h>
            #include <cuda_texture_types.h>
            #include <cusparse_v2.h>
            """, """
            #include <hipblas/hipblas.h>
            #include <hipsolver/hipsolver.h>
            #include <hip/hip_texture_types.h>
            #include <hipsparse/hipsparse.h>
            """, fileName: "libraries.cpp"),
            Example("""
            #include <curand_mtgp32_host.h>
            #include <curand_mtgp32dc_p_11213.h>
            #include <curand_kernel.h>
            #include <curand_normal.h>
            #include <curand_philox4x32_x.h>
            """, """
            #include <hiprand/hiprand_mtgp32_host.h>
            #include <hiprand/hiprand_kernel.h>
            """, fileName: "rng.h"),
            Example("""
            #include <curand_mtgp32_host.h>
            #include <curand_mtgp32dc_p_11213.h>
            #include <curand_uniform.h>
            """, """
            #include <rocrand/rocrand_mtgp32.h>
            #include <rocrand/rocrand_mtgp32_11213.h>
            #include <rocrand/rocrand_kernel.h>
            """, options: TranslationOptions(libraries: LibraryChoice(rand: .rocrand)), fileName: "rng.h"),
            // A C file is compiled as C, where hipcc does not define HIP's platform macro.
            Example("""
            #include <cuda_runtime_api.h>
            #include <stdio.h>
            int main(void) { void* p; return cudaMalloc(&p, 4) == cudaSuccess ? 0 : 1; }
            """, """
            #if !defined(__HIP_PLATFORM_AMD__) && !defined(__HIP_PLATFORM_NVIDIA__)
            #define __HIP_PLATFORM_AMD__
            #endif
            #include <hip/hip_runtime.h>
            #include <stdio.h>
            int main(void) { void* p; return hipMalloc(&p, 4) == hipSuccess ? 0 : 1; }
            """, fileName: "main.c"),
            // HIP's math constants header arrived in ROCm 5.7.
            Example("""
            #include <math_constants.h>
            """, """
            #include <hip/hip_math_constants.h>
            """, options: TranslationOptions(rocmVersion: Version([6, 2])), fileName: "constants.h"),
            Example("""
            #include <math_constants.h>
            """, """
            #include <math_constants.h>
            """, options: TranslationOptions(rocmVersion: Version([5, 2])), fileName: "constants.h",
               reports: ["1: CUDA header <math_constants.h> left as written: HIP's math constants (HIP_PI_F, ...) come with hip/hip_math_constants.h from ROCm 5.7 on: needs manual work"]),
        ],
        nonTriggering: [
            Example("""
            #include <cstdio>
            int main() { return 0; }
            """, fileName: "main.cpp"),
        ])

    public static var specialNames: Set<String> { Set(HeaderMap.rows.map(\.cudaHeader)).union(HeaderMap.withoutCounterpart.keys) }

    public init() {}

    /// One `#include` directive as written.
    struct IncludeDirective {
        var directive: Directive
        /// Token indices of the header name (a string literal, or `<` ... `>`).
        var nameFirst: Int
        var nameLast: Int
        var header: String
        var angled: Bool
        /// The conditional-branch path the directive sits in (#if nesting), to keep dedupe local.
        var branch: [Int]
    }

    /// Names that only exist with the HIP runtime header: kernel qualifiers and builtin variables.
    static let runtimeBuiltins: Set<String> = [
        "__global__", "__shared__", "__constant__", "__managed__", "threadIdx", "blockIdx", "blockDim", "gridDim", "warpSize", "dim3",
    ]

    /// What the rule has seen of one file's includes so far, per conditional branch.
    private struct Seen {
        /// Branches with a runtime include (as written, or one a CUDA header became).
        var runtime: Set<[Int]> = []
        /// Branch → offset of its first include of a HIP header.
        var firstHIPInclude: [[Int]: Int] = [:]
        var runtimeIncludeOffsets: [[Int]: Int] = [:]
        /// HIP header → branches that include it (as written or translated).
        var hipHeaders: [String: [[Int]]] = [:]
        var pendingRuntimeMoves: [IncludeDirective] = []
        /// Lines of includes that go.
        var deletions: [ByteRange] = []

        /// True when `branch` is `covering` or nested in it.
        static func covers(_ covering: [Int], _ branch: [Int]) -> Bool { branch.starts(with: covering) }

        func hasRuntime(in branch: [Int]) -> Bool { runtime.contains { Self.covers($0, branch) } }

        func includes(_ header: String, in branch: [Int]) -> Bool {
            hipHeaders[header, default: []].contains { Self.covers($0, branch) }
        }

        mutating func noteHIPInclude(_ header: String, _ include: IncludeDirective, _ stream: TokenStream) {
            hipHeaders[header, default: []].append(include.branch)
            if firstHIPInclude[include.branch] == nil {
                firstHIPInclude[include.branch] = stream[include.directive.hashIndex].range.start.value
            }
        }
    }

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        if !output.usesRuntime, stream.tokens.contains(where: { $0.kind == .identifier && Self.runtimeBuiltins.contains($0.spelling) }) {
            output.usesRuntime = true
        }
        var seen = Seen()
        let includes = Self.includeDirectives(in: stream)
        for include in includes {
            if include.header == HeaderMap.runtimeHeader {
                seen.runtime.insert(include.branch)
                seen.runtimeIncludeOffsets[include.branch] = stream[include.directive.hashIndex].range.start.value
                continue
            }
            if HeaderMap.isHIPHeader(include.header) { seen.noteHIPInclude(include.header, include, stream) }
            guard !Self.resolvesInsideProject(include, context) else { continue }
            guard let mapping = HeaderMap.mapping(for: include.header),
                  mapping.since.map({ context.options.rocmVersion >= $0 }) ?? true else {
                reportIfCUDAHeader(include, stream, &output)
                continue
            }
            output.references.found += 1
            output.references.converted += 1
            translate(include, mapping.action, context, &seen, &output)
        }
        let newline = stream.source.newline
        for move in seen.pendingRuntimeMoves {
            let target = seen.firstHIPInclude[move.branch]!
            output.insert(at: ByteOffset(target), "#include \(delimited(HeaderMap.runtimeHeader, angled: move.angled))\(newline)", rule: identifier)
            seen.runtimeIncludeOffsets[move.branch] = target
            seen.deletions.append(lineRange(move.directive, stream))
        }
        deleteLines(seen.deletions, stream.source.bytes, &output)
        // A `.cu` file (which nvcc compiles with the runtime included), or another file that uses
        // CUDA without a runtime include of its own or through a project header, gets one: before
        // its first HIP include, else after its guard.
        let needsRuntime = context.facts.isCUDASource
            || (output.usesRuntime && seen.runtimeIncludeOffsets.isEmpty && !context.facts.reachesRuntimeThroughProjectHeader)
        // The branch an include guard opens holds the whole file: an include there counts as top level.
        let topLevel: [[Int]] = hasIncludeGuard(stream) ? [[], [1]] : [[]]
        var runtimeOffset = topLevel.lazy.compactMap { seen.runtimeIncludeOffsets[$0] }.first
        if needsRuntime, !topLevel.contains(where: seen.runtime.contains) {
            output.usesRuntime = true
            let offset = topLevel.lazy.compactMap { seen.firstHIPInclude[$0] }.first ?? insertionOffset(stream)
            output.insert(at: ByteOffset(offset), "#include <\(HeaderMap.runtimeHeader)>\(newline)", rule: identifier)
            runtimeOffset = offset
        }
        if context.facts.isCSource, let runtimeOffset, !stream.tokens.contains(where: { $0.spelling == Self.platformMacro }) {
            // Inserted before the runtime include; at the same offset, it goes first.
            let definition = ["#if !defined(__HIP_PLATFORM_AMD__) && !defined(__HIP_PLATFORM_NVIDIA__)",
                              "#define \(Self.platformMacro)", "#endif", ""].joined(separator: newline)
            output.insert(at: ByteOffset(runtimeOffset), definition, rule: identifier, before: true)
        }
        includeSupportHeaders(includes, topLevel: topLevel, context, &output)
    }

    /// Includes the support headers the other rules asked for, after the file's last top-level
    /// include (else where the runtime include goes), unless the file includes them already.
    private func includeSupportHeaders(_ includes: [IncludeDirective], topLevel: [[Int]], _ context: RuleContext,
                                       _ output: inout RuleOutput) {
        let stream = context.stream
        let wanted = output.supportHeaders.sorted().compactMap { SupportHeader.all[$0] }.filter { header in
            !includes.contains { $0.header == header.path || $0.header.hasSuffix("/" + header.path) }
        }
        guard !wanted.isEmpty else { return }
        let offset = includes.last { topLevel.contains($0.branch) }
            .map { stream.source.lineEnd(of: stream[$0.directive.lastIndex].range.start.value) } ?? insertionOffset(stream)
        let newline = stream.source.newline
        let bytes = stream.source.bytes
        // After a last line without a newline, the include starts a line of its own.
        let lead = offset == bytes.count && bytes.last.map { $0 != UInt8(ascii: "\n") } == true ? newline : ""
        let text = wanted.map { $0.includeDirective(fromDepth: context.facts.depth) + newline }.joined()
        output.insert(at: ByteOffset(offset), lead + text, rule: identifier)
    }

    /// The macro HIP's headers need to pick AMD's implementation; hipcc defines it for HIP and
    /// C++ sources but not for C.
    static let platformMacro = "__HIP_PLATFORM_AMD__"

    /// Rewrites one CUDA include; a second include of the same HIP header in the same branch goes.
    private func translate(_ include: IncludeDirective, _ action: HeaderMapping.Action, _ context: RuleContext,
                           _ seen: inout Seen, _ output: inout RuleOutput) {
        let stream = context.stream
        let target: String
        switch action {
        case .runtime:
            output.usesRuntime = true
            if seen.hasRuntime(in: include.branch) {
                seen.deletions.append(lineRange(include.directive, stream))
            } else if seen.firstHIPInclude[include.branch] != nil {
                // A HIP header already precedes: the runtime include must move above it.
                seen.runtime.insert(include.branch)
                seen.pendingRuntimeMoves.append(include)
            } else {
                seen.runtime.insert(include.branch)
                seen.runtimeIncludeOffsets[include.branch] = stream[include.directive.hashIndex].range.start.value
                replaceName(include, with: HeaderMap.runtimeHeader, stream, &output)
            }
            return
        case .drop:
            seen.deletions.append(lineRange(include.directive, stream))
            return
        case let .replace(header): target = header
        case let .library(library, kernelSide): target = context.options.libraries.header(for: library, kernelSide: kernelSide)
        case let .chosen(library, hip, roc): target = context.options.libraries.rocmNativeLibraries.contains(library) ? roc : hip
        }
        if seen.includes(target, in: include.branch) {
            seen.deletions.append(lineRange(include.directive, stream))
            return
        }
        seen.noteHIPInclude(target, include, stream)
        replaceName(include, with: target, stream, &output)
    }

    /// A CUDA SDK header (one cu2hip declares) that nothing in HIP replaces stays, and is reported.
    private func reportIfCUDAHeader(_ include: IncludeDirective, _ stream: TokenStream, _ output: inout RuleOutput) {
        guard CUDADeclarations.contents(ofHeader: include.header) != nil || HeaderMap.withoutCounterpart[include.header] != nil else { return }
        output.references.found += 1
        output.references.unsupported += 1
        let advice = HeaderMap.withoutCounterpart[include.header] ?? "HIP has no header in its place"
        output.report(stream[include.directive.hashIndex].range.start, .warning, rule: identifier,
                      "CUDA header <\(include.header)> left as written: \(advice): needs manual work", name: include.header)
    }

    private func delimited(_ header: String, angled: Bool) -> String {
        angled ? "<\(header)>" : "\"\(header)\""
    }

    private func replaceName(_ include: IncludeDirective, with header: String, _ stream: TokenStream, _ output: inout RuleOutput) {
        output.edit(stream.range(from: include.nameFirst, to: include.nameLast), delimited(header, angled: include.angled), rule: identifier)
    }

    /// Removes the lines of directives that go; adjacent lines go in one edit.
    private func deleteLines(_ ranges: [ByteRange], _ bytes: [UInt8], _ output: inout RuleOutput) {
        var merged: [ByteRange] = []
        for range in ranges.sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, range.start.value <= last.end.value {
                merged[merged.count - 1] = ByteRange(start: last.start.value, end: max(last.end.value, range.end.value))
            } else {
                merged.append(range)
            }
        }
        for var range in merged {
            if range.end.value == bytes.count, range.end.value > 0, bytes[range.end.value - 1] != UInt8(ascii: "\n"), range.start.value > 0 {
                // The last line has no newline: take the one before it instead, so none is left dangling.
                var start = range.start.value - 1
                if start > 0, bytes[start - 1] == UInt8(ascii: "\r") { start -= 1 }
                range = ByteRange(start: start, end: range.end.value)
            }
            output.edit(range, "", rule: identifier)
        }
    }

    private func lineRange(_ directive: Directive, _ stream: TokenStream) -> ByteRange {
        ByteRange(start: stream.source.lineStart(of: stream[directive.hashIndex].range.start.value),
                  end: stream.source.lineEnd(of: stream[directive.lastIndex].range.start.value))
    }

    /// Where a new include goes: after `#pragma once` or a leading include guard, else at the start
    /// of the first line that holds a token.
    private func insertionOffset(_ stream: TokenStream) -> Int {
        guard stream.count > 0 else { return 0 }
        if let define = includeGuardDefine(stream) {
            return stream.source.lineEnd(of: stream[define.lastIndex].range.start.value)
        }
        for directive in stream.directives where directive.name == "pragma" && directive.lastIndex > directive.hashIndex + 1
            && stream[directive.hashIndex + 2].spelling == "once" {
            return stream.source.lineEnd(of: stream[directive.lastIndex].range.start.value)
        }
        return stream.source.lineStart(of: stream[0].range.start.value)
    }

    private func hasIncludeGuard(_ stream: TokenStream) -> Bool { includeGuardDefine(stream) != nil }

    /// The `#define` of a leading include guard: the file's first tokens are `#ifndef X` and
    /// `#define X`.
    private func includeGuardDefine(_ stream: TokenStream) -> Directive? {
        let directives = stream.directives
        guard directives.count >= 2, stream.count > 0 else { return nil }
        let (test, define) = (directives[0], directives[1])
        guard test.name == "ifndef", test.hashIndex == 0, test.lastIndex == test.hashIndex + 2,
              define.name == "define", define.hashIndex == test.lastIndex + 1, define.lastIndex >= define.hashIndex + 2,
              stream[test.lastIndex].spelling == stream[define.hashIndex + 2].spelling else { return nil }
        return define
    }

    /// True when the include names one of the project's own files (as clang resolved it, or, where
    /// clang did not, as the preprocessor would find it): such an include is never touched.
    static func resolvesInsideProject(_ include: IncludeDirective, _ context: RuleContext) -> Bool {
        let line = context.stream.source.location(of: context.stream[include.directive.hashIndex].range.start).line
        if let target = context.facts.includeTargets[line] {
            return !ParseSetup.isVirtualPath(target) && context.facts.projectRoots.contains { target.hasPrefix($0 + "/") }
        }
        // Not resolved by clang (inactive code or missing): look for it like the preprocessor would.
        var directories = include.angled ? [] : [context.facts.directory]
        directories += context.facts.includeDirectories
        for directory in directories where !directory.isEmpty {
            let candidate = (directory as NSString).appendingPathComponent(include.header)
            if FileManager.default.fileExists(atPath: candidate),
               context.facts.projectRoots.contains(where: { candidate.hasPrefix($0 + "/") }) {
                return true
            }
        }
        return false
    }

    /// Every `#include` / `#include_next` directive, with its header name and conditional branch.
    static func includeDirectives(in stream: TokenStream) -> [IncludeDirective] {
        var result: [IncludeDirective] = []
        var branchStack: [Int] = []
        var branchCounter = 0
        for directive in stream.directives {
            switch directive.name {
            case "if", "ifdef", "ifndef":
                branchCounter += 1
                branchStack.append(branchCounter)
            case "elif", "else":
                branchCounter += 1
                if !branchStack.isEmpty { branchStack[branchStack.count - 1] = branchCounter }
            case "endif":
                _ = branchStack.popLast()
            case "include", "include_next":
                let first = directive.hashIndex + 2
                guard first <= directive.lastIndex else { continue }
                let token = stream[first]
                if token.kind == .literal, token.spelling.hasPrefix("\""), token.spelling.hasSuffix("\""), token.spelling.count >= 2 {
                    result.append(IncludeDirective(directive: directive, nameFirst: first, nameLast: first,
                                                   header: String(token.spelling.dropFirst().dropLast()), angled: false, branch: branchStack))
                } else if token.spelling == "<" {
                    var last = first + 1
                    while last <= directive.lastIndex, stream[last].spelling != ">" { last += 1 }
                    guard last <= directive.lastIndex, last > first + 1 else { continue }
                    let header = stream.source.text(ByteRange(start: stream[first].range.end.value, end: stream[last].range.start.value))
                    result.append(IncludeDirective(directive: directive, nameFirst: first, nameLast: last,
                                                   header: header, angled: true, branch: branchStack))
                }
            default:
                break
            }
        }
        return result
    }
}
