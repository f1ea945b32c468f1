import CUDADeclarations
import Clang

/// How cu2hip asks libclang to parse a file: in one place, so every caller agrees.
public enum ParseSetup {
    /// True for paths of cu2hip's own in-memory CUDA declarations.
    public static func isVirtualPath(_ path: String) -> Bool {
        CUDADeclarations.isVirtualPath(path)
    }

    /// Compiler arguments for `path` (without the path itself).
    /// With `precompiledRuntime`, a CUDA source loads that precompiled header instead of
    /// parsing `cuda_runtime.h` again.
    /// With `asHIP` (a unit that is already HIP), the file is parsed as HIP with the installed HIP
    /// headers (``TranslationOptions/hipPath``), or as plain C++ for its tokens when none is installed.
    static func arguments(for path: String, options: TranslationOptions, includeDirectories: [String],
                          precompiledRuntime: String? = nil, asHIP: Bool = false) -> [String] {
        let isCUDASource = path.hasSuffix(".cu") || path.hasSuffix(".cuh")
        var arguments: [String]
        if asHIP {
            arguments = options.hipPath.map { ["-x", "hip", "--cuda-host-only", "-nogpulib", "--rocm-path=\($0)", "-std=c++17"] }
                ?? ["-x", "c++", "-std=c++17"]
        } else if let cudaPath = options.cudaPath {
            arguments = ["-x", "cuda", "--cuda-host-only", "--cuda-path=\(cudaPath)", "-nocudalib", "-std=c++17"]
            if isCUDASource { arguments += ["-include", "cuda_runtime.h"] }
        } else {
            arguments = CUDADeclarations.parseArguments(forCUDASource: isCUDASource)
        }
        for directory in includeDirectories { arguments += ["-I", directory] }
        for define in options.defines { arguments += ["-D", define] }
        // Unused-code warnings are noise here; errors are what the report needs.
        arguments += ["-w", "-ferror-limit=0"]
        if isCUDASource, !asHIP, let precompiledRuntime, let position = arguments.firstIndex(of: "-include"),
           position + 1 < arguments.count, arguments[position + 1] == "cuda_runtime.h" {
            arguments.replaceSubrange(position...(position + 1), with: ["-include-pch", precompiledRuntime])
        }
        return arguments
    }

    /// True for a header of the HIP runtime (`hip/hip_runtime.h`, `hip/hip_fp16.h`, ...): a unit
    /// that includes one is already HIP.
    static func isHIPRuntimeHeader(_ header: String) -> Bool {
        header.hasPrefix("hip/")
    }

    /// The in-memory headers to hand to libclang (none with a real CUDA installation).
    static func unsavedHeaders(options: TranslationOptions) -> [UnsavedFile] {
        options.cudaPath == nil ? builtInHeaders : []
    }

    private static let builtInHeaders: [UnsavedFile] = CUDADeclarations.unsavedFiles.map {
        UnsavedFile(path: $0.path, contents: $0.contents)
    }
}
