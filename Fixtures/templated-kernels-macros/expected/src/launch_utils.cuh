// launch_utils.cuh -- error checking and the launch macro used by the kernels.
#ifndef LAUNCH_UTILS_CUH
#define LAUNCH_UTILS_CUH

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>

#define CUDA_CHECK(expr)                                                              \
    do {                                                                              \
        const hipError_t status_ = (expr);                                            \
        if (status_ != hipSuccess) {                                                  \
            fprintf(stderr, "[%s:%d] %s: %s\n", __FILE__, __LINE__, #expr,            \
                    hipGetErrorString(status_));                                      \
            abort();                                                                  \
        }                                                                             \
    } while (0)

// Launches `kernel` and checks the launch. In debug builds it also waits for the
// kernel, so that a fault is reported at the launch that caused it.
#ifdef NDEBUG
#define LAUNCH_KERNEL(kernel, grid, block, stream, ...)                                    \
    do {                                                                                   \
        hipLaunchKernelGGL(kernel, dim3((grid)), dim3((block)), 0, (stream), __VA_ARGS__); \
        CUDA_CHECK(hipGetLastError());                                                     \
    } while (0)
#else
#define LAUNCH_KERNEL(kernel, grid, block, stream, ...)                                    \
    do {                                                                                   \
        hipLaunchKernelGGL(kernel, dim3((grid)), dim3((block)), 0, (stream), __VA_ARGS__); \
        CUDA_CHECK(hipGetLastError());                                                     \
        CUDA_CHECK(hipStreamSynchronize(stream));                                          \
    } while (0)
#endif

constexpr int kThreadsPerBlock = 256;

inline unsigned int blocks_for(int n, int items_per_thread = 1)
{
    const int per_block = kThreadsPerBlock * items_per_thread;
    return static_cast<unsigned int>((n + per_block - 1) / per_block);
}

#endif  // LAUNCH_UTILS_CUH
