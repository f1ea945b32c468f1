import Clang
import Reporting

/// Macros tested in `#if`/`#ifdef`/`#ifndef`/`#elif` that mean something else under HIP:
/// CUDA header guards (helpers guarded by `#ifndef __DRIVER_TYPES_H__` would vanish), the nvcc
/// compiler macro and the device-pass macro.
public struct PreprocessorConditionRule: Rule {
    static let compilerMacros: [String: String] = ["__CUDACC__": "__HIPCC__"]
    static let deviceMacro = "__CUDA_ARCH__"

    public static let description = RuleDescription(
        identifier: "preprocessor-condition",
        name: "Preprocessor conditions",
        summary: "Rewrites CUDA header guards, __CUDACC__ and defined(__CUDA_ARCH__) in #if conditions to their HIP counterparts; flags __CUDA_ARCH__ version tests.",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            #ifdef __DRIVER_TYPES_H__
            static int helper() { return 1; }
            #endif
            #if defined(__CUDACC__) && !defined(__CUDA_ARCH__)
            static int host_only() { return 2; }
            #endif
            """, """
            #include <hip/hip_runtime.h>
            #ifdef HIP_INCLUDE_HIP_DRIVER_TYPES_H
            static int helper() { return 1; }
            #endif
            #if defined(__HIPCC__) && !defined(__HIP_DEVICE_COMPILE__)
            static int host_only() { return 2; }
            #endif
            """),
        ],
        nonTriggering: [
            Example("""
            #define MY_GUARD 1
            #ifdef MY_GUARD
            int x;
            #endif
            """),
        ])

    public static var specialNames: Set<String> { Set(compilerMacros.keys).union(HeaderMap.guards.keys).union([deviceMacro]) }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for directive in stream.directives where ["if", "ifdef", "ifndef", "elif"].contains(directive.name) {
            let first = directive.hashIndex + 2
            guard first <= directive.lastIndex else { continue }
            for index in first...directive.lastIndex where stream[index].kind == .identifier {
                let name = stream[index].spelling
                if let replacement = HeaderMap.guards[name] ?? Self.compilerMacros[name] {
                    output.claimed.insert(index)
                    output.references.found += 1
                    output.references.converted += 1
                    output.edit(stream[index].range, replacement, rule: identifier)
                } else if name == Self.deviceMacro {
                    output.claimed.insert(index)
                    output.references.found += 1
                    if directive.name == "ifdef" || directive.name == "ifndef" || isDefinedOperand(index, stream) {
                        output.references.converted += 1
                        output.edit(stream[index].range, "__HIP_DEVICE_COMPILE__", rule: identifier)
                    } else {
                        output.references.unsupported += 1
                        output.report(stream[index].range.start, .warning, rule: identifier,
                                      "'__CUDA_ARCH__' compared as an NVIDIA compute capability has no HIP meaning; needs manual work (test __HIP_DEVICE_COMPILE__ or an __gfx*__ macro)",
                                      name: name)
                    }
                }
            }
        }
    }

    /// `defined(X)` or `defined X`.
    private func isDefinedOperand(_ index: Int, _ stream: TokenStream) -> Bool {
        guard let previous = stream.previous(before: index) else { return false }
        if stream[previous].spelling == "defined" { return true }
        if stream[previous].spelling == "(", let before = stream.previous(before: previous) {
            return stream[before].spelling == "defined"
        }
        return false
    }
}
