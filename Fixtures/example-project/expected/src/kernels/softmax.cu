// softmax.cu -- numerically stable softmax, one block per row.
#include <hip/hip_runtime.h>
#include <cmath>

#include "../common/cuda_utils.h"
#include "device_utils.cuh"
#include "kernels.h"

namespace tinyhead {
namespace {

constexpr int kThreads = 256;

// The row is cached in dynamic shared memory (cols floats) so that the input
// is read once.
template <typename T>
__global__ void __launch_bounds__(kThreads) softmax_rows_kernel(const T* __restrict__ in, T* __restrict__ out, int cols)
{
    extern __shared__ float row[];
    const T* x = in + static_cast<size_t>(blockIdx.x) * cols;
    T* y = out + static_cast<size_t>(blockIdx.x) * cols;

    float local_max = -INFINITY;
    for (int c = threadIdx.x; c < cols; c += blockDim.x) {
        const float v = to_float(x[c]);
        row[c] = v;
        local_max = fmaxf(local_max, v);
    }
    const float row_max = block_all_reduce(local_max, MaxOp(), -INFINITY);

    float local_sum = 0.0f;
    for (int c = threadIdx.x; c < cols; c += blockDim.x) {
        const float e = __expf(row[c] - row_max);
        row[c] = e;
        local_sum += e;
    }
    const float inv_sum = 1.0f / block_all_reduce(local_sum, SumOp(), 0.0f);

    for (int c = threadIdx.x; c < cols; c += blockDim.x) {
        y[c] = from_float<T>(row[c] * inv_sum);
    }
}

}  // namespace

template <typename T>
void softmax_rows(const T* in, T* out, int rows, int cols, hipStream_t stream)
{
    const size_t smem = static_cast<size_t>(cols) * sizeof(float);
    if (smem > 48 * 1024) {
        // Wide rows need the opt-in shared memory carve-out.
        CUDA_CHECK(hipFuncSetAttribute(reinterpret_cast<const void*>(softmax_rows_kernel<T>), hipFuncAttributeMaxDynamicSharedMemorySize,
                                        static_cast<int>(smem)));
    }
    softmax_rows_kernel<T><<<rows, kThreads, smem, stream>>>(in, out, cols);
    CUDA_CHECK(hipGetLastError());
}

template void softmax_rows<float>(const float*, float*, int, int, hipStream_t);
template void softmax_rows<__half>(const __half*, __half*, int, int, hipStream_t);

}  // namespace tinyhead
