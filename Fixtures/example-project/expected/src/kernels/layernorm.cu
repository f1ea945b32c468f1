// layernorm.cu -- LayerNorm over the last dimension, one block per row.
#include <hip/hip_runtime.h>
#include "../common/cuda_utils.h"
#include "device_utils.cuh"
#include "kernels.h"

namespace tinyhead {
namespace {

// Single pass: sum and sum of squares together. Fine for activations of
// moderate magnitude, which is what this head sees.
template <typename T, int Threads>
__global__ void __launch_bounds__(Threads)
    layernorm_rows_kernel(const T* __restrict__ in, T* __restrict__ out, const float* __restrict__ gamma,
                          const float* __restrict__ beta, int cols, float eps)
{
    const T* x = in + static_cast<size_t>(blockIdx.x) * cols;
    T* y = out + static_cast<size_t>(blockIdx.x) * cols;

    float sum = 0.0f;
    float sum_sq = 0.0f;
    for (int c = threadIdx.x; c < cols; c += Threads) {
        const float v = to_float(x[c]);
        sum += v;
        sum_sq += v * v;
    }
    sum = block_all_reduce(sum, SumOp(), 0.0f);
    sum_sq = block_all_reduce(sum_sq, SumOp(), 0.0f);
    const float mean = sum / cols;
    const float variance = fmaxf(sum_sq / cols - mean * mean, 0.0f);
    const float inv_std = rsqrtf(variance + eps);

    for (int c = threadIdx.x; c < cols; c += Threads) {
        const float v = (to_float(x[c]) - mean) * inv_std;
        y[c] = from_float<T>(v * __ldg(gamma + c) + __ldg(beta + c));
    }
}

}  // namespace

template <typename T>
void layernorm_rows(const T* in, T* out, const float* gamma, const float* beta, int rows, int cols, float eps,
                    hipStream_t stream)
{
    if (cols <= 256) {
        layernorm_rows_kernel<T, 128><<<rows, 128, 0, stream>>>(in, out, gamma, beta, cols, eps);
    } else {
        layernorm_rows_kernel<T, 512><<<rows, 512, 0, stream>>>(in, out, gamma, beta, cols, eps);
    }
    CUDA_CHECK(hipGetLastError());
}

template void layernorm_rows<float>(const float*, float*, const float*, const float*, int, int, float, hipStream_t);
template void layernorm_rows<__half>(const __half*, __half*, const float*, const float*, int, int, float, hipStream_t);

}  // namespace tinyhead
