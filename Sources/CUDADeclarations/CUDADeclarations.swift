/// The CUDA declarations cu2hip parses with, so that no CUDA SDK is needed.
///
/// The headers (cu2hip's own subset of the CUDA 12.4 runtime, driver, cuBLAS, cuBLASLt, cuDNN 8,
/// cuRAND, cuFFT, cuSPARSE, cuSOLVER (dense, sparse, refactorization), cooperative groups, WMMA,
/// fp16/bf16, cuComplex and NVTX declarations; not NVIDIA's headers) live in
/// `Sources/CUDADeclarations/Headers` and are embedded into `EmbeddedHeaders.swift` by
/// `Scripts/embed_headers.py`. libclang receives them as unsaved
/// (in-memory) files below ``virtualIncludeDirectory``, which does not exist on disk.
///
/// Besides the host API, the headers declare what device code calls (intrinsics, atomics, warp
/// functions, and `__device__` overloads of the C math and C library functions, also reachable
/// through `std::`), because in clang's CUDA mode device code cannot call host-only functions.
///
/// Programs often `#define` short words (`N`, `count`, `flags`, `T`, ...) before including the
/// CUDA headers. So that such a macro cannot expand inside a declaration, the headers spell every
/// name of their own that is not part of CUDA's API (function parameters, template parameters,
/// locals, private members) in the implementation's reserved form `__name`, and the attribute
/// macros expand to `__attribute__((__device__))` rather than `device`. API names (struct
/// members such as `dim3::x`, member functions such as `thread_group::size()`, enumerators) keep
/// CUDA's spelling.
public enum CUDADeclarations {
    /// Virtual root of the CUDA "installation" the headers belong to. It is passed as
    /// `--cuda-path` so that clang never picks up a real CUDA installation on the machine.
    public static let virtualRoot = "/__cu2hip__/cuda"

    /// Virtual directory the headers live in for libclang.
    public static let virtualIncludeDirectory = "/__cu2hip__/cuda/include"

    /// The CUDA version the headers describe (`CUDART_VERSION`, `CUDA_VERSION`).
    public static let cudaVersion = 12040

    /// Macros nvcc predefines when it compiles a CUDA source file, for CUDA 12.4, and that clang's
    /// CUDA mode does not define by itself (clang 14 defines `__CUDA__` but not `__CUDACC__`).
    /// `__CUDA_ARCH__` stays undefined, as in nvcc's host pass, so `#ifdef __CUDA_ARCH__` code is
    /// skipped; architecture-dependent macros (`__CUDA_ARCH_LIST__`) and nvcc-internal ones are
    /// left out.
    public static let nvccPredefinedMacros: [String] = [
        "-D__CUDACC__",
        "-D__NVCC__",
        "-D__CUDACC_VER_MAJOR__=12",
        "-D__CUDACC_VER_MINOR__=4",
        "-D__CUDACC_VER_BUILD__=131",
        "-D__CUDA_API_VER_MAJOR__=12",
        "-D__CUDA_API_VER_MINOR__=4",
    ]

    /// Absolute virtual paths -> contents, for libclang unsaved files.
    public static var unsavedFiles: [(path: String, contents: String)] {
        headers.map { (path: virtualIncludeDirectory + "/" + $0.name, contents: $0.contents) }
    }

    /// The contents of the embedded header `name` (e.g. `"cuda_runtime.h"`), if there is one.
    public static func contents(ofHeader name: String) -> String? {
        headers.first { $0.name == name }?.contents
    }

    /// Compiler arguments that make clang parse CUDA host code with these headers.
    ///
    /// The file is parsed as CUDA host code (`-x cuda --cuda-host-only`) without clang's CUDA
    /// wrapper headers or libdevice (`-nocudainc -nocudalib`), with `--cuda-path` pointing at the
    /// virtual root (so that an installed CUDA SDK is neither used nor reported, and the kernel
    /// launch lowering is the same on every machine), in C++17, with the headers as a system
    /// include directory.
    ///
    /// - Parameter forCUDASource: `true` for a file nvcc would compile as CUDA (`.cu`, and headers
    ///   included from one): adds nvcc's predefined macros (``nvccPredefinedMacros``) and
    ///   `-include cuda_runtime.h`, which nvcc includes implicitly. `false` for host C++ built by
    ///   the host compiler: neither is added, so `#ifdef __CUDACC__` branches are inactive as they
    ///   are under g++; the headers stay reachable by `#include`.
    public static func parseArguments(forCUDASource: Bool) -> [String] {
        var arguments = [
            "-x", "cuda",
            "--cuda-host-only",
            "-nocudainc",
            "-nocudalib",
            "--cuda-path=" + virtualRoot,
            "-std=c++17",
            "-isystem", virtualIncludeDirectory,
        ]
        if forCUDASource {
            arguments += nvccPredefinedMacros
            arguments += ["-include", "cuda_runtime.h"]
        }
        return arguments
    }

    /// Whether `path` names a file of the virtual CUDA installation (one of these headers),
    /// as opposed to a file on disk.
    public static func isVirtualPath(_ path: String) -> Bool {
        path == virtualRoot || path.hasPrefix(virtualRoot + "/")
    }
}
