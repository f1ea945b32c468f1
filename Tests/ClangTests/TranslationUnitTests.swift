import Clang
import Foundation
import Testing

@Suite("libclang wrapper")
struct TranslationUnitTests {
    static let path = "/virtual/project/main.cpp"

    func parse(_ source: String, extra: [UnsavedFile] = [], arguments: [String] = ["-x", "c++", "-std=c++17", "-I/virtual/project"]) throws -> TranslationUnit {
        try TranslationUnit(index: Index(), path: Self.path, arguments: arguments,
                            unsavedFiles: extra + [UnsavedFile(path: Self.path, contents: source)])
    }

    @Test("tokens carry exact UTF-8 byte ranges, also after multibyte text")
    func tokenRanges() throws {
        let source = "const char* s = \"héllo ✓\"; int value = 42;\n"
        let unit = try parse(source)
        let tokens = unit.tokens(inFile: Self.path, length: source.utf8.count)
        let bytes = Array(source.utf8)
        #expect(tokens.map(\.spelling) == ["const", "char", "*", "s", "=", "\"héllo ✓\"", ";", "int", "value", "=", "42", ";"])
        for token in tokens {
            let text = String(decoding: bytes[token.range.start.value..<token.range.end.value], as: UTF8.self)
            #expect(text == token.spelling)
        }
        let value = try #require(tokens.first { $0.spelling == "value" })
        #expect(value.range == ByteRange(start: 34, end: 39))  // 17 ASCII bytes, "héllo ✓" is 10 bytes, then `"; int `
        #expect(value.kind == .identifier)
        #expect(tokens.first { $0.spelling == "int" }?.kind == .keyword)
        #expect(tokens.first { $0.spelling == "42" }?.kind == .literal)
    }

    @Test("a called function declared under the given folders carries its parameter types, also on the call's parenthesis behind a macro")
    func parameterTypes() throws {
        let header = UnsavedFile(path: "/virtual/api/api.h", contents: """
            typedef struct { float x, y; } Complex;
            int axpy_v2(int n, const Complex* x, Complex* y);
            #define axpy axpy_v2

            """)
        let source = "#include \"/virtual/api/api.h\"\nint f(Complex* y) { return axpy(1, y, y) + axpy_v2(2, y, y); }\nint local(double d);\nint g() { return local(1.0); }\n"
        let unit = try parse(source, extra: [header])
        let with = unit.tokens(inFile: Self.path, length: source.utf8.count, parameterTypesUnder: ["/virtual/api"])
        let expected = ["int", "const Complex *", "Complex *"]
        let direct = try #require(with.first { $0.spelling == "axpy_v2" })
        #expect(direct.reference?.parameterTypes == expected)
        // `axpy` is a macro: its token refers to the macro; the call's parenthesis to the function.
        let macro = try #require(with.firstIndex { $0.spelling == "axpy" })
        #expect(with[macro + 1].spelling == "(")
        #expect(with[macro + 1].reference?.parameterTypes == expected)
        let other = unit.tokens(inFile: Self.path, length: source.utf8.count, parameterTypesUnder: ["/virtual/elsewhere"])
        #expect(other.first { $0.spelling == "axpy_v2" }?.reference?.parameterTypes == nil)
        #expect(with.first { $0.spelling == "local" }?.reference?.parameterTypes == nil)
    }

    @Test("diagnostics name file, line and column; parsing goes on after errors")
    func diagnostics() throws {
        let source = "#include \"absent.h\"\nint f() { return 1 }\nint g() { return undefined_name; }\n"
        let unit = try parse(source)
        let messages = unit.diagnostics.map { "\($0.severity.rawValue) \($0.line):\($0.column) \($0.message)" }
        #expect(messages.contains("error 1:10 'absent.h' file not found"))
        #expect(messages.contains("error 2:19 expected ';' after return statement"))
        #expect(messages.contains("error 3:18 use of undeclared identifier 'undefined_name'"))
        #expect(unit.diagnostics.allSatisfy { $0.file == Self.path })
    }

    @Test("inactive preprocessor branches are reported as skipped ranges")
    func skippedRanges() throws {
        let source = "#if 0\nint dead;\n#else\nint live;\n#endif\n"
        let unit = try parse(source)
        let skipped = unit.skippedRanges(inFile: Self.path)
        #expect(skipped.count == 1)
        let range = try #require(skipped.first)
        let dead = source.utf8.count - "int live;\n#endif\n".utf8.count - "#else\n".utf8.count - "int dead;\n".utf8.count
        #expect(range.contains(ByteOffset(dead)))
        #expect(!range.contains(ByteOffset(source.utf8.count - "int live;\n#endif\n".utf8.count)))
    }

    @Test("inclusions resolve unsaved headers and record the including line")
    func inclusions() throws {
        let header = UnsavedFile(path: "/virtual/project/util.h", contents: "#pragma once\nint helper();\n")
        let unit = try parse("// first line\n#include \"util.h\"\nint x = helper();\n", extra: [header])
        let inclusion = try #require(unit.inclusions.first)
        #expect(inclusion.includer == Self.path)
        #expect(inclusion.included == "/virtual/project/util.h")
        #expect(unit.diagnostics.isEmpty)
    }

    @Test("a call to a function template records its deduced template arguments")
    func templateArguments() throws {
        let source = "template <typename T, int N> void fill(T (&x)[N]) {}\nvoid run() { double a[3]; fill(a); }\n"
        let unit = try parse(source)
        let tokens = unit.tokens(inFile: Self.path, length: source.utf8.count)
        let call = try #require(tokens.last { $0.spelling == "fill" })
        #expect(call.reference?.templateArguments == ["double", "3"])
        #expect(call.reference?.declarationKind == "FunctionDecl")
        let declaration = try #require(tokens.first { $0.spelling == "fill" })
        #expect(declaration.reference?.isDeclaration == true)
    }

    @Test("libclang's version is available")
    func version() {
        #expect(libclangVersion.contains("clang version"))
    }
}
