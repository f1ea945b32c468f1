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

#include <cuda.h>

#define CU_CHECK(call)                                                                           \
    do {                                                                                         \
        CUresult result_ = (call);                                                               \
        if (result_ != CUDA_SUCCESS) {                                                           \
            const char* name_ = "unknown";                                                       \
            const char* text_ = "unknown error";                                                 \
            cuGetErrorName(result_, &name_);                                                     \
            cuGetErrorString(result_, &text_);                                                   \
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

CUmodule load_module(const std::string& path, bool from_memory)
{
    CUmodule module;
    if (from_memory) {
        // The image must stay alive only for the duration of the call.
        std::vector<char> image = read_file(path);
        CU_CHECK(cuModuleLoadData(&module, image.data()));
    } else {
        CU_CHECK(cuModuleLoad(&module, path.c_str()));
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

    CU_CHECK(cuInit(0));
    int device_count = 0;
    CU_CHECK(cuDeviceGetCount(&device_count));
    if (device_count == 0) {
        std::fprintf(stderr, "no CUDA device\n");
        return EXIT_FAILURE;
    }
    CUdevice device;
    CU_CHECK(cuDeviceGet(&device, 0));
    char name[256];
    CU_CHECK(cuDeviceGetName(name, sizeof(name), device));
    int major = 0, minor = 0, max_threads = 0;
    CU_CHECK(cuDeviceGetAttribute(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, device));
    CU_CHECK(cuDeviceGetAttribute(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, device));
    CU_CHECK(cuDeviceGetAttribute(&max_threads, CU_DEVICE_ATTRIBUTE_MAX_THREADS_PER_BLOCK, device));
    std::printf("device 0: %s, compute capability %d.%d\n", name, major, minor);

    CUcontext context;
    CU_CHECK(cuCtxCreate(&context, 0, device));

    CUmodule module = load_module(path, from_memory);
    CUfunction fill, saxpy;
    CU_CHECK(cuModuleGetFunction(&fill, module, "fill"));
    CU_CHECK(cuModuleGetFunction(&saxpy, module, "saxpy"));

    int n = 1 << 20;
    const size_t bytes = n * sizeof(float);
    std::vector<float> h_x(n);
    for (int i = 0; i < n; ++i) h_x[i] = static_cast<float>(i % 1000) * 0.001f;

    CUdeviceptr d_x, d_y;
    CU_CHECK(cuMemAlloc(&d_x, bytes));
    CU_CHECK(cuMemAlloc(&d_y, bytes));
    CU_CHECK(cuMemcpyHtoD(d_x, h_x.data(), bytes));

    CUstream stream;
    CU_CHECK(cuStreamCreate(&stream, CU_STREAM_NON_BLOCKING));

    const unsigned int threads = max_threads >= 256 ? 256 : static_cast<unsigned int>(max_threads);
    const unsigned int blocks = (static_cast<unsigned int>(n) + threads - 1) / threads;

    // y = 1, then y = a * x + y.
    float one = 1.0f;
    void* fill_args[] = {&d_y, &one, &n};
    CU_CHECK(cuLaunchKernel(fill, blocks, 1, 1, threads, 1, 1, 0, stream, fill_args, nullptr));
    float a = 2.5f;
    void* saxpy_args[] = {&a, &d_x, &d_y, &n};
    CU_CHECK(cuLaunchKernel(saxpy, blocks, 1, 1, threads, 1, 1, 0, stream, saxpy_args, nullptr));
    CU_CHECK(cuStreamSynchronize(stream));
    CU_CHECK(cuCtxSynchronize());

    std::vector<float> h_y(n);
    CU_CHECK(cuMemcpyDtoH(h_y.data(), d_y, bytes));
    int errors = 0;
    for (int i = 0; i < n; ++i) {
        const float want = a * h_x[i] + 1.0f;
        if (std::fabs(h_y[i] - want) > 1e-5f * std::fabs(want) && ++errors <= 5) {
            std::fprintf(stderr, "y[%d] = %f, expected %f\n", i, h_y[i], want);
        }
    }
    std::printf("%d elements, %d mismatches (%s)\n", n, errors, from_memory ? "module from memory" : path.c_str());

    CU_CHECK(cuStreamDestroy(stream));
    CU_CHECK(cuMemFree(d_x));
    CU_CHECK(cuMemFree(d_y));
    CU_CHECK(cuModuleUnload(module));
    CU_CHECK(cuCtxDestroy(context));
    return errors == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
