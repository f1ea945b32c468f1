import Clang
import Mapping
import Reporting

/// C++ namespaces of CUDA libraries whose ROCm port lives in another namespace: `cub::` becomes
/// hipCUB's `hipcub::`. The CUB tables list only CUB's macros; its classes and algorithms keep
/// their names under the new namespace. Thrust needs nothing: rocThrust keeps `thrust::`.
public struct NamespaceRule: Rule {
    /// CUDA namespace → ROCm namespace.
    static let namespaces: [String: String] = ["cub": "hipcub"]

    public static let description = RuleDescription(
        identifier: "namespace",
        name: "Library namespaces",
        summary: "Renames the namespaces of CUDA C++ libraries to their ROCm ports' (cub:: to hipcub::), in qualified names, using-directives and namespace aliases.",
        corrections: [
            Example("""
            #include <cub/cub.cuh>
            template <int N> __global__ void k(const float* in, float* out) {
                using Reduce = cub::BlockReduce<float, N>;
                __shared__ typename Reduce::TempStorage storage;
                float sum = Reduce(storage).Reduce(in[threadIdx.x], ::cub::Sum());
                if (threadIdx.x == 0) *out = sum;
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <hipcub/hipcub.hpp>
            template <int N> __global__ void k(const float* in, float* out) {
                using Reduce = hipcub::BlockReduce<float, N>;
                __shared__ typename Reduce::TempStorage storage;
                float sum = Reduce(storage).Reduce(in[threadIdx.x], ::hipcub::Sum());
                if (threadIdx.x == 0) *out = sum;
            }
            """),
            Example("""
            #include <cub/cub.cuh>
            using namespace cub;
            namespace c = cub;
            #ifdef USE_CUB_SCAN
            void scan(void* t, size_t& b, const int* in, int* out, int n) { cub::DeviceScan::InclusiveSum(t, b, in, out, n); }
            #endif
            """, """
            #include <hip/hip_runtime.h>
            #include <hipcub/hipcub.hpp>
            using namespace hipcub;
            namespace c = hipcub;
            #ifdef USE_CUB_SCAN
            void scan(void* t, size_t& b, const int* in, int* out, int n) { hipcub::DeviceScan::InclusiveSum(t, b, in, out, n); }
            #endif
            """),
        ],
        nonTriggering: [
            // A project's own namespace of that name, and members or nested namespaces called so.
            Example("""
            namespace cub { inline int Sum(int a, int b) { return a + b; } }
            namespace mine { namespace cub { int x; } }
            struct S { int cub; };
            int f(S s) { return cub::Sum(s.cub, mine::cub::x); }
            """, fileName: "own.cpp"),
        ])

    public static var specialNames: Set<String> { Set(namespaces.keys) }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            guard let replacement = Self.namespaces[token.spelling], Self.isNamespaceUse(token.index, stream),
                  !APIRenameRule.refersToProjectDeclaration(token, projectRoots: context.facts.projectRoots) else { continue }
            output.claimed.insert(token.index)
            output.references.found += 1
            output.references.converted += 1
            output.usesRuntime = true
            output.edit(token.range, replacement, rule: identifier)
        }
    }

    /// `cub::X` or `::cub::X` (not `other::cub::X` or `s.cub`), `using namespace cub`, `namespace c = cub`.
    private static func isNamespaceUse(_ index: Int, _ stream: TokenStream) -> Bool {
        let previous = stream.previous(before: index).map { stream[$0].spelling }
        let beforePrevious = stream.previous(before: index).flatMap { stream.previous(before: $0) }.map { stream[$0] }
        if let next = stream.next(after: index), stream[next].spelling == "::" {
            if previous == "." || previous == "->" { return false }
            if previous == "::", let beforePrevious, beforePrevious.kind == .identifier || beforePrevious.spelling == ">" {
                return false
            }
            // `namespace cub::detail {` declares the project's own nested namespace.
            return previous != "namespace" || beforePrevious?.spelling == "using"
        }
        if previous == "namespace" { return beforePrevious?.spelling == "using" }
        if previous == "=", let beforePrevious, beforePrevious.kind == .identifier,
           let start = stream.previous(before: beforePrevious.index) {
            return stream[start].spelling == "namespace"
        }
        return false
    }
}
