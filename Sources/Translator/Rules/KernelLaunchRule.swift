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
        output.edit(throughSpaces(open, stream), afterName + ", " + (gridIsDim3 ? "" : "dim3("), rule: identifier)
        output.edit(throughSpaces(commas[0], stream), (gridIsDim3 ? "" : ")") + ", " + (blockIsDim3 ? "" : "dim3("), rule: identifier)
        if commas.count > 1 {
            output.edit(stream[commas[1]].range, (blockIsDim3 ? "" : ")") + ",", rule: identifier)
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
        output.edit(ByteRange(start: stream[close].range.start.value, end: stream[argumentsOpen].range.end.value), closing, rule: identifier)
        return true
    }

    /// The token at `index` plus the spaces and tabs after it on the same line, so that text
    /// inserted in its place does not end in stray blanks (`dim3( 16)`).
    private func throughSpaces(_ index: Int, _ stream: TokenStream) -> ByteRange {
        var end = stream[index].range.end.value
        let bytes = stream.source.bytes
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        return ByteRange(start: stream[index].range.start.value, end: end)
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
        if stream[index].spelling == ")" {
            var depth = 0
            var cursor: Int? = index
            while let current = cursor {
                if stream[current].spelling == ")" { depth += 1 }
                if stream[current].spelling == "(" { depth -= 1; if depth == 0 { return current } }
                cursor = stream.previous(before: current)
            }
            return nil
        }
        guard stream[index].kind == .identifier else { return nil }
        // Qualifiers: ns::detail::kernel
        while let colons = stream.previous(before: index), stream[colons].spelling == "::" {
            guard let qualifier = stream.previous(before: colons), stream[qualifier].kind == .identifier else {
                return colons
            }
            index = qualifier
        }
        return index
    }
}
