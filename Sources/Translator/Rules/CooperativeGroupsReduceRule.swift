import CUDADeclarations
import Clang
import Reporting

/// CUDA's cooperative-groups collectives (`cooperative_groups/reduce.h`, `cooperative_groups/scan.h`),
/// which HIP's cooperative groups lack, become those of cu2hip's support header
/// (`cu2hip/cooperative_groups_reduce.h`, ``CooperativeGroupsSupport``), written on the groups'
/// shuffles for 32- and 64-wide wavefronts.
/// - `cg::reduce`, `cg::inclusive_scan`, `cg::exclusive_scan`, `cg::reduce_store_async` (the
///   pointer form) and the operators `cg::plus`, `less`, `greater`, `bit_and`, `bit_or`, `bit_xor`
///   become `cu2hip::cg::...`, whatever names the namespace (`cooperative_groups::`, an alias, a
///   using-directive); a file that uses them or includes either header gets the support header,
///   and the include rule drops the CUDA headers.
/// - A name counts as CUDA's when it resolves to cu2hip's CUDA declarations; where clang resolved
///   nothing (inactive code, macro bodies) when it is qualified by `cooperative_groups::` or by an
///   alias of it declared in the file.
/// - `cg::reduce_update_async` (an atomic update through `cuda::atomic_ref`) is reported and left
///   as written.
public struct CooperativeGroupsReduceRule: Rule {
    /// The CUDA headers whose names the support header provides.
    static let cudaHeaders: Set<String> = ["cooperative_groups/reduce.h", "cooperative_groups/scan.h"]

    /// Where cu2hip's CUDA declarations declare those names (the operators live in details/functional.h).
    static let declarationFiles: Set<String> = Set(
        (cudaHeaders.sorted() + ["cooperative_groups/details/functional.h"]).map { CUDADeclarations.virtualIncludeDirectory + "/" + $0 })

    static let unsupported: Set<String> = ["reduce_update_async"]

    public static let description = RuleDescription(
        identifier: "cooperative-groups-collectives",
        name: "Cooperative-groups reduce and scans",
        summary: "Turns CUDA's cooperative-groups reduce, inclusive/exclusive scans, reduce_store_async and their operators (cg::plus, ...), which HIP lacks, into those of cu2hip/cooperative_groups_reduce.h, a support header written on the groups' shuffles for 32- and 64-wide wavefronts.",
        corrections: [
            Example("""
            #include <cooperative_groups.h>
            #include <cooperative_groups/reduce.h>
            namespace cg = cooperative_groups;
            __global__ void sum(const float* in, float* out) {
                cg::thread_block_tile<32> tile = cg::tiled_partition<32>(cg::this_thread_block());
                float total = cg::reduce(tile, in[threadIdx.x], cg::plus<float>());
                if (tile.thread_rank() == 0) atomicAdd(out, total);
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            #include "cu2hip/cooperative_groups_reduce.h"
            namespace cg = cooperative_groups;
            __global__ void sum(const float* in, float* out) {
                cg::thread_block_tile<32> tile = cg::tiled_partition<32>(cg::this_thread_block());
                float total = cu2hip::cg::reduce(tile, in[threadIdx.x], cu2hip::cg::plus<float>());
                if (tile.thread_rank() == 0) atomicAdd(out, total);
            }
            """),
            // Scans, the other operators, a using-directive and the full namespace name; a header
            // one folder down includes the support header from the output tree's root.
            Example("""
            #pragma once
            #include <cooperative_groups.h>
            #include <cooperative_groups/reduce.h>
            #include <cooperative_groups/scan.h>
            using namespace cooperative_groups;
            template <int N> __device__ int offsets(thread_block_tile<N> g, int count, unsigned flags, int* range) {
                int before = exclusive_scan(g, count);
                int peak = cooperative_groups::inclusive_scan(g, count, greater<int>());
                range[0] = reduce(g, count, ::cooperative_groups::less<int>());
                range[1] = reduce(g, flags, bit_and<unsigned>()) | reduce(g, flags, bit_or<unsigned>()) | reduce(g, flags, bit_xor<unsigned>());
                reduce_store_async(g, range + 2, peak, plus<int>());
                return before;
            }
            """, """
            #pragma once
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            #include "../cu2hip/cooperative_groups_reduce.h"
            using namespace cooperative_groups;
            template <int N> __device__ int offsets(thread_block_tile<N> g, int count, unsigned flags, int* range) {
                int before = cu2hip::cg::exclusive_scan(g, count);
                int peak = cu2hip::cg::inclusive_scan(g, count, cu2hip::cg::greater<int>());
                range[0] = cu2hip::cg::reduce(g, count, cu2hip::cg::less<int>());
                range[1] = cu2hip::cg::reduce(g, flags, cu2hip::cg::bit_and<unsigned>()) | cu2hip::cg::reduce(g, flags, cu2hip::cg::bit_or<unsigned>()) | cu2hip::cg::reduce(g, flags, cu2hip::cg::bit_xor<unsigned>());
                cu2hip::cg::reduce_store_async(g, range + 2, peak, cu2hip::cg::plus<int>());
                return before;
            }
            """, options: TranslationOptions(), fileName: "include/scan.cuh"),
            // In inactive code and macro bodies clang resolves nothing: the namespace or its alias decides.
            Example("""
            #include <cooperative_groups.h>
            #include <cooperative_groups/reduce.h>
            namespace cg = cooperative_groups;
            #define WARP_MAX(tile, v) cg::reduce(tile, v, cg::greater<float>())
            #ifdef USE_COALESCED
            __device__ float top(float v) { return cooperative_groups::reduce(cg::coalesced_threads(), v, cg::greater<float>()); }
            #endif
            """, """
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            #include "cu2hip/cooperative_groups_reduce.h"
            namespace cg = cooperative_groups;
            #define WARP_MAX(tile, v) cu2hip::cg::reduce(tile, v, cu2hip::cg::greater<float>())
            #ifdef USE_COALESCED
            __device__ float top(float v) { return cu2hip::cg::reduce(cg::coalesced_threads(), v, cu2hip::cg::greater<float>()); }
            #endif
            """, fileName: "max.cuh"),
            // An atomic update through cuda::atomic_ref has no HIP counterpart: reported.
            Example("""
            #include <cooperative_groups.h>
            #include <cooperative_groups/reduce.h>
            namespace cg = cooperative_groups;
            template <typename Ref> __device__ void add(cg::thread_block_tile<32> tile, Ref& total, int v) {
                cg::reduce_update_async(tile, total, v, cg::plus<int>());
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            #include "cu2hip/cooperative_groups_reduce.h"
            namespace cg = cooperative_groups;
            template <typename Ref> __device__ void add(cg::thread_block_tile<32> tile, Ref& total, int v) {
                cg::reduce_update_async(tile, total, v, cu2hip::cg::plus<int>());
            }
            """, fileName: "update.cuh", reports: ["5: 'reduce_update_async' (an atomic update through cuda::atomic_ref) has no HIP counterpart"]),
        ],
        nonTriggering: [
            // The project's own reduce and operators, and HIP code that already uses the support header.
            Example("""
            #include <hip/hip_runtime.h>
            #include <hip/hip_cooperative_groups.h>
            #include "cu2hip/cooperative_groups_reduce.h"
            namespace cg = cooperative_groups;
            namespace mine { template <typename T> struct plus { __device__ T operator()(T a, T b) const { return a + b; } }; }
            template <typename G, typename T, typename Op> __device__ T reduce(G g, T v, Op op) { return op(v, v); }
            __device__ float twice(cg::thread_block_tile<32> tile, float v) {
                return reduce(tile, v, mine::plus<float>()) + cu2hip::cg::reduce(tile, v, cu2hip::cg::plus<float>());
            }
            """, fileName: "own.cpp"),
        ])

    public static var specialNames: Set<String> { CooperativeGroupsSupport.names.union(unsupported) }

    public static func writtenName(for name: String) -> String? {
        CooperativeGroupsSupport.names.contains(name) ? CooperativeGroupsSupport.namespacePrefix + name : nil
    }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        if includesCUDAHeader(context) { output.use(CooperativeGroupsSupport.header) }
        let aliases = Self.namespaceAliases(in: stream)
        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            let supported = CooperativeGroupsSupport.names.contains(token.spelling)
            guard supported || Self.unsupported.contains(token.spelling),
                  let first = Self.cudaUse(token, aliases: aliases, stream) else { continue }
            output.references.found += 1
            output.claimed.insert(token.index)
            guard supported else {
                output.references.unsupported += 1
                output.report(token.range.start, .warning, rule: identifier,
                              "'\(token.spelling)' (an atomic update through cuda::atomic_ref) has no HIP counterpart: "
                                  + "reduce with cu2hip::cg::reduce and update the value from rank 0 with an atomic (atomicAdd, atomicMax, ...)",
                              name: token.spelling)
                continue
            }
            output.references.converted += 1
            output.usesRuntime = true
            output.claim(from: first, through: token.index, in: stream)
            output.edit(stream.range(from: first, to: token.index), CooperativeGroupsSupport.namespacePrefix + token.spelling, rule: identifier)
            output.use(CooperativeGroupsSupport.header)
        }
    }

    /// True when the file includes `cooperative_groups/reduce.h` or `scan.h` (not a project file of that name).
    private func includesCUDAHeader(_ context: RuleContext) -> Bool {
        IncludeRule.includeDirectives(in: context.stream).contains { include in
            Self.cudaHeaders.contains(include.header) && !IncludeRule.resolvesInsideProject(include, context)
        }
    }

    /// If `token` names CUDA's declaration, the index of the first token of its qualified name
    /// (`cg::`, `::cooperative_groups::`), or the token itself when it is unqualified.
    static func cudaUse(_ token: SourceToken, aliases: Set<String>, _ stream: TokenStream) -> Int? {
        guard let (first, head) = qualifier(of: token.index, stream) else { return nil }
        if let reference = token.token.reference, reference.declarationKind != nil, !reference.declarationFile.isEmpty,
           reference.cursorKind != "UsingDeclaration" {
            return declarationFiles.contains(reference.declarationFile) ? first : nil
        }
        // Nothing resolved: only a name qualified by the namespace (or an alias of it) is known to be CUDA's.
        guard let head, head == "cooperative_groups" || aliases.contains(head) else { return nil }
        return first
    }

    /// The first token of the qualifier before `index` (namespace names joined by `::`, with a
    /// leading `::`), and the qualifier's outermost name; `(index, nil)` when there is none, nil
    /// for a qualifier this rule does not rewrite (a class template's, `S<T>::`).
    static func qualifier(of index: Int, _ stream: TokenStream) -> (first: Int, head: String?)? {
        let first = stream.qualifierStart(of: index)
        guard stream[first].spelling == "::" else { return (first, first == index ? nil : stream[first].spelling) }
        if let before = stream.previous(before: first), stream[before].spelling == ">" { return nil }
        let head = stream.next(after: first).flatMap { $0 == index ? nil : stream[$0].spelling }
        return (first, head)
    }

    /// Names the file declares as aliases of the namespace: `namespace cg = cooperative_groups;`.
    static func namespaceAliases(in stream: TokenStream) -> Set<String> {
        var aliases: Set<String> = []
        for token in stream.tokens where token.kind == .keyword && token.spelling == "namespace" {
            guard let name = stream.next(after: token.index), stream[name].kind == .identifier,
                  let equals = stream.next(after: name), stream[equals].spelling == "=",
                  var target = stream.next(after: equals) else { continue }
            if stream[target].spelling == "::", let next = stream.next(after: target) { target = next }
            guard stream[target].spelling == "cooperative_groups",
                  let end = stream.next(after: target), stream[end].spelling == ";" else { continue }
            aliases.insert(stream[name].spelling)
        }
        return aliases
    }
}
