import Foundation
import Testing
import TestSupport
@testable import Translator

/// nvcc includes the CUDA runtime in each `.cu` file it compiles; a `.cu` file that other files
/// include is a header in practice and gets no include of its own.
@Suite struct ImplicitRuntimeTests {
    @Test func onlyCompiledCUFilesGetTheRuntimeInclude() throws {
        let root = try TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = [
            "common.cu": "#ifndef COMMON_CU\n#define COMMON_CU\ntypedef unsigned int word;\n#endif\n",
            "main.cpp": "#include \"common.cu\"\nint main() { word w = 0; return (int)w; }\n",
            "kernel.cu": "static int twice(int x) { return 2 * x; }\n",
        ]
        for (path, text) in files { try Data(text.utf8).write(to: root.appendingPathComponent(path)) }
        let discovery = InputDiscovery.discover([root.path])
        let results = ProjectTranslator(options: TranslationOptions(), database: .builtIn, jobs: 2)
            .translate(discovery.files, root: discovery.root)
        let outputs = Dictionary(uniqueKeysWithValues: results.map { ($0.input.relativePath, String(decoding: $0.output ?? [], as: UTF8.self)) })
        #expect(outputs["common.cu"] == files["common.cu"])
        #expect(outputs["main.cpp"] == files["main.cpp"])
        #expect(outputs["kernel.cu"] == "#include <hip/hip_runtime.h>\n" + files["kernel.cu"]!)
    }
}
