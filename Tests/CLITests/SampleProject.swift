/// A small project exercising what the CLI must get right: nested directories, a directory with
/// a space in its name, a header shared by two sources, CRLF line ends, a missing final newline,
/// multibyte UTF-8 in the text and in a file name, and files that are not C/C++/CUDA (which must
/// be copied byte for byte, even when they mention CUDA names).
enum SampleProject {
    /// Relative path → input bytes.
    static let input: [String: [UInt8]] = [
        "CMakeLists.txt": """
            cmake_minimum_required(VERSION 3.18)
            project(demo LANGUAGES CXX CUDA)
            add_executable(demo src/main.cu src/other.cu)

            """.bytes,
        "README.md": "# demo\n\nCalls cudaMalloc and cudaFree; see `src/`.\n".bytes,
        "scripts/run.py": "import subprocess\nprint('cudaMalloc stays as written here')\n".bytes,
        "assets/data.bin": [0x00, 0xFF, 0x0D, 0x0A, 0x63, 0x75, 0x64, 0x61, 0x00, 0xC3, 0x28, 0x0A, 0x7F],
        "docs/empty.txt": [],
        "src/main.cu": """
            #include <cuda_runtime.h>
            #include "kernels/util.cuh"

            int main() {
                float* d = nullptr;
                cudaMalloc((void**)&d, 256 * sizeof(float));
                fill<<<1, 256>>>(d, 1.0f);
                cudaDeviceSynchronize();
                cudaFree(d);
                return 0;
            }

            """.bytes,
        "src/other.cu": """
            #include "kernels/util.cuh"

            void launch(float* x, cudaStream_t stream) {
                fill<<<2, 128, 0, stream>>>(x, 0.0f);
            }

            """.bytes,
        "src/kernels/util.cuh": """
            #ifndef UTIL_CUH
            #define UTIL_CUH
            __global__ void fill(float* x, float v) { x[threadIdx.x] = v; }
            #endif

            """.bytes,
        "src/plain.cpp": "int add(int a, int b) { return a + b; }\n".bytes,
        "sub dir/crlf.cu": "#include <cuda_runtime.h>\r\nvoid sync_all() {\r\n    cudaDeviceSynchronize();\r\n}\r\n".bytes,
        "sub dir/nonl.cu": "void reset() { cudaDeviceReset(); }".bytes,
        "sub dir/ünïcode.cu": "#include <cuda_runtime.h>\nvoid make(cudaStream_t* s) { cudaStreamCreate(s); }\n".bytes,
        "utf8.cu": """
            // Größe: π ≈ 3.14159 — 日本語のコメント
            #include <cuda_runtime.h>
            const char* label = "naïve ✓";
            void copy(float* d, const float* h) { cudaMemcpy(d, h, 4, cudaMemcpyHostToDevice); }

            """.bytes,
    ]

    /// Relative path → the exact bytes cu2hip must produce.
    static let output: [String: [UInt8]] = {
        var files = input
        files["src/main.cu"] = """
            #include <hip/hip_runtime.h>
            #include "kernels/util.cuh"

            int main() {
                float* d = nullptr;
                hipMalloc((void**)&d, 256 * sizeof(float));
                fill<<<1, 256>>>(d, 1.0f);
                hipDeviceSynchronize();
                hipFree(d);
                return 0;
            }

            """.bytes
        files["src/other.cu"] = """
            #include <hip/hip_runtime.h>
            #include "kernels/util.cuh"

            void launch(float* x, hipStream_t stream) {
                fill<<<2, 128, 0, stream>>>(x, 0.0f);
            }

            """.bytes
        files["src/kernels/util.cuh"] = """
            #ifndef UTIL_CUH
            #define UTIL_CUH
            #include <hip/hip_runtime.h>
            __global__ void fill(float* x, float v) { x[threadIdx.x] = v; }
            #endif

            """.bytes
        files["sub dir/crlf.cu"] = "#include <hip/hip_runtime.h>\r\nvoid sync_all() {\r\n    hipDeviceSynchronize();\r\n}\r\n".bytes
        files["sub dir/nonl.cu"] = "#include <hip/hip_runtime.h>\nvoid reset() { hipDeviceReset(); }".bytes
        files["sub dir/ünïcode.cu"] = "#include <hip/hip_runtime.h>\nvoid make(hipStream_t* s) { hipStreamCreate(s); }\n".bytes
        files["utf8.cu"] = """
            // Größe: π ≈ 3.14159 — 日本語のコメント
            #include <hip/hip_runtime.h>
            const char* label = "naïve ✓";
            void copy(float* d, const float* h) { hipMemcpy(d, h, 4, hipMemcpyHostToDevice); }

            """.bytes
        return files
    }()

    /// Report status of each file.
    static let statuses: [String: String] = [
        "CMakeLists.txt": "copied", "README.md": "copied", "scripts/run.py": "copied", "assets/data.bin": "copied",
        "docs/empty.txt": "copied", "src/plain.cpp": "unchanged",
        "src/main.cu": "converted", "src/other.cu": "converted", "src/kernels/util.cuh": "converted",
        "sub dir/crlf.cu": "converted", "sub dir/nonl.cu": "converted", "sub dir/ünïcode.cu": "converted", "utf8.cu": "converted",
    ]

    /// CUDA references found (all converted) per file: includes, API names and launches.
    static let references: [String: Int] = [
        "src/main.cu": 5, "src/other.cu": 2, "src/kernels/util.cuh": 0, "src/plain.cpp": 0,
        "sub dir/crlf.cu": 2, "sub dir/nonl.cu": 1, "sub dir/ünïcode.cu": 3, "utf8.cu": 3,
    ]

    static let expectedSummary: [String: Int] = [
        "files": 13, "converted": 7, "unchanged": 1, "copied": 5, "failed": 0, "filesWithParseErrors": 0,
        "references.found": 16, "references.converted": 16, "references.unsupported": 0, "percentConverted×10": 1000,
    ]

    static let summaryText = summaryLines(files: 13, converted: 7, unchanged: 1, copied: 5, failed: 0,
                                          found: 16, referencesConverted: 16, unsupported: 0, percent: "100.0")
}
