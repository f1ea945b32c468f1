// cudnn_utils.h -- status checks and small helpers for the cuDNN examples.
#pragma once

#include <cstdio>
#include <cstdlib>

#include <hip/hip_runtime.h>
#include <miopen/miopen.h>

#define CUDA_CHECK(call)                                                              \
    do {                                                                              \
        hipError_t e_ = (call);                                                       \
        if (e_ != hipSuccess) {                                                       \
            fprintf(stderr, "%s:%d: CUDA: %s\n", __FILE__, __LINE__, hipGetErrorString(e_)); \
            exit(EXIT_FAILURE);                                                       \
        }                                                                             \
    } while (0)

#define CUDNN_CHECK(call)                                                             \
    do {                                                                              \
        miopenStatus_t s_ = (call);                                                   \
        if (s_ != miopenStatusSuccess) {                                              \
            fprintf(stderr, "%s:%d: cuDNN: %s in %s\n", __FILE__, __LINE__,           \
                    miopenGetErrorString(s_), #call);                                 \
            exit(EXIT_FAILURE);                                                       \
        }                                                                             \
    } while (0)

// A 4-d NCHW shape.
struct Shape {
    int n, c, h, w;
    size_t count() const { return static_cast<size_t>(n) * c * h * w; }
    size_t bytes() const { return count() * sizeof(float); }
};

inline miopenTensorDescriptor_t make_nchw_descriptor(const Shape& s)
{
    miopenTensorDescriptor_t desc;
    CUDNN_CHECK(miopenCreateTensorDescriptor(&desc));
    CUDNN_CHECK(miopenSet4dTensorDescriptor(desc, miopenFloat, s.n, s.c, s.h, s.w));
    return desc;
}
