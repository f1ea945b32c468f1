// dnn_check.h -- error checks for the CUDA runtime and cuDNN.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <miopen/miopen.h>

#define CUDA_CHECK(expr)                                                                  \
    do {                                                                                  \
        const hipError_t err_ = (expr);                                                   \
        if (err_ != hipSuccess) {                                                         \
            std::fprintf(stderr, "%s:%d: CUDA error %s: %s\n", __FILE__, __LINE__,        \
                         hipGetErrorName(err_), hipGetErrorString(err_));                 \
            std::abort();                                                                 \
        }                                                                                 \
    } while (0)

#define CUDNN_CHECK(expr)                                                                 \
    do {                                                                                  \
        const miopenStatus_t st_ = (expr);                                                \
        if (st_ != miopenStatusSuccess) {                                                 \
            std::fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #expr,     \
                         miopenGetErrorString(st_));                                      \
            std::abort();                                                                 \
        }                                                                                 \
    } while (0)

struct Dims {
    int n, c, h, w;
    int count() const { return n * c * h * w; }
    size_t bytes() const { return static_cast<size_t>(count()) * sizeof(float); }
};

inline miopenTensorDescriptor_t create_tensor(const Dims& d)
{
    miopenTensorDescriptor_t desc;
    CUDNN_CHECK(miopenCreateTensorDescriptor(&desc));
    CUDNN_CHECK(miopenSet4dTensorDescriptor(desc, miopenFloat, d.n, d.c, d.h, d.w));
    return desc;
}

inline float* device_alloc(const Dims& d)
{
    float* p = nullptr;
    CUDA_CHECK(hipMalloc(&p, d.bytes()));
    CUDA_CHECK(hipMemset(p, 0, d.bytes()));
    return p;
}
