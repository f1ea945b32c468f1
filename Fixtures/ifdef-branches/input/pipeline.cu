// pipeline.cu -- runs a small chain of kernels many times, either captured
// once into a CUDA graph (-DUSE_CUDA_GRAPHS) or launched directly each time.
#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <unistd.h>
#endif

#include <cmath>
#include <cstdio>
#include <vector>

#include <cuda_runtime.h>

#include "gpu_helpers.h"

#ifndef PIPELINE_ITERATIONS
#define PIPELINE_ITERATIONS 100
#endif

__global__ void softplus_kernel(const float* in, float* out, int n)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        const float x = load_readonly(in + i);
        out[i] = x > 20.0f ? x : logf(1.0f + fast_exp(x));
    }
}

__global__ void axpb_kernel(float* data, float a, float b, int n)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
#ifdef __CUDA_ARCH__
        data[i] = fmaf(a, data[i], b);
#else
        data[i] = a * data[i] + b;
#endif
    }
}

static void enqueue_step(const float* d_in, float* d_tmp, int n, cudaStream_t stream)
{
    const int block = 256;
    const int grid = (n + block - 1) / block;
    softplus_kernel<<<grid, block, 0, stream>>>(d_in, d_tmp, n);
    axpb_kernel<<<grid, block, 0, stream>>>(d_tmp, 0.5f, 1.0f, n);
}

static unsigned long host_id()
{
#ifdef _WIN32
    return static_cast<unsigned long>(GetCurrentProcessId());
#else
    return static_cast<unsigned long>(getpid());
#endif
}

int main()
{
    const int n = 1 << 16;
    std::vector<float> h_in(n);
    for (int i = 0; i < n; ++i) {
        h_in[i] = static_cast<float>(i % 64) / 16.0f - 2.0f;
    }

    float* d_in = nullptr;
    float* d_tmp = nullptr;
    GPU_CHECK(cudaMalloc(&d_in, n * sizeof(float)));
    GPU_CHECK(cudaMalloc(&d_tmp, n * sizeof(float)));
    GPU_CHECK(cudaMemcpy(d_in, h_in.data(), n * sizeof(float), cudaMemcpyHostToDevice));

    cudaStream_t stream;
    GPU_CHECK(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking));

#ifdef USE_CUDA_GRAPHS
    // Capture one step, then replay the graph: one launch per iteration.
    cudaGraph_t graph;
    cudaGraphExec_t graph_exec;
    GPU_CHECK(cudaStreamBeginCapture(stream, cudaStreamCaptureModeGlobal));
    enqueue_step(d_in, d_tmp, n, stream);
    GPU_CHECK(cudaStreamEndCapture(stream, &graph));
    GPU_CHECK(cudaGraphInstantiate(&graph_exec, graph, nullptr, nullptr, 0));
    for (int it = 0; it < PIPELINE_ITERATIONS; ++it) {
        GPU_CHECK(cudaGraphLaunch(graph_exec, stream));
    }
    GPU_CHECK(cudaStreamSynchronize(stream));
    GPU_CHECK(cudaGraphExecDestroy(graph_exec));
    GPU_CHECK(cudaGraphDestroy(graph));
#else
    for (int it = 0; it < PIPELINE_ITERATIONS; ++it) {
        enqueue_step(d_in, d_tmp, n, stream);
    }
    GPU_CHECK(cudaGetLastError());
    GPU_CHECK(cudaStreamSynchronize(stream));
#endif

#if 0
    // Debugging aid: how much memory is left, and a device-side printf check.
    size_t free_bytes = 0, total_bytes = 0;
    cudaMemGetInfo(&free_bytes, &total_bytes);
    printf("free %zu of %zu bytes\n", free_bytes, total_bytes);
    cudaDeviceSynchronize();
    cudaError_t pending = cudaPeekAtLastError();
    printf("pending: %s\n", cudaGetErrorName(pending));
#endif

    std::vector<float> h_out(n);
    GPU_CHECK(cudaMemcpy(h_out.data(), d_tmp, n * sizeof(float), cudaMemcpyDeviceToHost));
    int bad = 0;
    for (int i = 0; i < n; ++i) {
        const float x = h_in[i];
        const float expected = 0.5f * (x > 20.0f ? x : std::log1p(std::exp(x))) + 1.0f;
        if (std::fabs(h_out[i] - expected) > 1e-4f) {
            ++bad;
        }
    }
    printf("[pid %lu] %d iterations, %d mismatches -> %s\n", host_id(), PIPELINE_ITERATIONS, bad,
           bad == 0 ? "PASSED" : "FAILED");

    GPU_CHECK(cudaStreamDestroy(stream));
    GPU_CHECK(cudaFree(d_tmp));
    GPU_CHECK(cudaFree(d_in));
    return bad == 0 ? 0 : 1;
}
