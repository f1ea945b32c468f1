// main.cpp -- host side of the module-loading path: picks a device, creates a context, loads the
// kernels of vector_ops.fatbin (from the file, or from memory with --from-memory), runs
// fill + saxpy through cuLaunchKernel and checks the result.
//
// Usage: driver_module [path/to/vector_ops.fatbin] [--from-memory]
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <hip/hip_runtime.h>

#define CU_CHECK(call)                                                                           \
    do {                                                                                         \
        hipError_t result_ = (call);                                                             \
        if (result_ != hipSuccess) {                                                             \
            const char* name_ = "unknown";                                                       \
            const char* text_ = "unknown error";                                                 \
            name_ = hipGetErrorName(result_);                                                    \
            text_ = hipGetErrorString(result_);                                                  \
            std::fprintf(stderr, "%s:%d: %s failed with %s: %s\n", __FILE__, __LINE__, #call,    \
                         name_, text_);                                                          \
            std::exit(EXIT_FAILURE);                                                             \
        }                                                                                        \
    } while (0)

namespace {

std::vector<char> read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot open %s\n", path.c_str());
        std::exit(EXIT_FAILURE);
    }
    return std::vector<char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

hipModule_t load_module(const std::string& path, bool from_memory)
{
    hipModule_t module;
    if (from_memory) {
        // The image must stay alive only for the duration of the call.
        std::vector<char> image = read_file(path);
        CU_CHECK(hipModuleLoadData(&module, image.data()));
    } else {
        CU_CHECK(hipModuleLoad(&module, path.c_str()));
    }
    return module;
}

}  // namespace

int main(int argc, char** argv)
{
    std::string path = "vector_ops.fatbin";
    bool from_memory = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--from-memory") == 0) {
            from_memory = true;
        } else {
            path = argv[i];
        }
    }

    CU_CHECK(hipInit(0));
    int device_count = 0;
    CU_CHECK(hipGetDeviceCount(&device_count));
    if (device_count == 0) {
        std::fprintf(stderr, "no CUDA device\n");
        return EXIT_FAILURE;
    }
    hipDevice_t device;
    CU_CHECK(hipDeviceGet(&device, 0));
    char name[256];
    CU_CHECK(hipDeviceGetName(name, sizeof(name), device));
    int major = 0, minor = 0, max_threads = 0;
    CU_CHECK(hipDeviceGetAttribute(&major, hipDeviceAttributeComputeCapabilityMajor, device));
    CU_CHECK(hipDeviceGetAttribute(&minor, hipDeviceAttributeComputeCapabilityMinor, device));
    CU_CHECK(hipDeviceGetAttribute(&max_threads, hipDeviceAttributeMaxThreadsPerBlock, device));
    std::printf("device 0: %s, compute capability %d.%d\n", name, major, minor);

    hipCtx_t context;
    CU_CHECK(hipCtxCreate(&context, 0, device));

    hipModule_t module = load_module(path, from_memory);
    hipFunction_t fill, saxpy;
    CU_CHECK(hipModuleGetFunction(&fill, module, "fill"));
    CU_CHECK(hipModuleGetFunction(&saxpy, module, "saxpy"));

    int n = 1 << 20;
    const size_t bytes = n * sizeof(float);
    std::vector<float> h_x(n);
    for (int i = 0; i < n; ++i) h_x[i] = static_cast<float>(i % 1000) * 0.001f;

    hipDeviceptr_t d_x, d_y;
    CU_CHECK(hipMalloc(&d_x, bytes));
    CU_CHECK(hipMalloc(&d_y, bytes));
    CU_CHECK(hipMemcpyHtoD(d_x, h_x.data(), bytes));

    hipStream_t stream;
    CU_CHECK(hipStreamCreateWithFlags(&stream, hipStreamNonBlocking));

    const unsigned int threads = max_threads >= 256 ? 256 : static_cast<unsigned int>(max_threads);
    const unsigned int blocks = (static_cast<unsigned int>(n) + threads - 1) / threads;

    // y = 1, then y = a * x + y.
    float one = 1.0f;
    void* fill_args[] = {&d_y, &one, &n};
    CU_CHECK(hipModuleLaunchKernel(fill, blocks, 1, 1, threads, 1, 1, 0, stream, fill_args, nullptr));
    float a = 2.5f;
    void* saxpy_args[] = {&a, &d_x, &d_y, &n};
    CU_CHECK(hipModuleLaunchKernel(saxpy, blocks, 1, 1, threads, 1, 1, 0, stream, saxpy_args, nullptr));
    CU_CHECK(hipStreamSynchronize(stream));
    CU_CHECK(hipCtxSynchronize());

    std::vector<float> h_y(n);
    CU_CHECK(hipMemcpyDtoH(h_y.data(), d_y, bytes));
    int errors = 0;
    for (int i = 0; i < n; ++i) {
        const float want = a * h_x[i] + 1.0f;
        if (std::fabs(h_y[i] - want) > 1e-5f * std::fabs(want) && ++errors <= 5) {
            std::fprintf(stderr, "y[%d] = %f, expected %f\n", i, h_y[i], want);
        }
    }
    std::printf("%d elements, %d mismatches (%s)\n", n, errors, from_memory ? "module from memory" : path.c_str());

    CU_CHECK(hipStreamDestroy(stream));
    CU_CHECK(hipFree(d_x));
    CU_CHECK(hipFree(d_y));
    CU_CHECK(hipModuleUnload(module));
    CU_CHECK(hipCtxDestroy(context));
    return errors == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
