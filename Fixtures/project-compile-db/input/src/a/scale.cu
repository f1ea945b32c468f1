// scale.cu -- in-place scaling on a stream of its own.
#include "common.cuh"

__global__ void scale(float* data, int n, float factor)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        data[i] *= factor;
    }
}

void run_scale(float* device, int n, float factor)
{
    cudaStream_t stream;
    CUDA_CHECK(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking));
    scale<<<64, 256, 0, stream>>>(device, n, factor);
    CUDA_CHECK(cudaStreamSynchronize(stream));
    CUDA_CHECK(cudaStreamDestroy(stream));
}
