import Clang
import Foundation
import Reporting

/// Inline PTX. `asm("mov.u32 %0, %%laneid;" : "=r"(l))` is NVIDIA assembly, which the AMD
/// toolchain cannot assemble. This rule reports each `asm` statement whose strings hold PTX (a
/// dotted opcode such as `mov.u32` or `ld.global.nc`, or a PTX special register such as
/// `%%laneid`); host assembly (`cpuid`, `movl %%eax, %0`) is left alone. It changes nothing.
public struct InlineAssemblyRule: Rule {
    /// Spellings that start an inline assembly statement.
    static let keywords: Set<String> = ["asm", "__asm__", "__asm"]
    /// Words that may stand between the keyword and its `(`.
    static let qualifiers: Set<String> = ["volatile", "__volatile__", "__volatile", "goto", "inline"]
    /// PTX special registers (the name after `%`), matched as whole words or as prefixes
    /// followed by a digit or `_` (`%%clock64`, `%%lanemask_lt`).
    static let specialRegisters = [
        "laneid", "warpid", "nwarpid", "smid", "nsmid", "gridid", "clock", "globaltimer",
        "lanemask", "tid", "ntid", "ctaid", "nctaid", "dynamic_smem_size", "total_smem_size",
        "envreg", "pm",
    ]

    public static let description = RuleDescription(
        identifier: "inline-asm",
        name: "Inline PTX",
        summary: "Reports asm statements holding PTX (dotted opcodes such as mov.u32, registers such as %%laneid): AMD GPUs cannot assemble PTX; use HIP intrinsics or clang builtins instead.",
        corrections: [
            Example("""
            __global__ void lane(unsigned* out) {
                unsigned id;
                asm("mov.u32 %0, %%laneid;" : "=r"(id));
                out[threadIdx.x] = id;
            }
            __device__ unsigned top(unsigned w) {
                unsigned r;
                asm volatile("bfind.u32 %0, %1;"
                             : "=r"(r) : "r"(w));
                return r;
            }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void lane(unsigned* out) {
                unsigned id;
                asm("mov.u32 %0, %%laneid;" : "=r"(id));
                out[threadIdx.x] = id;
            }
            __device__ unsigned top(unsigned w) {
                unsigned r;
                asm volatile("bfind.u32 %0, %1;"
                             : "=r"(r) : "r"(w));
                return r;
            }
            """, reports: [
                "3: inline PTX cannot be assembled for AMD GPUs",
                "8: inline PTX cannot be assembled for AMD GPUs",
            ]),
            Example("""
            #define CLOCK(t) __asm__ __volatile__("mov.u64 %0, %%clock64;" : "=l"(t))
            __device__ long long ticks() { long long t; CLOCK(t); return t; }
            """, """
            #define CLOCK(t) __asm__ __volatile__("mov.u64 %0, %%clock64;" : "=l"(t))
            __device__ long long ticks() { long long t; CLOCK(t); return t; }
            """, fileName: "clock.cuh", reports: ["1: inline PTX cannot be assembled for AMD GPUs"]),
        ],
        nonTriggering: [
            Example("""
            static inline unsigned long long cycles() {
                unsigned lo, hi;
                __asm__ __volatile__("rdtsc" : "=a"(lo), "=d"(hi));
                return ((unsigned long long)hi << 32) | lo;
            }
            static inline void id(unsigned* r) { asm volatile("cpuid" : "=a"(r[0]), "=b"(r[1]) : "a"(0)); }
            static inline unsigned copy(unsigned x) { unsigned y; asm("movl %1, %%eax; movl %%eax, %0" : "=r"(y) : "r"(x) : "%eax"); return y; }
            """, fileName: "host.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where Self.keywords.contains(token.spelling)
            && (token.kind == .keyword || token.kind == .identifier) {
            var cursor = stream.next(after: token.index)
            while let index = cursor, Self.qualifiers.contains(stream[index].spelling) { cursor = stream.next(after: index) }
            guard let open = cursor, stream[open].spelling == "(", let close = stream.matchingClose(of: open) else { continue }
            var text = ""
            var index = open
            while let following = stream.next(after: index), following < close {
                let piece = stream[following]
                if piece.kind == .literal, piece.spelling.contains("\"") {
                    // Escapes (`\n\t` between instructions) become blanks so they do not join words.
                    text += piece.spelling.replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\t", with: " ") + " "
                }
                index = following
            }
            guard let evidence = Self.ptxEvidence(in: text) else { continue }
            output.report(token.range.start, .warning, rule: identifier,
                          "inline PTX cannot be assembled for AMD GPUs ('\(evidence)'); rewrite it with HIP intrinsics or clang builtins (e.g. __lane_id(), clock64(), __shfl_*, __builtin_amdgcn_*)",
                          name: token.spelling)
        }
    }

    /// The first piece of PTX in the text of an asm statement's string literals: a dotted
    /// opcode (`mov.u32`) or a special register (`%laneid`, `%%clock64`); nil when there is none.
    static func ptxEvidence(in text: String) -> String? {
        let characters = Array(text)
        func isWord(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "_") }
        var position = 0
        while position < characters.count {
            let c = characters[position]
            if c == "%" {
                var start = position + 1
                if start < characters.count, characters[start] == "%" { start += 1 }
                var end = start
                while end < characters.count, isWord(characters[end]) { end += 1 }
                let word = String(characters[start..<end])
                if Self.specialRegisters.contains(where: { register in
                    word == register || (word.hasPrefix(register) && word.dropFirst(register.count).first.map { $0.isNumber || $0 == "_" } == true)
                }) {
                    return "%" + word
                }
                position = max(end, position + 1)
            } else if c.isASCII, c.isLetter, position == 0 || !isWord(characters[position - 1]) && characters[position - 1] != "." && characters[position - 1] != "%" {
                // An opcode: letters, then at least one `.suffix`.
                var end = position
                while end < characters.count, isWord(characters[end]) { end += 1 }
                var suffixes = 0
                while end + 1 < characters.count, characters[end] == ".", characters[end + 1].isASCII, characters[end + 1].isLetter || characters[end + 1].isNumber {
                    end += 1
                    while end < characters.count, isWord(characters[end]) { end += 1 }
                    suffixes += 1
                }
                if suffixes > 0 {
                    return String(characters[position..<end])
                }
                position = end
            } else {
                position += 1
            }
        }
        return nil
    }
}
