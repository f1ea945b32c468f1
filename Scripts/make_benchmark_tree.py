#!/usr/bin/env python3
"""Writes a synthetic but realistic CUDA project for cu2hip's benchmark.

Deterministic: the same arguments always give the same tree. Each source file has kernels
(templated and not), launches, runtime API calls with error checks, constant memory, warp
shuffles and an inactive #if branch; headers are shared between sources.
"""
import argparse
import os

HEADER = """#pragma once
#include <cuda_runtime.h>
#include <cstdio>
#include <cstdlib>

#define CHECK_CUDA(call)                                                        \\
  do {                                                                          \\
    cudaError_t err_ = (call);                                                  \\
    if (err_ != cudaSuccess) {                                                  \\
      std::fprintf(stderr, "%s:%d: %s\\n", __FILE__, __LINE__,                   \\
                   cudaGetErrorString(err_));                                   \\
      std::exit(1);                                                             \\
    }                                                                           \\
  } while (0)

template <typename T>
__device__ __forceinline__ T warp_sum_@N@(T v) {
  for (int offset = 16; offset > 0; offset /= 2)
    v += __shfl_down_sync(0xffffffff, v, offset);
  return v;
}
"""

SOURCE = """// Module {i}: synthetic kernels for the cu2hip benchmark.
#include "../include/common_{h}.cuh"

__constant__ float kScale_{i}[16];

template <typename T, int BLOCK>
__global__ void scale_{i}(const T* __restrict__ in, T* __restrict__ out, int n) {{
  int idx = blockIdx.x * BLOCK + threadIdx.x;
  for (; idx < n; idx += gridDim.x * BLOCK) out[idx] = in[idx] * kScale_{i}[idx % 16];
}}

__global__ void reduce_{i}(const float* in, float* out, int n) {{
  extern __shared__ float partial[];
  float v = 0.f;
  for (int k = blockIdx.x * blockDim.x + threadIdx.x; k < n; k += blockDim.x * gridDim.x) v += in[k];
  v = warp_sum_{h}(v);
  if ((threadIdx.x & 31) == 0) partial[threadIdx.x / 32] = v;
  __syncthreads();
  if (threadIdx.x == 0) {{
    float s = 0.f;
    for (int w = 0; w < blockDim.x / 32; ++w) s += partial[w];
    atomicAdd(out, s);
  }}
}}

float run_{i}(int n) {{
  float *d_in = nullptr, *d_out = nullptr, *d_sum = nullptr;
  float h_scale[16];
  for (int k = 0; k < 16; ++k) h_scale[k] = 1.0f + k;
  CHECK_CUDA(cudaMalloc(&d_in, n * sizeof(float)));
  CHECK_CUDA(cudaMalloc(&d_out, n * sizeof(float)));
  CHECK_CUDA(cudaMalloc(&d_sum, sizeof(float)));
  CHECK_CUDA(cudaMemcpyToSymbol(kScale_{i}, h_scale, sizeof(h_scale)));
  cudaStream_t stream;
  CHECK_CUDA(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking));
  cudaEvent_t start, stop;
  CHECK_CUDA(cudaEventCreate(&start));
  CHECK_CUDA(cudaEventCreate(&stop));
  CHECK_CUDA(cudaMemsetAsync(d_sum, 0, sizeof(float), stream));
  CHECK_CUDA(cudaEventRecord(start, stream));
  scale_{i}<float, 256><<<(n + 255) / 256, 256, 0, stream>>>(d_in, d_out, n);
  reduce_{i}<<<64, 256, 8 * sizeof(float), stream>>>(d_out, d_sum, n);
  CHECK_CUDA(cudaGetLastError());
  CHECK_CUDA(cudaEventRecord(stop, stream));
  CHECK_CUDA(cudaEventSynchronize(stop));
  float ms = 0.f, sum = 0.f;
  CHECK_CUDA(cudaEventElapsedTime(&ms, start, stop));
  CHECK_CUDA(cudaMemcpyAsync(&sum, d_sum, sizeof(float), cudaMemcpyDeviceToHost, stream));
  CHECK_CUDA(cudaStreamSynchronize(stream));
#if 0
  cudaDeviceProp prop;
  cudaGetDeviceProperties(&prop, 0);
  std::printf("%s %d\\n", prop.name, prop.multiProcessorCount);
#endif
  cudaEventDestroy(start);
  cudaEventDestroy(stop);
  cudaStreamDestroy(stream);
  cudaFree(d_in);
  cudaFree(d_out);
  cudaFree(d_sum);
  return sum + ms * 0.f;
}}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory")
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--headers", type=int, default=10)
    args = parser.parse_args()
    os.makedirs(os.path.join(args.directory, "src"), exist_ok=True)
    os.makedirs(os.path.join(args.directory, "include"), exist_ok=True)
    for h in range(args.headers):
        with open(os.path.join(args.directory, "include", f"common_{h}.cuh"), "w") as f:
            f.write(HEADER.replace("@N@", str(h)))
    for i in range(args.sources):
        with open(os.path.join(args.directory, "src", f"module_{i:04d}.cu"), "w") as f:
            f.write(SOURCE.format(i=i, h=i % args.headers))
    with open(os.path.join(args.directory, "CMakeLists.txt"), "w") as f:
        f.write("cmake_minimum_required(VERSION 3.18)\nproject(bench LANGUAGES CXX CUDA)\n")


if __name__ == "__main__":
    main()
