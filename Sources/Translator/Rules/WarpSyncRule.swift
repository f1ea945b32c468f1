import Clang
import Foundation
import Mapping
import Reporting

/// CUDA's `*_sync` warp functions. ROCm 6.2 and later have them with 64-bit lane masks: a
/// full 32-bit mask literal becomes the full 64-bit mask, other masks are widened with a
/// warning. Before 6.2 they do not exist: the mask argument goes and the legacy functions
/// (`__shfl_down`, `__ballot`, ...) are used, with a warning that the mask was dropped.
public struct WarpSyncRule: Rule {
    /// CUDA name → name for ROCm before 6.2 (mask dropped).
    static let legacyNames: [String: String] = [
        "__shfl_sync": "__shfl", "__shfl_up_sync": "__shfl_up", "__shfl_down_sync": "__shfl_down",
        "__shfl_xor_sync": "__shfl_xor", "__ballot_sync": "__ballot", "__any_sync": "__any", "__all_sync": "__all",
    ]
    static let firstVersion = Version([6, 2])
    static let defaultOnVersion = Version([7, 0])
    private static let old = TranslationOptions(rocmVersion: Version([5, 2]))

    public static let description = RuleDescription(
        identifier: "warp-sync",
        name: "Warp synchronous functions",
        summary: "Rewrites __shfl_*_sync, __ballot_sync, __any_sync, __all_sync, __activemask and __syncwarp for the target ROCm: 64-bit masks from 6.2, legacy functions before.",
        corrections: [
            Example("""
            __device__ float sum(float v) {
                for (int o = 16; o > 0; o /= 2) v += __shfl_down_sync(0xffffffff, v, o);
                return v;
            }
            """, """
            #include <hip/hip_runtime.h>
            __device__ float sum(float v) {
                for (int o = 16; o > 0; o /= 2) v += __shfl_down_sync(0xffffffffffffffffULL, v, o);
                return v;
            }
            """),
            Example("""
            __device__ int vote(unsigned mask, int p) { return __ballot_sync(mask, p) != 0; }
            """, """
            #include <hip/hip_runtime.h>
            __device__ int vote(unsigned mask, int p) { return __ballot_sync(static_cast<unsigned long long>(mask), p) != 0; }
            """, reports: ["1: lane mask widened to 64 bits"]),
            // A 64-bit ballot counted with __popc would drop lanes 32-63.
            Example("""
            __device__ int count(int p) {
                int voters = __popc(__ballot_sync(0xffffffff, p));
                unsigned bits = __ballot_sync(0xffffffff, p);
                auto all = __ballot_sync(0xffffffff, p);
                return voters + __ffs(__activemask()) + (int)(bits & all);
            }
            """, """
            #include <hip/hip_runtime.h>
            __device__ int count(int p) {
                int voters = __popcll(__ballot_sync(0xffffffffffffffffULL, p));
                unsigned bits = __ballot_sync(0xffffffffffffffffULL, p);
                auto all = __ballot_sync(0xffffffffffffffffULL, p);
                return voters + __ffsll(__activemask()) + (int)(bits & all);
            }
            """, reports: ["2: '__popc' of a lane mask became '__popcll'", "3: this 32-bit variable loses lanes 32-63",
                           "5: '__ffs' of a lane mask became '__ffsll'"]),
            Example("""
            __device__ float sum(float v) {
                v += __shfl_xor_sync(0xffffffff, v, 1);
                unsigned m = __activemask();
                __syncwarp();
                return v + (__any_sync(m, v > 0) ? 1 : 0);
            }
            """, """
            #include <hip/hip_runtime.h>
            __device__ float sum(float v) {
                v += __shfl_xor(v, 1);
                unsigned m = __ballot(1);
                (__builtin_amdgcn_fence(__ATOMIC_RELEASE, "wavefront"), __builtin_amdgcn_wave_barrier(), __builtin_amdgcn_fence(__ATOMIC_ACQUIRE, "wavefront"));
                return v + (__any(v > 0) ? 1 : 0);
            }
            """, options: old),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            __device__ float f(float v) { return __shfl_down_sync(0xffffffffffffffffULL, v, 1); }
            """),
        ])

    public static var specialNames: Set<String> { Set(legacyNames.keys).union(["__activemask", "__syncwarp"]) }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        let modern = context.options.rocmVersion >= Self.firstVersion
        var warnedAboutBuiltinsFlag = false
        for token in stream.tokens where token.kind == .identifier {
            let name = token.spelling
            guard Self.legacyNames[name] != nil || name == "__activemask" || name == "__syncwarp",
                  let call = stream.call(at: token.index) else { continue }
            output.claimed.insert(token.index)
            output.references.found += 1
            output.references.converted += 1
            output.usesRuntime = true
            if name == "__ballot_sync" || name == "__activemask" {
                checkMaskUse(name: token.index, close: call.close, stream, &output)
            }
            if modern {
                if !warnedAboutBuiltinsFlag, context.options.rocmVersion < Self.defaultOnVersion {
                    warnedAboutBuiltinsFlag = true
                    output.report(token.range.start, .warning, rule: identifier,
                                  "ROCm \(context.options.rocmVersion) declares '\(name)' only when HIP_ENABLE_WARP_SYNC_BUILTINS is defined; compile with -DHIP_ENABLE_WARP_SYNC_BUILTINS", name: name)
                }
                if name != "__activemask", let mask = call.arguments.first, let first = mask.first, let last = mask.last {
                    widenMask(first: first, last: last, stream, &output)
                }
                continue
            }
            // Before ROCm 6.2: legacy functions without the mask.
            switch name {
            case "__activemask":
                output.edit(stream.range(from: token.index, to: call.close), "__ballot(1)", rule: identifier)
            case "__syncwarp":
                output.edit(stream.range(from: token.index, to: call.close),
                            "(__builtin_amdgcn_fence(__ATOMIC_RELEASE, \"wavefront\"), __builtin_amdgcn_wave_barrier(), __builtin_amdgcn_fence(__ATOMIC_ACQUIRE, \"wavefront\"))",
                            rule: identifier)
                output.report(token.range.start, .info, rule: identifier,
                              "'__syncwarp' does not exist before ROCm 6.2; replaced by a wavefront barrier with fences (a wavefront runs in lockstep)", name: name)
            default:
                guard call.arguments.count >= 2, let maskFirst = call.arguments[0].first, let nextFirst = call.arguments[1].first else { continue }
                output.edit(token.range, Self.legacyNames[name]!, rule: identifier)
                output.edit(ByteRange(start: stream[maskFirst].range.start.value, end: stream[nextFirst].range.start.value), "", rule: identifier)
                if !isFullMask(first: maskFirst, last: call.arguments[0].last!, stream) {
                    output.report(token.range.start, .warning, rule: identifier,
                                  "'\(name)' with a partial lane mask: ROCm \(context.options.rocmVersion) has no masked form, so '\(Self.legacyNames[name]!)' runs on the whole 64-wide wavefront; check the lanes involved", name: name)
                }
            }
        }
    }

    /// 32-bit bit operations on a lane mask → their 64-bit forms.
    static let wideBitFunctions = ["__popc": "__popcll", "__ffs": "__ffsll", "__clz": "__clzll"]

    /// A 64-bit mask (from `__ballot_sync` or `__activemask` at `name`...`close`) where CUDA code
    /// expects 32 bits: `__popc(mask)` becomes `__popcll(mask)`; a 32-bit variable, or a use cu2hip
    /// cannot see the type of, is reported; a truth test or a 64-bit/`auto` variable is fine.
    private func checkMaskUse(name: Int, close: Int, _ stream: TokenStream, _ output: inout RuleOutput) {
        let spelling = stream[name].spelling
        let previous = stream.previous(before: name)
        let next = stream.next(after: close).map { stream[$0].spelling }
        if let open = previous, stream[open].spelling == "(", next == ")",
           let function = stream.previous(before: open), let wide = Self.wideBitFunctions[stream[function].spelling] {
            output.claimed.insert(function)
            output.edit(stream[function].range, wide, rule: identifier)
            output.report(stream[function].range.start, .info, rule: identifier,
                          "'\(stream[function].spelling)' of a lane mask became '\(wide)': AMD masks have 64 lanes", name: stream[function].spelling)
            return
        }
        let before = previous.map { stream[$0].spelling }
        if next == "!=" || next == "==" || ["!", "&&", "||", "?"].contains(before ?? "") || ["&&", "||", "?"].contains(next ?? "") {
            return
        }
        if before == "=", let equals = previous {
            // The declaration or assignment this initialises: its tokens back to the statement's start.
            var words: [String] = []
            var cursor = stream.previous(before: equals)
            while let index = cursor, ![";", "{", "}", "("].contains(stream[index].spelling) {
                words.append(stream[index].spelling)
                cursor = stream.previous(before: index)
            }
            let declared = Set(words.dropFirst())
            if declared.contains("auto") || declared.contains("uint64_t") || declared.contains("size_t")
                || words.filter({ $0 == "long" }).count == 2 || declared.contains("lanemask_t") {
                return
            }
            if !declared.isDisjoint(with: ["int", "unsigned", "uint32_t", "int32_t"]) {
                output.report(stream[name].range.start, .warning, rule: identifier,
                              "'\(spelling)' gives a 64-bit lane mask on AMD (64-wide wavefronts): this 32-bit variable loses lanes 32-63; declare it unsigned long long",
                              name: spelling)
                return
            }
        }
        output.report(stream[name].range.start, .warning, rule: identifier,
                      "'\(spelling)' gives a 64-bit lane mask on AMD (64-wide wavefronts): kept in 32 bits it loses lanes 32-63", name: spelling)
    }

    private func isFullMask(first: Int, last: Int, _ stream: TokenStream) -> Bool {
        guard first == last, stream[first].kind == .literal else { return false }
        return Self.integerValue(stream[first].spelling) == 0xffff_ffff
    }

    private func widenMask(first: Int, last: Int, _ stream: TokenStream, _ output: inout RuleOutput) {
        if isFullMask(first: first, last: last, stream) {
            output.edit(stream[first].range, "0xffffffffffffffffULL", rule: identifier)
            return
        }
        if first == last, stream[first].kind == .literal, let value = Self.integerValue(stream[first].spelling), value > 0xffff_ffff {
            return  // already a 64-bit mask
        }
        if stream[first].spelling == "static_cast" || stream[first].spelling == "__activemask" || stream[first].spelling == "__ballot_sync" {
            return
        }
        output.insert(at: stream[first].range.start, "static_cast<unsigned long long>(", rule: identifier)
        output.insert(at: stream[last].range.end, ")", rule: identifier)
        output.report(stream[first].range.start, .warning, rule: identifier,
                      "lane mask widened to 64 bits: a mask built for 32-lane warps leaves lanes 32-63 of a 64-wide wavefront out; check it")
    }

    /// The value of a C integer literal (hex, octal, decimal; suffixes ignored).
    static func integerValue(_ spelling: String) -> UInt64? {
        var digits = spelling.lowercased()
        while let last = digits.last, last == "u" || last == "l" { digits.removeLast() }
        digits = digits.replacingOccurrences(of: "'", with: "")
        if digits.hasPrefix("0x") { return UInt64(digits.dropFirst(2), radix: 16) }
        if digits.hasPrefix("0b") { return UInt64(digits.dropFirst(2), radix: 2) }
        if digits.count > 1, digits.hasPrefix("0") { return UInt64(digits.dropFirst(), radix: 8) }
        return UInt64(digits)
    }
}
