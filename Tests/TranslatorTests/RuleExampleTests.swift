import Foundation
import Testing
import TestSupport
@testable import Translator

/// The examples in each rule's description are that rule's tests.
@Suite("Rule examples")
struct RuleExampleTests {
    static let correctionCases: [(String, Example)] = RuleRegistry.descriptions.flatMap { description in
        description.corrections.map { (description.identifier, $0) }
    }
    static let nonTriggeringCases: [(String, Example)] = RuleRegistry.descriptions.flatMap { description in
        description.nonTriggering.map { (description.identifier, $0) }
    }

    @Test("identifiers are unique and every rule has a correction")
    func registry() {
        let identifiers = RuleRegistry.descriptions.map(\.identifier)
        #expect(Set(identifiers).count == identifiers.count)
        for description in RuleRegistry.descriptions {
            #expect(!description.corrections.isEmpty, "\(description.identifier) has no correction example")
        }
    }

    @Test("rules say which CUDA names they handle themselves")
    func specialNames() {
        #expect(RuleRegistry.rules(touching: "cudaMemcpyToSymbol") == ["hip-symbol"])
        #expect(RuleRegistry.rules(touching: "cudaFuncSetAttribute") == ["kernel-pointer-cast"])
        #expect(RuleRegistry.rules(touching: "cudnnConvolutionForward") == ["cudnn-call"])
        #expect(RuleRegistry.rules(touching: "cublasLtMatmul") == ["cublaslt"])
        #expect(RuleRegistry.rules(touching: "__shfl_down_sync") == ["warp-sync"])
        #expect(RuleRegistry.rules(touching: "__DRIVER_TYPES_H__") == ["preprocessor-condition"])
        #expect(RuleRegistry.rules(touching: "cuda_runtime.h") == ["include"])
        #expect(RuleRegistry.rules(touching: "cudaMalloc").isEmpty)
    }

    @Test("corrections give the exact output, and a second pass changes nothing", arguments: correctionCases)
    func correction(rule: String, example: Example) throws {
        let expected = try #require(example.output)
        let first = try TestSupport.translate(example.input, fileName: example.fileName, options: example.options)
        #expect(first.output == expected, "\(rule) at \(example.file):\(example.line)\n\(TestSupport.describeDifference(expected: expected, actual: first.output))")
        for expected in example.reports {
            let found = first.report.findings.contains { finding in
                finding.rule == rule && expected.hasPrefix("\(finding.line): ") && finding.message.contains(expected.drop { $0 != " " }.dropFirst())
            }
            #expect(found, "\(rule) at \(example.file):\(example.line): no finding '\(expected)' in \(first.report.findings.map { "\($0.rule) \($0.line): \($0.message)" })")
        }
        let errors = first.report.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(rule) at \(example.file):\(example.line): \(errors.map(\.message))")
        let second = try TestSupport.translate(first.output, fileName: example.fileName, options: example.options)
        #expect(second.output == first.output, "\(rule): second pass changed the output\n\(TestSupport.describeDifference(expected: first.output, actual: second.output))")
    }

    @Test("corrections hold with multibyte text before the rewrite sites", arguments: correctionCases)
    func multibytePrefix(rule: String, example: Example) throws {
        let expected = try #require(example.output)
        let marker = "/* ünïcödé — ✓ 漢字 */ "
        let input = marker + example.input
        // The include rule may add a line above the first one; the marker then sits on line two.
        let expectedWithMarker: String
        if expected.hasPrefix("#include <hip/hip_runtime.h>\n"), !example.input.hasPrefix("#include") {
            let afterFirst = expected.index(after: expected.firstIndex(of: "\n")!)
            expectedWithMarker = String(expected[..<afterFirst]) + marker + String(expected[afterFirst...])
        } else {
            expectedWithMarker = marker + expected
        }
        let result = try TestSupport.translate(input, fileName: example.fileName, options: example.options)
        #expect(result.output == expectedWithMarker, "\(rule) at \(example.file):\(example.line)\n\(TestSupport.describeDifference(expected: expectedWithMarker, actual: result.output))")
    }

    @Test("corrections inside a comment or a string change nothing", arguments: correctionCases)
    func insideCommentOrString(rule: String, example: Example) throws {
        // A .cu file gets the runtime include whatever it holds (nvcc includes the runtime in it).
        let implicit = example.fileName.hasSuffix(".cu") ? "#include <hip/hip_runtime.h>\n" : ""
        let comment = "/*\n" + example.input + "\n*/\n"
        #expect(try TestSupport.translate(comment, fileName: example.fileName, options: example.options).output == implicit + comment,
                "\(rule) at \(example.file):\(example.line)")
        let string = "const char* text = R\"cu2hip(" + example.input + ")cu2hip\";\n"
        #expect(try TestSupport.translate(string, fileName: example.fileName, options: example.options).output == implicit + string,
                "\(rule) at \(example.file):\(example.line)")
    }

    @Test("non-triggering examples stay exactly as written", arguments: nonTriggeringCases)
    func nonTriggering(rule: String, example: Example) throws {
        let result = try TestSupport.translate(example.input, fileName: example.fileName, options: example.options)
        #expect(result.output == example.input, "\(rule) at \(example.file):\(example.line)\n\(TestSupport.describeDifference(expected: example.input, actual: result.output))")
        // Report-only rules change no text, so their examples also say the rule finds nothing.
        let findings = result.report.findings.filter { $0.rule == rule && $0.severity != .info }
        #expect(findings.isEmpty, "\(rule) at \(example.file):\(example.line): \(findings.map { "\($0.line): \($0.message)" })")
    }
}
