// blas_check.h -- status checks for the runtime and cuBLAS.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <hipblas/hipblas.h>

inline const char* cublas_status_name(hipblasStatus_t status)
{
    switch (status) {
    case HIPBLAS_STATUS_SUCCESS: return "CUBLAS_STATUS_SUCCESS";
    case HIPBLAS_STATUS_NOT_INITIALIZED: return "CUBLAS_STATUS_NOT_INITIALIZED";
    case HIPBLAS_STATUS_ALLOC_FAILED: return "CUBLAS_STATUS_ALLOC_FAILED";
    case HIPBLAS_STATUS_INVALID_VALUE: return "CUBLAS_STATUS_INVALID_VALUE";
    case HIPBLAS_STATUS_ARCH_MISMATCH: return "CUBLAS_STATUS_ARCH_MISMATCH";
    case HIPBLAS_STATUS_EXECUTION_FAILED: return "CUBLAS_STATUS_EXECUTION_FAILED";
    case HIPBLAS_STATUS_INTERNAL_ERROR: return "CUBLAS_STATUS_INTERNAL_ERROR";
    default: return "unknown cuBLAS status";
    }
}

#define CUDA_CHECK(call)                                                                   \
    do {                                                                                   \
        hipError_t status_ = (call);                                                       \
        if (status_ != hipSuccess) {                                                       \
            fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(status_)); \
            exit(EXIT_FAILURE);                                                            \
        }                                                                                  \
    } while (0)

#define CUBLAS_CHECK(call)                                                                 \
    do {                                                                                   \
        hipblasStatus_t status_ = (call);                                                  \
        if (status_ != HIPBLAS_STATUS_SUCCESS) {                                           \
            fprintf(stderr, "%s:%d: %s returned %s\n", __FILE__, __LINE__, #call,          \
                    cublas_status_name(status_));                                          \
            exit(EXIT_FAILURE);                                                            \
        }                                                                                  \
    } while (0)
