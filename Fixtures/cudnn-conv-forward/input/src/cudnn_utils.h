// cudnn_utils.h -- status checks and small helpers for the cuDNN examples.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <cuda_runtime.h>
#include <cudnn.h>

#define CUDA_CHECK(call)                                                              \
    do {                                                                              \
        cudaError_t e_ = (call);                                                      \
        if (e_ != cudaSuccess) {                                                      \
            fprintf(stderr, "%s:%d: CUDA: %s\n", __FILE__, __LINE__, cudaGetErrorString(e_)); \
            exit(EXIT_FAILURE);                                                       \
        }                                                                             \
    } while (0)

#define CUDNN_CHECK(call)                                                             \
    do {                                                                              \
        cudnnStatus_t s_ = (call);                                                    \
        if (s_ != CUDNN_STATUS_SUCCESS) {                                             \
            fprintf(stderr, "%s:%d: cuDNN: %s in %s\n", __FILE__, __LINE__,           \
                    cudnnGetErrorString(s_), #call);                                  \
            exit(EXIT_FAILURE);                                                       \
        }                                                                             \
    } while (0)

// A 4-d NCHW shape.
struct Shape {
    int n, c, h, w;
    size_t count() const { return static_cast<size_t>(n) * c * h * w; }
    size_t bytes() const { return count() * sizeof(float); }
};

inline cudnnTensorDescriptor_t make_nchw_descriptor(const Shape& s)
{
    cudnnTensorDescriptor_t desc;
    CUDNN_CHECK(cudnnCreateTensorDescriptor(&desc));
    CUDNN_CHECK(cudnnSetTensor4dDescriptor(desc, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, s.n, s.c, s.h, s.w));
    return desc;
}
