// lt_check.h -- status checks for the runtime and cuBLASLt.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <hipblaslt/hipblaslt.h>

inline const char* lt_status_name(hipblasStatus_t status)
{
    switch (status) {
    case HIPBLAS_STATUS_SUCCESS: return "success";
    case HIPBLAS_STATUS_NOT_INITIALIZED: return "not initialized";
    case HIPBLAS_STATUS_ALLOC_FAILED: return "allocation failed";
    case HIPBLAS_STATUS_INVALID_VALUE: return "invalid value";
    case HIPBLAS_STATUS_NOT_SUPPORTED: return "not supported";
    case HIPBLAS_STATUS_EXECUTION_FAILED: return "execution failed";
    default: return "other cuBLASLt error";
    }
}

#define CUDA_CHECK(call)                                                                   \
    do {                                                                                   \
        hipError_t err_ = (call);                                                          \
        if (err_ != hipSuccess) {                                                          \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(err_));   \
            exit(EXIT_FAILURE);                                                            \
        }                                                                                  \
    } while (0)

#define LT_CHECK(call)                                                                     \
    do {                                                                                   \
        hipblasStatus_t st_ = (call);                                                      \
        if (st_ != HIPBLAS_STATUS_SUCCESS) {                                               \
            fprintf(stderr, "%s:%d: %s -> %s\n", __FILE__, __LINE__, #call,                \
                    lt_status_name(st_));                                                  \
            exit(EXIT_FAILURE);                                                            \
        }                                                                                  \
    } while (0)
