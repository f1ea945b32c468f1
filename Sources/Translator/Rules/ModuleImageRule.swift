import Clang
import Reporting

/// Module loading needs an AMD code object. `cuModuleLoad*` and friends become `hipModuleLoad*`
/// by rename, but the image they load was built by nvcc (PTX, cubin, fatbin), which HIP cannot
/// load: it needs `hipcc --genco --offload-arch=gfx...`. This rule reports each load call and
/// each string literal naming an NVIDIA image file; it changes nothing.
public struct ModuleImageRule: Rule {
    /// CUDA calls that load a device-code image (driver API and the runtime's library API).
    static let loaders: Set<String> = [
        "cuModuleLoad", "cuModuleLoadData", "cuModuleLoadDataEx", "cuModuleLoadFatBinary",
        "cuLibraryLoadData", "cuLibraryLoadFromFile", "cudaLibraryLoadData", "cudaLibraryLoadFromFile",
        "cuLinkAddData", "cuLinkAddFile",
    ]
    /// File-name endings of nvcc's device-code outputs.
    static let nvidiaImageSuffixes = [".ptx", ".cubin", ".fatbin"]

    public static let description = RuleDescription(
        identifier: "module-image",
        name: "Module images",
        summary: "Reports driver-API module loads and string literals naming .ptx, .cubin or .fatbin files: HIP loads only AMD code objects, built with hipcc --genco --offload-arch=<gfx>.",
        corrections: [
            Example("""
            #include <cuda.h>
            CUresult load(CUmodule* m) { return cuModuleLoad(m, "kernels.fatbin"); }
            """, """
            #include <hip/hip_runtime.h>
            hipError_t load(hipModule_t* m) { return hipModuleLoad(m, "kernels.fatbin"); }
            """, fileName: "load.cpp", reports: [
                "2: 'cuModuleLoad' must load an AMD code object",
                "2: \"kernels.fatbin\" names an nvcc .fatbin image",
            ]),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            hipError_t load(hipModule_t* m) { return hipModuleLoad(m, "kernels.hsaco"); }
            """, fileName: "done.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.isActive {
            if token.kind == .identifier, Self.loaders.contains(token.spelling),
               let next = stream.next(after: token.index), stream[next].spelling == "(" {
                output.report(token.range.start, .warning, rule: identifier,
                              "'\(token.spelling)' must load an AMD code object: build the image with hipcc --genco --offload-arch=<gfx> instead of nvcc's PTX, cubin or fatbin",
                              name: token.spelling)
            } else if token.kind == .literal, let suffix = Self.nvidiaImageSuffix(of: token.spelling) {
                output.report(token.range.start, .warning, rule: identifier,
                              "\(token.spelling) names an nvcc \(suffix) image, which HIP cannot load; point it at a code object built with hipcc --genco")
            }
        }
    }

    /// The NVIDIA image ending of a string literal's contents, if any.
    private static func nvidiaImageSuffix(of literal: String) -> String? {
        guard literal.hasSuffix("\"") else { return nil }
        let contents = literal.dropLast()
        return nvidiaImageSuffixes.first { contents.hasSuffix($0) }
    }
}
