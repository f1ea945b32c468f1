// dnn_check.h -- error checks for the CUDA runtime and cuDNN.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <cuda_runtime.h>
#include <cudnn.h>

#define CUDA_CHECK(expr)                                                                  \
    do {                                                                                  \
        const cudaError_t err_ = (expr);                                                  \
        if (err_ != cudaSuccess) {                                                        \
            std::fprintf(stderr, "%s:%d: CUDA error %s: %s\n", __FILE__, __LINE__,        \
                         cudaGetErrorName(err_), cudaGetErrorString(err_));               \
            std::abort();                                                                 \
        }                                                                                 \
    } while (0)

#define CUDNN_CHECK(expr)                                                                 \
    do {                                                                                  \
        const cudnnStatus_t st_ = (expr);                                                 \
        if (st_ != CUDNN_STATUS_SUCCESS) {                                                \
            std::fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #expr,     \
                         cudnnGetErrorString(st_));                                       \
            std::abort();                                                                 \
        }                                                                                 \
    } while (0)

struct Dims {
    int n, c, h, w;
    int count() const { return n * c * h * w; }
    size_t bytes() const { return static_cast<size_t>(count()) * sizeof(float); }
};

inline cudnnTensorDescriptor_t create_tensor(const Dims& d)
{
    cudnnTensorDescriptor_t desc;
    CUDNN_CHECK(cudnnCreateTensorDescriptor(&desc));
    CUDNN_CHECK(cudnnSetTensor4dDescriptor(desc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, d.n, d.c, d.h, d.w));
    return desc;
}

inline float* device_alloc(const Dims& d)
{
    float* p = nullptr;
    CUDA_CHECK(cudaMalloc(&p, d.bytes()));
    CUDA_CHECK(cudaMemset(p, 0, d.bytes()));
    return p;
}
