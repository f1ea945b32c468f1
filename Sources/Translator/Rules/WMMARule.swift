import Clang
import Mapping
import Reporting

/// CUDA's warp matrix functions (`nvcuda::wmma`, <mma.h>) become rocWMMA's (`rocwmma`,
/// <rocwmma/rocwmma.hpp>, ROCm 5.2 on), which keeps their names: `fragment`, `matrix_a`,
/// `matrix_b`, `accumulator`, `row_major`, `col_major`, `layout_t`, `mem_row_major`,
/// `mem_col_major`, `fill_fragment`, `load_matrix_sync`, `mma_sync`, `store_matrix_sync`. Only
/// the namespace changes: `nvcuda::wmma::` becomes `rocwmma::`, and `using namespace nvcuda;`
/// (after which code writes `wmma::`) becomes `namespace wmma = rocwmma;`.
///
/// What rocWMMA lacks (checked against rocWMMA 1.5's headers, ROCm 6.3) is reported and left as
/// written: fragments other than m16n16k16 (rocWMMA's blocks are square, 16 or 32 wide, so
/// m32n8k16, m8n32k16 and the 8x8 shapes have no counterpart), unsigned 8-bit fragments (no u8
/// MFMA), tf32 (`precision::tf32`, `__float_to_tf32`), the sub-byte types and `bmma_sync`
/// (`experimental::`), and `mma_sync`'s saturation argument. Two differences are fixed in place:
/// `mma_sync(d, a, b, c, false)` loses its `false` (rocWMMA's takes four fragments), and
/// `fill_fragment`'s value is cast to the fragment's element type where it is not of that type
/// already (rocWMMA deduces the type from both arguments; CUDA converts the value).
///
/// A fragment belongs to a warp in CUDA and to a wavefront in rocWMMA: 64 threads on CDNA (gfx9),
/// 32 on RDNA3. In a file using WMMA, a thread index divided by (or taken modulo) the literal 32
/// is reported: tile indices computed per 32 threads split a 64-wide wavefront between two tiles.
public struct WMMARule: Rule {
    /// The first ROCm release with rocWMMA (0.7, namespace `rocwmma`).
    static let since = Version([5, 2])

    /// WMMA names rocWMMA declares the same way in namespace `rocwmma`.
    static let api: Set<String> = [
        "fragment", "matrix_a", "matrix_b", "accumulator", "row_major", "col_major", "layout_t",
        "mem_row_major", "mem_col_major", "fill_fragment", "load_matrix_sync", "mma_sync", "store_matrix_sync",
    ]

    /// WMMA names rocWMMA has nothing for, with the reason.
    static let unsupported: [String: String] = [
        "tf32": "'wmma::precision::tf32' has no rocWMMA counterpart on gfx908, gfx90a or RDNA3 (rocWMMA's xfloat32_t exists only for gfx940-gfx942 and loads xfloat32_t data, not float); float fragments (m16n16kK, K a multiple of 4, CDNA only) compute in full fp32",
        "__float_to_tf32": "'wmma::__float_to_tf32' has no rocWMMA counterpart: rocWMMA has no tf32 fragments on gfx908, gfx90a or RDNA3",
        "bmma_sync": "'wmma::bmma_sync' (1-bit matrix multiply) has no rocWMMA counterpart: rocWMMA has no 1-bit types",
        "s4": "'wmma::experimental::precision::s4' (4-bit integers) has no rocWMMA counterpart: its smallest integer type is int8",
        "u4": "'wmma::experimental::precision::u4' (4-bit integers) has no rocWMMA counterpart: its smallest integer type is int8",
        "b1": "'wmma::experimental::precision::b1' (1-bit values) has no rocWMMA counterpart: rocWMMA has no 1-bit types",
        "bmmaBitOpXOR": "'wmma::experimental::bmmaBitOpXOR' belongs to bmma_sync, which has no rocWMMA counterpart",
        "bmmaBitOpAND": "'wmma::experimental::bmmaBitOpAND' belongs to bmma_sync, which has no rocWMMA counterpart",
        "bmmaAccumulateOpPOPC": "'wmma::experimental::bmmaAccumulateOpPOPC' belongs to bmma_sync, which has no rocWMMA counterpart",
    ]

    /// CUDA's half conversions: their result is already a `__half`.
    static let halfConversions: Set<String> = [
        "__float2half", "__float2half_rn", "__double2half", "__int2half_rn", "__uint2half_rn", "__short2half_rn",
        "__ushort2half_rn", "__ll2half_rn", "__ull2half_rn",
    ]

    public static let description = RuleDescription(
        identifier: "wmma",
        name: "WMMA to rocWMMA",
        summary: "Moves CUDA's warp matrix functions (nvcuda::wmma, mma.h) to rocWMMA (rocwmma, rocwmma/rocwmma.hpp), which keeps their names; casts fill_fragment's value to the fragment's type and drops mma_sync's false satf; reports shapes and types rocWMMA lacks (m32n8k16, m8n32k16, 8x8, u8, tf32, sub-byte, bmma_sync) and thread indices divided by 32 (a rocWMMA fragment spans a 64-wide wavefront on CDNA).",
        corrections: [
            // `using namespace nvcuda;` leaves `wmma::` in the code: an alias keeps it meaning rocWMMA.
            Example("""
            #include <mma.h>
            using namespace nvcuda;
            __global__ void tile(const half* a, const half* b, float* c, int ld) {
                wmma::fragment<wmma::matrix_a, 16, 16, 16, half, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_b, 16, 16, 16, half, wmma::col_major> fb;
                wmma::fragment<wmma::accumulator, 16, 16, 16, float> acc;
                wmma::fill_fragment(acc, 0.0f);
                wmma::load_matrix_sync(fa, a, ld);
                wmma::load_matrix_sync(fb, b, ld);
                wmma::mma_sync(acc, fa, fb, acc);
                wmma::store_matrix_sync(c, acc, ld, wmma::mem_row_major);
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <rocwmma/rocwmma.hpp>
            namespace wmma = rocwmma;
            __global__ void tile(const half* a, const half* b, float* c, int ld) {
                wmma::fragment<wmma::matrix_a, 16, 16, 16, half, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_b, 16, 16, 16, half, wmma::col_major> fb;
                wmma::fragment<wmma::accumulator, 16, 16, 16, float> acc;
                wmma::fill_fragment(acc, 0.0f);
                wmma::load_matrix_sync(fa, a, ld);
                wmma::load_matrix_sync(fb, b, ld);
                wmma::mma_sync(acc, fa, fb, acc);
                wmma::store_matrix_sync(c, acc, ld, wmma::mem_row_major);
            }
            """),
            // Qualified names, an alias and a using-directive; a half accumulator filled with a
            // float, and mma_sync's satf argument.
            Example("""
            #include <mma.h>
            #include <cuda_fp16.h>
            __device__ void step(const __half* a, const __half* b, __half* c, unsigned ld) {
                nvcuda::wmma::fragment<nvcuda::wmma::matrix_a, 16, 16, 16, __half, nvcuda::wmma::col_major> fa;
                namespace w = nvcuda::wmma;
                w::fragment<w::matrix_b, 16, 16, 16, __half, w::row_major> fb;
                nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, __half> acc;
                nvcuda::wmma::fill_fragment(acc, 0.0f);
                nvcuda::wmma::load_matrix_sync(fa, a, ld);
                w::load_matrix_sync(fb, b, ld);
                nvcuda::wmma::mma_sync(acc, fa, fb, acc, false);
                nvcuda::wmma::store_matrix_sync(c, acc, ld, nvcuda::wmma::mem_col_major);
            }
            namespace tiles {
            using namespace nvcuda::wmma;
            __device__ void clear(fragment<accumulator, 16, 16, 16, float>& acc, float zero) { fill_fragment(acc, zero); }
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <rocwmma/rocwmma.hpp>
            #include <hip/hip_fp16.h>
            __device__ void step(const __half* a, const __half* b, __half* c, unsigned ld) {
                rocwmma::fragment<rocwmma::matrix_a, 16, 16, 16, __half, rocwmma::col_major> fa;
                namespace w = rocwmma;
                w::fragment<w::matrix_b, 16, 16, 16, __half, w::row_major> fb;
                rocwmma::fragment<rocwmma::accumulator, 16, 16, 16, __half> acc;
                rocwmma::fill_fragment(acc, static_cast<__half>(0.0f));
                rocwmma::load_matrix_sync(fa, a, ld);
                w::load_matrix_sync(fb, b, ld);
                rocwmma::mma_sync(acc, fa, fb, acc);
                rocwmma::store_matrix_sync(c, acc, ld, rocwmma::mem_col_major);
            }
            namespace tiles {
            using namespace rocwmma;
            __device__ void clear(fragment<accumulator, 16, 16, 16, float>& acc, float zero) { fill_fragment(acc, zero); }
            }
            """),
            // Shapes and types rocWMMA lacks stay as written; a warp index from `/ 32` is reported.
            Example("""
            #include <mma.h>
            using namespace nvcuda;
            #define M 32
            __global__ void tall(const half* a, const half* b, float* c, const signed char* q, const unsigned char* u, int* r) {
                int warp = (blockIdx.x * blockDim.x + threadIdx.x) / 32;
                wmma::fragment<wmma::matrix_a, M, 8, 16, half, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_a, 16, 16, 8, wmma::precision::tf32, wmma::row_major> ft;
                wmma::fragment<wmma::matrix_a, 16, 16, 16, signed char, wmma::row_major> fq;
                wmma::fragment<wmma::matrix_b, 16, 16, 16, unsigned char, wmma::col_major> fu;
                wmma::fragment<wmma::accumulator, 16, 16, 16, int> acc;
                wmma::fill_fragment(acc, 0);
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <rocwmma/rocwmma.hpp>
            namespace wmma = rocwmma;
            #define M 32
            __global__ void tall(const half* a, const half* b, float* c, const signed char* q, const unsigned char* u, int* r) {
                int warp = (blockIdx.x * blockDim.x + threadIdx.x) / 32;
                wmma::fragment<wmma::matrix_a, M, 8, 16, half, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_a, 16, 16, 8, wmma::precision::tf32, wmma::row_major> ft;
                wmma::fragment<wmma::matrix_a, 16, 16, 16, signed char, wmma::row_major> fq;
                wmma::fragment<wmma::matrix_b, 16, 16, 16, unsigned char, wmma::col_major> fu;
                wmma::fragment<wmma::accumulator, 16, 16, 16, int> acc;
                wmma::fill_fragment(acc, 0);
            }
            """, reports: [
                "5: '(blockIdx.x * blockDim.x + threadIdx.x) / 32' counts threads in 32s",
                "6: WMMA fragments of shape m32n8k16 have no rocWMMA counterpart",
                "7: 'wmma::precision::tf32' has no rocWMMA counterpart",
                "8: int8 fragments m16n16k16 need K a multiple of 32 on gfx940-gfx942",
                "9: unsigned 8-bit fragments have no rocWMMA counterpart",
            ]),
            // 1-bit and tf32 operations, and a saturating mma_sync, stay as written.
            Example("""
            #include <mma.h>
            __global__ void bits(int* c) {
                using namespace nvcuda;
                wmma::fragment<wmma::matrix_a, 8, 8, 128, wmma::experimental::precision::b1, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_b, 8, 8, 128, wmma::experimental::precision::b1, wmma::col_major> fb;
                wmma::fragment<wmma::accumulator, 8, 8, 128, int> acc;
                wmma::bmma_sync(acc, fa, fb, acc, wmma::experimental::bmmaBitOpAND);
            }
            __device__ float round(float x) { return nvcuda::wmma::__float_to_tf32(x); }
            __device__ void clamped(nvcuda::wmma::fragment<nvcuda::wmma::accumulator, 16, 16, 16, float>& d,
                                    const nvcuda::wmma::fragment<nvcuda::wmma::matrix_a, 16, 16, 16, half, nvcuda::wmma::row_major>& a,
                                    const nvcuda::wmma::fragment<nvcuda::wmma::matrix_b, 16, 16, 16, half, nvcuda::wmma::col_major>& b) {
                nvcuda::wmma::mma_sync(d, a, b, d, true);
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <rocwmma/rocwmma.hpp>
            __global__ void bits(int* c) {
                namespace wmma = rocwmma;
                wmma::fragment<wmma::matrix_a, 8, 8, 128, wmma::experimental::precision::b1, wmma::row_major> fa;
                wmma::fragment<wmma::matrix_b, 8, 8, 128, wmma::experimental::precision::b1, wmma::col_major> fb;
                wmma::fragment<wmma::accumulator, 8, 8, 128, int> acc;
                wmma::bmma_sync(acc, fa, fb, acc, wmma::experimental::bmmaBitOpAND);
            }
            __device__ float round(float x) { return nvcuda::wmma::__float_to_tf32(x); }
            __device__ void clamped(rocwmma::fragment<rocwmma::accumulator, 16, 16, 16, float>& d,
                                    const rocwmma::fragment<rocwmma::matrix_a, 16, 16, 16, half, rocwmma::row_major>& a,
                                    const rocwmma::fragment<rocwmma::matrix_b, 16, 16, 16, half, rocwmma::col_major>& b) {
                rocwmma::mma_sync(d, a, b, d, true);
            }
            """, reports: [
                "4: WMMA fragments of shape m8n8k128 have no rocWMMA counterpart",
                "5: WMMA fragments of shape m8n8k128 have no rocWMMA counterpart",
                "6: WMMA fragments of shape m8n8k128 have no rocWMMA counterpart",
                "7: 'wmma::bmma_sync' (1-bit matrix multiply) has no rocWMMA counterpart",
                "7: 'wmma::experimental::bmmaBitOpAND' belongs to bmma_sync",
                "9: 'wmma::__float_to_tf32' has no rocWMMA counterpart",
                "13: mma_sync's satf argument (saturate to finite values) has no rocWMMA counterpart",
            ]),
            // Below ROCm 5.2 there is no rocWMMA: the include rule reports mma.h, nothing else changes.
            Example("""
            #include <cuda_runtime.h>
            #include <mma.h>
            using namespace nvcuda;
            __device__ void clear(wmma::fragment<wmma::accumulator, 16, 16, 16, float>& acc) { wmma::fill_fragment(acc, 0); }
            """, """
            #include <hip/hip_runtime.h>
            #include <mma.h>
            using namespace nvcuda;
            __device__ void clear(wmma::fragment<wmma::accumulator, 16, 16, 16, float>& acc) { wmma::fill_fragment(acc, 0); }
            """, options: TranslationOptions(rocmVersion: Version([5, 1]))),
        ],
        nonTriggering: [
            // rocWMMA code already, and a project's own `wmma` namespace.
            Example("""
            #include <rocwmma/rocwmma.hpp>
            namespace wmma { struct fragment { float x[8]; }; inline void fill_fragment(fragment& f, float v) { f.x[0] = v; } }
            void clear(wmma::fragment& f) { wmma::fill_fragment(f, 0); int lane = 33 / 32; (void)lane; }
            """, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { api.union(unsupported.keys).union(["nvcuda", "wmma"]) }

    /// `nvcuda::wmma::` becomes `rocwmma::` (`explain nvcuda` shows that line of an example).
    public static func writtenName(for name: String) -> String? { name == "nvcuda" ? "rocwmma::" : nil }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        guard context.options.rocmVersion >= Self.since, usesWMMA(context) else { return }
        output.usesRuntime = true
        // Spans (first...last token) of what stays as written: unsupported fragments.
        var kept: [ClosedRange<Int>] = []
        for token in stream.tokens where token.kind == .identifier && token.spelling == "fragment" && isWMMA(token, context) {
            checkFragment(at: token.index, context, &kept, &output)
        }
        func isKept(_ index: Int) -> Bool { kept.contains { $0.contains(index) } }
        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) && !isKept(token.index) {
            if token.spelling == "nvcuda" {
                rewriteNamespace(at: token.index, context, &output)
            } else if let reason = Self.unsupported[token.spelling], isWMMA(token, context) {
                output.references.found += 1
                output.references.unsupported += 1
                output.claimed.insert(token.index)
                output.report(token.range.start, .warning, rule: identifier, reason + "; left as written", name: token.spelling)
            } else if Self.api.contains(token.spelling), isWMMA(token, context) {
                output.references.found += 1
                output.claimed.insert(token.index)
                if token.spelling == "mma_sync", !dropSaturation(at: token.index, context, &output) {
                    output.references.unsupported += 1
                    continue
                }
                output.references.converted += 1
                if token.spelling == "fill_fragment" { castFillValue(at: token.index, context, kept, &output) }
            }
        }
        reportWarpsOf32(context, &output)
        noteLanguageStandard(context, &output)
    }

    /// rocWMMA's headers need C++17, which HIP 5.x's hipcc does not select by default (Debian's
    /// passes -std=c++11): said once, at the include that becomes rocWMMA's.
    private func noteLanguageStandard(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for include in IncludeRule.includeDirectives(in: stream)
        where include.header == "mma.h" && !IncludeRule.resolvesInsideProject(include, context) {
            output.report(stream[include.directive.hashIndex].range.start, .info, rule: identifier,
                          "rocWMMA's headers need C++17: compile with -std=c++17 (hipcc from HIP 5.x defaults to an older standard)",
                          name: "mma.h")
            return
        }
    }

    // MARK: - Which tokens are WMMA's

    /// True when the file refers to a WMMA declaration, or names `nvcuda` as a namespace (code
    /// clang could not resolve).
    private func usesWMMA(_ context: RuleContext) -> Bool {
        context.stream.tokens.contains { token in
            guard token.kind == .identifier else { return false }
            if let reference = token.token.reference, Self.isWMMAHeader(reference.declarationFile), !reference.isDeclaration {
                return !APIRenameRule.refersToProjectDeclaration(token, projectRoots: context.facts.projectRoots)
            }
            return token.spelling == "nvcuda" && token.token.reference?.declarationKind == nil && isNamespaceSyntax(token.index, context.stream)
        }
    }

    /// CUDA's mma.h (cu2hip's own declarations, or a CUDA installation's `crt/mma.h`/`mma.hpp`).
    static func isWMMAHeader(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name == "mma.h" || name == "mma.hpp"
    }

    /// A WMMA name: the AST says it is declared in mma.h; without the AST, it is qualified by a
    /// chain holding `wmma` (`wmma::mma_sync`, `nvcuda::wmma::precision::tf32`).
    private func isWMMA(_ token: SourceToken, _ context: RuleContext) -> Bool {
        if let reference = token.token.reference, reference.declarationKind != nil {
            return Self.isWMMAHeader(reference.declarationFile)
                && !APIRenameRule.refersToProjectDeclaration(token, projectRoots: context.facts.projectRoots)
        }
        let stream = context.stream
        var cursor = token.index
        while let separator = stream.previous(before: cursor), stream[separator].spelling == "::",
              let qualifier = stream.previous(before: separator), stream[qualifier].kind == .identifier {
            if stream[qualifier].spelling == "wmma" { return true }
            cursor = qualifier
        }
        return false
    }

    /// `nvcuda::` (not `x.nvcuda::`, `other::nvcuda::`), `using namespace nvcuda`, `= nvcuda;`.
    private func isNamespaceSyntax(_ index: Int, _ stream: TokenStream) -> Bool {
        let previous = stream.previous(before: index)
        let previousSpelling = previous.map { stream[$0].spelling }
        if previousSpelling == "." || previousSpelling == "->" { return false }
        if previousSpelling == "::", let previous, let before = stream.previous(before: previous),
           stream[before].kind == .identifier || stream[before].spelling == ">" { return false }
        if let next = stream.next(after: index), stream[next].spelling == "::" { return previousSpelling != "namespace" || isUsingNamespace(index, stream) }
        return isUsingNamespace(index, stream) || previousSpelling == "="
    }

    private func isUsingNamespace(_ index: Int, _ stream: TokenStream) -> Bool {
        guard let keyword = stream.previous(before: index), stream[keyword].spelling == "namespace",
              let using = stream.previous(before: keyword) else { return false }
        return stream[using].spelling == "using"
    }

    // MARK: - Namespace

    private func rewriteNamespace(at index: Int, _ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        if let reference = stream[index].token.reference, reference.declarationKind != nil {
            guard reference.declarationKind == "Namespace", Self.isWMMAHeader(reference.declarationFile) else { return }
        } else if !isNamespaceSyntax(index, stream) {
            return
        }
        let next = stream.next(after: index)
        if let separator = next, stream[separator].spelling == "::" {
            // nvcuda::wmma → rocwmma; nvcuda::wmma::experimental::..., ::precision::tf32, ::bmma_sync, ...
            // have nothing in rocWMMA: they stay as written (and are reported by name).
            guard let name = stream.next(after: separator), stream[name].spelling == "wmma" else { return }
            if let after = stream.next(after: name), stream[after].spelling == "::", let member = stream.next(after: after),
               ["experimental", "precision"].contains(stream[member].spelling) || Self.unsupported[stream[member].spelling] != nil { return }
            output.references.found += 1
            output.references.converted += 1
            output.claim(from: index, through: name, in: stream)
            output.edit(stream.range(from: index, to: name), "rocwmma", rule: identifier)
        } else if let end = next, stream[end].spelling == ";", isUsingNamespace(index, stream),
                  let keyword = stream.previous(before: index), let using = stream.previous(before: keyword) {
            // `using namespace nvcuda;` lets code write `wmma::x`: the alias keeps that working.
            output.references.found += 1
            output.references.converted += 1
            output.claim(from: using, through: index, in: stream)
            output.edit(stream.range(from: using, to: index), "namespace wmma = rocwmma", rule: identifier)
        } else if let equals = stream.previous(before: index), stream[equals].spelling == "=",
                  let alias = stream.previous(before: equals), let keyword = stream.previous(before: alias),
                  stream[keyword].spelling == "namespace" {
            output.references.found += 1
            output.references.unsupported += 1
            output.claimed.insert(index)
            output.report(stream[index].range.start, .warning, rule: identifier,
                          "an alias of 'nvcuda' has no rocWMMA counterpart: rocWMMA's names sit directly in namespace rocwmma (nvcuda::wmma::x is rocwmma::x); alias rocwmma as the code's wmma instead; left as written",
                          name: "nvcuda")
        }
    }

    // MARK: - Fragments

    /// Reports a fragment rocWMMA cannot declare and keeps it as written.
    private func checkFragment(at index: Int, _ context: RuleContext, _ kept: inout [ClosedRange<Int>], _ output: inout RuleOutput) {
        let stream = context.stream
        guard let open = stream.next(after: index), stream[open].spelling == "<",
              let (close, arguments) = templateArguments(open: open, stream), arguments.count >= 5 else { return }
        let shape = arguments[1...3].map { integerValue(of: $0, stream) }
        let role = argumentText(arguments[0], stream).split(separator: ":").last.map(String.init) ?? ""
        let type = argumentText(arguments[4], stream)
        let message: String
        if let m = shape[0], let n = shape[1], let k = shape[2], !(m == n && (m == 16 || m == 32)) {
            let name = "m\(m)n\(n)k\(k)"
            let why = m == n
                ? (m == 8 ? (k == 4 ? "rocWMMA's double fragments are m16n16kK (K a multiple of 4; gfx90a and later)" : "rocWMMA has no 8x8 blocks, nor 4-bit or 1-bit types")
                    : "rocWMMA's blocks are 16x16, or 32x32 on CDNA (gfx9)")
                : "rocWMMA's blocks are square (BlockM == BlockN: 16, or 32 on CDNA): retile as m16n16k16"
            message = "WMMA fragments of shape \(name) have no rocWMMA counterpart: \(why); left as written"
        } else if ["unsigned char", "uint8_t", "std::uint8_t"].contains(type) {
            message = "unsigned 8-bit fragments have no rocWMMA counterpart (no u8 MFMA or WMMA instruction): use signed char data with an int accumulator; left as written"
        } else {
            if ["signed char", "int8_t", "std::int8_t"].contains(type), role == "matrix_a" || role == "matrix_b",
               shape[2].map({ $0 % 32 != 0 }) ?? false {
                output.report(stream[index].range.start, .info, rule: identifier,
                              "int8 fragments m16n16k16 need K a multiple of 32 on gfx940-gfx942 (MI300): rocWMMA builds them for gfx908, gfx90a and RDNA3 only",
                              name: "fragment")
            }
            return
        }
        let first = stream.qualifierStart(of: index)
        kept.append(first...close)
        output.claim(from: first, through: close, in: stream)
        output.references.found += 1
        output.references.unsupported += 1
        output.report(stream[index].range.start, .warning, rule: identifier, message, name: "fragment")
    }

    /// The `>` closing the template argument list opened at `open`, and its arguments.
    private func templateArguments(open: Int, _ stream: TokenStream) -> (close: Int, arguments: [CallArgument])? {
        var arguments: [CallArgument] = []
        var angles = 1
        var brackets = 0
        var first: Int?
        var last: Int?
        var cursor = stream.next(after: open)
        while let index = cursor {
            let spelling = stream[index].spelling
            switch spelling {
            case "(", "[", "{": brackets += 1
            case ")", "]", "}": brackets -= 1
            case ";": return nil
            case "<": if brackets == 0 { angles += 1 }
            case ">", ">>":
                if brackets == 0 {
                    angles -= spelling.count
                    if angles == 0 {
                        arguments.append(CallArgument(first: first, last: last, comma: nil))
                        return (index, arguments)
                    }
                    if angles < 0 { return nil }
                }
            default: break
            }
            if brackets < 0 { return nil }
            if spelling == ",", angles == 1, brackets == 0 {
                arguments.append(CallArgument(first: first, last: last, comma: index))
                first = nil
                last = nil
            } else {
                if first == nil { first = index }
                last = index
            }
            cursor = stream.next(after: index)
        }
        return nil
    }

    /// An argument's tokens joined by single spaces, `::` joined without (`signed char`, `wmma::row_major`).
    private func argumentText(_ argument: CallArgument, _ stream: TokenStream) -> String {
        guard let first = argument.first, let last = argument.last else { return "" }
        var text = ""
        var previous: String?
        for index in first...last where stream[index].directive == stream[first].directive {
            let spelling = stream[index].spelling
            if let previous, previous != "::", spelling != "::" { text += " " }
            text += spelling
            previous = spelling
        }
        return text
    }

    /// The value of an argument that is an integer literal, or a name the file defines as one
    /// (`#define WMMA_M 16`, `const int WMMA_M = 16;`, an enumerator).
    private func integerValue(of argument: CallArgument, _ stream: TokenStream) -> Int? {
        guard let first = argument.first, first == argument.last else { return nil }
        let token = stream[first]
        if token.kind == .literal { return Self.integerLiteral(token.spelling) }
        guard token.kind == .identifier else { return nil }
        var values: Set<Int> = []
        for directive in stream.directives where directive.name == "define" && directive.lastIndex == directive.hashIndex + 3 {
            let name = stream[directive.hashIndex + 2]
            let value = stream[directive.hashIndex + 3]
            if name.spelling == token.spelling, value.kind == .literal, let number = Self.integerLiteral(value.spelling) {
                values.insert(number)
            }
        }
        for declaration in stream.tokens where declaration.spelling == token.spelling && declaration.token.reference?.isDeclaration == true {
            guard let equals = stream.next(after: declaration.index), stream[equals].spelling == "=",
                  let value = stream.next(after: equals), stream[value].kind == .literal,
                  let end = stream.next(after: value), [";", ",", "}"].contains(stream[end].spelling),
                  let number = Self.integerLiteral(stream[value].spelling) else { continue }
            values.insert(number)
        }
        return values.count == 1 ? values.first : nil
    }

    /// A decimal or hexadecimal integer literal's value (suffixes u, l ignored).
    static func integerLiteral(_ spelling: String) -> Int? {
        var digits = Substring(spelling)
        while let last = digits.last, "uUlL".contains(last) { digits = digits.dropLast() }
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { return Int(digits.dropFirst(2), radix: 16) }
        return Int(digits)
    }

    // MARK: - Calls

    /// `mma_sync(d, a, b, c, false)`: rocWMMA's mma_sync has no satf argument; `false` is what
    /// it does anyway, anything else is reported.
    /// False when the call keeps an argument rocWMMA lacks.
    private func dropSaturation(at index: Int, _ context: RuleContext, _ output: inout RuleOutput) -> Bool {
        let stream = context.stream
        guard let call = stream.call(at: index), call.arguments.count == 5 else { return true }
        let satf = call.arguments[4]
        if let first = satf.first, first == satf.last, stream[first].spelling == "false", let comma = call.arguments[3].comma {
            output.edit(stream.range(from: comma, to: first), "", rule: identifier)
            return true
        }
        output.report(stream[index].range.start, .warning, rule: identifier,
                      "mma_sync's satf argument (saturate to finite values) has no rocWMMA counterpart: rocWMMA's mma_sync takes four fragments and does not saturate; clamp the accumulator yourself; the argument is left as written",
                      name: "mma_sync")
        return false
    }

    /// `fill_fragment(f, v)`: rocWMMA deduces the element type from `v` as well as from `f`, so
    /// `v` must have that type exactly; CUDA converts it. `v` is cast unless it has the type.
    private func castFillValue(at index: Int, _ context: RuleContext, _ kept: [ClosedRange<Int>], _ output: inout RuleOutput) {
        let stream = context.stream
        guard let call = stream.call(at: index), call.arguments.count == 2,
              let fragmentName = call.arguments[0].first, let value = call.arguments[1].first,
              let valueLast = call.arguments[1].last, isSimpleName(call.arguments[0], stream),
              let arguments = fragmentArguments(of: fragmentName, stream), arguments.count >= 5,
              let typeFirst = arguments[4].first, let typeLast = arguments[4].last,
              !kept.contains(where: { $0.contains(typeFirst) }) else { return }
        let type = argumentText(arguments[4], stream)
        if type.contains("precision") { return }
        if valueHasType(type, first: value, last: valueLast, stream) { return }
        output.insert(at: stream[value].range.start, "static_cast<\(renderedType(from: typeFirst, to: typeLast, context))>(", rule: identifier)
        output.insert(at: stream[valueLast].range.end, ")", rule: identifier)
    }

    /// `name` or `name[i][j]`.
    private func isSimpleName(_ argument: CallArgument, _ stream: TokenStream) -> Bool {
        guard let first = argument.first, let last = argument.last, stream[first].kind == .identifier else { return false }
        var cursor = first
        while cursor != last {
            guard let next = stream.next(after: cursor), stream[next].spelling == "[", let close = stream.matchingClose(of: next) else { return false }
            cursor = close
        }
        return true
    }

    /// The template arguments of the fragment type the variable at `use` is declared with: the
    /// nearest declaration of that name before it, written `fragment<...> name`, `fragment<...>& name`,
    /// `fragment<...> other, name`, or through a type alias of such a fragment.
    private func fragmentArguments(of use: Int, _ stream: TokenStream) -> [CallArgument]? {
        guard let declaration = nearestDeclaration(of: stream[use].spelling, before: use, stream) else { return nil }
        guard var cursor = stream.previous(before: declaration) else { return nil }
        while true {
            let spelling = stream[cursor].spelling
            if ["&", "&&", "*", "const", "volatile", "__restrict__"].contains(spelling) {
                guard let previous = stream.previous(before: cursor) else { return nil }
                cursor = previous
            } else if spelling == "," {
                // Another declarator of the same declaration: `other` or `other[2]`.
                guard var previous = stream.previous(before: cursor) else { return nil }
                while stream[previous].spelling == "]" {
                    guard let open = stream.matchingOpen(of: previous), let before = stream.previous(before: open) else { return nil }
                    previous = before
                }
                guard stream[previous].kind == .identifier, let before = stream.previous(before: previous) else { return nil }
                cursor = before
            } else {
                break
            }
        }
        if stream[cursor].spelling == ">" { return fragmentArguments(closingAt: cursor, stream) }
        // A type alias: `using Acc = wmma::fragment<...>;` or `typedef wmma::fragment<...> Acc;`.
        guard stream[cursor].kind == .identifier, let alias = nearestDeclaration(of: stream[cursor].spelling, before: cursor, stream) else { return nil }
        if let equals = stream.next(after: alias), stream[equals].spelling == "=" {
            var index = equals
            while let next = stream.next(after: index), stream[next].spelling != ";" {
                if stream[next].spelling == "fragment", let open = stream.next(after: next), stream[open].spelling == "<" {
                    return templateArguments(open: open, stream)?.arguments
                }
                index = next
            }
            return nil
        }
        guard let close = stream.previous(before: alias), stream[close].spelling == ">" else { return nil }
        return fragmentArguments(closingAt: close, stream)
    }

    /// The arguments of `fragment<...>` whose `>` is at `close`.
    private func fragmentArguments(closingAt close: Int, _ stream: TokenStream) -> [CallArgument]? {
        var depth = 0
        var cursor: Int? = close
        while let index = cursor {
            switch stream[index].spelling {
            case ">": depth += 1
            case ">>": depth += 2
            case "<":
                depth -= 1
                if depth == 0 {
                    guard let name = stream.previous(before: index), stream[name].spelling == "fragment",
                          let (end, arguments) = templateArguments(open: index, stream), end == close else { return nil }
                    return arguments
                }
            case ";", "{", "}": return nil
            default: break
            }
            cursor = stream.previous(before: index)
        }
        return nil
    }

    /// The closest token before `index` that declares `name`.
    private func nearestDeclaration(of name: String, before index: Int, _ stream: TokenStream) -> Int? {
        var cursor = stream.previous(before: index)
        while let current = cursor {
            if stream[current].spelling == name, stream[current].token.reference?.isDeclaration == true { return current }
            cursor = stream.previous(before: current)
        }
        return nil
    }

    /// True when the value `first...last` has the element type `type` already: a literal of that
    /// type (`0.0f` for float), a CUDA half conversion for half, or a variable declared with it.
    private func valueHasType(_ type: String, first: Int, last: Int, _ stream: TokenStream) -> Bool {
        var start = first
        if ["-", "+"].contains(stream[first].spelling), let next = stream.next(after: first) { start = next }
        if start == last, stream[start].kind == .literal { return Self.literalType(stream[start].spelling) == type }
        if ["half", "__half"].contains(type), Self.halfConversions.contains(stream[start].spelling),
           let call = stream.call(at: start), call.close == last { return true }
        guard start == last, stream[start].kind == .identifier,
              let declaration = nearestDeclaration(of: stream[start].spelling, before: start, stream) else { return false }
        var words: [String] = []
        var cursor = stream.previous(before: declaration)
        while let index = cursor, stream[index].kind == .identifier || stream[index].kind == .keyword {
            if !["const", "static", "constexpr", "volatile", "register"].contains(stream[index].spelling) {
                words.insert(stream[index].spelling, at: 0)
            }
            cursor = stream.previous(before: index)
        }
        return words.joined(separator: " ") == type
    }

    /// The type of a numeric literal, spelled: `float`, `double`, `int`, or nil for others.
    static func literalType(_ spelling: String) -> String? {
        let lower = spelling.lowercased()
        if lower.hasPrefix("0x") { return lower.last.map { "ul".contains($0) } == true ? nil : "int" }
        if lower.contains(".") || lower.contains("e") || lower.hasSuffix("f") {
            if lower.hasSuffix("f") { return "float" }
            return lower.hasSuffix("l") ? nil : "double"
        }
        return lower.last.map { "ul".contains($0) } == true ? nil : "int"
    }

    /// The element type's source text with CUDA names renamed as the rest of the file will be
    /// (`__nv_bfloat16` → `hip_bfloat16`).
    private func renderedType(from first: Int, to last: Int, _ context: RuleContext) -> String {
        let stream = context.stream
        var text = ""
        for index in first...last where stream[index].directive == stream[first].directive {
            if index > first, let previous = stream.previous(before: index) {
                text += stream.source.text(ByteRange(start: stream[previous].range.end.value, end: stream[index].range.start.value))
            }
            var spelling = stream[index].spelling
            if stream[index].kind == .identifier, let entry = context.database.entry(for: spelling),
               case let .available(name, _) = TargetResolver.resolve(entry, rocmVersion: context.options.rocmVersion, libraries: context.options.libraries) {
                spelling = name
            }
            text += spelling
        }
        return text
    }

    // MARK: - Warps of 32

    /// `threadIdx.x / 32`, `(blockIdx.x * blockDim.x + threadIdx.x) / 32`, `threadIdx.x % 32`,
    /// a host's `block.x / 32`: warp and lane indices, and warps per block, of 32-thread warps. A rocWMMA fragment spans a wavefront, 64 threads
    /// on CDNA, so such indices give its two halves different tiles.
    private func reportWarpsOf32(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .literal && Self.integerLiteral(token.spelling) == 32 {
            guard let operation = stream.previous(before: token.index), ["/", "%"].contains(stream[operation].spelling),
                  let operand = stream.previous(before: operation), let start = stream.expressionStart(endingAt: operand),
                  (start...operand).contains(where: { isThreadGeometry(stream[$0]) }) else { continue }
            output.report(stream[operation].range.start, .warning, rule: identifier,
                          "'\(stream.text(from: start, to: token.index))' counts threads in 32s, NVIDIA's warp size: a rocWMMA fragment belongs to a wavefront, 64 threads on CDNA (gfx9) and 32 on RDNA3, so warp and tile indices computed per 32 threads give the two halves of a wavefront different tiles; use warpSize in device code and the device's warpSize (hipDeviceProp_t) on the host, and launch whole wavefronts per tile")
        }
    }

    /// `threadIdx`, `blockDim`, or (with the AST) a member of a `dim3`/`uint3` (`block.x` of a
    /// host `dim3 block`, `blockIdx.x`).
    private func isThreadGeometry(_ token: SourceToken) -> Bool {
        guard token.kind == .identifier else { return false }
        if ["threadIdx", "blockDim"].contains(token.spelling) { return true }
        guard let reference = token.token.reference, reference.declarationKind == "FieldDecl" else { return false }
        return ["dim3", "uint3"].contains(reference.declarationParent ?? "")
    }
}
