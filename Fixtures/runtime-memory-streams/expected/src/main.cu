// main.cu -- vecbench: overlaps copies and kernels on two streams and checks
// the results on the host.
#include <hip/hip_runtime.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "check.cuh"
#include "vector_ops.h"

namespace {

constexpr int kStreams = 2;

void print_device(int device, const hipDeviceProp_t& prop)
{
    printf("device %d: %s, %d SMs, compute capability %d.%d, %.1f GiB\n", device, prop.name,
           prop.multiProcessorCount, prop.major, prop.minor,
           static_cast<double>(prop.totalGlobalMem) / (1024.0 * 1024.0 * 1024.0));
}

}  // namespace

int main(int argc, char** argv)
{
    const int n = argc > 1 ? atoi(argv[1]) : (1 << 24);
    const float a = 2.0f;
    const float factor = 0.5f;

    int device_count = 0;
    CUDA_CHECK(hipGetDeviceCount(&device_count));
    if (device_count == 0) {
        fprintf(stderr, "no CUDA device found\n");
        return EXIT_FAILURE;
    }
    const int device = 0;
    CUDA_CHECK(hipSetDevice(device));
    hipDeviceProp_t prop;
    CUDA_CHECK(hipGetDeviceProperties(&prop, device));
    print_device(device, prop);

    // Pinned host buffers, so the asynchronous copies really are asynchronous.
    const size_t bytes = static_cast<size_t>(n) * sizeof(float);
    float* h_x = nullptr;
    float* h_y = nullptr;
    float* h_dot = nullptr;
    CUDA_CHECK(hipHostMalloc(&h_x, bytes));
    CUDA_CHECK(hipHostMalloc((void**)&h_y, bytes));
    CUDA_CHECK(hipHostAlloc((void**)&h_dot, kStreams * sizeof(float), hipHostMallocDefault));
    for (int i = 0; i < n; ++i) {
        h_x[i] = static_cast<float>(i % 1000) * 0.001f;
        h_y[i] = 1.0f;
    }

    float* d_x = nullptr;
    float* d_y = nullptr;
    float* d_dot = nullptr;
    CUDA_CHECK(hipMalloc(&d_x, bytes));
    CUDA_CHECK(hipMalloc((void**)&d_y, bytes));
    CUDA_CHECK(hipMalloc(&d_dot, kStreams * sizeof(float)));

    hipStream_t streams[kStreams];
    for (int s = 0; s < kStreams; ++s) {
        CUDA_CHECK(hipStreamCreateWithFlags(&streams[s], hipStreamNonBlocking));
    }
    hipEvent_t start, stop;
    CUDA_CHECK(hipEventCreate(&start));
    CUDA_CHECK(hipEventCreate(&stop));

    // Each stream owns one half: copy in, compute, copy out. The halves overlap.
    const int chunk = div_up(n, kStreams);
    CUDA_CHECK(hipEventRecord(start, streams[0]));
    for (int s = 0; s < kStreams; ++s) {
        const int offset = s * chunk;
        const int count = std::min(chunk, n - offset);
        if (count <= 0) {
            continue;
        }
        const size_t chunk_bytes = static_cast<size_t>(count) * sizeof(float);
        const LaunchConfig cfg = launch_config_for(count, prop);
        CUDA_CHECK(hipMemcpyAsync(d_x + offset, h_x + offset, chunk_bytes, hipMemcpyHostToDevice, streams[s]));
        CUDA_CHECK(hipMemcpyAsync(d_y + offset, h_y + offset, chunk_bytes, hipMemcpyHostToDevice, streams[s]));
        CUDA_CHECK(hipMemsetAsync(d_dot + s, 0, sizeof(float), streams[s]));
        saxpy_async(a, d_x + offset, d_y + offset, count, cfg, streams[s]);
        scale_async(d_y + offset, factor, count, cfg, streams[s]);
        dot_async(d_x + offset, d_y + offset, d_dot + s, count, cfg, streams[s]);
        CUDA_CHECK(hipMemcpyAsync(h_y + offset, d_y + offset, chunk_bytes, hipMemcpyDeviceToHost, streams[s]));
        CUDA_CHECK(hipMemcpyAsync(h_dot + s, d_dot + s, sizeof(float), hipMemcpyDeviceToHost, streams[s]));
    }
    // The stop event goes on stream 0 once stream 1 is done too.
    hipEvent_t other_done;
    CUDA_CHECK(hipEventCreateWithFlags(&other_done, hipEventDisableTiming));
    CUDA_CHECK(hipEventRecord(other_done, streams[1]));
    CUDA_CHECK(hipStreamWaitEvent(streams[0], other_done, 0));
    CUDA_CHECK(hipEventRecord(stop, streams[0]));
    CUDA_CHECK(hipEventSynchronize(stop));

    float elapsed_ms = 0.0f;
    CUDA_CHECK(hipEventElapsedTime(&elapsed_ms, start, stop));
    const double gbytes = 5.0 * static_cast<double>(bytes) / 1e9;  // 2 in, 1 out, 2 kernel passes
    printf("n = %d: %.3f ms, %.1f GB/s effective\n", n, elapsed_ms, gbytes / (elapsed_ms / 1e3));

    // Host-side verification.
    int mismatches = 0;
    double dot_expected = 0.0;
    for (int i = 0; i < n; ++i) {
        const float expected = (a * h_x[i] + 1.0f) * factor;
        if (std::fabs(h_y[i] - expected) > 1e-5f * std::fabs(expected) + 1e-6f) {
            if (mismatches < 5) {
                fprintf(stderr, "mismatch at %d: got %f, expected %f\n", i, h_y[i], expected);
            }
            ++mismatches;
        }
        dot_expected += static_cast<double>(h_x[i]) * expected;
    }
    const double dot = static_cast<double>(h_dot[0]) + static_cast<double>(h_dot[1]);
    const bool dot_ok = std::fabs(dot - dot_expected) <= 1e-3 * std::fabs(dot_expected);
    printf("saxpy+scale: %s (%d mismatches), dot: %s (%.6e vs %.6e)\n", mismatches == 0 ? "PASSED" : "FAILED",
           mismatches, dot_ok ? "PASSED" : "FAILED", dot, dot_expected);

    CUDA_CHECK(hipEventDestroy(other_done));
    CUDA_CHECK(hipEventDestroy(start));
    CUDA_CHECK(hipEventDestroy(stop));
    for (int s = 0; s < kStreams; ++s) {
        CUDA_CHECK(hipStreamDestroy(streams[s]));
    }
    CUDA_CHECK(hipFree(d_x));
    CUDA_CHECK(hipFree(d_y));
    CUDA_CHECK(hipFree(d_dot));
    CUDA_CHECK(hipHostFree(h_x));
    CUDA_CHECK(hipHostFree(h_y));
    CUDA_CHECK(hipHostFree(h_dot));
    return (mismatches == 0 && dot_ok) ? EXIT_SUCCESS : EXIT_FAILURE;
}
