import Clang
import Reporting

/// Kernel launches. `k<<<g, b, s, st>>>(args)` stays as written by default (HIP accepts it);
/// with `--launch-syntax hip` it becomes `hipLaunchKernelGGL(k, dim3(g), dim3(b), s, st, args)`,
/// with `HIP_KERNEL_NAME(...)` around template kernels (explicit or deduced template arguments).
/// Works on tokens, so launches inside macro bodies and inactive branches are rewritten too.
public struct KernelLaunchRule: Rule {
    private static let hip = TranslationOptions(launchSyntax: .hip)

    public static let description = RuleDescription(
        identifier: "kernel-launch",
        name: "Kernel launch",
        summary: "Keeps <<<>>> launches, or with --launch-syntax hip rewrites them to hipLaunchKernelGGL with HIP_KERNEL_NAME for templates.",
        corrections: [
            Example("""
            __global__ void k(float* x, int n) {}
            void run(float* x, int n, cudaStream_t s) { k<<<n / 256, 256, 0, s>>>(x, n); }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void k(float* x, int n) {}
            void run(float* x, int n, hipStream_t s) { hipLaunchKernelGGL(k, dim3(n / 256), dim3(256), 0, s, x, n); }
            """, options: hip),
            Example("""
            template <typename T, int N> __global__ void k(T* x) {}
            template <typename T> __global__ void g(T* x) {}
            void run(float* x) { k<float, 4><<<1, dim3(32, 4)>>>(x); g<<<2, 64, 128>>>(x); }
            """, """
            #include <hip/hip_runtime.h>
            template <typename T, int N> __global__ void k(T* x) {}
            template <typename T> __global__ void g(T* x) {}
            void run(float* x) { hipLaunchKernelGGL(HIP_KERNEL_NAME(k<float, 4>), dim3(1), dim3(32, 4), 0, 0, x); hipLaunchKernelGGL(HIP_KERNEL_NAME(g<float>), dim3(2), dim3(64), 128, 0, x); }
            """, options: hip),
            Example("""
            template <typename T> __global__ void fill(T* x) {}
            void run(double* x) { fill<<<1, 1>>>(x); }
            """, """
            #include <hip/hip_runtime.h>
            template <typename T> __global__ void fill(T* x) {}
            void run(double* x) { hipLaunchKernelGGL(HIP_KERNEL_NAME(fill<double>), dim3(1), dim3(1), 0, 0, x); }
            """, options: hip),
            Example("""
            __global__ void k() {}
            #define LAUNCH(kernel, n) kernel<<<(n), 128>>>()
            void run() { LAUNCH(k, 4); }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void k() {}
            #define LAUNCH(kernel, n) hipLaunchKernelGGL(kernel, dim3((n)), dim3(128), 0, 0)
            void run() { LAUNCH(k, 4); }
            """, options: hip),
            // nvcc accepts chevrons with blanks inside them; clang does not.
            Example("""
            __global__ void k(float* x) {}
            void run(float* x, int n) { k << < n, 256 >> > (x); }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void k(float* x) {}
            void run(float* x, int n) { k <<< n, 256 >>> (x); }
            """),
            // The source's stray blanks stay out of the call; a launch over several lines keeps its line breaks.
            Example("""
            __global__ void vecAdd(float* a, float* b, int n) {}
            void run(float* a, float* b, int n, cudaStream_t s) {
                vecAdd <<< n / 256 , 256 ,  0 , s >>> ( a , b ,n );
                vecAdd<<<dim3(n), 64>>>(a,
                                        b, n );
            }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void vecAdd(float* a, float* b, int n) {}
            void run(float* a, float* b, int n, hipStream_t s) {
                hipLaunchKernelGGL(vecAdd, dim3(n / 256), dim3(256), 0, s, a, b,n);
                hipLaunchKernelGGL(vecAdd, dim3(n), dim3(64), 0, 0, a,
                                        b, n);
            }
            """, options: hip),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            __global__ void k(int* x) {}
            void run(int* x) { k<<<1, 1>>>(x); }
            """),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        joinSplitChevrons(stream, &output)
        for token in stream.tokens where token.kind == .punctuation && token.spelling == "<<<" {
            output.references.found += 1
            output.references.converted += 1
            output.usesRuntime = true
            guard context.options.launchSyntax == .hip else { continue }
            if !rewrite(launchAt: token.index, stream, &output) {
                output.references.converted -= 1
                output.references.unsupported += 1
                output.report(token.range.start, .warning, rule: identifier,
                              "kernel launch not understood; left as <<<>>> (HIP accepts it)")
            }
        }
    }

    private func rewrite(launchAt open: Int, _ stream: TokenStream, _ output: inout RuleOutput) -> Bool {
        guard let nameStart = kernelNameStart(before: open, stream), let nameEnd = stream.previous(before: open) else { return false }
        // The configuration: tokens up to the matching >>>.
        var cursor = stream.next(after: open)
        var depth = 0
        var commas: [Int] = []
        var close: Int?
        while let index = cursor {
            let spelling = stream[index].spelling
            if ["(", "[", "{"].contains(spelling) { depth += 1 }
            if [")", "]", "}"].contains(spelling) { depth -= 1 }
            if depth == 0, spelling == "," { commas.append(index) }
            if depth == 0, spelling == ">>>" { close = index; break }
            cursor = stream.next(after: index)
        }
        guard let close, (1...3).contains(commas.count), let argumentsOpen = stream.next(after: close),
              stream[argumentsOpen].spelling == "(", let argumentsClose = stream.matchingClose(of: argumentsOpen) else { return false }

        let nameTokens = (nameStart...nameEnd)
        let explicitTemplate = nameTokens.contains { stream[$0].spelling == "<" }
        var deduced: [String]?
        if !explicitTemplate, let reference = stream[nameEnd].token.reference, let arguments = reference.templateArguments,
           !arguments.contains("?") {
            deduced = arguments
        }
        if !explicitTemplate, deduced == nil, stream[nameEnd].token.reference?.declarationKind == "FunctionTemplate" {
            output.report(stream[nameStart].range.start, .warning, rule: identifier,
                          "the template arguments of this kernel could not be deduced; write them out inside HIP_KERNEL_NAME(...)")
        }
        let wrap = explicitTemplate || deduced != nil
        output.insert(at: stream[nameStart].range.start, "hipLaunchKernelGGL(" + (wrap ? "HIP_KERNEL_NAME(" : ""), rule: identifier)
        var afterName = wrap ? ")" : ""
        if let deduced { afterName = "<\(deduced.joined(separator: ", "))>" + afterName }

        // Grid and block go through dim3(...) unless already written so.
        let gridFirst = stream.next(after: open)!
        let blockFirst = stream.next(after: commas[0])!
        let gridIsDim3 = isDim3Construction(from: gridFirst, to: stream.previous(before: commas[0])!, stream)
        let blockEnd = commas.count > 1 ? stream.previous(before: commas[1])! : stream.previous(before: close)!
        let blockIsDim3 = isDim3Construction(from: blockFirst, to: blockEnd, stream)
        let blanks = Blanks(stream.source.bytes)
        let gridOpen = ByteRange(start: blanks.before(open, stream), end: blanks.after(open, stream))
        output.edit(gridOpen, afterName + ", " + (gridIsDim3 ? "" : "dim3("), rule: identifier)
        let firstComma = blanks.around(commas[0], stream)
        output.edit(firstComma, blanks.fitted((gridIsDim3 ? "" : ")") + ", " + (blockIsDim3 ? "" : "dim3("), before: firstComma.end.value),
                    rule: identifier)
        for (position, comma) in commas.enumerated().dropFirst() {
            let range = blanks.around(comma, stream)
            let separator = blanks.fitted((position == 1 && !blockIsDim3 ? ")" : "") + ", ", before: range.end.value)
            if stream.source.text(range) != separator { output.edit(range, separator, rule: identifier) }
        }
        let hasArguments = stream.next(after: argumentsOpen) != argumentsClose
        var closing: String
        switch commas.count {
        case 1: closing = (blockIsDim3 ? "" : ")") + ", 0, 0"
        case 2: closing = ", 0"
        default: closing = ""
        }
        closing += hasArguments ? ", " : ""
        // Replace `>>>` through `(` so the spacing between them goes too.
        let configurationEnd = ByteRange(start: blanks.before(close, stream), end: hasArguments ? blanks.after(argumentsOpen, stream) : stream[argumentsOpen].range.end.value)
        output.edit(configurationEnd, blanks.fitted(closing, before: configurationEnd.end.value), rule: identifier)
        if hasArguments { trimArguments(from: argumentsOpen, to: argumentsClose, stream, blanks, &output) }
        return true
    }

    /// `k << < g, b >> > (args)`: nvcc reads chevrons written with blanks inside them, clang (and
    /// so hipcc) does not. They are joined into `<<<` and `>>>`.
    private func joinSplitChevrons(_ stream: TokenStream, _ output: inout RuleOutput) {
        for token in stream.tokens where token.kind == .punctuation && token.spelling == "<<" {
            guard let second = stream.next(after: token.index), stream[second].spelling == "<",
                  let close = splitClose(after: second, stream) else { continue }
            output.references.found += 1
            output.references.converted += 1
            output.usesRuntime = true
            output.edit(ByteRange(start: token.range.start.value, end: stream[second].range.end.value), "<<<", rule: identifier)
            output.edit(ByteRange(start: stream[close].range.start.value, end: stream[close + 1].range.end.value), ">>>", rule: identifier)
        }
    }

    /// The `>>` of `>> >` that closes a split launch configuration opened before `after`, when
    /// `(` follows it.
    private func splitClose(after open: Int, _ stream: TokenStream) -> Int? {
        var depth = 0
        var cursor = stream.next(after: open)
        while let index = cursor {
            let spelling = stream[index].spelling
            if ["(", "[", "{"].contains(spelling) { depth += 1 }
            if [")", "]", "}"].contains(spelling) { depth -= 1 }
            if depth < 0 || spelling == ";" || (depth == 0 && spelling == ">>>") { return nil }
            if depth == 0, spelling == ">>", let next = stream.next(after: index), next == index + 1, stream[next].spelling == ">",
               let paren = stream.next(after: next), stream[paren].spelling == "(" {
                return index
            }
            cursor = stream.next(after: index)
        }
        return nil
    }

    /// The kernel's own arguments lose the blanks before their commas and before the closing
    /// parenthesis, as hipLaunchKernelGGL's other arguments have none.
    private func trimArguments(from open: Int, to close: Int, _ stream: TokenStream, _ blanks: Blanks, _ output: inout RuleOutput) {
        var depth = 0
        var cursor = stream.next(after: open)
        while let index = cursor, index != close {
            let spelling = stream[index].spelling
            if ["(", "[", "{"].contains(spelling) { depth += 1 }
            if [")", "]", "}"].contains(spelling) { depth -= 1 }
            if depth == 0, spelling == ",", blanks.before(index, stream) < stream[index].range.start.value {
                output.edit(ByteRange(start: blanks.before(index, stream), end: stream[index].range.start.value), "", rule: identifier)
            }
            cursor = stream.next(after: index)
        }
        if blanks.before(close, stream) < stream[close].range.start.value {
            output.edit(ByteRange(start: blanks.before(close, stream), end: stream[close].range.start.value), "", rule: identifier)
        }
    }

    /// Spaces and tabs next to a token on its own line, so that text put in a token's place does
    /// not carry the source's stray blanks (`dim3(n )`). Blanks that indent a line are kept.
    struct Blanks {
        let bytes: [UInt8]

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

        /// Where the blanks before token `index` start (the token's start when there are none,
        /// or when they run back to the start of the line).
        func before(_ index: Int, _ stream: TokenStream) -> Int {
            let start = stream[index].range.start.value
            var position = start
            while position > 0, isBlank(bytes[position - 1]) { position -= 1 }
            if position == 0 || bytes[position - 1] == UInt8(ascii: "\n") || bytes[position - 1] == UInt8(ascii: "\r") { return start }
            return position
        }

        /// Where the blanks after token `index` end.
        func after(_ index: Int, _ stream: TokenStream) -> Int {
            var end = stream[index].range.end.value
            while end < bytes.count, isBlank(bytes[end]) { end += 1 }
            return end
        }

        /// `text` without its trailing blanks when what follows `offset` is the end of the line.
        func fitted(_ text: String, before offset: Int) -> String {
            guard offset == bytes.count || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r") else { return text }
            var trimmed = text
            while trimmed.hasSuffix(" ") { trimmed.removeLast() }
            return trimmed
        }

        /// Token `index` with the blanks on both sides.
        func around(_ index: Int, _ stream: TokenStream) -> ByteRange {
            ByteRange(start: before(index, stream), end: after(index, stream))
        }
    }

    /// `dim3(...)` exactly, so it need not be wrapped again.
    private func isDim3Construction(from first: Int, to last: Int, _ stream: TokenStream) -> Bool {
        guard stream[first].spelling == "dim3", let open = stream.next(after: first), stream[open].spelling == "(" else { return false }
        return stream.matchingClose(of: open) == last
    }

    /// The first token of the kernel expression before `<<<`: a possibly qualified name with
    /// optional template arguments, or a parenthesised expression.
    private func kernelNameStart(before open: Int, _ stream: TokenStream) -> Int? {
        guard var index = stream.previous(before: open) else { return nil }
        if stream[index].spelling == ">" {
            var depth = 0
            var cursor: Int? = index
            while let current = cursor {
                if stream[current].spelling == ">" { depth += 1 }
                if stream[current].spelling == ">>" { depth += 2 }
                if stream[current].spelling == "<" { depth -= 1 }
                if depth == 0 { break }
                cursor = stream.previous(before: current)
            }
            guard let templateOpen = cursor, let name = stream.previous(before: templateOpen) else { return nil }
            index = name
        }
        if stream[index].spelling == ")" { return stream.matchingOpen(of: index) }
        guard stream[index].kind == .identifier else { return nil }
        // Qualifiers: ns::detail::kernel
        return stream.qualifierStart(of: index)
    }
}
