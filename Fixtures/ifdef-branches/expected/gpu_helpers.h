// gpu_helpers.h -- small helpers shared by the pipeline sources.
//
// Needs the runtime's types: include cuda_runtime.h first.
#ifndef GPU_HELPERS_H
#define GPU_HELPERS_H
#include <hip/hip_runtime.h>

#ifndef HIP_INCLUDE_HIP_DRIVER_TYPES_H
#error "gpu_helpers.h needs cuda_runtime.h (driver_types.h) to be included first"
#endif

#include <cstdio>
#include <cstdlib>

#define GPU_CHECK(call)                                                           \
    do {                                                                          \
        hipError_t gpu_check_status = (call);                                     \
        if (gpu_check_status != hipSuccess) {                                     \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__,                    \
                    hipGetErrorString(gpu_check_status));                         \
            std::exit(EXIT_FAILURE);                                              \
        }                                                                         \
    } while (0)

// fast_exp: the intrinsic on the device, the libm call on the host.
__host__ __device__ inline float fast_exp(float x)
{
#if defined(__HIP_DEVICE_COMPILE__)
    return __expf(x);
#else
    return expf(x);
#endif
}

// Read-only loads through the texture path where the architecture has it.
template <typename T>
__device__ inline T load_readonly(const T* p)
{
#if __CUDA_ARCH__ >= 350
    return __ldg(p);
#else
    return *p;
#endif
}

#endif  // GPU_HELPERS_H
