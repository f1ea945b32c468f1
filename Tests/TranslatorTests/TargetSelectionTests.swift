import Mapping
import Reporting
import Testing
import TestSupport
@testable import Translator

/// --rocm-version, the library choices and --map, through the whole translator.
@Suite("Target selection")
struct TargetSelectionTests {
    @Test("an API added after the target ROCm is left as written and reported")
    func rocmVersion() throws {
        let source = "#include <cuda_runtime.h>\nvoid f() { cudaDeviceSetLimit(cudaLimitStackSize, 4096); }\n"
        let old = try TestSupport.translate(source, options: TranslationOptions(rocmVersion: Version([5, 2])))
        #expect(old.output == "#include <hip/hip_runtime.h>\nvoid f() { cudaDeviceSetLimit(cudaLimitStackSize, 4096); }\n")
        #expect(old.report.findings.map(\.message) == [
            "'hipDeviceSetLimit' (for 'cudaDeviceSetLimit') needs ROCm 5.3.0 or later; the target is ROCm 5.2; left as written",
            "'hipLimitStackSize' (for 'cudaLimitStackSize') needs ROCm 5.3.0 or later; the target is ROCm 5.2; left as written",
        ])
        // The include, and two names the target lacks.
        #expect(old.report.references == ReferenceCounts(found: 3, converted: 1, unsupported: 2))
        let current = try TestSupport.translate(source, options: TranslationOptions(rocmVersion: Version([5, 3])))
        #expect(current.output == "#include <hip/hip_runtime.h>\nvoid f() { hipDeviceSetLimit(hipLimitStackSize, 4096); }\n")
        #expect(current.report.findings.isEmpty)
    }

    @Test("--map renames a team's own wrapper even where the project declares it, and can mark names unsupported")
    func userMap() throws {
        let map = try UserMap(text: "myCudaAlloc myHipAlloc\ncudaMallocManaged -\n", source: "team.map")
        let source = "#include <cuda_runtime.h>\nvoid myCudaAlloc(void**);\nvoid f(void** p) { myCudaAlloc(p); cudaMallocManaged(p, 4); cudaFree(*p); }\n"
        let result = try TestSupport.translate(source, database: MappingDatabase.builtIn.applying(map))
        #expect(result.output == "#include <hip/hip_runtime.h>\nvoid myHipAlloc(void**);\nvoid f(void** p) { myHipAlloc(p); cudaMallocManaged(p, 4); hipFree(*p); }\n")
        #expect(result.report.findings.map(\.message) == ["'cudaMallocManaged' has no HIP equivalent; left as written"])
    }

    static let blasSource = """
    #include <cublas_v2.h>
    void f(cublasHandle_t h, int n, const float* x, float* y) {
        const float a = 2.0f;
        cublasSetPointerMode(h, CUBLAS_POINTER_MODE_HOST);
        cublasSaxpy(h, n, &a, x, 1, y, 1);
    }
    """

    @Test("--blas picks hipBLAS or rocBLAS, header included")
    func blas() throws {
        let hip = try TestSupport.translate(Self.blasSource, fileName: "axpy.cpp")
        #expect(hip.output == """
        #include <hipblas/hipblas.h>
        void f(hipblasHandle_t h, int n, const float* x, float* y) {
            const float a = 2.0f;
            hipblasSetPointerMode(h, HIPBLAS_POINTER_MODE_HOST);
            hipblasSaxpy(h, n, &a, x, 1, y, 1);
        }
        """)
        let roc = try TestSupport.translate(Self.blasSource, fileName: "axpy.cpp",
                                            options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)))
        #expect(roc.output == """
        #include <rocblas/rocblas.h>
        void f(rocblas_handle h, int n, const float* x, float* y) {
            const float a = 2.0f;
            rocblas_set_pointer_mode(h, rocblas_pointer_mode_host);
            rocblas_saxpy(h, n, &a, x, 1, y, 1);
        }
        """)
    }

    @Test("--dnn hipdnn keeps cuDNN's argument lists and uses hipDNN names")
    func dnn() throws {
        let source = """
        #include <cudnn.h>
        void f(cudnnTensorDescriptor_t x) { cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, 1, 3, 8, 8); }
        """
        let result = try TestSupport.translate(source, fileName: "t.cpp", options: TranslationOptions(libraries: LibraryChoice(dnn: .hipdnn)))
        #expect(result.output == """
        #include <hipDNN.h>
        void f(hipdnnTensorDescriptor_t x) { hipdnnSetTensor4dDescriptor(x, HIPDNN_TENSOR_NCHW, HIPDNN_DATA_FLOAT, 1, 3, 8, 8); }
        """)
    }

    @Test("--rand picks hipRAND or rocRAND")
    func rand() throws {
        let source = "#include <curand.h>\nvoid f(curandGenerator_t g, float* x) { curandGenerateUniform(g, x, 16); }\n"
        let hip = try TestSupport.translate(source, fileName: "r.cpp")
        #expect(hip.output == "#include <hiprand/hiprand.h>\nvoid f(hiprandGenerator_t g, float* x) { hiprandGenerateUniform(g, x, 16); }\n")
        let roc = try TestSupport.translate(source, fileName: "r.cpp", options: TranslationOptions(libraries: LibraryChoice(rand: .rocrand)))
        #expect(roc.output == "#include <rocrand/rocrand.h>\nvoid f(rocrand_generator g, float* x) { rocrand_generate_uniform(g, x, 16); }\n")
    }
}
