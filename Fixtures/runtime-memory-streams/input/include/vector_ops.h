// vector_ops.h -- host-side launchers for the element-wise kernels.
#pragma once

#include <cuda_runtime.h>

struct LaunchConfig {
    int grid;
    int block;
};

// Picks a grid that fills the device a few times over; the kernels use
// grid-stride loops, so any grid covers any n.
LaunchConfig launch_config_for(int n, const cudaDeviceProp& prop);

// y = a * x + y on `stream`.
void saxpy_async(float a, const float* d_x, float* d_y, int n, const LaunchConfig& cfg, cudaStream_t stream);

// data *= factor on `stream`.
void scale_async(float* d_data, float factor, int n, const LaunchConfig& cfg, cudaStream_t stream);

// *d_result += sum(x[i] * y[i]); *d_result must be zeroed beforehand.
void dot_async(const float* d_x, const float* d_y, float* d_result, int n, const LaunchConfig& cfg, cudaStream_t stream);
