// common.cuh -- error checking shared by every source of the project.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>

#define CUDA_CHECK(call)                                                    \
    do {                                                                    \
        hipError_t status_ = (call);                                        \
        if (status_ != hipSuccess) {                                        \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__,         \
                         hipGetErrorString(status_));                       \
            std::exit(1);                                                   \
        }                                                                   \
    } while (0)

inline int device_count()
{
    int count = 0;
    CUDA_CHECK(hipGetDeviceCount(&count));
    return count;
}
