// check.cuh -- error checking shared by every translation unit of vecbench.
//
// Every runtime call goes through CUDA_CHECK so that a failure reports the
// call, the file and the line before the program exits.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>

#define CUDA_CHECK(call)                                                      \
    do {                                                                      \
        hipError_t err_ = (call);                                             \
        if (err_ != hipSuccess) {                                             \
            fprintf(stderr, "%s:%d: %s failed: %s (%s)\n", __FILE__, __LINE__, \
                    #call, hipGetErrorString(err_), hipGetErrorName(err_));   \
            exit(EXIT_FAILURE);                                               \
        }                                                                     \
    } while (0)

// Launches are asynchronous: this catches a bad configuration right away,
// execution errors show up at the next synchronising call.
#define CUDA_CHECK_LAUNCH() CUDA_CHECK(hipGetLastError())

inline int div_up(int n, int d) { return (n + d - 1) / d; }
