// scale.cu -- in-place scaling on a stream of its own.
#include <hip/hip_runtime.h>
#include "common.cuh"

__global__ void scale(float* data, int n, float factor)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        data[i] *= factor;
    }
}

void run_scale(float* device, int n, float factor)
{
    hipStream_t stream;
    CUDA_CHECK(hipStreamCreateWithFlags(&stream, hipStreamNonBlocking));
    scale<<<64, 256, 0, stream>>>(device, n, factor);
    CUDA_CHECK(hipStreamSynchronize(stream));
    CUDA_CHECK(hipStreamDestroy(stream));
}
