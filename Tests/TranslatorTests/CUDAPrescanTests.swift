import Mapping
import Testing
@testable import Translator

@Suite("CUDA pre-scan")
struct CUDAPrescanTests {
    static let prescan = CUDAPrescan(database: .builtIn, projectFileNames: ["helpers.h", "kernel.cu"])

    static func scan(_ text: String, path: String = "/p/file.cpp") -> CUDAPrescan.Result {
        prescan.scan(Array(text.utf8), path: path)
    }

    @Test("plain C++ needs no parse; CUDA names, device words and launches do", arguments: [
        ("#include <vector>\nint main() { std::vector<int> v; return (int)v.size(); }\n", false),
        ("void f() { cudaMalloc(0, 0); }\n", true),
        ("int f() { return threadIdx.x; }\n", true),
        ("void g(float4 v);\n", true),
        ("void h() { k<<<1, 2>>>(); }\n", true),
        ("__global__ void k() {}\n", true),
        ("int n = warpSize;\n", true),
        ("#define CALL cublasCreate\n", true),
        ("int CUDA_ok = 0;\n", true),
        ("int x = 0x1cu + 3e+5;\n", false),
    ])
    func identifiers(_ text: String, _ needsParse: Bool) {
        #expect(Self.scan(text).needsParse == needsParse, "\(text)")
    }

    @Test("comments and string literals are not code", arguments: [
        "// cudaMalloc is not called here\nint a;\n",
        "/* __global__ void k(); */ int a;\n",
        "const char* s = \"cudaMalloc threadIdx <<<\";\n",
        "const char* r = R\"x(cudaFree(\"p\") )\" still raw)x\";\n",
        "char c = '\\''; const char* t = \"\\\"cudaFree\\\"\";\n",
        "const wchar_t* w = L\"cudaMemcpy\";\n",
    ])
    func commentsAndStrings(_ text: String) {
        #expect(!Self.scan(text).needsParse, "\(text)")
    }

    @Test("a name split by a backslash-newline is seen whole")
    func splicedLines() {
        #expect(Self.scan("#define A cuda\\\nMalloc\n").needsParse)
        #expect(Self.scan("int ab\\\nc = 1;\n").needsParse == false)
    }

    @Test("includes of CUDA, HIP or project headers, or computed ones, need a parse")
    func includes() {
        #expect(Self.scan("#include <cuda_runtime.h>\n").needsParse)
        #expect(Self.scan("#  include \"cublas_v2.h\"\n").needsParse)
        #expect(Self.scan("#include <hip/hip_runtime.h>\n").needsParse)
        #expect(Self.scan("#include \"sub/helpers.h\"\n").needsParse)
        #expect(Self.scan("#include <stdio.h>\n#include <map>\n").needsParse == false)
        let computed = Self.scan("#include HEADER\n")
        #expect(computed.needsParse && computed.hasComputedInclude)
        #expect(Self.scan("#include <a.h>\n#include \"kernel.cu\"\n").includes == ["a.h", "kernel.cu"])
    }

    @Test("CUDA files are parsed whatever they hold")
    func byExtension() {
        #expect(Self.scan("int x;\n", path: "/p/a.cu").needsParse)
        #expect(Self.scan("int x;\n", path: "/p/a.cuh").needsParse)
    }
}
