import CUDADeclarations
import Clang
import Foundation
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
            // hipCUB mirrors CUB's header layout; a CUDA header with nothing in HIP is reported.
            Example("""
            #include <cuda_bf16.h>
            #include <cub/block/block_reduce.cuh>
            #include <cooperative_groups/reduce.h>
            """, """
            #include <hip/hip_bfloat16.h>
            #include <hipcub/block/block_reduce.hpp>
            #include <cooperative_groups/reduce.h>
            """, reports: ["3: CUDA header <cooperative_groups/reduce.h> left as written: HIP's cooperative groups have no reduce.h"]),
        ],
        nonTriggering: [
            Example("""
            #include <cstdio>
            int main() { return 0; }
            """),
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

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        if !output.usesRuntime, stream.tokens.contains(where: { $0.kind == .identifier && Self.runtimeBuiltins.contains($0.spelling) }) {
            output.usesRuntime = true
        }
        let includes = Self.includeDirectives(in: stream)
        var runtimeSeen: Set<[Int]> = []
        var firstHIPInclude: [[Int]: Int] = [:]  // branch -> offset of first HIP-header include
        var runtimeIncludeOffsets: [[Int]: Int] = [:]
        var pendingRuntimeMoves: [(branch: [Int], directive: IncludeDirective)] = []

        for include in includes {
            if include.header == HeaderMap.runtimeHeader {
                runtimeSeen.insert(include.branch)
                runtimeIncludeOffsets[include.branch] = stream[include.directive.hashIndex].range.start.value
                continue
            }
            if HeaderMap.isHIPHeader(include.header), firstHIPInclude[include.branch] == nil {
                firstHIPInclude[include.branch] = stream[include.directive.hashIndex].range.start.value
            }
            guard !resolvesInsideProject(include, context) else { continue }
            guard let mapping = HeaderMap.mapping(for: include.header) else {
                reportIfCUDAHeader(include, stream, &output)
                continue
            }
            output.references.found += 1
            output.references.converted += 1
            switch mapping.action {
            case .runtime:
                output.usesRuntime = true
                if runtimeSeen.contains(include.branch) {
                    deleteLine(include.directive, stream, &output)
                } else if firstHIPInclude[include.branch] != nil {
                    // A HIP header already precedes: the runtime include must move above it.
                    runtimeSeen.insert(include.branch)
                    pendingRuntimeMoves.append((include.branch, include))
                } else {
                    runtimeSeen.insert(include.branch)
                    runtimeIncludeOffsets[include.branch] = stream[include.directive.hashIndex].range.start.value
                    replaceName(include, with: HeaderMap.runtimeHeader, stream, &output)
                }
            case let .replace(header):
                if firstHIPInclude[include.branch] == nil {
                    firstHIPInclude[include.branch] = stream[include.directive.hashIndex].range.start.value
                }
                replaceName(include, with: header, stream, &output)
            case let .library(library, kernelSide):
                if firstHIPInclude[include.branch] == nil {
                    firstHIPInclude[include.branch] = stream[include.directive.hashIndex].range.start.value
                }
                replaceName(include, with: context.options.libraries.header(for: library, kernelSide: kernelSide), stream, &output)
            case .drop:
                deleteLine(include.directive, stream, &output)
            }
        }
        let newline = stream.source.newline
        for move in pendingRuntimeMoves {
            let target = firstHIPInclude[move.branch]!
            output.insert(at: ByteOffset(target), "#include \(delimited(HeaderMap.runtimeHeader, angled: move.directive.angled))\(newline)", rule: identifier)
            runtimeIncludeOffsets[move.branch] = target
            deleteLine(move.directive.directive, stream, &output)
        }
        // A file that uses CUDA but includes no runtime header (and reaches none through a
        // project header) gets one: before its first HIP include, else after its guard.
        if output.usesRuntime, runtimeIncludeOffsets.isEmpty, !runtimeSeen.contains([]),
           !context.facts.reachesRuntimeThroughProjectHeader {
            let offset = firstHIPInclude[[]] ?? insertionOffset(stream)
            output.insert(at: ByteOffset(offset), "#include <\(HeaderMap.runtimeHeader)>\(newline)", rule: identifier)
        }
    }

    /// A CUDA SDK header (one cu2hip declares) that nothing in HIP replaces stays, and is reported.
    private func reportIfCUDAHeader(_ include: IncludeDirective, _ stream: TokenStream, _ output: inout RuleOutput) {
        guard CUDADeclarations.contents(ofHeader: include.header) != nil else { return }
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

    private func deleteLine(_ directive: Directive, _ stream: TokenStream, _ output: inout RuleOutput) {
        var start = stream.source.lineStart(of: stream[directive.hashIndex].range.start.value)
        let end = stream.source.lineEnd(of: stream[directive.lastIndex].range.start.value)
        let bytes = stream.source.bytes
        if end == bytes.count, end > 0, bytes[end - 1] != UInt8(ascii: "\n"), start > 0 {
            // The last line has no newline: take the one before it instead, so none is left dangling.
            start -= 1
            if start > 0, bytes[start - 1] == UInt8(ascii: "\r") { start -= 1 }
        }
        output.edit(ByteRange(start: start, end: end), "", rule: identifier)
    }

    /// Where a new include goes: after `#pragma once` or a leading include guard, else at the start
    /// of the first line that holds a token.
    private func insertionOffset(_ stream: TokenStream) -> Int {
        let directives = stream.directives
        guard stream.count > 0 else { return 0 }
        for (position, directive) in directives.enumerated() {
            if directive.name == "pragma", directive.lastIndex > directive.hashIndex + 1,
               stream[directive.hashIndex + 2].spelling == "once" {
                return stream.source.lineEnd(of: stream[directive.lastIndex].range.start.value)
            }
            if directive.name == "ifndef", position + 1 < directives.count, directive.hashIndex == 0,
               directives[position + 1].name == "define", directives[position + 1].hashIndex == directive.lastIndex + 1,
               directive.lastIndex == directive.hashIndex + 2, directives[position + 1].lastIndex >= directives[position + 1].hashIndex + 2,
               stream[directive.lastIndex].spelling == stream[directives[position + 1].hashIndex + 2].spelling {
                return stream.source.lineEnd(of: stream[directives[position + 1].lastIndex].range.start.value)
            }
        }
        return stream.source.lineStart(of: stream[0].range.start.value)
    }

    private func resolvesInsideProject(_ include: IncludeDirective, _ context: RuleContext) -> Bool {
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
