import Clang
import Mapping
import Reporting
import Testing
import TestSupport
@testable import Translator

/// Sources that are not UTF-8 are translated with every byte no edit replaces kept as it is,
/// and reported with one `encoding` warning at the first invalid byte.
@Suite("Non-UTF-8 sources")
struct EncodingTests {
    /// "// café au lait" in Latin-1.
    static let latin1Comment: [UInt8] = Array("// caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
    /// "// 日本語コメント" in Shift-JIS.
    static let shiftJISComment: [UInt8] = Array("// ".utf8) + [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x83, 0x52, 0x83, 0x81, 0x83, 0x93, 0x83, 0x67] + [0x0A]

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let mallocLine = bytes("void f(float** p) { cudaMalloc((void**)p, 16); }\n")
    static let hipMallocLine = bytes("void f(float** p) { hipMalloc((void**)p, 16); }\n")
    static let runtimeInclude = bytes("#include <hip/hip_runtime.h>\n")

    static func message(_ byte: String, _ guess: String?) -> String {
        "file is not valid UTF-8: byte 0x\(byte) here starts no UTF-8 character"
            + (guess.map { " (the text looks like \($0))" } ?? "")
            + "; its bytes are kept as they are and the code around them is translated"
    }

    @Test("a Latin-1 comment: the code is translated, the comment's bytes kept, one encoding warning")
    func latin1() throws {
        let input = Self.latin1Comment + Self.mallocLine
        let result = try TestSupport.translate(bytes: input)
        #expect(result.output == Self.latin1Comment + Self.runtimeInclude + Self.hipMallocLine)
        #expect(result.report.status == .converted)
        #expect(result.report.error == nil)
        #expect(result.report.findings == [
            Finding(rule: "encoding", severity: .warning, position: SourcePosition(line: 1, column: 7), message: Self.message("E9", "Latin-1")),
        ])
    }

    @Test("a Shift-JIS comment: the code is translated, the comment's bytes kept, one encoding warning")
    func shiftJIS() throws {
        let input = Self.bytes("#include <cuda_runtime.h>\n") + Self.shiftJISComment + Self.mallocLine
        let result = try TestSupport.translate(bytes: input)
        #expect(result.output == Self.runtimeInclude + Self.shiftJISComment + Self.hipMallocLine)
        #expect(result.report.status == .converted)
        #expect(result.report.findings == [
            Finding(rule: "encoding", severity: .warning, position: SourcePosition(line: 2, column: 4), message: Self.message("93", "Shift-JIS")),
        ])
    }

    @Test("both in one file: every byte kept, the warning at the first invalid byte, no guess")
    func mixed() throws {
        let input = Self.bytes("#include <cuda_runtime.h>\n") + Self.shiftJISComment + Self.latin1Comment + Self.mallocLine
        let result = try TestSupport.translate(bytes: input)
        #expect(result.output == Self.runtimeInclude + Self.shiftJISComment + Self.latin1Comment + Self.hipMallocLine)
        #expect(result.report.findings == [
            Finding(rule: "encoding", severity: .warning, position: SourcePosition(line: 2, column: 4), message: Self.message("93", nil)),
        ])
    }

    @Test("source text a rule copies into a rewrite keeps its non-UTF-8 bytes")
    func copiedIntoRewrite() throws {
        let input = Self.bytes("#include <cuda.h>\nvoid g(CUresult e) { const char* t[1]; cuGetErrorName(e, &t[/* ")
            + [0x83, 0x52] + Self.bytes(" */ 0]); }\n")
        let result = try TestSupport.translate(bytes: input, options: TranslationOptions(rocmVersion: Version([5, 2])))
        #expect(result.output == Self.bytes("#include <hip/hip_runtime.h>\nvoid g(hipError_t e) { const char* t[1]; *(&t[/* ")
            + [0x83, 0x52] + Self.bytes(" */ 0]) = hipGetErrorName(e); }\n"))
        #expect(result.report.findings.filter { $0.rule == "encoding" }.map(\.position) == [SourcePosition(line: 2, column: 64)])
    }

    @Test("a NUL byte still marks a file as binary: failed, never altered")
    func binary() throws {
        let input = Self.mallocLine + [0x00]
        let result = try TestSupport.translate(bytes: input)
        #expect(result.output == input)
        #expect(result.report.status == .failed)
        #expect(result.report.error == "binary file (NUL byte at offset 49); not translated")
    }

    @Test("verbatim text: invalid bytes and escape-range characters round-trip; valid text is plain")
    func verbatimRoundTrip() {
        let bytes: [UInt8] = [0x61, 0xE9, 0x62, 0xF4, 0x8F, 0xBF, 0xBF, 0xC3, 0xA9, 0xFF, 0x83]
        #expect(VerbatimText.encode(VerbatimText.decode(bytes[...])) == bytes)
        #expect(VerbatimText.decode(Array("naïve ✓".utf8)[...]) == "naïve ✓")
        let edit = Edit(range: ByteRange(start: 0, end: 1), replacement: "x" + VerbatimText.decode([0xE9][...]), rule: "r")
        #expect(edit.bytes == [0x78, 0xE9])
        #expect(edit.replacement == "x\u{FFFD}")
    }

    @Test("the guess: Shift-JIS needs pairs and a lead byte in 0x81-0x9F; Latin-1 printable bytes only")
    func guess() {
        #expect(EncodingProblem.guess(Self.shiftJISComment) == .shiftJIS)
        #expect(EncodingProblem.guess(Self.latin1Comment) == .latin1)
        #expect(EncodingProblem.guess([0x41, 0x85, 0x20]) == nil)
        #expect(EncodingProblem.find(in: Self.bytes("plain ✓\n")) == nil)
    }
}
