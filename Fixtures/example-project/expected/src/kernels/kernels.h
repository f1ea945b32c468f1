// kernels.h -- host entry points of the row-wise kernels.
//
// Instantiated for float and __half. Every launcher is asynchronous on `stream`.
#pragma once

#include <hip/hip_runtime.h>
#include <hip/hip_fp16.h>

namespace tinyhead {

// out[r, :] = softmax(in[r, :]) for every row r.
template <typename T>
void softmax_rows(const T* in, T* out, int rows, int cols, hipStream_t stream);

// out[r, :] = (in[r, :] - mean) / sqrt(var + eps) * gamma + beta for every row r.
template <typename T>
void layernorm_rows(const T* in, T* out, const float* gamma, const float* beta, int rows, int cols, float eps,
                    hipStream_t stream);

}  // namespace tinyhead
