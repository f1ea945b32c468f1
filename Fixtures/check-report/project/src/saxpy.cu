#include <cstdio>
#include <cuda_runtime.h>
#include <cublas_v2.h>
#include <cuda_profiler_api.h>
#include "../include/scale.cuh"

int main() {
    const int n = 1024;
    float *x = nullptr, *y = nullptr;
    cudaMalloc(&x, n * sizeof(float));
    cudaMalloc(&y, n * sizeof(float));
    cudaCtxResetPersistingL2Cache();

    cublasHandle_t handle;
    cublasCreate(&handle);
    const float alpha = 2.0f;
    cublasSaxpy(handle, n, &alpha, x, 1, y, 1);
    cublasDestroy(handle);

    cudaProfilerStart();
    scale_on_device(y, 0.5f, n);
    cudaProfilerStop();
    cudaStream_t stream;
    cudaStreamCreate(&stream);
    unsigned long long id = 0;
    cudaStreamGetId(stream, &id);
    cudaCtxResetPersistingL2Cache();
    cudaStreamDestroy(stream);
    cudaFree(x);
    cudaFree(y);
    std::printf("done\n");
    return 0;
}
